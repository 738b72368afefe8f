import { Alert, Button, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { countyName, EMPLOYER_STATUSES, type EmployerProfile, type EmployerStatus } from '@lingong/shared';
import { CountySelect } from '../../components/CountySelect';
import { Pager } from '../../components/Pager';
import { ReasonModal } from '../../components/ReasonModal';
import { useCursorPages } from '../../components/useCursorPages';
import { useUrlFilters } from '../../components/useUrlFilters';
import { useConsole } from '../../session';
import { creditCodeCheck, EMPLOYER_STATUS_LABELS } from './labels';

type Action = 'verify' | 'suspend' | 'reinstate';
const ACTIONS: Record<Action, { title: string; okText: string; required: boolean }> = {
  verify: { title: '核实用工方', okText: '核实', required: false },
  suspend: { title: '暂停用工方', okText: '暂停', required: true },
  reinstate: { title: '恢复用工方', okText: '恢复', required: true },
};

export function actionsFor(status: EmployerStatus): Action[] {
  if (status === 'suspended') return ['reinstate'];
  if (status === 'verified') return ['suspend'];
  return ['verify', 'suspend'];
}

/** 用工方审核: employers waiting for a check (a credit code that failed only its checksum first), verify, suspend, reinstate. */
export default function EmployersPage() {
  const { api, me } = useConsole();
  const filters = useUrlFilters<'status' | 'countyCode' | 'q'>({ status: 'pending_review' });
  const [search, setSearch] = useState(filters.get('q') ?? '');
  const [acting, setActing] = useState<{ employer: EmployerProfile; action: Action }>();
  const [done, setDone] = useState<string>();
  const list = useCursorPages(
    (cursor) =>
      api.employers.list({ status: filters.get('status') as EmployerStatus | undefined, countyCode: filters.get('countyCode'), q: filters.get('q'), cursor }),
    filters.key,
  );

  const act = async (employer: EmployerProfile, action: Action, reason: string) => {
    const body = reason ? { reason } : {};
    if (action === 'verify') await api.employers.verify(employer.id, body);
    else await api.employers[action](employer.id, { reason });
    setDone(`已${ACTIONS[action].okText}“${employer.name}”，用工方会收到通知。`);
    list.reload();
  };

  return (
    <div>
      <Typography.Title level={4}>用工方审核</Typography.Title>
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          aria-label="状态"
          style={{ width: 160 }}
          value={filters.get('status') ?? ''}
          onChange={(v) => filters.set('status', v)}
          options={[{ value: '', label: '全部状态' }, ...EMPLOYER_STATUSES.map((s) => ({ value: s, label: EMPLOYER_STATUS_LABELS[s].text }))]}
        />
        {me.roles.includes('admin') ? <CountySelect value={filters.get('countyCode')} onChange={(v) => filters.set('countyCode', v)} /> : null}
        <Input.Search
          aria-label="查找用工方"
          placeholder="名称或统一社会信用代码"
          allowClear
          style={{ width: 300 }}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          onSearch={(v) => filters.set('q', v.trim())}
        />
      </Space>
      {done ? <Alert type="success" showIcon title={done} closable onClose={() => setDone(undefined)} style={{ marginBottom: 16 }} /> : null}
      {list.error ? <Alert type="error" showIcon title={list.error} style={{ marginBottom: 16 }} /> : null}
      <Table<EmployerProfile>
        rowKey="id"
        loading={list.loading}
        dataSource={list.items}
        pagination={false}
        columns={[
          { title: '名称', dataIndex: 'name' },
          { title: '类型', dataIndex: 'kind', width: 70, render: (k) => (k === 'person' ? '个人' : '单位') },
          {
            title: '统一社会信用代码',
            key: 'creditCode',
            render: (_, e) => {
              const check = creditCodeCheck(e);
              return (
                <div>
                  <div style={{ fontFamily: 'monospace' }}>{e.creditCode ?? '—'}</div>
                  <Typography.Text type={check.ok ? 'secondary' : 'danger'}>{check.text}</Typography.Text>
                </div>
              );
            },
          },
          { title: '联系人', key: 'contact', render: (_, e) => `${e.contactName} ${e.phone}` },
          { title: '县区', dataIndex: 'countyCode', width: 90, render: (c: string) => countyName(c) ?? c },
          {
            title: '状态',
            key: 'status',
            render: (_, e) => (
              <div>
                <Tag color={EMPLOYER_STATUS_LABELS[e.status].color}>{EMPLOYER_STATUS_LABELS[e.status].text}</Tag>
                {e.statusReason ? <div style={{ maxWidth: 260 }}>{e.statusReason}</div> : null}
              </div>
            ),
          },
          {
            title: '操作',
            key: 'actions',
            width: 150,
            render: (_, e) => (
              <Space>
                {actionsFor(e.status).map((action) => (
                  <Button
                    key={action}
                    size="small"
                    danger={action === 'suspend'}
                    type={action === 'suspend' ? 'default' : 'primary'}
                    onClick={() => setActing({ employer: e, action })}
                  >
                    {ACTIONS[action].okText}
                  </Button>
                ))}
              </Space>
            ),
          },
        ]}
      />
      <Pager {...list} />
      {acting ? (
        <ReasonModal
          {...ACTIONS[acting.action]}
          title={`${ACTIONS[acting.action].title}：${acting.employer.name}`}
          onSubmit={(reason) => act(acting.employer, acting.action, reason)}
          onClose={() => setActing(undefined)}
        />
      ) : null}
    </div>
  );
}
