import { Alert, Button, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { countyName, PAY_UNIT_NAMES, POSTING_STATUSES, yuan, type Posting, type PostingStatus } from '@lingong/shared';
import { CountySelect } from '../../components/CountySelect';
import { Pager } from '../../components/Pager';
import { ReasonModal } from '../../components/ReasonModal';
import { useCursorPages } from '../../components/useCursorPages';
import { useUrlFilters } from '../../components/useUrlFilters';
import { useConsole } from '../../session';

const POSTING_STATUS_LABELS: Record<PostingStatus, string> = {
  open: '招工中',
  pending_review: '待审核',
  rejected: '未通过',
  filled: '已招满',
  closed: '已关闭',
  expired: '已过期',
};

/** 招工审核: postings the content checker held back, with its findings; approve, or refuse with a reason. */
export default function PostingReviewPage() {
  const { api, me } = useConsole();
  const filters = useUrlFilters<'status' | 'countyCode'>({ status: 'pending_review' });
  const [rejecting, setRejecting] = useState<Posting>();
  const [done, setDone] = useState<string>();
  const [failure, setFailure] = useState<string>();
  const list = useCursorPages(
    (cursor) => api.postings.list({ status: filters.get('status') as PostingStatus | undefined, countyCode: filters.get('countyCode'), cursor }),
    filters.key,
  );

  const approve = async (posting: Posting) => {
    setFailure(undefined);
    try {
      await api.postings.approve(posting.id);
      setDone(`“${posting.title}”已通过审核，已经对零工展示。`);
      list.reload();
    } catch (e) {
      setFailure((e as Error).message);
    }
  };

  return (
    <div>
      <Typography.Title level={4}>招工审核</Typography.Title>
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          aria-label="状态"
          style={{ width: 160 }}
          value={filters.get('status') ?? ''}
          onChange={(v) => filters.set('status', v)}
          options={[{ value: '', label: '全部状态' }, ...POSTING_STATUSES.map((s) => ({ value: s, label: POSTING_STATUS_LABELS[s] }))]}
        />
        {me.roles.includes('admin') ? <CountySelect value={filters.get('countyCode')} onChange={(v) => filters.set('countyCode', v)} /> : null}
      </Space>
      {done ? <Alert type="success" showIcon title={done} closable onClose={() => setDone(undefined)} style={{ marginBottom: 16 }} /> : null}
      {failure || list.error ? <Alert type="error" showIcon title={failure ?? list.error} style={{ marginBottom: 16 }} /> : null}
      <Table<Posting>
        rowKey="id"
        loading={list.loading}
        dataSource={list.items}
        pagination={false}
        columns={[
          { title: '标题', dataIndex: 'title', render: (title: string, p) => <div title={p.description}>{title}</div> },
          { title: '用工方', dataIndex: 'employerName' },
          { title: '工钱', key: 'pay', width: 120, render: (_, p) => `${yuan(p.payAmountFen)} 元/${PAY_UNIT_NAMES[p.payUnit]}` },
          { title: '县区', dataIndex: 'countyCode', width: 90, render: (c: string) => countyName(c) ?? c },
          {
            title: '检查发现',
            key: 'notes',
            render: (_, p) =>
              p.reviewNotes?.length ? (
                <ul style={{ margin: 0, paddingLeft: 18 }}>
                  {p.reviewNotes.map((n) => (
                    <li key={n.phrase}>
                      <Typography.Text mark>{n.phrase}</Typography.Text>：{n.reason}
                    </li>
                  ))}
                </ul>
              ) : (
                (p.statusReason ?? '—')
              ),
          },
          { title: '状态', dataIndex: 'status', width: 90, render: (s: PostingStatus) => <Tag>{POSTING_STATUS_LABELS[s]}</Tag> },
          {
            title: '操作',
            key: 'actions',
            width: 160,
            render: (_, p) =>
              p.status === 'pending_review' ? (
                <Space>
                  <Button size="small" type="primary" onClick={() => approve(p)}>
                    通过
                  </Button>
                  <Button size="small" danger onClick={() => setRejecting(p)}>
                    不通过
                  </Button>
                </Space>
              ) : null,
          },
        ]}
      />
      <Pager {...list} />
      {rejecting ? (
        <ReasonModal
          title={`不通过：${rejecting.title}`}
          okText="不通过"
          required
          placeholder="例如：招工信息不得限制性别或年龄，请修改后重新提交。"
          onSubmit={async (reason) => {
            await api.postings.reject(rejecting.id, reason);
            setDone(`“${rejecting.title}”未通过，原因已告知用工方。`);
            list.reload();
          }}
          onClose={() => setRejecting(undefined)}
        />
      ) : null}
    </div>
  );
}
