import { useState } from 'react'
import Taro, { useDidShow } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { addDays, shanghaiDate, type Claim, type Enrollment, type EnrollmentStatus, type InsuranceProduct } from '@lingong/shared'
import { api, ApiError, errorMessage, newIdempotencyKey } from '../../services/api'
import { usePageFont } from '../../services/display'
import { moneyLabel, yuan } from '../../services/format'
import { ClaimCard } from '../../components/claim-card'
import { ErrorText } from '../../components/messages'
import { LoadState } from '../../components/load-state'
import { PhoneLink } from '../../components/phone-link'
import '../common.scss'

const DAY_CHOICES = [1, 3, 7, 30]
const STATUS_LABELS: Record<EnrollmentStatus, string> = { pending: '保险公司出单中', issued: '已出单，保障有效', failed: '投保没成功', cancelled: '已退保' }

/** Each party's share in words: "您付 3 元，用工方付 1 元，政府补贴 1 元". */
function shareLabel(e: Pick<Enrollment, 'workerShareFen' | 'employerShareFen' | 'governmentShareFen'>): string {
  const parts = [`您付 ${yuan(e.workerShareFen)} 元`]
  if (e.employerShareFen) parts.push(`用工方付 ${yuan(e.employerShareFen)} 元`)
  if (e.governmentShareFen) parts.push(`政府补贴 ${yuan(e.governmentShareFen)} 元`)
  return parts.join('，')
}

/** A request id for one intended enrollment: a retry after a lost answer sends the same one. */
export default function InsurancePage() {
  const font = usePageFont()
  const [products, setProducts] = useState<InsuranceProduct[]>()
  const [enrollments, setEnrollments] = useState<Enrollment[]>()
  const [claims, setClaims] = useState<Claim[]>([])
  const [chosen, setChosen] = useState<{ productId: number; days: number; key: string }>()
  const [error, setError] = useState<string>()
  const [done, setDone] = useState<string>()
  const [busy, setBusy] = useState(false)
  const [loadError, setLoadError] = useState<string>()

  const load = () => {
    setLoadError(undefined)
    return Promise.all([api.insuranceProducts(), api.enrollments(), api.claims()]).then(
      ([p, e, c]) => {
        setProducts(p.items)
        setEnrollments(e.items)
        setClaims(c.items)
      },
      (e) => setLoadError(errorMessage(e)),
    )
  }

  useDidShow(() => {
    font.refresh()
    void load()
  })

  const choose = (productId: number, days: number) => {
    setDone(undefined)
    setError(undefined)
    setChosen({ productId, days, key: newIdempotencyKey() })
  }

  const enroll = async () => {
    if (!chosen) return
    const startDate = addDays(shanghaiDate(), 1)
    const endDate = addDays(startDate, chosen.days - 1)
    const product = products?.find((p) => p.id === chosen.productId)
    const full = product ? product.pricePerDayFen * chosen.days : 0
    // Nothing is bought with one tap: the dates, the price and who pays, then 确定 or 不买.
    const { confirm } = await Taro.showModal({
      title: '确认投保',
      content:
        `${product?.name ?? '意外保险'}，保 ${startDate} 零点到 ${endDate} 24点，共 ${chosen.days} 天。` +
        `原价 ${yuan(full)} 元：在市场签到或被录用的日子，政府补贴和用工方替您出一部分，您最多付 ${yuan(full)} 元，投保后写明各付多少。`,
      confirmText: '确定投保',
      cancelText: '不买',
    })
    if (!confirm) return
    setBusy(true)
    setError(undefined)
    try {
      const enrollment = await api.enroll({ productId: chosen.productId, startDate, endDate, idempotencyKey: chosen.key })
      setDone(
        `已投保 ${enrollment.startDate} 到 ${enrollment.endDate}，共 ${enrollment.days} 天，保费 ${yuan(enrollment.premiumFen)} 元，${shareLabel(enrollment)}。`,
      )
      setChosen(undefined)
      await load()
    } catch (e) {
      setError(errorMessage(e))
      // Refused for a reason (not a lost answer): the next tap is a new attempt.
      if (e instanceof ApiError && e.status > 0) setChosen({ ...chosen, key: newIdempotencyKey() })
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='page insurance-page' style={font.style}>
      <Text className='title'>按天买的意外保险</Text>
      <Text className='row muted'>保障从明天零点开始。在市场签到或被录用的日子，政府和用工方可能替您出一部分钱。</Text>
      <LoadState loading={!products} error={loadError} onRetry={() => void load()} what='保险' />
      <ErrorText>{error}</ErrorText>
      {done ? (
        <Text className='notice' data-testid='enrolled'>
          ✓ {done}
        </Text>
      ) : null}
      {(products ?? []).map((p) => (
        <View key={p.id} className='card' data-testid='product-card'>
          <Text className='item-title'>{p.name}</Text>
          <Text className='row'>
            {p.insurer} · 每天 {yuan(p.pricePerDayFen)} 元
          </Text>
          {p.cover.map((c) => (
            <Text key={c.kind} className='row'>
              {c.name}：{moneyLabel(c.amountFen)}
              {c.kind === 'hospital_allowance' ? '/天' : ''}
              {c.deductibleFen ? `（免赔 ${yuan(c.deductibleFen)} 元）` : ''}
            </Text>
          ))}
          <Text className='row muted'>
            {p.minAge}到{p.maxAge}岁可以买 · 报案电话 <PhoneLink phone={p.insurerHotline} testId='insurer-hotline' />
          </Text>
          {p.eligible === false ? (
            <Text className='notice'>{p.ineligibleReason ?? '您不能买这个保险。'}</Text>
          ) : (
            <View>
              <Text className='label'>保几天</Text>
              {DAY_CHOICES.map((d) => {
                const on = chosen?.productId === p.id && chosen.days === d
                return (
                  <Text key={d} className={`chip ${on ? 'chip-on' : ''}`} data-testid={`days-${p.id}-${d}`} onClick={() => choose(p.id, d)}>
                    {on ? '✓ ' : ''}
                    {d}天
                  </Text>
                )
              })}
              {chosen?.productId === p.id ? (
                <Button className={`btn-main ${busy ? 'is-busy' : ''}`} data-testid='enroll' disabled={busy} onClick={enroll}>
                  {busy ? '正在投保…' : `投保 ${chosen.days} 天（原价 ${yuan(p.pricePerDayFen * chosen.days)} 元）`}
                </Button>
              ) : null}
            </View>
          )}
        </View>
      ))}

      <Text className='title'>我的保险</Text>
      {enrollments && !enrollments.length ? <Text className='row'>还没有买过保险。</Text> : null}
      {(enrollments ?? []).map((e) => (
        <View key={e.id} className='card' data-testid='enrollment-card'>
          <Text className='row'>
            {e.startDate} 到 {e.endDate}，{e.days} 天
          </Text>
          <Text className='row status'>{STATUS_LABELS[e.status]}</Text>
          {e.failureReason ? <Text className='row'>原因：{e.failureReason}</Text> : null}
          <Text className='row'>
            保费 {yuan(e.premiumFen)} 元，{shareLabel(e)}
          </Text>
          {e.status === 'issued' ? (
            <Button className='btn-plain' data-testid='certificate' onClick={() => Taro.navigateTo({ url: `/worker/enrollment/index?id=${e.id}` })}>
              查看电子保险凭证、报告意外 ›
            </Button>
          ) : null}
        </View>
      ))}

      {claims.length ? <Text className='title'>我的意外报案</Text> : null}
      {claims.map((c) => (
        <ClaimCard key={c.id} claim={c} />
      ))}
    </View>
  )
}
