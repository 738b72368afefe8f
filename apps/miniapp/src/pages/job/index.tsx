import { useState } from 'react'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { tradeName, type Posting, type PostingReportReason } from '@lingong/shared'
import { api, ApiError, errorMessage } from '../../services/api'
import { usePageFont } from '../../services/display'
import { payLabel } from '../../services/format'
import { askToNotify, prefetchSubscribeTemplates } from '../../services/subscribe'
import { ErrorText } from '../../components/messages'
import '../jobs/index.scss'

const REPORT_REASONS: { reason: PostingReportReason; label: string }[] = [
  { reason: 'fake', label: '虚假信息' },
  { reason: 'unlawful', label: '违法内容' },
  { reason: 'fees', label: '要收费或扣证件' },
]

export default function JobPage() {
  const font = usePageFont()
  const { params } = useRouter()
  const id = Number(params.id)
  const [posting, setPosting] = useState<Posting>()
  const [error, setError] = useState<string>()
  const [applied, setApplied] = useState(false)
  const [notRegistered, setNotRegistered] = useState(false)
  const [busy, setBusy] = useState(false)
  const [reported, setReported] = useState<string>()

  useDidShow(() => {
    font.refresh()
    api.posting(id).then(setPosting, (e) => setError(errorMessage(e)))
    void prefetchSubscribeTemplates()
  })

  const apply = async () => {
    // First thing in the tap (WeChat requires it): may we tell them when they are hired or invited?
    void askToNotify(['accepted', 'invitation'])
    setBusy(true)
    setError(undefined)
    try {
      await api.apply(id)
      setApplied(true)
    } catch (e) {
      if (e instanceof ApiError && e.code === 'WORKER.NOT_REGISTERED') setNotRegistered(true)
      setError(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }

  const call = () => {
    if (posting) Taro.makePhoneCall({ phoneNumber: posting.contactPhone }).catch(() => undefined)
  }

  const report = async (reason: PostingReportReason, label: string) => {
    const { confirm } = await Taro.showModal({
      title: `举报：${label}`,
      content: '工作人员会核实这条招工信息。确定举报吗？',
      confirmText: '确定举报',
      cancelText: '不举报',
    })
    if (!confirm) return
    try {
      await api.reportPosting(id, { reason })
      setReported('已收到您的举报，工作人员会尽快核实。')
    } catch (e) {
      setError(errorMessage(e))
    }
  }

  return (
    <View className='page job-page' style={font.style}>
      {posting ? (
        <View className='card'>
          <Text className='job-title'>{posting.title}</Text>
          <Text className='row job-pay' data-testid='job-pay'>
            {payLabel(posting)}
          </Text>
          <Text className='row'>工种：{tradeName(posting.trade) ?? posting.trade}</Text>
          <Text className='row'>用工方：{posting.employerName}</Text>
          <Text className='row'>
            {posting.startDate} 开工，干 {posting.durationDays} 天（到 {posting.endDate}），要 {posting.headcount} 人
          </Text>
          <Text className='row'>干活时间：{posting.workHours}</Text>
          <Text className='row'>地点：{posting.address}</Text>
          <Text className='row'>{posting.description}</Text>
          {posting.requirements ? <Text className='row muted'>要求：{posting.requirements}</Text> : null}
        </View>
      ) : null}
      <ErrorText>{error}</ErrorText>
      {notRegistered ? (
        <Button className='btn-plain' data-testid='register-worker' onClick={() => Taro.navigateTo({ url: '/worker/consent/index' })}>
          登记找活
        </Button>
      ) : null}
      {posting ? (
        <View>
          {applied ? (
            <Text className='notice' data-testid='applied'>
              ✓ 已报名。用工方看到后会联系您，也可以直接打电话。
            </Text>
          ) : (
            <Button className={`btn-main ${busy ? 'is-busy' : ''}`} data-testid='apply' disabled={busy} onClick={apply}>
              {busy ? '正在报名…' : '一键报名'}
            </Button>
          )}
          <Button className='btn-main' data-testid='call' onClick={call}>
            打电话 {posting.contactPhone}
          </Button>
          <View className='card'>
            <Text className='label'>这条信息有问题？</Text>
            {reported ? (
              <Text className='row' data-testid='reported'>
                {reported}
              </Text>
            ) : (
              REPORT_REASONS.map((r) => (
                <Button key={r.reason} className='btn-plain' data-testid={`report-${r.reason}`} onClick={() => report(r.reason, r.label)}>
                  举报：{r.label}
                </Button>
              ))
            )}
          </View>
        </View>
      ) : null}
    </View>
  )
}
