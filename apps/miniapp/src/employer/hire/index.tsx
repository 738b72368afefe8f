import { useState } from 'react'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { NO_SHOW_TAG, shanghaiDate, tradeName, type Claim, type Enrollment, type Hire, type InsuranceProduct } from '@lingong/shared'
import { api, errorMessage } from '../../services/api'
import { usePageFont } from '../../services/display'
import { payLabel, shanghaiTimeLabel, yuan } from '../../services/format'
import { ErrorText } from '../../components/messages'
import { ClaimCard } from '../../components/claim-card'
import { HireInsuranceForm } from '../../components/hire-insurance-form'
import { RatingForm, RatingSummary } from '../../components/rating-form'
import { employerHireStatus } from '../common'
import '../common.scss'

/** The employer's side of one hire: the agreement, the call, 完工, the rating and insurance for the worker. */
export default function EmployerHirePage() {
  const font = usePageFont()
  const { params } = useRouter()
  const id = Number(params.id)
  const [hire, setHire] = useState<Hire>()
  const [products, setProducts] = useState<InsuranceProduct[]>([])
  const [enrollments, setEnrollments] = useState<Enrollment[]>([])
  const [claims, setClaims] = useState<Claim[]>([])
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)

  const loadInsurance = () =>
    Promise.all([api.insuranceProducts(), api.enrollments(), api.claims()]).then(
      ([p, e, c]) => {
        const mine = e.items.filter((x) => x.hireId === id && x.status !== 'cancelled' && x.status !== 'failed')
        setProducts(p.items)
        setEnrollments(mine)
        setClaims(c.items.filter((claim) => mine.some((x) => x.id === claim.enrollmentId)))
      },
      () => undefined,
    )

  useDidShow(() => {
    font.refresh()
    api.hire(id).then(setHire, (e) => setError(errorMessage(e)))
    void loadInsurance()
  })

  const act = async (action: () => Promise<Hire>) => {
    setBusy(true)
    setError(undefined)
    try {
      setHire(await action())
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }

  const markDone = async () => {
    const { confirm } = await Taro.showModal({
      title: '活干完了吗？',
      content: '标记完工后会通知师傅，双方就可以互相评价。标记后不能撤回。',
      confirmText: '干完了',
      cancelText: '还没有',
    })
    if (confirm) await act(() => api.completeHire(id))
  }

  /** A worker who did not come has no work to finish: the API takes this rating from the start date. */
  const reportNoShow = async () => {
    const { confirm } = await Taro.showModal({
      title: '师傅没来上工？',
      content: '会记一次“没来上工”（1星），别的老板招人时能看到。确定没来再点。',
      confirmText: '确定没来',
      cancelText: '来了',
    })
    if (!confirm) return
    await act(async () => {
      await api.rateHire(id, { score: 1, tags: [NO_SHOW_TAG] })
      return api.hire(id)
    })
  }

  if (!hire) {
    return (
      <View className='page employer-hire-page' style={font.style}>
        <ErrorText>{error}</ErrorText>
      </View>
    )
  }

  const bothConfirmed = Boolean(hire.agreement.workerConfirmedAt && hire.agreement.employerConfirmedAt)
  const started = hire.startDate <= shanghaiDate()
  const noShow = Boolean(hire.ratings.byEmployer?.tags.includes(NO_SHOW_TAG))
  return (
    <View className='page employer-hire-page' style={font.style}>
      <View className='card'>
        <Text className='item-title' data-testid='hire-worker'>
          {hire.workerName}
        </Text>
        <Text className='row'>
          {tradeName(hire.trade) ?? hire.trade} · {payLabel(hire)}
        </Text>
        <Text className='row'>
          {hire.startDate} 到 {hire.endDate}，{hire.workHours}
        </Text>
        <Text className='row'>地点：{hire.address}</Text>
        <Text className='row status' data-testid='hire-status'>
          {employerHireStatus(hire)}
        </Text>
        {hire.cancelled ? <Text className='notice'>这次用工已取消：{hire.cancelled.reason}</Text> : null}
        {hire.workerPhone ? (
          <Button className='btn-plain' data-testid='call-worker' onClick={() => Taro.makePhoneCall({ phoneNumber: hire.workerPhone }).catch(() => undefined)}>
            打电话给{hire.workerName} {hire.workerPhone}
          </Button>
        ) : null}
      </View>

      <View className='card'>
        <Text className='title'>用工协议</Text>
        <Text className='agreement-text' data-testid='agreement-text'>
          {hire.agreement.text}
        </Text>
        <Text className='row muted' data-testid='agreement-state'>
          {hire.agreement.employerConfirmedAt ? `您已在 ${shanghaiTimeLabel(hire.agreement.employerConfirmedAt)} 确认` : '您还没有确认'}
          {hire.agreement.workerConfirmedAt ? '；师傅已确认' : '；师傅还没有确认'}
        </Text>
      </View>
      <ErrorText>{error}</ErrorText>

      {hire.cancelled ? null : !hire.agreement.employerConfirmedAt ? (
        <Button
          className={`btn-main ${busy ? 'is-busy' : ''}`}
          data-testid='confirm-agreement'
          disabled={busy}
          onClick={() => act(() => api.confirmAgreement(id))}
        >
          确认协议
        </Button>
      ) : noShow ? (
        <Text className='notice' data-testid='no-show-notice'>
          您已登记师傅没来上工。
        </Text>
      ) : hire.completedAt ? (
        <Text className='notice' data-testid='completed-notice'>
          ✓ 您已在 {shanghaiTimeLabel(hire.completedAt)} 标记完工，已通知师傅。
        </Text>
      ) : !bothConfirmed ? (
        <Text className='notice' data-testid='waiting-worker'>
          等师傅确认协议。确认以后，开工干完活就可以标记完工。
        </Text>
      ) : !started ? (
        <Text className='notice' data-testid='not-started'>
          {hire.startDate} 开工，开工以后才能标记完工。
        </Text>
      ) : (
        <View>
          <Button className={`btn-main ${busy ? 'is-busy' : ''}`} data-testid='mark-done' disabled={busy} onClick={markDone}>
            标记完工
          </Button>
          {hire.ratings.byEmployer ? null : (
            <Button className='btn-plain' data-testid='no-show' disabled={busy} onClick={reportNoShow}>
              师傅没来上工
            </Button>
          )}
        </View>
      )}

      {hire.payment.status === 'unpaid' ? (
        <Text className='notice' data-testid='unpaid-notice'>
          师傅登记“没拿到工钱”，平台已转为欠薪投诉。请尽快结清工钱，劳动保障监察会联系您。
        </Text>
      ) : hire.payment.status === 'paid' ? (
        <Text className='row' data-testid='paid-notice'>
          ✓ 师傅已登记工钱结清。
        </Text>
      ) : null}

      {hire.completedAt ? (
        <View className='card' data-testid='rating-card'>
          <Text className='title'>评价师傅</Text>
          {hire.ratings.byEmployer ? (
            <RatingSummary rating={hire.ratings.byEmployer} who='您的评价' testId='my-rating' />
          ) : (
            <RatingForm
              side='employer'
              onSubmit={async (input) => {
                await api.rateHire(id, input)
                setHire(await api.hire(id))
              }}
            />
          )}
          {hire.ratings.byWorker ? <RatingSummary rating={hire.ratings.byWorker} who='师傅给您的评价' testId='their-rating' /> : null}
        </View>
      ) : null}

      {hire.cancelled ? null : (
        <View className='card' data-testid='insurance-card'>
          <Text className='title'>给他买意外险</Text>
          <Text className='row muted'>按天保，干活期间出了意外有保障。政府有补贴的，会自动算进去。</Text>
          {enrollments.map((e) => (
            <View key={e.id}>
              <Text className='row' data-testid='hire-enrollment'>
                ✓ 已保 {e.startDate} 到 {e.endDate}（{e.days} 天），保费 {yuan(e.premiumFen)} 元，您付 {yuan(e.employerShareFen)} 元
              </Text>
              {/* From the first covered day an accident can be reported; the API checks the time lies inside the cover. */}
              {e.status === 'issued' && e.startDate <= shanghaiDate() ? (
                <Button
                  className='btn-plain'
                  data-testid='report-accident'
                  onClick={() => Taro.navigateTo({ url: `/worker/claim-new/index?enrollmentId=${e.id}` })}
                >
                  师傅出了意外？报告意外
                </Button>
              ) : null}
            </View>
          ))}
          {claims.map((c) => (
            <ClaimCard key={c.id} claim={c} />
          ))}
          <HireInsuranceForm hire={hire} products={products} onEnroll={(input) => api.enroll(input)} />
        </View>
      )}
    </View>
  )
}
