import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { NO_SHOW_TAG, shanghaiDate, type Hire } from '@lingong/shared'
import EmployerHirePage from '../src/employer/hire/index'

const { router } = require('@tarojs/taro') as { router: { params: Record<string, string | undefined> } }
const taro = Taro as unknown as { request: jest.Mock; showModal: jest.Mock; setStorageSync: (k: string, v: unknown) => void; clearStorage: () => void }

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

function serve(current: () => Hire) {
  const sent: { method: string; path: string; data: unknown }[] = []
  taro.request.mockImplementation(async ({ url, method, data }: { url: string; method: string; data?: unknown }) => {
    const path = url.replace(/^.*\/api/, '').split('?')[0]
    sent.push({ method, path, data })
    if (path === '/hires/8' && method === 'GET') return { statusCode: 200, data: current() }
    if (path === '/hires/8/rating' && method === 'POST') return { statusCode: 201, data: { hireId: 8, fromSide: 'employer', score: 1, tags: [NO_SHOW_TAG], createdAt: '2026-11-28T01:00:00.000Z' } }
    if (path === '/insurance/products' || path === '/insurance/enrollments') return { statusCode: 200, data: { items: [] } }
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
