import { useState } from 'react'
import { Button, Input, Text, Textarea, View } from '@tarojs/components'
import { addDays, CLAIM_TEXT_LIMITS, daysBetween, shanghaiDate, shanghaiInstant, type CreateClaimRequest, type Enrollment } from '@lingong/shared'
import { ApiError, errorMessage, type LocalFile } from '../services/api'
import { PHOTOS_PER_CHOICE } from '../services/photos'
import { ErrorText } from './messages'
import { PhotoPicker } from './photo-picker'

export interface ClaimFormProps {
  enrollment: Pick<Enrollment, 'id' | 'startDate' | 'endDate'>
  /** The present moment (a test passes a fixed one): which covered days have come, and that the time has passed. */
  now?: Date
  /** The report and the photos picked for it (sent by the page, one per request). */
  onSubmit: (input: CreateClaimRequest, photos: LocalFile[]) => Promise<void>
}

type Field = 'day' | 'time' | 'place' | 'description' | 'injuries'
type FieldErrors = Partial<Record<Field, string>>

export const CLAIM_MESSAGES = {
  day: '请选择哪天出的事',
  hour: '请填几点出的事（0到23的数字，下午3点填15）',
  minute: '分钟请填0到59的数字，记不清可以不填',
  future: '这个时间还没到，请看看是哪天、几点',
  place: `请写在哪里出的事（至少${CLAIM_TEXT_LIMITS.place.min}个字）`,
  description: `请写怎么出的事（至少${CLAIM_TEXT_LIMITS.description.min}个字）`,
  injuries: `请写伤在哪里、现在怎么样（至少${CLAIM_TEXT_LIMITS.injuries.min}个字）`,
  tooLong: (max: number) => `写得太长了，请写在${max}个字以内`,
} as const

/** The covered days that have come (an accident cannot be reported ahead), the latest first. */
export function coveredDaysSoFar(enrollment: Pick<Enrollment, 'startDate' | 'endDate'>, today: string): string[] {
  const last = enrollment.endDate < today ? enrollment.endDate : today
  return daysBetween(enrollment.startDate, last).reverse()
}

function dayLabel(day: string, today: string): string {
  const [, month, date] = day.split('-').map(Number)
  const plain = `${month}月${date}日`
  if (day === today) return `今天 ${plain}`
  if (day === addDays(today, -1)) return `昨天 ${plain}`
  return plain
}

/** "15" and "30" → minute of the day 930; a sentence when either is not a time. An empty minute is 0. */
function minuteOfDay(hour: string, minute: string): number | string {
  const h = hour.trim()
  const m = minute.trim()
  if (!/^\d{1,2}$/.test(h) || Number(h) > 23) return CLAIM_MESSAGES.hour
  if (m && (!/^\d{1,2}$/.test(m) || Number(m) > 59)) return CLAIM_MESSAGES.minute
  return Number(h) * 60 + Number(m || '0')
}

function textError(value: string, limits: { min: number; max: number }, tooShort: string): string | undefined {
  const length = [...value.trim()].length
  if (length < limits.min) return tooShort
  if (length > limits.max) return CLAIM_MESSAGES.tooLong(limits.max)
  return undefined
}

