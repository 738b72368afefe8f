import { useState } from 'react'
import { useDidShow, useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { COMPLAINT_CATEGORY_LABELS, COMPLAINT_STATUS_LABELS, countyName, type ComplaintAction, type ComplaintDetail } from '@lingong/shared'
import { api, errorMessage } from '../../services/api'
import { usePageFont } from '../../services/display'
import { shanghaiTimeLabel, yuan } from '../../services/format'
import { ErrorText } from '../../components/messages'
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

export default function ComplaintPage() {
  const font = usePageFont()
  const { params } = useRouter()
  const [complaint, setComplaint] = useState<ComplaintDetail>()
  const [error, setError] = useState<string>()

  useDidShow(() => {
    font.refresh()
    api.complaint(Number(params.id)).then(setComplaint, (e) => setError(errorMessage(e)))
  })

  if (!complaint) {
    return (
      <View className='page complaint-page' style={font.style}>
        <ErrorText>{error}</ErrorText>
      </View>
    )
  }
  return (
    <View className='page complaint-page' style={font.style}>
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
    </View>
  )
}
