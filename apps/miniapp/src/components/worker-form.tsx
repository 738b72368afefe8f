import { useMemo, useState } from 'react'
import { Button, Input, Text, View } from '@tarojs/components'
import {
  ageOn,
  ERRORS,
  MIN_WORKING_AGE,
  normalizeMobile,
  shanghaiDate,
  validateResidentId,
  type CountyItem,
  type LatLng,
  type TradeItem,
  type UpsertWorkerRequest,
} from '@lingong/shared'
import { ApiError, errorMessage } from '../services/api'
import { CountyField } from './county-field'
import { ErrorText } from './messages'

export interface WorkerFormProps {
  trades: TradeItem[]
  counties: CountyItem[]
  consentVersion: string
  onSubmit: (input: UpsertWorkerRequest) => Promise<void>
  /** WeChat: the phone number from the getPhoneNumber button's code. */
  onPhoneCode?: (code: string) => Promise<string>
  /** Asks for the position (after the privacy authorisation on WeChat). */
  onLocate?: () => Promise<LatLng>
}

type Field = 'realName' | 'idNumber' | 'phone' | 'trades' | 'countyCode'
type FieldErrors = Partial<Record<Field, string>>

const MAX_TRADES = 10
/**
 * The finer trades most day labourers at Heze's gates name (the markets' main trades are building,
 * moving, cleaning and factory work): on the first screen beside the ten broad ones; the rest fold away.
 */
export const COMMON_TRADES = [
  'construction.labourer',
  'construction.mason',
  'construction.rebar',
  'construction.carpenter',
  'moving.loader',
  'cleaning.daily',
  'housekeeping.hourly',
  'manufacturing.assembler',
]

/** The ID number check the API runs, here too so a typo is caught before the network. */
export function idNumberProblem(raw: string, today = shanghaiDate()): string | undefined {
  const result = validateResidentId(raw, today)
  if (!result.ok) return result.message
  if (ageOn(result.birthDate, today) < MIN_WORKING_AGE) return ERRORS['WORKER.UNDER_AGE'].message
  return undefined
}

