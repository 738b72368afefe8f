import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { ERRORS } from '@lingong/shared'
import { CODE_MISSING, StaffCodeEntry } from '../src/components/staff-code-entry'
import StaffPage, { PICK_COUNTY_FIRST } from '../src/operator/staff/index'
import { refusal, sentRequests, serveRoutes } from './support/requests'

const taro = Taro as unknown as {
  request: jest.Mock
  showModal: jest.Mock
  clearStorage: () => void
  setStorageSync: (k: string, v: unknown) => void
  getStorageSync: (k: string) => unknown
}
const DONGMING = '371728'

/** Answers by method and path; records what was sent. */

beforeEach(() => {
  taro.request.mockReset()
  taro.showModal.mockReset()
  taro.clearStorage()
  taro.setStorageSync('lingong.token', 'tok')
})

describe('StaffCodeEntry', () => {
  beforeEach(() => taro.setStorageSync('lingong.user', { id: 7, roles: ['worker'] }))

  it('is folded until asked for, then sends the code as stored and keeps the account the API answers', async () => {
    const operator = { id: 7, roles: ['worker', 'operator'], countyCode: DONGMING }
    serveRoutes({ 'POST /staff/invitations/redeem': () => ({ statusCode: 200, data: operator }) })
    const onRedeemed = jest.fn()
    render(<StaffCodeEntry onRedeemed={onRedeemed} />)
    expect(screen.queryByTestId('staff-code-input')).toBeNull()
    fireEvent.click(screen.getByTestId('staff-code-open'))

    fireEvent.click(screen.getByTestId('staff-code-submit'))
    expect((await screen.findByTestId('staff-code-error')).textContent).toBe(`⚠ ${CODE_MISSING}`)
    expect(sentRequests('POST')).toEqual([])

    fireEvent.change(screen.getByTestId('staff-code-input'), { target: { value: ' k7m3-qx9d ' } })
    fireEvent.click(screen.getByTestId('staff-code-submit'))
    await waitFor(() => expect(onRedeemed).toHaveBeenCalledWith({ token: 'tok', user: operator }))
    expect(sentRequests('POST')[0].data).toEqual({ code: 'K7M3QX9D' })
    expect(taro.getStorageSync('lingong.user')).toEqual(operator)
    expect(screen.queryByTestId('staff-code-entry')).toBeNull()
  })

  it("shows the API's sentence when the code is refused, and keeps the account as it was", async () => {
    serveRoutes({ 'POST /staff/invitations/redeem': () => refusal('STAFF.INVITATION_INVALID', 400) })
    const onRedeemed = jest.fn()
    render(<StaffCodeEntry onRedeemed={onRedeemed} />)
    fireEvent.click(screen.getByTestId('staff-code-open'))
    fireEvent.change(screen.getByTestId('staff-code-input'), { target: { value: 'ZZZZZZZZ' } })
    fireEvent.click(screen.getByTestId('staff-code-submit'))
    expect((await screen.findByTestId('staff-code-error')).textContent).toBe(`⚠ ${ERRORS['STAFF.INVITATION_INVALID'].message}`)
    expect(onRedeemed).not.toHaveBeenCalled()
    expect(taro.getStorageSync('lingong.user')).toEqual({ id: 7, roles: ['worker'] })
  })
})

describe('StaffPage (the admin)', () => {
  const member = { id: 5, countyCode: DONGMING, displayName: '工作人员5号' }
  const open = {
    id: 3,
    role: 'operator',
    countyCode: DONGMING,
    createdByUserId: 1,
    createdAt: '2026-11-28T00:00:00.000Z',
    expiresAt: '2026-12-01T00:00:00.000Z',
  }

  beforeEach(() => taro.setStorageSync('lingong.user', { id: 1, roles: ['admin'] }))

  it('asks for a county before making a code, then shows the code once with its expiry and what to do', async () => {
    serveRoutes({
      'GET /staff': () => ({ statusCode: 200, data: { items: [member] } }),
      'GET /staff/invitations': () => ({ statusCode: 200, data: { items: [] } }),
      'POST /staff/invitations': () => ({ statusCode: 201, data: { ...open, id: 4, code: 'K7M3QX9D' } }),
    })
    render(<StaffPage />)
    await screen.findByTestId('staff-member')
    fireEvent.click(screen.getByTestId('invite-create'))
    expect((await screen.findByTestId('error')).textContent).toBe(`⚠ ${PICK_COUNTY_FIRST}`)
    expect(sentRequests('POST')).toEqual([])

    fireEvent.click(screen.getByTestId(`staff-county-${DONGMING}`))
    await waitFor(() => expect(sentRequests('GET').some((o) => o.url.endsWith(`/staff/invitations?countyCode=${DONGMING}`))).toBe(true))
    expect(sentRequests('GET').some((o) => o.url.endsWith(`/staff?countyCode=${DONGMING}`))).toBe(true)
    fireEvent.click(screen.getByTestId('invite-create'))
    expect((await screen.findByTestId('invite-code')).textContent).toBe('K7M3QX9D')
    expect(sentRequests('POST')[0].data).toEqual({ role: 'operator', countyCode: DONGMING })
    const shown = screen.getByTestId('invite-created').textContent
    expect(shown).toContain('东明县工作人员的邀请码')
    expect(shown).toContain('有效期到：12月1日 08:00')
    expect(shown).toContain('请把邀请码告诉这位工作人员，72小时内在小程序“我的”里输入')
  })

  it('takes access away only after the confirmation, and revokes an open code', async () => {
    serveRoutes({
      'GET /staff': () => ({ statusCode: 200, data: { items: [member] } }),
      'GET /staff/invitations': () => ({ statusCode: 200, data: { items: [open] } }),
      'DELETE /staff/5': () => ({ statusCode: 204, data: '' }),
      'DELETE /staff/invitations/3': () => ({ statusCode: 204, data: '' }),
    })
    render(<StaffPage />)
    expect((await screen.findByTestId('invitation')).textContent).toContain('东明县工作人员 · 有效期到 12月1日 08:00')

    taro.showModal.mockResolvedValueOnce({ confirm: false, cancel: true })
    fireEvent.click(screen.getByTestId('staff-remove'))
    await waitFor(() => expect(taro.showModal).toHaveBeenCalledTimes(1))
    expect(sentRequests('DELETE')).toEqual([])

    taro.showModal.mockResolvedValueOnce({ confirm: true, cancel: false })
    fireEvent.click(screen.getByTestId('staff-remove'))
    await waitFor(() => expect(sentRequests('DELETE').map((o) => o.url)).toEqual([expect.stringMatching(/\/staff\/5$/)]))

    fireEvent.click(screen.getByTestId('invitation-revoke'))
    await waitFor(() =>
      expect(sentRequests('DELETE').map((o) => o.url)).toEqual([expect.stringMatching(/\/staff\/5$/), expect.stringMatching(/\/staff\/invitations\/3$/)]),
    )
  })

  it("shows the API's sentence when a removal is refused", async () => {
    serveRoutes({
      'GET /staff': () => ({ statusCode: 200, data: { items: [member] } }),
      'GET /staff/invitations': () => ({ statusCode: 200, data: { items: [] } }),
      'DELETE /staff/5': () => refusal('STAFF.NOT_FOUND', 404),
    })
    taro.showModal.mockResolvedValue({ confirm: true, cancel: false })
    render(<StaffPage />)
    fireEvent.click(await screen.findByTestId('staff-remove'))
    expect((await screen.findByTestId('error')).textContent).toBe(`⚠ ${ERRORS['STAFF.NOT_FOUND'].message}`)
  })
})
