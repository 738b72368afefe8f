import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { ERRORS } from '@lingong/shared'
import { AssignCard, NO_STAFF, PICK_ASSIGNEE, SUSPEND_REASON_MISSING, SuspendEmployerCard } from '../src/operator/case-actions'
import { refusal, sentRequests, serveRoutes } from './support/requests'

const taro = Taro as unknown as { request: jest.Mock; showModal: jest.Mock; clearStorage: () => void; setStorageSync: (k: string, v: unknown) => void }

const staff = [
  { id: 5, countyCode: '371724', displayName: '工作人员5号' },
  { id: 8, countyCode: '371724', displayName: '工作人员8号 · 手机尾号6789' },
]
const employer = {
  id: 31,
  kind: 'organisation',
  name: '巨野测试劳务有限公司',
  contactName: '王经理',
  phone: '13905301234',
  address: '巨野县测试路1号',
  countyCode: '371724',
  status: 'verified',
  createdAt: '',
  updatedAt: '',
}

/** Answers GET and POST by path; records what was sent. */

beforeEach(() => {
  taro.request.mockReset()
  taro.showModal.mockReset()
  taro.clearStorage()
  taro.setStorageSync('lingong.token', 'tok')
  taro.setStorageSync('lingong.user', { id: 5, roles: ['operator'], countyCode: '371724' })
})

describe('AssignCard', () => {
  it("lists the county's staff (me marked), and assigns the one picked", async () => {
    const onAssigned = jest.fn()
    serveRoutes({
      'GET /staff': () => ({ statusCode: 200, data: { items: staff } }),
      'POST /complaints/7/assign': () => ({ statusCode: 200, data: { id: 7, assignedOperatorId: 8 } }),
    })
    render(<AssignCard complaintId={7} countyCode='371724' me={5} onAssigned={onAssigned} />)
    expect((await screen.findByTestId('assignee-5')).textContent).toBe('我（工作人员5号）')
    expect(screen.getByTestId('assignee-current').textContent).toBe('还没有指派经办人')
    expect(taro.request.mock.calls[0][0].url).toMatch(/\/staff\?countyCode=371724$/)

    fireEvent.click(screen.getByTestId('assign'))
    expect((await screen.findByTestId('assign-error')).textContent).toBe(`⚠ ${PICK_ASSIGNEE}`)
    expect(sentRequests('POST')).toEqual([])

    fireEvent.click(screen.getByTestId('assignee-8'))
    fireEvent.click(screen.getByTestId('assign'))
    await waitFor(() => expect(onAssigned).toHaveBeenCalledWith({ id: 7, assignedOperatorId: 8 }))
    expect(sentRequests('POST')[0].data).toEqual({ operatorUserId: 8 })
  })

  it('names the current assignee and offers only the others; shows the API sentence on a refusal', async () => {
    serveRoutes({
      'GET /staff': () => ({ statusCode: 200, data: { items: staff } }),
      'POST /complaints/7/assign': () => refusal('COMPLAINT.ASSIGNEE_INVALID', 400),
    })
    render(<AssignCard complaintId={7} countyCode='371724' assignedOperatorId={8} me={5} onAssigned={jest.fn()} />)
    await screen.findByTestId('assignee-5')
    expect(screen.getByTestId('assignee-current').textContent).toBe('现在由 工作人员8号 · 手机尾号6789 办理')
    expect(screen.queryByTestId('assignee-8')).toBeNull()
    fireEvent.click(screen.getByTestId('assignee-5'))
    fireEvent.click(screen.getByTestId('assign'))
    expect((await screen.findByTestId('assign-error')).textContent).toBe(`⚠ ${ERRORS['COMPLAINT.ASSIGNEE_INVALID'].message}`)
  })

  it('says so when the county has nobody to assign to', async () => {
    serveRoutes({ 'GET /staff': () => ({ statusCode: 200, data: { items: [] } }) })
    render(<AssignCard complaintId={7} countyCode='371724' me={5} onAssigned={jest.fn()} />)
    expect(await screen.findByText(NO_STAFF)).toBeTruthy()
    expect(screen.queryByTestId('assign')).toBeNull()
  })
})

