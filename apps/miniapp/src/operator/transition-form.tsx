import { useState } from 'react'
import { Button, Input, Text, Textarea, View } from '@tarojs/components'
import {
  allowedComplaintActions,
  COMPLAINT_TRANSITIONS,
  type ComplaintOperatorAction,
  type ComplaintStatus,
  type ComplaintTransitionRequest,
} from '@lingong/shared'
import { errorMessage } from '../services/api'
import { ErrorText } from '../components/messages'

export const ACTION_LABELS: Record<ComplaintOperatorAction, string> = {
  accept: '受理',
  reject: '不予受理',
  'request-material': '要求补充材料',
  refer: '转交其他部门',
  investigate: '开始调查',
  resolve: '办结',
  close: '结案',
  extend: '延长办理期限',
}
export const REASON_REQUIRED = '请写明理由。'
export const REFERRED_TO_REQUIRED = '请写明转交给哪个部门。'

/** Yuan typed by staff → fen, by digits (no floating-point error); undefined when it is not an amount. */
export function yuanToFenOrUndefined(raw: string): number | undefined {
  const m = /^\s*(\d+)(?:\.(\d{1,2}))?\s*元?\s*$/.exec(raw)
  if (!m) return undefined
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'))
}

/** Only the moves the shared table allows from this status; a reason where the rules ask for one. */
export function TransitionForm(props: { status: ComplaintStatus; extended: boolean; onSubmit: (input: ComplaintTransitionRequest) => Promise<unknown> }) {
  const actions = allowedComplaintActions(props.status, props.extended)
  const [action, setAction] = useState<ComplaintOperatorAction>()
  const [reason, setReason] = useState('')
  const [referredTo, setReferredTo] = useState('')
  const [recovered, setRecovered] = useState('')
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)

  if (!actions.length) return <Text className='row muted'>这个案件现在没有可以办理的步骤。</Text>

  const submit = async () => {
    if (!action) return
    const rule = COMPLAINT_TRANSITIONS[action]
    if (rule.reasonRequired && !reason.trim()) return setError(REASON_REQUIRED)
    if (action === 'refer' && !referredTo.trim()) return setError(REFERRED_TO_REQUIRED)
    let recoveredFen: number | undefined
    if (action === 'resolve' && recovered.trim()) {
      recoveredFen = yuanToFenOrUndefined(recovered)
      if (recoveredFen === undefined) return setError('追回金额请填数字，例如 3000 或 3000.50。')
    }
    setError(undefined)
    setBusy(true)
    try {
      await props.onSubmit({
        action,
        ...(reason.trim() ? { reason: reason.trim() } : {}),
        ...(action === 'refer' ? { referredTo: referredTo.trim() } : {}),
        ...(recoveredFen !== undefined ? { recoveredFen } : {}),
      })
      setReason('')
      setAction(undefined)
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='card' data-testid='transition-form'>
      <Text className='title'>办理</Text>
      <View className='field'>
        {actions.map((a) => (
          <Text key={a} className={`chip ${action === a ? 'chip-on' : ''}`} data-testid={`action-${a}`} onClick={() => setAction(a)}>
            {action === a ? '✓ ' : ''}
            {ACTION_LABELS[a]}
          </Text>
        ))}
      </View>
      {action ? (
        <View>
          <View className='field'>
            <Text className='label'>{COMPLAINT_TRANSITIONS[action].reasonRequired ? '理由（必填）' : '说明（可不填）'}</Text>
            <Textarea className='input textarea' data-testid='reason' value={reason} maxlength={2000} onInput={(e) => setReason(e.detail.value)} />
          </View>
          {action === 'refer' ? (
            <View className='field'>
              <Text className='label'>转交给哪个部门</Text>
              <Input className='input' data-testid='referredTo' value={referredTo} onInput={(e) => setReferredTo(e.detail.value)} />
            </View>
          ) : null}
          {action === 'resolve' ? (
            <View className='field'>
              <Text className='label'>追回工钱（元，可不填）</Text>
              <Input className='input' data-testid='recovered' value={recovered} onInput={(e) => setRecovered(e.detail.value)} />
            </View>
          ) : null}
          <ErrorText>{error}</ErrorText>
          <Button className={`btn-main ${busy ? 'is-busy' : ''}`} data-testid='transition-submit' disabled={busy} onClick={submit}>
            {busy ? '正在提交…' : `确定：${ACTION_LABELS[action]}`}
          </Button>
        </View>
      ) : (
        <ErrorText>{error}</ErrorText>
      )}
    </View>
  )
}
