import { useState } from 'react'
import Taro, { useDidShow } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { countyName, type CreatedStaffInvitation, type StaffInvitation, type StaffMember } from '@lingong/shared'
import { api, errorMessage } from '../../services/api'
import { usePageFont } from '../../services/display'
import { shanghaiTimeLabel } from '../../services/format'
import { ErrorText } from '../../components/messages'
import { scopeName, StaffCountyPicker, useStaffCounty } from '../staff-county'
import '../common.scss'
import './index.scss'

export const PICK_COUNTY_FIRST = '先在上面选一个县（区），再生成这个县（区）工作人员的邀请码。'

const place = (code: string | null) => (code ? (countyName(code) ?? code) : '全市')
const inviteeLabel = (i: StaffInvitation) => (i.role === 'admin' ? '市里管理员' : `${place(i.countyCode)}工作人员`)
const validHours = (i: StaffInvitation) => Math.round((Date.parse(i.expiresAt) - Date.parse(i.createdAt)) / 3600_000)

/** The city's admin: who is staff in a county, a code for a new colleague, and taking access away. */
export default function StaffPage() {
  const font = usePageFont()
  const county = useStaffCounty()
  const [staff, setStaff] = useState<StaffMember[]>()
  const [nextCursor, setNextCursor] = useState<string>()
  const [invitations, setInvitations] = useState<StaffInvitation[]>()
  const [created, setCreated] = useState<CreatedStaffInvitation>()
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)

  const load = async (countyCode = county.countyCode, cursor?: string) => {
    setError(undefined)
    try {
      const [people, open] = await Promise.all([api.staff({ countyCode, cursor }), cursor ? undefined : api.staffInvitations({ countyCode })])
      setStaff((before) => (cursor ? [...(before ?? []), ...people.items] : people.items))
      setNextCursor(people.nextCursor)
      if (open) setInvitations(open.items)
    } catch (e) {
      setError(errorMessage(e))
    }
  }

  useDidShow(() => {
    font.refresh()
    void load()
  })

  const pickCounty = (code?: string) => {
    county.pick(code)
    setStaff(undefined)
    setInvitations(undefined)
    setCreated(undefined)
    void load(code)
  }

  /** `done`: the toast after it worked; none where the page itself shows the result. */
  const act = async (run: () => Promise<unknown>, done?: string) => {
    setError(undefined)
    setBusy(true)
    try {
      await run()
      if (done) Taro.showToast({ title: done, icon: 'none' })
      await load()
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }

  const invite = () => {
    if (!county.countyCode) return setError(PICK_COUNTY_FIRST)
    const countyCode = county.countyCode
    void act(async () => setCreated(await api.createStaffInvitation({ role: 'operator', countyCode })))
  }

  const remove = async (person: StaffMember) => {
    const { confirm } = await Taro.showModal({
      title: '确定取消这位工作人员的权限吗？',
      content: `${person.displayName}（${place(person.countyCode)}）将不能再办理投诉、审核招工和查看签到。TA 的微信账号还在，以后可以再发邀请码。`,
      confirmText: '确定取消',
      cancelText: '先不取消',
    })
    if (!confirm) return
    await act(() => api.removeStaff(person.id), '已取消权限')
  }

  return (
    <View className='page staff-page' style={font.style}>
      <StaffCountyPicker county={county} onPick={pickCounty} />
      <ErrorText>{error}</ErrorText>

      <View className='card' data-testid='invite-card'>
        <Text className='title'>新的工作人员</Text>
        {created ? (
          <View data-testid='invite-created'>
            <Text className='row'>{inviteeLabel(created)}的邀请码：</Text>
            <Text className='invite-code' data-testid='invite-code'>
              {created.code}
            </Text>
            <Text className='row'>有效期到：{shanghaiTimeLabel(created.expiresAt)}，只能用一次。</Text>
            <Text className='notice'>请把邀请码告诉这位工作人员，{validHours(created)}小时内在小程序“我的”里输入。</Text>
            <Text className='row muted'>邀请码只在这里显示这一次，离开这一页就看不到了。</Text>
          </View>
        ) : (
          <Text className='row'>{county.countyCode ? `给${scopeName(county)}的新工作人员生成一个邀请码。` : PICK_COUNTY_FIRST}</Text>
        )}
        <Button className={`btn-main ${busy ? 'is-busy' : ''}`} data-testid='invite-create' disabled={busy} onClick={invite}>
          生成邀请码
        </Button>
      </View>

      <View className='card' data-testid='invitations'>
        <Text className='title'>还没用的邀请码</Text>
        {invitations && !invitations.length ? <Text className='row muted'>没有。</Text> : null}
        {(invitations ?? []).map((i) => (
          <View key={i.id} className='field' data-testid='invitation'>
            <Text className='row'>
              {inviteeLabel(i)} · 有效期到 {shanghaiTimeLabel(i.expiresAt)}
            </Text>
            <Button className='btn-plain' data-testid='invitation-revoke' disabled={busy} onClick={() => act(() => api.revokeStaffInvitation(i.id), '已作废')}>
              作废
            </Button>
          </View>
        ))}
      </View>

      <View className='card' data-testid='staff-list'>
        <Text className='title'>{scopeName(county)}的工作人员</Text>
        {staff && !staff.length ? <Text className='row muted'>还没有工作人员。</Text> : null}
        {(staff ?? []).map((person) => (
          <View key={person.id} className='field' data-testid='staff-member'>
            <Text className='row'>
              {person.displayName} · {place(person.countyCode)}
            </Text>
            <Button className='btn-plain btn-danger' data-testid='staff-remove' disabled={busy} onClick={() => remove(person)}>
              取消权限
            </Button>
          </View>
        ))}
        {nextCursor ? (
          <Button className='btn-plain' data-testid='more' onClick={() => load(county.countyCode, nextCursor)}>
            更多
          </Button>
        ) : null}
      </View>
    </View>
  )
}
