import { useState } from 'react'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { Button, Text, Textarea, View } from '@tarojs/components'
import {
  COMPLAINT_CATEGORY_LABELS,
  COMPLAINT_MAX_EVIDENCE_FILES,
  COMPLAINT_OPEN_STATUSES,
  COMPLAINT_STATUS_LABELS,
  COMPLAINT_WITHDRAWABLE,
  countyName,
  type ComplaintAction,
  type ComplaintDetail,
} from '@lingong/shared'
import { api, errorMessage } from '../../services/api'
import { usePageFont } from '../../services/display'
import { shanghaiTimeLabel, yuan } from '../../services/format'
import { ErrorText } from '../../components/messages'
import { PhotoSection } from '../../components/photo-section'
import '../common.scss'

const ACTION_LABELS: Partial<Record<ComplaintAction, string>> = {
  submit: '提交投诉',
  withdraw: '撤回投诉',
  'add-material': '补充材料',
  'add-evidence': '上传证据',
  extend: '延长办理期限',
  overdue: '已超过办理期限',
}
const BY_LABELS = { complainant: '您', operator: '工作人员', admin: '市里工作人员', system: '系统' } as const
const MATERIAL_TOO_SHORT = '请写一下补充的内容（至少2个字）'

/** What the operator asked for: the reason of the latest move to 需要补充材料. */
function materialRequest(complaint: ComplaintDetail): string | undefined {
  return [...complaint.history].reverse().find((h) => h.to === 'needs_material')?.reason ?? undefined
}

export default function ComplaintPage() {
  const font = usePageFont()
  const { params } = useRouter()
  const id = Number(params.id)
  const [complaint, setComplaint] = useState<ComplaintDetail>()
  const [error, setError] = useState<string>()
  const [material, setMaterial] = useState('')
  const [materialError, setMaterialError] = useState<string>()
  const [busy, setBusy] = useState(false)

  useDidShow(() => {
    font.refresh()
    api.complaint(id).then(setComplaint, (e) => setError(errorMessage(e)))
  })

  const sendMaterial = async () => {
    if (material.trim().length < 2) {
      setMaterialError(MATERIAL_TOO_SHORT)
      return
    }
    setMaterialError(undefined)
    setBusy(true)
    try {
      setComplaint(await api.addComplaintMaterial(id, material.trim()))
      setMaterial('')
      Taro.showToast({ title: '已补充', icon: 'success' })
    } catch (e) {
      setMaterialError(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }

  const withdraw = async () => {
    const { confirm } = await Taro.showModal({
      title: '确定撤回这件投诉吗？',
      content: '撤回后，工作人员不再办理这件投诉。问题没解决的话，可以重新投诉。',
      confirmText: '确定撤回',
      cancelText: '不撤回',
    })
    if (!confirm) return
    setError(undefined)
    setBusy(true)
    try {
      setComplaint(await api.withdrawComplaint(id))
      Taro.showToast({ title: '已撤回', icon: 'none' })
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }

  if (!complaint) {
    return (
      <View className='page complaint-page' style={font.style}>
        <ErrorText>{error}</ErrorText>
      </View>
    )
  }
  const open = COMPLAINT_OPEN_STATUSES.includes(complaint.status)
  const asked = complaint.status === 'needs_material' ? materialRequest(complaint) : undefined
  return (
    <View className='page complaint-page' style={font.style}>
      <ErrorText>{error}</ErrorText>
      <View className='card'>
        <Text className='item-title'>
          {COMPLAINT_CATEGORY_LABELS[complaint.category]}：{complaint.respondent.name}
        </Text>
        <Text className='row status' data-testid='complaint-status'>
          {COMPLAINT_STATUS_LABELS[complaint.status]}
        </Text>
        <Text className='row'>
          {complaint.submittedOn} 提交 · {countyName(complaint.countyCode) ?? complaint.countyCode}
        </Text>
        {complaint.status === 'submitted' ? <Text className='row'>应在 {complaint.acceptanceDueOn} 前决定是否受理</Text> : null}
        {complaint.resolutionDueOn ? <Text className='row'>应在 {complaint.resolutionDueOn} 前办结</Text> : null}
        {complaint.amountFen !== undefined ? <Text className='row'>金额：{yuan(complaint.amountFen)} 元</Text> : null}
        {complaint.periodFrom ? (
          <Text className='row'>
            干活日期：{complaint.periodFrom} 到 {complaint.periodTo}
          </Text>
        ) : null}
        {complaint.referredTo ? <Text className='row'>已转交：{complaint.referredTo}</Text> : null}
        {complaint.recoveredFen !== undefined ? <Text className='row'>追回工钱：{yuan(complaint.recoveredFen)} 元</Text> : null}
        <Text className='row'>事情经过：{complaint.facts}</Text>
        <Text className='row'>您的要求：{complaint.request}</Text>
      </View>

      {complaint.status === 'needs_material' ? (
        <View className='card' data-testid='material-card'>
          <Text className='title'>工作人员请您补充材料</Text>
          {asked ? <Text className='row notice'>要补充的：{asked}</Text> : null}
          <Text className='row muted'>把要补充的情况写在下面；也可以在下面“证据”里补传照片。补充后，5个工作日内决定是否受理。</Text>
          <Textarea className='input textarea' data-testid='material' value={material} maxlength={5000} onInput={(e) => setMaterial(e.detail.value)} />
          <ErrorText testId='material-error'>{materialError}</ErrorText>
          <Button className={`btn-main ${busy ? 'is-busy' : ''}`} data-testid='submit-material' disabled={busy} onClick={sendMaterial}>
            {busy ? '正在提交…' : '提交补充材料'}
          </Button>
        </View>
      ) : null}

      <PhotoSection
        title='证据'
        recordKey={`complaint:${id}`}
        files={complaint.evidence}
        load={(evidenceId) => api.complaintEvidenceFile(id, evidenceId)}
        add={open ? (photo) => api.addComplaintEvidence(id, photo) : undefined}
        onAdded={setComplaint}
        limit={COMPLAINT_MAX_EVIDENCE_FILES}
        emptyText={open ? '还没有证据照片。有工资条、聊天记录、干活地方的照片，可以补传。' : '没有证据照片。'}
      />
      <View className='card'>
        <Text className='title'>办理经过</Text>
        {complaint.history.map((h, i) => (
          <View key={i} className='history-entry' data-testid='history-entry'>
            <Text className='row muted'>
              {shanghaiTimeLabel(h.at)} · {BY_LABELS[h.by]}
            </Text>
            <Text className='row'>{h.to && h.to !== h.from ? COMPLAINT_STATUS_LABELS[h.to] : (ACTION_LABELS[h.action] ?? '更新')}</Text>
            {h.reason ? <Text className='row'>说明：{h.reason}</Text> : null}
          </View>
        ))}
      </View>

      {COMPLAINT_WITHDRAWABLE.includes(complaint.status) ? (
        <Button className='btn-plain btn-danger' data-testid='withdraw' disabled={busy} onClick={withdraw}>
          撤回投诉
        </Button>
      ) : null}
    </View>
  )
}
