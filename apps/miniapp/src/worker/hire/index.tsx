import { useState } from 'react'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import type { Hire } from '@lingong/shared'
import { api, errorMessage } from '../../services/api'
import { usePageFont } from '../../services/display'
import { payLabel, shanghaiTimeLabel } from '../../services/format'
import { ErrorText } from '../../components/messages'
import { LoadState } from '../../components/load-state'
import { RatingForm, RatingSummary } from '../../components/rating-form'
import '../common.scss'

export default function HirePage() {
  const font = usePageFont()
  const { params } = useRouter()
  const id = Number(params.id)
  const [hire, setHire] = useState<Hire>()
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)
  const [complained, setComplained] = useState(false)
  // The hire names the wage claim the API opened for it: one request for the whole page.
  const complaintId = hire?.complaintId

  const load = () => {
    setError(undefined)
    return api.hire(id).then(setHire, (e) => setError(errorMessage(e)))
  }

  useDidShow(() => {
    font.refresh()
    void load()
  })

  const act = async (action: () => Promise<Hire>) => {
    setBusy(true)
    setError(undefined)
    try {
      setHire(await action())
      return true
    } catch (e) {
      setError(errorMessage(e))
      return false
    } finally {
      setBusy(false)
    }
  }

  const notPaid = async () => {
    const { confirm } = await Taro.showModal({
      title: '没拿到工钱？',
      content: '确定后，平台会替您提交一份欠薪投诉，劳动保障监察的工作人员会处理。',
      confirmText: '没拿到',
      cancelText: '再等等',
    })
    if (confirm && (await act(() => api.reportPayment(id, false)))) setComplained(true)
  }

  if (!hire) {
    return (
      <View className='page hire-page' style={font.style}>
        <LoadState loading error={error} onRetry={() => void load()} what='这次用工' />
      </View>
    )
  }
  const confirmed = Boolean(hire.agreement.workerConfirmedAt)
  return (
    <View className='page hire-page' style={font.style}>
      <View className='card'>
        <Text className='item-title'>{hire.employerName}</Text>
        <Text className='row'>{payLabel(hire)}</Text>
        <Text className='row'>
          {hire.startDate} 到 {hire.endDate}，{hire.workHours}
        </Text>
        <Text className='row'>地点：{hire.address}</Text>
        {hire.cancelled ? <Text className='notice'>这个活已取消：{hire.cancelled.reason}</Text> : null}
        {hire.completedAt ? (
          <Text className='notice' data-testid='completed-notice'>
            ✓ 老板已标记完工（{shanghaiTimeLabel(hire.completedAt)}）。工钱拿到了吗？请在下面登记。
          </Text>
        ) : null}
      </View>

      <View className='card'>
        <Text className='title'>用工协议</Text>
        <Text className='agreement-text' data-testid='agreement-text'>
          {hire.agreement.text}
        </Text>
        <Text className='row muted'>
          {confirmed ? `您已在 ${shanghaiTimeLabel(hire.agreement.workerConfirmedAt as string)} 确认` : '您还没有确认'}
          {hire.agreement.employerConfirmedAt ? '；用工方已确认' : '；用工方还没有确认'}
        </Text>
      </View>
      <ErrorText>{error}</ErrorText>
      {!confirmed && !hire.cancelled ? (
        <Button
          className={`btn-main ${busy ? 'is-busy' : ''}`}
          data-testid='confirm-agreement'
          disabled={busy}
          onClick={() => act(() => api.confirmAgreement(id))}
        >
          确认协议
        </Button>
      ) : null}

      {complained || hire.payment.status === 'unpaid' ? (
        <View className='notice' data-testid='unpaid-notice'>
          <Text className='row'>已为您提交欠薪投诉，劳动保障监察会在5个工作日内决定是否受理。</Text>
          <Button
            className='btn-plain'
            data-testid='see-complaint'
            onClick={() => Taro.navigateTo({ url: complaintId ? `/worker/complaint/index?id=${complaintId}` : '/worker/complaints/index' })}
          >
            {complaintId ? '查看这份欠薪投诉 ›' : '查看我的投诉 ›'}
          </Button>
        </View>
      ) : hire.payment.status === 'paid' ? (
        <Text className='notice' data-testid='paid-notice'>
          ✓ 您已登记工钱结清。
        </Text>
      ) : !hire.cancelled ? (
        <View className='card'>
          <Text className='label'>工钱拿到了吗？</Text>
          <Button className='btn-main' data-testid='paid' disabled={busy} onClick={() => act(() => api.reportPayment(id, true))}>
            已结清
          </Button>
          <Button className='btn-plain btn-danger' data-testid='not-paid' disabled={busy} onClick={notPaid}>
            没拿到工钱
          </Button>
        </View>
      ) : null}

      {hire.completedAt || hire.payment.status !== 'pending' ? (
        <View className='card' data-testid='rating-card'>
          <Text className='title'>评价老板</Text>
          {hire.ratings.byWorker ? (
            <RatingSummary rating={hire.ratings.byWorker} who='您的评价' testId='my-rating' />
          ) : (
            <RatingForm
              side='worker'
              main={hire.payment.status !== 'pending'}
              onSubmit={async (input) => {
                await api.rateHire(id, input)
                setHire(await api.hire(id))
              }}
            />
          )}
          {hire.ratings.byEmployer ? <RatingSummary rating={hire.ratings.byEmployer} who='老板给您的评价' testId='their-rating' /> : null}
        </View>
      ) : null}
    </View>
  )
}
