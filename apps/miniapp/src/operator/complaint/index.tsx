import { useState } from 'react'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { Button, Switch, Text, Textarea, View } from '@tarojs/components'
import {
  COMPLAINT_CATEGORY_LABELS,
  COMPLAINT_OPEN_STATUSES,
  COMPLAINT_STATUS_LABELS,
  countyName,
  type ComplaintAction,
  type ComplaintDetail,
  type ComplaintEvidenceItem,
} from '@lingong/shared'
import { api, ApiError, errorMessage, loadSession } from '../../services/api'
import { openProtectedFile } from '../../services/files'
import { usePageFont } from '../../services/display'
import { shanghaiTimeLabel, yuan } from '../../services/format'
import { ErrorText } from '../../components/messages'
import { AssignCard, SuspendEmployerCard } from '../case-actions'
import { ACTION_LABELS, TransitionForm } from '../transition-form'
import '../common.scss'

const OTHER_ACTIONS: Partial<Record<ComplaintAction, string>> = {
  submit: '提交投诉',
  withdraw: '投诉人撤回',
  'add-material': '投诉人补充材料',
  'add-evidence': '上传证据',
  note: '备注',
  assign: '分派经办人',
  'suspend-employer': '暂停用工方',
  overdue: '已超过办理期限',
}
const BY_LABELS = { complainant: '投诉人', operator: '工作人员', admin: '市里工作人员', system: '系统' } as const
const OPEN_FAILED = '证据文件打不开，请稍后再试。'

function actionLabel(action: ComplaintAction): string {
  return (ACTION_LABELS as Partial<Record<ComplaintAction, string>>)[action] ?? OTHER_ACTIONS[action] ?? '更新'
}

