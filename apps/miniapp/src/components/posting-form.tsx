import { useState } from 'react'
import { Button, Input, Text, Textarea, View } from '@tarojs/components'
import {
  addDays,
  checkPostingContent,
  isValidDateString,
  normalizeMobile,
  PAY_UNIT_NAMES,
  PAY_UNITS,
  SETTLEMENT_NAMES,
  SETTLEMENTS,
  shanghaiDate,
  type CreatePostingRequest,
  type LatLng,
  type PayUnit,
  type Settlement,
  type TradeItem,
} from '@lingong/shared'
import { ApiError, errorMessage } from '../services/api'
import { yuanToFen } from '../services/format'
import { ErrorText, WarningText } from './messages'

export interface PostingFormProps {
  trades: readonly TradeItem[]
  /** The employer's phone, offered as the contact number. */
  defaultPhone?: string
  /** Where the work is: the employer's position when they stand at the site. */
  onLocate: () => Promise<LatLng>
  onSubmit: (input: CreatePostingRequest) => Promise<void>
}

type Field =
  'trade' | 'title' | 'description' | 'headcount' | 'payAmountFen' | 'address' | 'location' | 'startDate' | 'durationDays' | 'workHours' | 'contactPhone'
type FieldErrors = Partial<Record<Field, string>>

const LOCATE_FAILED = '没能取得位置。请到干活的地方再点一次，并允许获取位置。'

/** The posting stays up to the end of its first working day (Beijing time). */
export function validUntilFor(startDate: string): string {
  return new Date(`${addDays(startDate, 1)}T00:00:00+08:00`).toISOString()
}

