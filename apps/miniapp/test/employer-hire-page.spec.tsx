import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { addDays, NO_SHOW_TAG, shanghaiDate, type Claim, type Enrollment, type Hire } from '@lingong/shared'
import EmployerHirePage from '../src/employer/hire/index'

const { router } = require('@tarojs/taro') as { router: { params: Record<string, string | undefined> } }
const taro = Taro as unknown as {
  request: jest.Mock
  showModal: jest.Mock
  navigateTo: jest.Mock
  setStorageSync: (k: string, v: unknown) => void
  clearStorage: () => void
}

function hire(overrides: Partial<Hire> = {}): Hire {
  const today = shanghaiDate()
  return {
    id: 8,
    postingId: 3,
    workerId: 4,
    employerId: 2,
    workerName: '李师傅',
    employerName: '郓城县测试劳务',
    trade: 'construction.mason',
    payAmountFen: 20000,
    payUnit: 'day',
    settlement: 'daily',
    startDate: today,
    endDate: today,
    address: '郓城县测试工地',
    workHours: '7:00-17:00',
    agreement: { text: '用工协议', workerConfirmedAt: '2026-11-27T01:00:00.000Z', employerConfirmedAt: '2026-11-27T01:00:00.000Z' },
    payment: { status: 'pending' },
    completedAt: null,
    ratings: {},
    workerPhone: '13800138000',
    createdAt: '2026-11-27T00:00:00.000Z',
    ...overrides,
  } as Hire
}

beforeEach(() => {
  taro.request.mockReset()
  taro.showModal.mockReset()
  taro.clearStorage()
  taro.setStorageSync('lingong.token', 'tok')
  taro.setStorageSync('lingong.user', { id: 2, roles: ['employer'] })
  router.params = { id: '8' }
})

function serve(current: () => Hire, insured: { enrollments?: Partial<Enrollment>[]; claims?: Partial<Claim>[] } = {}) {
  const sent: { method: string; path: string; data: unknown }[] = []
  taro.request.mockImplementation(async ({ url, method, data }: { url: string; method: string; data?: unknown }) => {
    const path = url.replace(/^.*\/api/, '').split('?')[0]
    sent.push({ method, path, data })
    if (path === '/hires/8' && method === 'GET') return { statusCode: 200, data: current() }
    if (path === '/hires/8/rating' && method === 'POST')
      return { statusCode: 201, data: { hireId: 8, fromSide: 'employer', score: 1, tags: [NO_SHOW_TAG], createdAt: '2026-11-28T01:00:00.000Z' } }
    if (path === '/insurance/products') return { statusCode: 200, data: { items: [] } }
    if (path === '/insurance/enrollments') return { statusCode: 200, data: { items: insured.enrollments ?? [] } }
    if (path === '/insurance/claims') return { statusCode: 200, data: { items: insured.claims ?? [] } }
    throw new Error(`unexpected ${method} ${path}`)
  })
  return sent
}

it('lets the employer record 没来上工 from the start date, after a confirm, instead of marking the work done', async () => {
  let current = hire()
  const sent = serve(() => current)
  render(<EmployerHirePage />)
  await screen.findByTestId('mark-done')

  // Backing out sends nothing.
  taro.showModal.mockResolvedValueOnce({ confirm: false, cancel: true })
  fireEvent.click(screen.getByTestId('no-show'))
  await waitFor(() => expect(taro.showModal).toHaveBeenCalledTimes(1))
  expect(sent.filter((r) => r.method === 'POST')).toEqual([])

  taro.showModal.mockResolvedValueOnce({ confirm: true, cancel: false })
  current = hire({ ratings: { byEmployer: { hireId: 8, fromSide: 'employer', score: 1, tags: [NO_SHOW_TAG], createdAt: '2026-11-28T01:00:00.000Z' } } })
  fireEvent.click(screen.getByTestId('no-show'))
  expect((await screen.findByTestId('no-show-notice')).textContent).toContain('没来上工')
  expect(sent.filter((r) => r.method === 'POST')).toEqual([{ method: 'POST', path: '/hires/8/rating', data: { score: 1, tags: [NO_SHOW_TAG] } }])
  expect(screen.queryByTestId('mark-done')).toBeNull()
  expect(screen.queryByTestId('no-show')).toBeNull()
})

it('offers neither 标记完工 nor 没来上工 before the start date', async () => {
  serve(() => hire({ startDate: '2999-01-01', endDate: '2999-01-02' }))
  render(<EmployerHirePage />)
  expect((await screen.findByTestId('not-started')).textContent).toContain('2999-01-01')
  expect(screen.queryByTestId('no-show')).toBeNull()
})

it("offers 报告意外 for this hire's issued cover once it has started, and lists the reports made on it", async () => {
  const today = shanghaiDate()
  const cover = (id: number, over: Partial<Enrollment>): Partial<Enrollment> => ({
    id,
    hireId: 8,
    status: 'issued',
    startDate: today,
    endDate: today,
    days: 1,
    premiumFen: 300,
    employerShareFen: 150,
    ...over,
  })
  serve(() => hire(), {
    enrollments: [
      cover(21, {}),
      cover(22, { startDate: addDays(today, 1), endDate: addDays(today, 1) }),
      cover(23, { status: 'pending' }),
      cover(24, { hireId: 9 }),
    ],
    claims: [
      { id: 31, enrollmentId: 21, accidentAt: '2026-11-28T02:00:00.000Z', place: '郓城县测试工地', injuries: '右手划伤', photos: [], status: 'reported' },
      { id: 32, enrollmentId: 24, accidentAt: '2026-11-28T02:00:00.000Z', place: '别的工地', injuries: '扭伤', photos: [], status: 'reported' },
    ],
  })
  render(<EmployerHirePage />)
  await waitFor(() => expect(screen.getAllByTestId('hire-enrollment')).toHaveLength(3))
  expect(screen.getAllByTestId('report-accident')).toHaveLength(1)
  fireEvent.click(screen.getByTestId('report-accident'))
  expect(taro.navigateTo).toHaveBeenLastCalledWith({ url: '/worker/claim-new/index?enrollmentId=21' })
  expect(screen.getAllByTestId('claim-card').map((c) => c.textContent)).toEqual([expect.stringContaining('郓城县测试工地')])
})
