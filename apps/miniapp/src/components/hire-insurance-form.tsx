import { useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import {
  addDays,
  daysBetween,
  MAX_ENROLLMENT_DAYS,
  MAX_ENROLLMENT_LEAD_DAYS,
  shanghaiDate,
  type CreateEnrollmentRequest,
  type Enrollment,
  type Hire,
  type InsuranceProduct,
} from '@lingong/shared'
import { ApiError, errorMessage, newIdempotencyKey } from '../services/api'
import { yuan } from '../services/format'
import { ErrorText } from './messages'

/** A request id for one intended enrollment: a retry after a lost answer sends the same one. */
/**
 * The hire's days that can still be insured: cover starts tomorrow at the earliest and at most
 * MAX_ENROLLMENT_LEAD_DAYS ahead (the API's rules), so a job that has started keeps only its later days.
 */
export function insurableDays(hire: Pick<Hire, 'startDate' | 'endDate'>, today = shanghaiDate()): string[] {
  const first = hire.startDate > today ? hire.startDate : addDays(today, 1)
  const lastAllowed = addDays(today, MAX_ENROLLMENT_LEAD_DAYS)
  if (first > hire.endDate || first > lastAllowed) return []
  return daysBetween(first, hire.endDate)
}

/** "2026-12-01" → "12月1日" */
export function dayLabel(day: string): string {
  const [, m, d] = day.split('-')
  return `${Number(m)}月${Number(d)}日`
}

export interface HireInsuranceFormProps {
  hire: Pick<Hire, 'id' | 'startDate' | 'endDate' | 'workerName'>
  products: InsuranceProduct[]
  onEnroll: (input: CreateEnrollmentRequest) => Promise<Enrollment>
  today?: string
}

/** The employer buys day cover for the hired worker, within the hire's days, and sees who pays what. */
export function HireInsuranceForm({ hire, products, onEnroll, today = shanghaiDate() }: HireInsuranceFormProps) {
  const days = insurableDays(hire, today)
  const [productId, setProductId] = useState<number | undefined>(products.length === 1 ? products[0].id : undefined)
  const [from, setFrom] = useState(days[0])
  const [to, setTo] = useState(days[Math.min(days.length, MAX_ENROLLMENT_DAYS) - 1])
  const [key, setKey] = useState<string>()
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)
  const [done, setDone] = useState<Enrollment>()

  if (!days.length) {
    return (
      <Text className='row muted' data-testid='no-insurable-days'>
        保险最早从明天零点开始保，这次用工已经没有可以投保的日子了。
      </Text>
    )
  }

  /** A new choice is a new intended enrollment: it gets a new request id on its first send. */
  const change = (apply: () => void) => {
    apply()
    setKey(undefined)
    setError(undefined)
  }

  const product = products.find((p) => p.id === productId)
  const count = from && to && to >= from ? daysBetween(from, to).length : 0

  const check = (): string | undefined => {
    if (!product) return '请先选一个保险'
    if (!from || !to) return '请选第一天和最后一天'
    if (to < from) return '最后一天不能早于第一天'
    if (count > MAX_ENROLLMENT_DAYS) return `一次最多保${MAX_ENROLLMENT_DAYS}天`
    return undefined
  }

  const submit = async () => {
    const problem = check()
    if (problem) return setError(problem)
    const requestKey = key ?? newIdempotencyKey()
    setKey(requestKey)
    setBusy(true)
    setError(undefined)
    try {
      setDone(await onEnroll({ hireId: hire.id, productId: productId as number, startDate: from as string, endDate: to as string, idempotencyKey: requestKey }))
    } catch (e) {
      setError(errorMessage(e))
      // Refused for a reason (not a lost answer): the next tap is a new attempt.
      if (e instanceof ApiError && e.status > 0) setKey(undefined)
    } finally {
      setBusy(false)
    }
  }

  if (done) {
    return (
      <View className='notice' data-testid='hire-enrolled'>
        <Text className='row'>
          ✓ 已为{hire.workerName}投保 {done.startDate} 到 {done.endDate}，共 {done.days} 天。
        </Text>
        <Text className='row' data-testid='premium-split'>
          保费 {yuan(done.premiumFen)} 元：您付 {yuan(done.employerShareFen)} 元，师傅付 {yuan(done.workerShareFen)} 元，政府补贴{' '}
          {yuan(done.governmentShareFen)} 元。
        </Text>
      </View>
    )
  }

  return (
    <View className='hire-insurance-form'>
      <Text className='label'>选保险</Text>
      {products.map((p) => (
        <Text
          key={p.id}
          className={`chip ${productId === p.id ? 'chip-on' : ''}`}
          data-testid={`product-${p.id}`}
          onClick={() => change(() => setProductId(p.id))}
        >
          {productId === p.id ? '✓ ' : ''}
          {p.name}（每天 {yuan(p.pricePerDayFen)} 元）
        </Text>
      ))}
      {!products.length ? <Text className='row muted'>现在没有可以买的保险。</Text> : null}
      <Text className='label'>从哪天开始保</Text>
      {days.map((d) => (
        <Text key={d} className={`chip ${from === d ? 'chip-on' : ''}`} data-testid={`from-${d}`} onClick={() => change(() => setFrom(d))}>
          {from === d ? '✓ ' : ''}
          {dayLabel(d)}
        </Text>
      ))}
      <Text className='label'>保到哪天</Text>
      {days.map((d) => (
        <Text key={d} className={`chip ${to === d ? 'chip-on' : ''}`} data-testid={`to-${d}`} onClick={() => change(() => setTo(d))}>
          {to === d ? '✓ ' : ''}
          {dayLabel(d)}
        </Text>
      ))}
      {product && count > 0 ? (
        <Text className='row' data-testid='insurance-quote'>
          共 {count} 天，原价 {yuan(product.pricePerDayFen * count)} 元（有补贴的，投保后显示各付多少）
        </Text>
      ) : null}
      <ErrorText testId='insurance-error'>{error}</ErrorText>
      <Button className={`btn-plain ${busy ? 'is-busy' : ''}`} data-testid='enroll-worker' disabled={busy} onClick={submit}>
        {busy ? '正在投保…' : `给${hire.workerName}买意外险`}
      </Button>
    </View>
  )
}
