import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { Button, Text, Textarea, View } from '@tarojs/components'
import type { ComplaintDetail, EmployerProfile, StaffMember } from '@lingong/shared'
import { api, ApiError, errorMessage } from '../services/api'
import { ErrorText } from '../components/messages'

export const NO_STAFF = '这个县（区）还没有工作人员账号，暂时不能指派。'
export const PICK_ASSIGNEE = '请先点选一位工作人员。'
export const SUSPEND_REASON_MISSING = '请先写明暂停的原因，用工方能看到。'

function nameOf(member: StaffMember, me?: number): string {
  return member.id === me ? `我（${member.displayName}）` : member.displayName
}

/** 指派: the colleagues of the case's county, as the API lists them (the same rule it checks on assigning). */
export function AssignCard(props: {
  complaintId: number
  countyCode: string
  assignedOperatorId?: number
  me?: number
  onAssigned: (c: ComplaintDetail) => void
}) {
  const [staff, setStaff] = useState<StaffMember[]>()
  const [picked, setPicked] = useState<number>()
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    api.staff({ countyCode: props.countyCode }).then(
      (r) => setStaff(r.items),
      (e) => setError(errorMessage(e)),
    )
  }, [props.countyCode])

  const current = props.assignedOperatorId
  const listed = staff?.find((s) => s.id === current)
  const currentName = current ? (listed ? nameOf(listed, props.me) : `工作人员${current}号`) : undefined

  const assign = async () => {
    if (!picked) return setError(PICK_ASSIGNEE)
    setError(undefined)
    setBusy(true)
    try {
      props.onAssigned(await api.assignComplaint(props.complaintId, picked))
      setPicked(undefined)
      Taro.showToast({ title: '已指派', icon: 'none' })
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }

  const choices = (staff ?? []).filter((s) => s.id !== current)
  return (
    <View className='card' data-testid='assign-card'>
      <Text className='title'>经办人</Text>
      <Text className='row' data-testid='assignee-current'>
        {currentName ? `现在由 ${currentName} 办理` : '还没有指派经办人'}
      </Text>
      {staff && !staff.length ? <Text className='row muted'>{NO_STAFF}</Text> : null}
      {choices.length ? (
        <View>
          <Text className='label'>{current ? '改派给' : '指派给'}</Text>
          <View className='field'>
            {choices.map((s) => (
              <Text key={s.id} className={`chip ${picked === s.id ? 'chip-on' : ''}`} data-testid={`assignee-${s.id}`} onClick={() => setPicked(s.id)}>
                {picked === s.id ? '✓ ' : ''}
                {nameOf(s, props.me)}
              </Text>
            ))}
          </View>
          <ErrorText testId='assign-error'>{error}</ErrorText>
          <Button className={`btn-plain ${busy ? 'is-busy' : ''}`} data-testid='assign' disabled={busy} onClick={assign}>
            {busy ? '正在指派…' : '确定指派'}
          </Button>
        </View>
      ) : (
        <ErrorText testId='assign-error'>{error}</ErrorText>
      )}
    </View>
  )
}

/**
 * 暂停用工方: only for a respondent registered on the platform that the API still lets staff suspend
 * (not already suspended). The reason is shown to the employer, so the modal says so before sending.
 */
export function SuspendEmployerCard(props: { complaintId: number; employerId: number; onSuspended: (c: ComplaintDetail) => void }) {
  const [employer, setEmployer] = useState<EmployerProfile | null>()
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)

  const load = () =>
    api.employerForStaff(props.employerId).then(setEmployer, (e) => {
      // Not visible to this staff member: there is nothing they could suspend.
      if (e instanceof ApiError && e.status === 404) setEmployer(null)
      else setError(errorMessage(e))
    })

  useEffect(() => {
    void load()
  }, [props.employerId])

  if (employer === null || (employer === undefined && !error)) return null

  const suspend = async () => {
    if (!reason.trim()) return setError(SUSPEND_REASON_MISSING)
    setError(undefined)
    const { confirm } = await Taro.showModal({
      title: '确定暂停这个用工方吗？',
      content: '暂停后，TA 的招工信息不再显示，也不能再发布招工。您写的原因用工方能看到。',
      confirmText: '确定暂停',
      cancelText: '先不暂停',
    })
    if (!confirm) return
    setBusy(true)
    try {
      props.onSuspended(await api.suspendComplaintEmployer(props.complaintId, reason.trim()))
      setReason('')
      await load()
      Taro.showToast({ title: '已暂停', icon: 'none' })
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='card' data-testid='suspend-card'>
      <Text className='title'>被投诉的用工方</Text>
      {employer ? <Text className='row'>{employer.name}</Text> : null}
      {employer?.status === 'suspended' ? (
        <View>
          <Text className='row warning' data-testid='employer-suspended'>
            ！已暂停招工{employer.statusReason ? `：${employer.statusReason}` : ''}
          </Text>
          <ErrorText testId='suspend-error'>{error}</ErrorText>
        </View>
      ) : (
        <View>
          <Text className='label'>暂停的原因（用工方能看到）</Text>
          <Textarea className='input textarea' data-testid='suspend-reason' value={reason} maxlength={500} onInput={(e) => setReason(e.detail.value)} />
          <ErrorText testId='suspend-error'>{error}</ErrorText>
          <Button className={`btn-plain btn-danger ${busy ? 'is-busy' : ''}`} data-testid='suspend-employer' disabled={busy} onClick={suspend}>
            {busy ? '正在暂停…' : '⚠ 暂停这个用工方招工'}
          </Button>
        </View>
      )}
    </View>
  )
}
