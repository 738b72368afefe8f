import { useState } from 'react'
import { Button, Input, Text, Textarea, View } from '@tarojs/components'
import {
  COMPLAINT_CATEGORIES,
  COMPLAINT_CATEGORY_LABELS,
  isValidDateString,
  type ComplaintCategory,
  type CountyItem,
  type CreateComplaintRequest,
} from '@lingong/shared'
import { ApiError, errorMessage, type LocalFile } from '../services/api'
import { yuanToFen } from '../services/format'
import { PHOTOS_PER_CHOICE } from '../services/photos'
import { CountyField } from './county-field'
import { ErrorText } from './messages'
import { PhotoPicker } from './photo-picker'

export interface ComplaintFormProps {
  counties: CountyItem[]
  /** Pre-selected category and county (e.g. the worker's own county). */
  initial?: { category?: ComplaintCategory; countyCode?: string }
  /** The complaint and the photos picked for it (sent by the page, one per request). */
  onSubmit: (input: CreateComplaintRequest, photos: LocalFile[]) => Promise<void>
}

type Field = 'category' | 'respondent' | 'facts' | 'request' | 'amountFen' | 'periodFrom' | 'periodTo' | 'countyCode'
type FieldErrors = Partial<Record<Field, string>>

export const AMOUNT_INVALID = '金额请填数字，例如 4000 或 4000.5（单位：元）'