export function PostingForm({ trades, defaultPhone = '', onLocate, onSubmit }: PostingFormProps) {
  const [trade, setTrade] = useState<string>()
  const [title, setTitle] = useState('')
  const [description, setDescription] = useState('')
  const [requirements, setRequirements] = useState('')
  const [headcount, setHeadcount] = useState('1')
  const [pay, setPay] = useState('')
  const [payUnit, setPayUnit] = useState<PayUnit>('day')
  const [settlement, setSettlement] = useState<Settlement>('daily')
  const [address, setAddress] = useState('')
  const [location, setLocation] = useState<LatLng>()
  const [startDate, setStartDate] = useState(shanghaiDate())
  const [durationDays, setDurationDays] = useState('1')
  const [workHours, setWorkHours] = useState('07:00-17:00，中午休息1小时')
  const [contactPhone, setContactPhone] = useState(defaultPhone)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [formError, setFormError] = useState<string>()
  const [busy, setBusy] = useState(false)
  const [locating, setLocating] = useState(false)

  // The same check the API runs, while typing: refused words in red, review notes in amber.
  const content = checkPostingContent({ title, description, requirements, trade })

  const locate = async () => {
    setLocating(true)
    try {
      setLocation(await onLocate())
      setErrors((e) => ({ ...e, location: undefined }))
    } catch {
      setErrors((e) => ({ ...e, location: LOCATE_FAILED }))
    } finally {
      setLocating(false)
    }
  }

  const whole = (raw: string) => (/^\d{1,3}$/.test(raw.trim()) ? Number(raw.trim()) : undefined)

  const check = (): FieldErrors => {
    const found: FieldErrors = {}
    if (!trade) found.trade = '请选择工种'
    if (title.trim().length < 4) found.title = '标题至少4个字，例如“急招瓦工砌墙”'
    if (description.trim().length < 4) found.description = '请写清楚干什么活（至少4个字）'
    if (!whole(headcount)) found.headcount = '请填写招几个人'
    const fen = yuanToFen(pay)
    if (fen === undefined || fen < 100) found.payAmountFen = '请填写工钱，例如 200（元）'
    if (address.trim().length < 4) found.address = '请填写干活的详细地址'
    if (!location) found.location = '请到干活的地方点“用我现在的位置”'
    if (!isValidDateString(startDate.trim())) found.startDate = '开工日期应为“2026-12-01”这样的格式'
    if (!whole(durationDays)) found.durationDays = '请填写干几天'
    if (workHours.trim().length < 2) found.workHours = '请填写工作时间'
    if (!normalizeMobile(contactPhone)) found.contactPhone = '请填写11位手机号'
    return Object.fromEntries(Object.entries(found).filter(([, v]) => v)) as FieldErrors
  }

  const submit = async () => {
    const found = check()
    setErrors(found)
    const blocked = content.blocked.length > 0
    setFormError(Object.keys(found).length ? '填写的内容有误，请按红字提示修改。' : blocked ? '招工信息里有不能发布的内容，请按红字提示修改。' : undefined)
    if (Object.keys(found).length || blocked || !trade || !location) return
    setBusy(true)
    try {
      await onSubmit({
        trade,
        title: title.trim(),
        description: description.trim(),
        ...(requirements.trim() ? { requirements: requirements.trim() } : {}),
        headcount: whole(headcount) as number,
        payAmountFen: yuanToFen(pay) as number,
        payUnit,
        settlement,
        address: address.trim(),
        lat: location.lat,
        lng: location.lng,
        startDate: startDate.trim(),
        durationDays: whole(durationDays) as number,
        workHours: workHours.trim(),
        contactPhone: normalizeMobile(contactPhone) as string,
        validUntil: validUntilFor(startDate.trim()),
      })
    } catch (error) {
      setFormError(errorMessage(error))
      if (error instanceof ApiError) setErrors(Object.fromEntries(error.errors.map((e) => [e.field, e.message])) as FieldErrors)
    } finally {
      setBusy(false)
    }
  }

  const chips = <T extends string>(values: readonly T[], names: Record<T, string>, current: T, set: (v: T) => void, prefix: string) =>
    values.map((v) => (
      <Text key={v} className={`chip ${current === v ? 'chip-on' : ''}`} data-testid={`${prefix}-${v}`} onClick={() => set(v)}>
        {current === v ? '✓ ' : ''}
        {names[v]}
      </Text>
    ))

  return (
    <View className='posting-form'>
      <View className='field'>
        <Text className='label'>工种</Text>
        {trades.map((t) => (
          <Text key={t.code} className={`chip ${trade === t.code ? 'chip-on' : ''}`} data-testid={`trade-${t.code}`} onClick={() => setTrade(t.code)}>
            {trade === t.code ? '✓ ' : ''}
            {t.name}
          </Text>
        ))}
        <ErrorText testId='trade-error'>{errors.trade}</ErrorText>
      </View>

      <View className='field'>
        <Text className='label'>标题</Text>
        <Input className='input' data-testid='title' value={title} maxlength={60} placeholder='例如：急招瓦工砌墙' onInput={(e) => setTitle(e.detail.value)} />
        <ErrorText testId='title-error'>{errors.title}</ErrorText>
      </View>

      <View className='field'>
        <Text className='label'>干什么活</Text>
        <Textarea className='input textarea' data-testid='description' value={description} maxlength={2000} onInput={(e) => setDescription(e.detail.value)} />
        <ErrorText testId='description-error'>{errors.description}</ErrorText>
      </View>

      <View className='field'>
        <Text className='label'>要求（会什么、带什么工具，没有可不填）</Text>
        <Input className='input' data-testid='requirements' value={requirements} onInput={(e) => setRequirements(e.detail.value)} />
      </View>

      {content.blocked.map((f, i) => (
        <ErrorText key={`b${i}`} testId='content-blocked'>{`“${f.phrase}”：${f.reason}`}</ErrorText>
      ))}
      {content.warnings.map((f, i) => (
        <WarningText key={`w${i}`} testId='content-warning'>{`“${f.phrase}”：${f.reason}（发布后要等工作人员审核）`}</WarningText>
      ))}

      <View className='field'>
        <Text className='label'>招几个人</Text>
        <Input className='input' data-testid='headcount' type='number' value={headcount} onInput={(e) => setHeadcount(e.detail.value)} />
        <ErrorText testId='headcount-error'>{errors.headcount}</ErrorText>
      </View>

      <View className='field'>
        <Text className='label'>工钱（元）</Text>
        <Input className='input' data-testid='pay' type='digit' value={pay} onInput={(e) => setPay(e.detail.value)} />
        {chips(PAY_UNITS, Object.fromEntries(PAY_UNITS.map((u) => [u, `按${PAY_UNIT_NAMES[u]}`])) as Record<PayUnit, string>, payUnit, setPayUnit, 'unit')}
        <ErrorText testId='payAmountFen-error'>{errors.payAmountFen}</ErrorText>
      </View>

      <View className='field'>
        <Text className='label'>什么时候结钱</Text>
        {chips(SETTLEMENTS, SETTLEMENT_NAMES, settlement, setSettlement, 'settlement')}
      </View>

      <View className='field'>
        <Text className='label'>干活地址</Text>
        <Input className='input' data-testid='address' value={address} onInput={(e) => setAddress(e.detail.value)} />
        <ErrorText testId='address-error'>{errors.address}</ErrorText>
        <Button className={`btn-plain ${locating ? 'is-busy' : ''}`} data-testid='locate' disabled={locating} onClick={locate}>
          {location ? '✓ 已取得干活地点的位置（可再点一次更新）' : '用我现在的位置（请在干活的地方点）'}
        </Button>
        <ErrorText testId='location-error'>{errors.location}</ErrorText>
      </View>

      <View className='field'>
        <Text className='label'>哪天开工</Text>
        <Input className='input' data-testid='startDate' value={startDate} onInput={(e) => setStartDate(e.detail.value)} />
        <ErrorText testId='startDate-error'>{errors.startDate}</ErrorText>
      </View>

      <View className='field'>
        <Text className='label'>干几天</Text>
        <Input className='input' data-testid='durationDays' type='number' value={durationDays} onInput={(e) => setDurationDays(e.detail.value)} />
        <ErrorText testId='durationDays-error'>{errors.durationDays}</ErrorText>
      </View>

      <View className='field'>
        <Text className='label'>工作时间</Text>
        <Input className='input' data-testid='workHours' value={workHours} onInput={(e) => setWorkHours(e.detail.value)} />
        <ErrorText testId='workHours-error'>{errors.workHours}</ErrorText>
      </View>

      <View className='field'>
        <Text className='label'>联系电话</Text>
        <Input
          className='input'
          data-testid='contactPhone'
          type='number'
          maxlength={11}
          value={contactPhone}
          onInput={(e) => setContactPhone(e.detail.value)}
        />
        <ErrorText testId='contactPhone-error'>{errors.contactPhone}</ErrorText>
      </View>

      <ErrorText testId='form-error'>{formError}</ErrorText>
      <Button className={`btn-main ${busy ? 'is-busy' : ''}`} data-testid='submit' disabled={busy} onClick={submit}>
        {busy ? '正在发布…' : '发布招工'}
      </Button>
    </View>
  )
}
