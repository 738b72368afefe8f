import { useState } from 'react'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { tradeName, type Application, type CandidateItem, type Posting } from '@lingong/shared'
import { api, errorMessage } from '../../services/api'
import { usePageFont } from '../../services/display'
import { payLabel } from '../../services/format'
import { ErrorText } from '../../components/messages'
import { POSTING_STATUS_LABELS, presentFirst } from '../common'
import '../common.scss'

const APPLICATION_STATUS = { pending: '等您回复', accepted: '已录用', declined: '没有录用', cancelled: '已取消' } as const
/** Statuses the employer may still stop (POST /postings/:id/close). */
const CLOSABLE = ['open', 'pending_review', 'rejected', 'filled']

export default function EmployerPostingPage() {
  const font = usePageFont()
  const { params } = useRouter()
  const id = Number(params.id)
  const [posting, setPosting] = useState<Posting>()
  const [applications, setApplications] = useState<Application[]>()
  const [candidates, setCandidates] = useState<CandidateItem[]>()
  const [invited, setInvited] = useState<number[]>([])
  const [error, setError] = useState<string>()

  const load = async () => {
    setError(undefined)
    try {
      const p = await api.posting(id)
      setPosting(p)
      const a = await api.postingApplications(id)
      setApplications(a.items)
      if (p.status === 'open') setCandidates(presentFirst((await api.candidates(id)).items))
    } catch (e) {
      setError(errorMessage(e))
    }
  }

  useDidShow(() => {
    font.refresh()
    void load()
  })

  const run = async (action: () => Promise<unknown>, done?: () => void) => {
    setError(undefined)
    try {
      await action()
      done?.()
      await load()
    } catch (e) {
      setError(errorMessage(e))
    }
  }

  const decline = async (a: Application) => {
    const { confirm } = await Taro.showModal({
      title: `不录用${a.worker?.name ?? '这位师傅'}？`,
      content: '师傅会看到“没有录用”。',
      confirmText: '不录用',
      cancelText: '再想想',
    })
    if (confirm) await run(() => api.declineApplication(a.id))
  }

  const stop = async () => {
    const { confirm } = await Taro.showModal({
      title: '停止招工？',
      content: '停止后，这条招工信息不再显示，也不能再报名。已经录用的师傅不受影响。',
      confirmText: '停止招工',
      cancelText: '继续招',
    })
    if (confirm)
      await run(
        () => api.closePosting(id),
        () => setCandidates(undefined),
      )
  }

  return (
    <View className='page employer-posting-page' style={font.style}>
      {posting ? (
        <View className='card'>
          <Text className='item-title'>{posting.title}</Text>
          <Text className='row status' data-testid='posting-status'>
            {POSTING_STATUS_LABELS[posting.status]}
          </Text>
          {posting.statusReason ? <Text className='row'>原因：{posting.statusReason}</Text> : null}
          {(posting.reviewNotes ?? []).map((n, i) => (
            <Text key={i} className='row warning'>
              ！“{n.phrase}”：{n.reason}
            </Text>
          ))}
          <Text className='row'>
            {payLabel(posting)} · 招 {posting.headcount} 人，已录用 {posting.filledCount} 人
          </Text>
          {posting.filledCount > 0 ? (
            <Button className='btn-plain' data-testid='employer-hires' onClick={() => Taro.navigateTo({ url: '/employer/hires/index' })}>
              用工记录（协议、完工、评价、保险） ›
            </Button>
          ) : null}
        </View>
      ) : null}
      <ErrorText>{error}</ErrorText>

      <Text className='title'>报名的零工</Text>
      {applications && !applications.length ? <Text className='row'>还没有人报名。</Text> : null}
      {(applications ?? []).map((a) => (
        <View key={a.id} className='card' data-testid='application-card'>
          <Text className='item-title'>{a.worker?.name ?? '零工'}</Text>
          <Text className='row'>
            {a.kind === 'invitation' ? '您邀请的' : '自己报名的'} · <Text className='status'>{APPLICATION_STATUS[a.status]}</Text>
          </Text>
          {a.worker?.contactVisible ? (
            <Button className='btn-plain' onClick={() => Taro.makePhoneCall({ phoneNumber: a.worker!.phone }).catch(() => undefined)}>
              打电话 {a.worker.phone}
            </Button>
          ) : null}
          {a.kind === 'application' && a.status === 'pending' ? (
            <View>
              <Button className='btn-main' data-testid='accept' onClick={() => run(() => api.acceptApplication(a.id))}>
                录用
              </Button>
              <Button className='btn-plain' data-testid='decline' onClick={() => decline(a)}>
                不录用
              </Button>
            </View>
          ) : null}
          {a.status === 'accepted' && a.hireId ? (
            <Button className='btn-plain' data-testid='see-hire' onClick={() => Taro.navigateTo({ url: `/employer/hire/index?id=${a.hireId}` })}>
              看用工协议、标记完工 ›
            </Button>
          ) : null}
        </View>
      ))}

      {candidates ? <Text className='title'>附近合适的零工</Text> : null}
      {candidates && !candidates.length ? <Text className='row'>附近暂时没有合适的零工。</Text> : null}
      {(candidates ?? []).map((c) => (
        <View key={c.workerId} className='card' data-testid='candidate-card'>
          <Text className='item-title'>
            {c.displayName}
            {c.presentToday ? ' · 今天在市场' : ''}
          </Text>
          <Text className='row'>{c.trades.map((t) => tradeName(t) ?? t).join('、')}</Text>
          <Text className='row muted'>{c.matchReasons.join('，')}</Text>
          {invited.includes(c.workerId) ? (
            <Text className='row' data-testid='invited'>
              ✓ 已邀请，等零工回复
            </Text>
          ) : (
            <Button
              className='btn-plain'
              data-testid='invite'
              onClick={() =>
                run(
                  () => api.invite(id, c.workerId),
                  () => setInvited([...invited, c.workerId]),
                )
              }
            >
              邀请他来干活
            </Button>
          )}
        </View>
      ))}

      {posting && CLOSABLE.includes(posting.status) ? (
        <Button className='btn-plain btn-danger' data-testid='close-posting' onClick={stop}>
          停止招工
        </Button>
      ) : null}
    </View>
  )
}
