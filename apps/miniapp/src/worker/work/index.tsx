import { useState } from 'react'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import type { Application, ApplicationStatus, Hire } from '@lingong/shared'
import { api, errorMessage } from '../../services/api'
import { usePageFont } from '../../services/display'
import { payLabel } from '../../services/format'
import { ErrorText } from '../../components/messages'
import { LoadMore, LoadState } from '../../components/load-state'
import '../common.scss'

const APPLICATION_STATUS: Record<ApplicationStatus, string> = {
  pending: '等用工方回复',
  accepted: '已录用',
  declined: '没有录用',
  cancelled: '已取消',
}

/** 我的报名和活: what the worker applied for or was invited to, and the jobs they were hired for. */
export default function MyWorkPage() {
  const font = usePageFont()
  const [applications, setApplications] = useState<Application[]>()
  const [hires, setHires] = useState<Hire[]>()
  const [error, setError] = useState<string>()

  const [busy, setBusy] = useState(false)
  const [loadError, setLoadError] = useState<string>()
  const [cursors, setCursors] = useState<{ applications?: string; hires?: string }>({})
  const [loadingMore, setLoadingMore] = useState(false)

  const load = () => {
    setLoadError(undefined)
    return Promise.all([api.myApplications(), api.hires()]).then(
      ([a, h]) => {
        setApplications(a.items)
        setHires(h.items)
        setCursors({ applications: a.nextCursor, hires: h.nextCursor })
      },
      (e) => setLoadError(errorMessage(e)),
    )
  }

  const moreHires = async () => {
    setLoadingMore(true)
    try {
      const page = await api.hires(cursors.hires)
      setHires([...(hires ?? []), ...page.items])
      setCursors({ ...cursors, hires: page.nextCursor })
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      setLoadingMore(false)
    }
  }

  const moreApplications = async () => {
    setLoadingMore(true)
    try {
      const page = await api.myApplications(cursors.applications)
      setApplications([...(applications ?? []), ...page.items])
      setCursors({ ...cursors, applications: page.nextCursor })
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      setLoadingMore(false)
    }
  }

  useDidShow(() => {
    font.refresh()
    void load()
  })
  usePullDownRefresh(() => {
    void load().finally(() => Taro.stopPullDownRefresh())
  })

  /** Accepting an invitation makes the hire: the agreement to read and confirm is the next step. */
  const accept = async (a: Application) => {
    setBusy(true)
    setError(undefined)
    try {
      const hire = await api.acceptInvitation(a.id)
      await Taro.navigateTo({ url: `/worker/hire/index?id=${hire.id}` })
    } catch (e) {
      setError(errorMessage(e))
      await load()
    } finally {
      setBusy(false)
    }
  }

  const decline = async (a: Application) => {
    const { confirm } = await Taro.showModal({
      title: '不去这个活？',
      content: `“${a.postingTitle}”的老板会知道您不去。`,
      confirmText: '不去',
      cancelText: '再想想',
    })
    if (!confirm) return
    setError(undefined)
    try {
      await api.declineInvitation(a.id)
    } catch (e) {
      setError(errorMessage(e))
    }
    await load()
  }

  return (
    <View className='page work-page' style={font.style}>
      <ErrorText>{error}</ErrorText>
      <LoadState loading={!hires} error={loadError} onRetry={() => void load()} what='您的活和报名' />
      <Text className='title'>干过和要干的活</Text>
      {hires && !hires.length ? <Text className='row'>还没有被录用的活。</Text> : null}
      {(hires ?? []).map((hire) => (
        <View key={hire.id} className='card' data-testid='hire-card' onClick={() => Taro.navigateTo({ url: `/worker/hire/index?id=${hire.id}` })}>
          <Text className='item-title'>{hire.employerName}</Text>
          <Text className='row'>{payLabel(hire)}</Text>
          <Text className='row'>
            {hire.startDate} 到 {hire.endDate} · {hire.address}
          </Text>
          <Text className='row status'>
            {hire.cancelled
              ? '已取消'
              : !hire.agreement.workerConfirmedAt
                ? '协议等您确认'
                : hire.payment.status === 'paid'
                  ? '工钱已结清'
                  : hire.payment.status === 'unpaid'
                    ? '没拿到工钱，已投诉'
                    : hire.completedAt
                      ? '老板已标记完工，请登记工钱'
                      : '协议已确认'}
          </Text>
          <Text className='row more'>看协议、登记工钱 ›</Text>
        </View>
      ))}
      <LoadMore cursor={cursors.hires} busy={loadingMore} onMore={() => void moreHires()} testId='more-hires' />

      <Text className='title'>我的报名</Text>
      {applications && !applications.length ? <Text className='row'>还没有报名。去“找活”看看附近的活。</Text> : null}
      {(applications ?? []).map((a) => (
        <View key={a.id} className='card' data-testid='application-card'>
          <Text className='item-title'>{a.postingTitle}</Text>
          <Text className='row'>
            {a.kind === 'invitation' ? '老板邀请您 · ' : '您报的名 · '}
            <Text className='status'>{APPLICATION_STATUS[a.status]}</Text>
          </Text>
          {a.cancelReason ? <Text className='row muted'>原因：{a.cancelReason}</Text> : null}
          {a.kind === 'invitation' && a.status === 'pending' ? (
            <View>
              <Button className={`btn-main ${busy ? 'is-busy' : ''}`} data-testid='accept-invitation' disabled={busy} onClick={() => accept(a)}>
                接受邀请，去干活
              </Button>
              <Button className='btn-plain' data-testid='decline-invitation' disabled={busy} onClick={() => decline(a)}>
                不去
              </Button>
            </View>
          ) : null}
          {a.status === 'accepted' && a.hireId ? (
            <Text className='row more' data-testid='application-hire' onClick={() => Taro.navigateTo({ url: `/worker/hire/index?id=${a.hireId}` })}>
              看协议 ›
            </Text>
          ) : null}
        </View>
      ))}
      <LoadMore cursor={cursors.applications} busy={loadingMore} onMore={() => void moreApplications()} testId='more-applications' />
    </View>
  )
}