describe('SuspendEmployerCard', () => {
  it('asks for a reason, then for confirmation, and sends nothing when the operator backs out', async () => {
    serveRoutes({ 'GET /employers/31': () => ({ statusCode: 200, data: employer }) })
    render(<SuspendEmployerCard complaintId={7} employerId={31} onSuspended={jest.fn()} />)
    fireEvent.click(await screen.findByTestId('suspend-employer'))
    expect((await screen.findByTestId('suspend-error')).textContent).toBe(`⚠ ${SUSPEND_REASON_MISSING}`)
    expect(taro.showModal).not.toHaveBeenCalled()

    taro.showModal.mockResolvedValueOnce({ confirm: false, cancel: true })
    fireEvent.change(screen.getByTestId('suspend-reason'), { target: { value: '拖欠多名零工工资' } })
    fireEvent.click(screen.getByTestId('suspend-employer'))
    await waitFor(() => expect(taro.showModal).toHaveBeenCalledTimes(1))
    expect(sentRequests('POST')).toEqual([])
  })

  it('suspends after the confirmation and then shows the employer as suspended', async () => {
    let status = 'verified'
    const onSuspended = jest.fn()
    serveRoutes({
      'GET /employers/31': () => ({ statusCode: 200, data: { ...employer, status, ...(status === 'suspended' ? { statusReason: '拖欠多名零工工资' } : {}) } }),
      'POST /complaints/7/suspend-employer': () => {
        status = 'suspended'
        return { statusCode: 200, data: { id: 7 } }
      },
    })
    taro.showModal.mockResolvedValueOnce({ confirm: true, cancel: false })
    render(<SuspendEmployerCard complaintId={7} employerId={31} onSuspended={onSuspended} />)
    fireEvent.change(await screen.findByTestId('suspend-reason'), { target: { value: '  拖欠多名零工工资  ' } })
    fireEvent.click(screen.getByTestId('suspend-employer'))
    expect((await screen.findByTestId('employer-suspended')).textContent).toBe('！已暂停招工：拖欠多名零工工资')
    expect(sentRequests('POST')[0].data).toEqual({ reason: '拖欠多名零工工资' })
    expect(onSuspended).toHaveBeenCalledWith({ id: 7 })
    expect(screen.queryByTestId('suspend-employer')).toBeNull()
  })

  it("shows the API's sentence when it refuses, and nothing at all for an employer this staff member cannot see", async () => {
    serveRoutes({
      'GET /employers/31': () => ({ statusCode: 200, data: employer }),
      'POST /complaints/7/suspend-employer': () => ({
        statusCode: 400,
        data: {
          code: 'COMMON.VALIDATION_FAILED',
          message: ERRORS['COMMON.VALIDATION_FAILED'].message,
          errors: [{ field: 'reason', message: '请写清暂停原因（至少4个字）' }],
          requestId: 'r',
        },
      }),
    })
    taro.showModal.mockResolvedValueOnce({ confirm: true, cancel: false })
    const { unmount } = render(<SuspendEmployerCard complaintId={7} employerId={31} onSuspended={jest.fn()} />)
    fireEvent.change(await screen.findByTestId('suspend-reason'), { target: { value: '欠薪' } })
    fireEvent.click(screen.getByTestId('suspend-employer'))
    expect((await screen.findByTestId('suspend-error')).textContent).toBe(`⚠ ${ERRORS['COMMON.VALIDATION_FAILED'].message}请写清暂停原因（至少4个字）`)
    unmount()

    serveRoutes({ 'GET /employers/31': () => refusal('EMPLOYER.NOT_FOUND', 404) })
    const hidden = render(<SuspendEmployerCard complaintId={7} employerId={31} onSuspended={jest.fn()} />)
    await waitFor(() => expect(taro.request).toHaveBeenCalledTimes(3))
    expect(hidden.container.innerHTML).toBe('')
  })
})