export default function OperatorComplaintPage() {
  const font = usePageFont()
  const { params } = useRouter()
  const id = Number(params.id)
  const [complaint, setComplaint] = useState<ComplaintDetail>()
  const [error, setError] = useState<string>()
  const [note, setNote] = useState('')
  const [internal, setInternal] = useState(true)
  const [noteError, setNoteError] = useState<string>()
  const [noteBusy, setNoteBusy] = useState(false)

  const load = () => api.complaint(id).then(setComplaint, (e) => setError(errorMessage(e)))

  useDidShow(() => {
    font.refresh()
    void load()
  })

  const addNote = async () => {
    setNoteError(undefined)
    setNoteBusy(true)
    try {
      await api.noteComplaint(id, { text: note.trim(), internal })
      setNote('')
      await load()
    } catch (e) {
      setNoteError(errorMessage(e))
    } finally {
      setNoteBusy(false)
    }
  }

  const open = async (item: ComplaintEvidenceItem) => {
    setError(undefined)
    try {
      // Evidence needs the staff token, so it is fetched with it rather than opened as a bare link.
      await openProtectedFile(() => api.complaintEvidenceFile(id, item.id), item.contentType)
    } catch (e) {
      // The API's own sentence when it answered (e.g. the file was removed); ours when the phone could not open it.
      setError(e instanceof ApiError ? errorMessage(e) : OPEN_FAILED)
    }
  }

  if (!complaint) {
    return (
      <View className='page operator-complaint-page' style={font.style}>
        <ErrorText>{error}</ErrorText>
      </View>
    )
  }
  const c = complaint
  return (
    <View className='page operator-complaint-page' style={font.style}>
      <ErrorText>{error}</ErrorText>
      <View className='card'>
        <Text className='item-title'>
          第 {c.id} 号 · {COMPLAINT_CATEGORY_LABELS[c.category]}
        </Text>
        <View>
          <Text className='row status' data-testid='complaint-status'>
            {COMPLAINT_STATUS_LABELS[c.status]}
          </Text>
          {c.overdue ? (
            <Text className='overdue-flag' data-testid='overdue'>
              已超期
            </Text>
          ) : null}
        </View>
        <Text className='row'>被投诉：{c.respondent.name}</Text>
        {c.respondent.address ? <Text className='row'>地址：{c.respondent.address}</Text> : null}
        {c.respondent.personInCharge ? <Text className='row'>负责人：{c.respondent.personInCharge}</Text> : null}
        <Text className='row'>
          {c.submittedOn} 提交 · {countyName(c.countyCode) ?? c.countyCode}
        </Text>
        {c.complainant ? (
          <Text className='row'>
            投诉人：{c.complainant.name}
            {c.complainant.phone ? ` · ${c.complainant.phone}` : ''}
          </Text>
        ) : (
          <Text className='row muted'>匿名举报</Text>
        )}
        {c.status === 'submitted' ? <Text className='row'>受理期限：{c.acceptanceDueOn}</Text> : null}
        {c.resolutionDueOn ? (
          <Text className='row'>
            办结期限：{c.resolutionDueOn}
            {c.extended ? '（已延长）' : ''}
          </Text>
        ) : null}
        {c.amountFen !== undefined ? <Text className='row'>涉及金额：{yuan(c.amountFen)} 元</Text> : null}
        {c.periodFrom ? (
          <Text className='row'>
            干活日期：{c.periodFrom} 到 {c.periodTo}
          </Text>
        ) : null}
        {c.referredTo ? <Text className='row'>已转交：{c.referredTo}</Text> : null}
        {c.recoveredFen !== undefined ? <Text className='row'>追回工钱：{yuan(c.recoveredFen)} 元</Text> : null}
        <Text className='row'>事情经过：{c.facts}</Text>
        <Text className='row'>投诉人的要求：{c.request}</Text>
      </View>

      <TransitionForm
        status={c.status}
        extended={c.extended}
        onSubmit={async (input) => {
          setComplaint(await api.transitionComplaint(id, input))
          Taro.showToast({ title: '已办理', icon: 'none' })
        }}
      />

      {/* A closed case has nothing left to hand over; suspension needs a respondent registered on the platform. */}
      {COMPLAINT_OPEN_STATUSES.includes(c.status) ? (
        <AssignCard
          complaintId={c.id}
          countyCode={c.countyCode}
          assignedOperatorId={c.assignedOperatorId}
          me={loadSession()?.user.id}
          onAssigned={setComplaint}
        />
      ) : null}
      {c.respondent.employerId ? <SuspendEmployerCard complaintId={c.id} employerId={c.respondent.employerId} onSuspended={setComplaint} /> : null}

      <View className='card'>
        <Text className='title'>证据</Text>
        {c.evidence.length ? null : <Text className='row muted'>没有上传证据。</Text>}
        {c.evidence.map((e) => (
          <Text key={e.id} className='row more' data-testid='evidence' onClick={() => open(e)}>
            {e.fileName}（{Math.max(1, Math.round(e.sizeBytes / 1024))} KB，{e.uploadedBy === 'staff' ? '工作人员' : '投诉人'}上传）›
          </Text>
        ))}
      </View>

      <View className='card'>
        <Text className='title'>办理经过</Text>
        {c.history.map((h, i) => (
          <View key={i} className='history-entry' data-testid='history-entry'>
            <Text className='row muted'>
              {shanghaiTimeLabel(h.at)} · {BY_LABELS[h.by]}
              {h.internal ? ' · 仅内部可见' : ''}
            </Text>
            <Text className='row'>
              {actionLabel(h.action)}
              {h.to && h.to !== h.from ? `：${COMPLAINT_STATUS_LABELS[h.to]}` : ''}
            </Text>
            {h.reason ? <Text className='row'>说明：{h.reason}</Text> : null}
          </View>
        ))}
      </View>

      <View className='card'>
        <Text className='title'>加备注</Text>
        <Textarea className='input textarea' data-testid='note' value={note} maxlength={2000} onInput={(e) => setNote(e.detail.value)} />
        <View className='switch-row'>
          <Text className='label'>仅工作人员可见</Text>
          <Switch checked={internal} data-testid='note-internal' onChange={(e) => setInternal(e.detail.value)} />
        </View>
        <Text className='row muted'>{internal ? '现在：投诉人看不到这条备注' : '现在：投诉人也能看到这条备注'}</Text>
        <ErrorText testId='note-error'>{noteError}</ErrorText>
        <Button className={`btn-plain ${noteBusy ? 'is-busy' : ''}`} data-testid='add-note' disabled={noteBusy} onClick={addNote}>
          {noteBusy ? '正在保存…' : '保存备注'}
        </Button>
      </View>
    </View>
  )
}