export function ComplaintForm({ counties, initial, onSubmit }: ComplaintFormProps) {
  const [category, setCategory] = useState<ComplaintCategory | undefined>(initial?.category)
  const [respondent, setRespondent] = useState('')
  const [address, setAddress] = useState('')
  const [facts, setFacts] = useState('')
  const [demand, setDemand] = useState('')
  const [amount, setAmount] = useState('')
  const [periodFrom, setPeriodFrom] = useState('')
  const [periodTo, setPeriodTo] = useState('')
  const [countyCode, setCountyCode] = useState<string | undefined>(initial?.countyCode)
  const [photos, setPhotos] = useState<LocalFile[]>([])
  const [errors, setErrors] = useState<FieldErrors>({})
  const [formError, setFormError] = useState<string>()
  const [busy, setBusy] = useState(false)

  const wages = category === 'wage_arrears'

  const check = (): FieldErrors => {
    const found: FieldErrors = {}
    if (!category) found.category = '请选择投诉什么事'
    if (respondent.trim().length < 2) found.respondent = '请填写投诉谁（老板姓名或单位名称）'
    if (facts.trim().length < 5) found.facts = '请把事情经过写清楚（至少5个字）'
    if (demand.trim().length < 2) found.request = '请写明您的要求'
    if (wages || amount.trim()) {
      if (yuanToFen(amount) === undefined) found.amountFen = AMOUNT_INVALID
    }
    if (wages) {
      if (!isValidDateString(periodFrom.trim())) found.periodFrom = '请填写开始干活的日期，例如 2026-10-01'
      if (!isValidDateString(periodTo.trim())) found.periodTo = '请填写最后干活的日期，例如 2026-10-20'
    }
    if (!countyCode) found.countyCode = '请选择干活地点所在县区'
    return Object.fromEntries(Object.entries(found).filter(([, v]) => v)) as FieldErrors
  }

  const submit = async () => {
    const found = check()
    setErrors(found)
    setFormError(Object.keys(found).length ? '填写的内容有误，请按红字提示修改。' : undefined)
    if (Object.keys(found).length || !category) return
    setBusy(true)
    try {
      const amountFen = amount.trim() ? yuanToFen(amount) : undefined
      await onSubmit(
        {
          category,
          respondent: { name: respondent.trim(), ...(address.trim() ? { address: address.trim() } : {}) },
          facts: facts.trim(),
          request: demand.trim(),
          ...(amountFen !== undefined ? { amountFen } : {}),
          ...(wages ? { periodFrom: periodFrom.trim(), periodTo: periodTo.trim() } : {}),
          countyCode,
        },
        photos,
      )
    } catch (error) {
      setFormError(errorMessage(error))
      if (error instanceof ApiError) {
        setErrors(Object.fromEntries(error.errors.map((e) => [e.field.split('.')[0], e.message])) as FieldErrors)
      }
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='complaint-form'>
      <View className='field'>
        <Text className='label'>投诉什么事</Text>
        {COMPLAINT_CATEGORIES.map((c) => (
          <Text key={c} className={`chip ${category === c ? 'chip-on' : ''}`} data-testid={`category-${c}`} onClick={() => setCategory(c)}>
            {category === c ? '✓ ' : ''}
            {COMPLAINT_CATEGORY_LABELS[c]}
          </Text>
        ))}
        <ErrorText testId='category-error'>{errors.category}</ErrorText>
      </View>

      <View className='field'>
        <Text className='label'>投诉谁（老板姓名或单位名称）</Text>
        <Input className='input' data-testid='respondent' value={respondent} onInput={(e) => setRespondent(e.detail.value)} />
        <ErrorText testId='respondent-error'>{errors.respondent}</ErrorText>
      </View>

      <View className='field'>
        <Text className='label'>对方地址（知道就填）</Text>
        <Input className='input' data-testid='respondent-address' value={address} onInput={(e) => setAddress(e.detail.value)} />
      </View>

      <View className='field'>
        <Text className='label'>事情经过</Text>
        <Textarea
          className='input textarea'
          data-testid='facts'
          value={facts}
          maxlength={5000}
          placeholder='什么时候、在哪里、干了什么活、发生了什么'
          onInput={(e) => setFacts(e.detail.value)}
        />
        <ErrorText testId='facts-error'>{errors.facts}</ErrorText>
      </View>

      <View className='field'>
        <Text className='label'>您的要求</Text>
        <Input className='input' data-testid='request' value={demand} placeholder='例如：要回工钱4000元' onInput={(e) => setDemand(e.detail.value)} />
        <ErrorText testId='request-error'>{errors.request}</ErrorText>
      </View>

      <View className='field'>
        <Text className='label'>{wages ? '被欠多少钱（元）' : '涉及金额（元，没有可不填）'}</Text>
        <Input className='input' data-testid='amount' type='digit' value={amount} onInput={(e) => setAmount(e.detail.value)} />
        <ErrorText testId='amountFen-error'>{errors.amountFen}</ErrorText>
      </View>

      {wages ? (
        <View className='field'>
          <Text className='label'>干活的日期（从哪天到哪天）</Text>
          <Input
            className='input'
            data-testid='periodFrom'
            value={periodFrom}
            placeholder='开始，例如 2026-10-01'
            onInput={(e) => setPeriodFrom(e.detail.value)}
          />
          <ErrorText testId='periodFrom-error'>{errors.periodFrom}</ErrorText>
          <Input className='input' data-testid='periodTo' value={periodTo} placeholder='结束，例如 2026-10-20' onInput={(e) => setPeriodTo(e.detail.value)} />
          <ErrorText testId='periodTo-error'>{errors.periodTo}</ErrorText>
        </View>
      ) : null}

      <CountyField label='干活地点在哪个县区' counties={counties} value={countyCode} onChange={setCountyCode} error={errors.countyCode} />

      <PhotoPicker label='证据照片（工资条、聊天记录、干活的地方）' photos={photos} max={PHOTOS_PER_CHOICE} onChange={setPhotos} disabled={busy} />

      <ErrorText testId='form-error'>{formError}</ErrorText>
      <Button className={`btn-main ${busy ? 'is-busy' : ''}`} data-testid='submit' disabled={busy} onClick={submit}>
        {busy ? (photos.length ? '正在提交和上传照片…' : '正在提交…') : '提交投诉'}
      </Button>
    </View>
  )
}
