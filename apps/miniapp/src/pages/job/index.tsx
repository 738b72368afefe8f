import { useState } from 'react'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { tradeName, type Posting, type PostingReportReason, type Reputation } from '@lingong/shared'
import { api, ApiError, errorMessage, loadSession } from '../../services/api'
import { ensureLogin } from '../../services/login-return'
import { usePageFont } from '../../services/display'
import { payLabel } from '../../services/format'
import { askToNotify, prefetchSubscribeTemplates } from '../../services/subscribe'
import { ErrorText } from '../../components/messages'
import { LoadState } from '../../components/load-state'
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
  const [loadError, setLoadError] = useState<string>()
  const [reputation, setReputation] = useState<Reputation>()

  const load = async () => {
    setLoadError(undefined)
    try {
      const found = await api.posting(id)
      setPosting(found)
      if (!loadSession()) return
      // Signed in: what the employer's record says, and whether this job was applied for already.
      const [record, mine] = await Promise.all([api.employerReputation(found.employerId).catch(() => undefined), api.myApplications().catch(() => undefined)])
      setReputation(record)
      if (mine?.items.some((a) => a.postingId === id)) setApplied(true)
    } catch (e) {
      setLoadError(errorMessage(e))
    }
  }

  useDidShow(() => {
    font.refresh()
    void load()
    void prefetchSubscribeTemplates()
  })

  const apply = async () => {
    // First thing in the tap (WeChat requires it): may we tell them when they are hired or invited?
    void askToNotify(['accepted', 'invitation'])
    setBusy(true)
    setError(undefined)
    try {
      if (!(await ensureLogin())) return
      await api.apply(id)
      setApplied(true)
    } catch (e) {
      if (e instanceof ApiError && e.code === 'WORKER.NOT_REGISTERED') setNotRegistered(true)
      if (e instanceof ApiError && e.code === 'APPLICATION.DUPLICATE') setApplied(true)
      else setError(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }

  const call = async () => {
    if (!posting || !(await ensureLogin().catch(() => false))) return
    Taro.makePhoneCall({ phoneNumber: posting.contactPhone }).catch(() => undefined)
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
      if (!(await ensureLogin())) return
      await api.reportPosting(id, { reason })
      setReported('已收到您的举报，工作人员会尽快核实。')
    } catch (e) {
      setError(errorMessage(e))
    }
  }

  return (
    <View className='page job-page' style={font.style}>
      <LoadState loading={!posting} error={loadError} onRetry={() => void load()} what='这个活' />
      {posting ? (
        <View className='card'>
          <Text className='job-title'>{posting.title}</Text>
          <Text className='row job-pay' data-testid='job-pay'>
            {payLabel(posting)}
          </Text>
          <Text className='row'>工种：{tradeName(posting.trade) ?? posting.trade}</Text>
          <Text className='row'>用工方：{posting.employerName}</Text>
          {reputation ? (
            <Text className='row' data-testid='employer-record'>
              {reputation.hireCount ? `在平台招过 ${reputation.hireCount} 次工` : '在平台还没有招过工'}，被零工登记没拿到工钱 {reputation.unpaidCount ?? 0} 次
              {reputation.ratingAverage !== undefined ? `，零工打分 ${reputation.ratingAverage} 星（${reputation.ratingCount} 人评）` : ''}
            </Text>
          ) : null}
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
          <Button className='btn-main' data-testid='call' onClick={() => void call()}>
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
