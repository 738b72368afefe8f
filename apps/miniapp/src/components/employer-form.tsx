import { useState } from 'react'
import { Button, Input, Text, View } from '@tarojs/components'
import { ERRORS, normalizeMobile, validateCreditCode, type CountyItem, type EmployerKind, type UpsertEmployerRequest } from '@lingong/shared'
import { ApiError, errorMessage } from '../services/api'
import { CountyField } from './county-field'
import { ErrorText, WarningText } from './messages'

export interface EmployerFormProps {
  counties: CountyItem[]
  onSubmit: (input: UpsertEmployerRequest) => Promise<void>
}

type Field = 'kind' | 'name' | 'creditCode' | 'contactName' | 'phone' | 'address' | 'countyCode'
type FieldErrors = Partial<Record<Field, string>>

const KINDS: { kind: EmployerKind; label: string }[] = [
  { kind: 'person', label: '个人（包工头、家庭雇人）' },
  { kind: 'organisation', label: '单位（公司、合作社等）' },
]

export const CREDIT_CODE_REVIEW_WARNING = '校验位对不上。如果确认没有填错（早期试点的代码可能这样），可以继续提交，将转人工审核。'

/** The format is required; a checksum failure may be a lawful early code, so it only warns. */
export function creditCodeCheck(raw: string): { error?: string; warning?: string } {
  const result = validateCreditCode(raw)
  if (result.ok) return {}
  return result.reason === 'checksum' ? { warning: CREDIT_CODE_REVIEW_WARNING } : { error: result.message }
}

export function EmployerForm({ counties, onSubmit }: EmployerFormProps) {
  const [kind, setKind] = useState<EmployerKind>()
  const [name, setName] = useState('')
  const [creditCode, setCreditCode] = useState('')
  const [contactName, setContactName] = useState('')
  const [phone, setPhone] = useState('')
  const [address, setAddress] = useState('')
  const [countyCode, setCountyCode] = useState<string>()
  const [errors, setErrors] = useState<FieldErrors>({})
  const [formError, setFormError] = useState<string>()
  const [busy, setBusy] = useState(false)

  const organisation = kind === 'organisation'
  const creditCodeWarning = organisation && creditCode ? creditCodeCheck(creditCode).warning : undefined

  const check = (): FieldErrors => {
    const found: FieldErrors = {}
    if (!kind) found.kind = '请选择是个人还是单位'
    if (name.trim().length < 2) found.name = organisation ? '请填写单位全称' : '请填写您的姓名'
    if (organisation) {
      if (!creditCode.trim()) found.creditCode = ERRORS['EMPLOYER.CREDIT_CODE_REQUIRED'].message
      else found.creditCode = creditCodeCheck(creditCode).error
    }
    if (contactName.trim().length < 2) found.contactName = '请填写联系人姓名'
    if (!normalizeMobile(phone)) found.phone = ERRORS['EMPLOYER.PHONE_INVALID'].message
    if (address.trim().length < 4) found.address = '请填写详细地址'
    if (!countyCode) found.countyCode = '请选择所在县区'
    return Object.fromEntries(Object.entries(found).filter(([, v]) => v)) as FieldErrors
  }

  const submit = async () => {
    const found = check()
    setErrors(found)
    setFormError(Object.keys(found).length ? '填写的内容有误，请按红字提示修改。' : undefined)
    if (Object.keys(found).length || !kind || !countyCode) return
    setBusy(true)
    try {
      await onSubmit({
        kind,
        name: name.trim(),
        ...(organisation ? { creditCode: creditCode.trim().toUpperCase() } : {}),
        contactName: contactName.trim(),
        phone: normalizeMobile(phone) as string,
        address: address.trim(),
        countyCode,
      })
    } catch (error) {
      setFormError(errorMessage(error))
      if (error instanceof ApiError) setErrors(Object.fromEntries(error.errors.map((e) => [e.field, e.message])) as FieldErrors)
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='employer-form'>
      <View className='field'>
        <Text className='label'>您是</Text>
        {KINDS.map((k) => (
          <Text key={k.kind} className={`chip ${kind === k.kind ? 'chip-on' : ''}`} data-testid={`kind-${k.kind}`} onClick={() => setKind(k.kind)}>
            {kind === k.kind ? '✓ ' : ''}
            {k.label}
          </Text>
        ))}
        <ErrorText testId='kind-error'>{errors.kind}</ErrorText>
      </View>

      <View className='field'>
        <Text className='label'>{organisation ? '单位全称' : '姓名'}</Text>
        <Input className='input' data-testid='name' value={name} onInput={(e) => setName(e.detail.value)} />
        <ErrorText testId='name-error'>{errors.name}</ErrorText>
      </View>

      {organisation ? (
        <View className='field'>
          <Text className='label'>统一社会信用代码（18位）</Text>
          <Input className='input' data-testid='creditCode' maxlength={18} value={creditCode} onInput={(e) => setCreditCode(e.detail.value)} />
          <ErrorText testId='creditCode-error'>{errors.creditCode}</ErrorText>
          {errors.creditCode ? null : <WarningText testId='creditCode-warning'>{creditCodeWarning}</WarningText>}
        </View>
      ) : null}

      <View className='field'>
        <Text className='label'>联系人</Text>
        <Input className='input' data-testid='contactName' value={contactName} onInput={(e) => setContactName(e.detail.value)} />
        <ErrorText testId='contactName-error'>{errors.contactName}</ErrorText>
      </View>

      <View className='field'>
        <Text className='label'>联系电话（11位手机号）</Text>
        <Input className='input' data-testid='phone' type='number' maxlength={11} value={phone} onInput={(e) => setPhone(e.detail.value)} />
        <ErrorText testId='phone-error'>{errors.phone}</ErrorText>
      </View>

      <View className='field'>
        <Text className='label'>地址</Text>
        <Input className='input' data-testid='address' value={address} onInput={(e) => setAddress(e.detail.value)} />
        <ErrorText testId='address-error'>{errors.address}</ErrorText>
      </View>

      <CountyField label='所在县区' counties={counties} value={countyCode} onChange={setCountyCode} error={errors.countyCode} />

      <ErrorText testId='form-error'>{formError}</ErrorText>
      <Button className={`btn-main ${busy ? 'is-busy' : ''}`} data-testid='submit' disabled={busy} onClick={submit}>
        {busy ? '正在提交…' : '提交登记'}
      </Button>
    </View>
  )
}