export function WorkerForm({ trades, counties, consentVersion, onSubmit, onPhoneCode, onLocate }: WorkerFormProps) {
  const [realName, setRealName] = useState('')
  const [idNumber, setIdNumber] = useState('')
  const [phone, setPhone] = useState('')
  const [chosen, setChosen] = useState<string[]>([])
  const [countyIndex, setCountyIndex] = useState(-1)
  const [location, setLocation] = useState<LatLng>()
  // Folded: the less common finer trades and the optional position, so the first screen is what everyone fills in.
  const [allTrades, setAllTrades] = useState(false)
  const [optional, setOptional] = useState(false)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [formError, setFormError] = useState<string>()
  const [busy, setBusy] = useState(false)

  const { broad, common, others } = useMemo(() => {
    const parents = trades.filter((t) => !t.parentCode)
    return {
      broad: parents,
      common: COMMON_TRADES.map((code) => trades.find((t) => t.code === code)).filter((t): t is TradeItem => !!t),
      others: parents
        .map((parent) => ({ parent, children: trades.filter((t) => t.parentCode === parent.code && !COMMON_TRADES.includes(t.code)) }))
        .filter((g) => g.children.length),
    }
  }, [trades])
  const foldedChosen = others.flatMap((g) => g.children).filter((t) => chosen.includes(t.code))
  const examples = others
    .slice(0, 3)
    .map((g) => g.children[0].name)
    .join('、')

  const check = (): FieldErrors => {
    const found: FieldErrors = {}
    if (realName.trim().length < 2) found.realName = '请填写身份证上的真实姓名'
    found.idNumber = idNumberProblem(idNumber)
    if (!normalizeMobile(phone)) found.phone = ERRORS['WORKER.PHONE_INVALID'].message
    if (!chosen.length) found.trades = '请至少选择一个工种'
    if (countyIndex < 0) found.countyCode = '请选择您常住的县区'
    return Object.fromEntries(Object.entries(found).filter(([, v]) => v)) as FieldErrors
  }

  const toggleTrade = (code: string) => {
    setChosen((current) => (current.includes(code) ? current.filter((c) => c !== code) : current.length >= MAX_TRADES ? current : [...current, code]))
  }

  const submit = async () => {
    const found = check()
    setErrors(found)
    setFormError(Object.keys(found).length ? '填写的内容有误，请按红字提示修改。' : undefined)
    if (Object.keys(found).length) return
    setBusy(true)
    try {
      await onSubmit({
        realName: realName.trim(),
        idNumber: idNumber.trim(),
        phone: normalizeMobile(phone) as string,
        trades: chosen,
        countyCode: counties[countyIndex].code,
        ...(location ? { location } : {}),
        consent: { version: consentVersion, agreed: true },
      })
    } catch (error) {
      setFormError(errorMessage(error))
      if (error instanceof ApiError) {
        const fromApi: FieldErrors = {}
        for (const e of error.errors) if (['realName', 'idNumber', 'phone', 'trades', 'countyCode'].includes(e.field)) fromApi[e.field as Field] = e.message
        setErrors(fromApi)
      }
    } finally {
      setBusy(false)
    }
  }

  const getPhone = async (code?: string) => {
    if (!code || !onPhoneCode) return
    try {
      setPhone(await onPhoneCode(code))
      setErrors((e) => ({ ...e, phone: undefined }))
    } catch (error) {
      setErrors((e) => ({ ...e, phone: errorMessage(error) }))
    }
  }

  const locate = async () => {
    if (!onLocate) return
    try {
      setLocation(await onLocate())
    } catch {
      setFormError('没能取得位置。位置可以不填，不影响登记。')
    }
  }

  const tradeChip = (trade: TradeItem, label: string) => (
    <Text
      key={trade.code}
      className={`chip ${chosen.includes(trade.code) ? 'chip-on' : ''}`}
      data-testid={`trade-${trade.code}`}
      onClick={() => toggleTrade(trade.code)}
    >
      {chosen.includes(trade.code) ? '✓ ' : ''}
      {label}
    </Text>
  )

  return (
    <View className='worker-form'>
      <View className='field'>
        <Text className='label'>真实姓名</Text>
        <Input className='input' data-testid='realName' value={realName} placeholder='和身份证上一样' onInput={(e) => setRealName(e.detail.value)} />
        <ErrorText testId='realName-error'>{errors.realName}</ErrorText>
      </View>

      <View className='field'>
        <Text className='label'>身份证号码（18位）</Text>
        <Input
          className='input'
          data-testid='idNumber'
          type='idcard'
          maxlength={18}
          value={idNumber}
          onInput={(e) => setIdNumber(e.detail.value)}
          onBlur={() => idNumber && setErrors((e) => ({ ...e, idNumber: idNumberProblem(idNumber) }))}
        />
        <ErrorText testId='idNumber-error'>{errors.idNumber}</ErrorText>
      </View>

      <View className='field'>
        <Text className='label'>手机号码（11位）</Text>
        {process.env.TARO_ENV === 'weapp' && onPhoneCode ? (
          <Button className='btn-plain' openType='getPhoneNumber' onGetPhoneNumber={(e) => getPhone(e.detail.code)}>
            {phone ? `已获取：${phone}（点此重新获取）` : '用微信绑定的手机号'}
          </Button>
        ) : null}
        <Input
          className='input'
          data-testid='phone'
          type='number'
          maxlength={11}
          value={phone}
          placeholder='也可以手动填写'
          onInput={(e) => setPhone(e.detail.value)}
        />
        <ErrorText testId='phone-error'>{errors.phone}</ErrorText>
      </View>

      <CountyField
        label='常住县区'
        counties={counties}
        value={counties[countyIndex]?.code}
        onChange={(code) => setCountyIndex(counties.findIndex((c) => c.code === code))}
        error={errors.countyCode}
      />

      <View className='field'>
        <Text className='label'>
          会做的工种（可多选，最多{MAX_TRADES}个，已选{chosen.length}个）
        </Text>
        <Text className='row muted'>选大类就能找这一类的活；会做哪样细活，也可以点出来。</Text>
        <View className='trade-group'>
          <Text className='row muted'>大类</Text>
          {broad.map((trade) => tradeChip(trade, `${trade.name}（全部）`))}
        </View>
        <View className='trade-group'>
          <Text className='row muted'>常见的细活</Text>
          {common.map((trade) => tradeChip(trade, trade.name))}
        </View>
        {others.length ? (
          <Text className='chip' data-testid='toggle-trades' onClick={() => setAllTrades(!allTrades)}>
            {allTrades ? '收起其他细活 ▲' : `其他细活（${examples}等）▼`}
          </Text>
        ) : null}
        {allTrades
          ? others.map(({ parent, children }) => (
              <View key={parent.code} className='trade-group'>
                <Text className='row muted'>{parent.name}</Text>
                {children.map((trade) => tradeChip(trade, trade.name))}
              </View>
            ))
          : null}
        {!allTrades && foldedChosen.length ? (
          <Text className='row' data-testid='trades-folded-chosen'>
            另外已选：{foldedChosen.map((t) => t.name).join('、')}
          </Text>
        ) : null}
        <ErrorText testId='trades-error'>{errors.trades}</ErrorText>
      </View>

      {onLocate ? (
        <View className='field'>
          <Text className='chip' data-testid='toggle-optional' onClick={() => setOptional(!optional)}>
            {optional ? '收起可不填的 ▲' : `可不填：我的位置${location ? '（已取得）' : ''} ▼`}
          </Text>
          {optional ? (
            <View>
              <Text className='label'>我的位置（可不填）</Text>
              <Button className='btn-plain' data-testid='locate' onClick={locate}>
                {location ? '✓ 已取得位置（点此更新）' : '用我现在的位置，方便找附近的活'}
              </Button>
            </View>
          ) : null}
        </View>
      ) : null}

      <ErrorText testId='form-error'>{formError}</ErrorText>
      <Button className={`btn-main ${busy ? 'is-busy' : ''}`} data-testid='submit' disabled={busy} onClick={submit}>
        {busy ? '正在提交…' : '提交登记'}
      </Button>
    </View>
  )
}