/** 报告意外: which covered day, about what time, where, what happened, the injuries, and photos. */
export function ClaimForm({ enrollment, now, onSubmit }: ClaimFormProps) {
  const at = now ?? new Date()
  const today = shanghaiDate(at)
  const days = coveredDaysSoFar(enrollment, today)
  const [day, setDay] = useState<string | undefined>(days.length === 1 ? days[0] : undefined)
  const [hour, setHour] = useState('')
  const [minute, setMinute] = useState('')
  const [place, setPlace] = useState('')
  const [description, setDescription] = useState('')
  const [injuries, setInjuries] = useState('')
  const [photos, setPhotos] = useState<LocalFile[]>([])
  const [errors, setErrors] = useState<FieldErrors>({})
  const [formError, setFormError] = useState<string>()
  const [busy, setBusy] = useState(false)

  if (!days.length) {
    return (
      <Text className='notice' data-testid='not-covered-yet'>
        保障从 {enrollment.startDate} 零点开始，还没到保障的日子，现在不能报案。
      </Text>
    )
  }

  const check = (): { found: FieldErrors; accidentAt?: Date } => {
    const found: FieldErrors = {}
    let accidentAt: Date | undefined
    const clock = minuteOfDay(hour, minute)
    if (!day) found.day = CLAIM_MESSAGES.day
    if (typeof clock === 'string') found.time = clock
    else if (day) {
      accidentAt = shanghaiInstant(day, clock)
      if (accidentAt.getTime() > at.getTime()) found.time = CLAIM_MESSAGES.future
    }
    const placeError = textError(place, CLAIM_TEXT_LIMITS.place, CLAIM_MESSAGES.place)
    const descriptionError = textError(description, CLAIM_TEXT_LIMITS.description, CLAIM_MESSAGES.description)
    const injuriesError = textError(injuries, CLAIM_TEXT_LIMITS.injuries, CLAIM_MESSAGES.injuries)
    if (placeError) found.place = placeError
    if (descriptionError) found.description = descriptionError
    if (injuriesError) found.injuries = injuriesError
    return { found, accidentAt }
  }

  const submit = async () => {
    const { found, accidentAt } = check()
    const wrong = Object.keys(found).length > 0
    setErrors(found)
    setFormError(wrong ? '填写的内容有误，请按红字提示修改。' : undefined)
    if (wrong || !accidentAt) return
    setBusy(true)
    try {
      await onSubmit(
        { enrollmentId: enrollment.id, accidentAt: accidentAt.toISOString(), place: place.trim(), description: description.trim(), injuries: injuries.trim() },
        photos,
      )
    } catch (error) {
      setFormError(errorMessage(error))
      if (error instanceof ApiError) {
        setErrors(Object.fromEntries(error.errors.map((e) => [e.field === 'accidentAt' ? 'time' : e.field, e.message])) as FieldErrors)
      }
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='claim-form'>
      <View className='field'>
        <Text className='label'>哪天出的事</Text>
        {days.map((d) => (
          <Text key={d} className={`chip ${day === d ? 'chip-on' : ''}`} data-testid={`day-${d}`} onClick={() => setDay(d)}>
            {day === d ? '✓ ' : ''}
            {dayLabel(d, today)}
          </Text>
        ))}
        <ErrorText testId='day-error'>{errors.day}</ErrorText>
      </View>

      <View className='field'>
        <Text className='label'>大约几点（北京时间）</Text>
        <View className='clock-row'>
          <Input
            className='input clock-input'
            data-testid='hour'
            type='number'
            maxlength={2}
            value={hour}
            placeholder='几'
            onInput={(e) => setHour(e.detail.value)}
          />
          <Text className='clock-unit'>点</Text>
          <Input
            className='input clock-input'
            data-testid='minute'
            type='number'
            maxlength={2}
            value={minute}
            placeholder='几'
            onInput={(e) => setMinute(e.detail.value)}
          />
          <Text className='clock-unit'>分</Text>
        </View>
        <ErrorText testId='time-error'>{errors.time}</ErrorText>
      </View>

      <View className='field'>
        <Text className='label'>在哪里出的事</Text>
        <Input
          className='input'
          data-testid='place'
          value={place}
          maxlength={CLAIM_TEXT_LIMITS.place.max}
          placeholder='例如：牡丹区中华路某工地'
          onInput={(e) => setPlace(e.detail.value)}
        />
        <ErrorText testId='place-error'>{errors.place}</ErrorText>
      </View>

      <View className='field'>
        <Text className='label'>怎么出的事</Text>
        <Textarea
          className='input textarea'
          data-testid='description'
          value={description}
          maxlength={CLAIM_TEXT_LIMITS.description.max}
          placeholder='在干什么活、怎么伤着的'
          onInput={(e) => setDescription(e.detail.value)}
        />
        <ErrorText testId='description-error'>{errors.description}</ErrorText>
      </View>

      <View className='field'>
        <Text className='label'>伤在哪里，现在怎么样</Text>
        <Input
          className='input'
          data-testid='injuries'
          value={injuries}
          maxlength={CLAIM_TEXT_LIMITS.injuries.max}
          placeholder='例如：左脚扭伤，在县医院看过'
          onInput={(e) => setInjuries(e.detail.value)}
        />
        <ErrorText testId='injuries-error'>{errors.injuries}</ErrorText>
      </View>

      <PhotoPicker label='现场和伤情照片' photos={photos} max={PHOTOS_PER_CHOICE} onChange={setPhotos} disabled={busy} />

      <ErrorText testId='form-error'>{formError}</ErrorText>
      <Button className={`btn-main ${busy ? 'is-busy' : ''}`} data-testid='submit' disabled={busy} onClick={submit}>
        {busy ? (photos.length ? '正在报案和上传照片…' : '正在报案…') : '提交报案'}
      </Button>
    </View>
  )
}
