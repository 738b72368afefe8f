import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Button, Input, Text, View } from '@tarojs/components'
import { normalizeInvitationCode, STAFF_INVITATION_CODE_LENGTH } from '@lingong/shared'
import { api, errorMessage, type Session } from '../services/api'
import { ErrorText } from './messages'

export const CODE_MISSING = '请输入管理员给您的8位邀请码。'

/**
 * The way into the staff pages for a new member of county staff: folded at the bottom of 我的, since
 * nearly everyone who opens it is a worker or an employer.
 */
export function StaffCodeEntry({ onRedeemed }: { onRedeemed: (session: Session) => void }) {
  const [open, setOpen] = useState(false)
  const [code, setCode] = useState('')
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)

  const submit = async () => {
    const typed = normalizeInvitationCode(code)
    if (!typed) {
      setError(CODE_MISSING)
      return
    }
    setError(undefined)
    setBusy(true)
    try {
      const session = await api.redeemStaffInvitation(typed)
      Taro.showToast({ title: '已开通工作人员权限', icon: 'none' })
      setOpen(false)
      setCode('')
      onRedeemed(session)
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }

  if (!open) {
    return (
      <Text className='row muted staff-code-toggle' data-testid='staff-code-open' onClick={() => setOpen(true)}>
        工作人员：输入邀请码 ›
      </Text>
    )
  }
  return (
    <View className='card' data-testid='staff-code-entry'>
      <View className='field'>
        <Text className='label'>邀请码（{STAFF_INVITATION_CODE_LENGTH}位，市里管理员给的）</Text>
        <Input className='input' data-testid='staff-code-input' value={code} maxlength={16} onInput={(e) => setCode(e.detail.value)} />
      </View>
      <ErrorText testId='staff-code-error'>{error}</ErrorText>
      <Button className={`btn-main ${busy ? 'is-busy' : ''}`} data-testid='staff-code-submit' disabled={busy} onClick={submit}>
        {busy ? '正在确认…' : '确定'}
      </Button>
      <Button className='btn-plain' data-testid='staff-code-close' onClick={() => setOpen(false)}>
        不输了
      </Button>
    </View>
  )
}
