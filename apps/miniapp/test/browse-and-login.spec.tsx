import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import JobsPage from '../src/pages/jobs/index'
import JobPage from '../src/pages/job/index'
import { returnAfterLogin } from '../src/services/login-return'

type Reply = { statusCode: number; data: unknown } | Error
const taro = Taro as unknown as {
  request: jest.Mock
  getLocation: jest.Mock
  navigateTo: jest.Mock
  switchTab: jest.Mock
  getStorageSync: (key: string) => unknown
  setStorageSync: (key: string, value: unknown) => void
  clearStorage: () => void
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { router, currentPath } = require('@tarojs/taro') as { router: { params: Record<string, string | undefined> }; currentPath: { path: string } }

const job = (id: number) => ({
  id,
  title: `搬砖${id}`,
  trade: '0101',
  payAmountFen: 18000,
  payUnit: 'day',
  settlement: 'daily',
  distanceKm: 0.35,
  startDate: '2026-12-09',
  durationDays: 1,
  headcount: 2,
  matchReasons: [],
})
const posting = {
  ...job(7),
  employerId: 3,
  employerName: '菏泽建工',
  endDate: '2026-12-09',
  workHours: '7点到17点',
  address: '牡丹区',
  description: '搬砖',
  contactPhone: '13800000000',
}

/** Answers by method and path, in order for repeated calls (a thrown Error is a lost answer). */
function serve(routes: Record<string, Reply[]>) {
  taro.request.mockImplementation(async ({ url, method }: { url: string; method: string }) => {
    const path = url.replace(/^.*\/api/, '').split('?')[0]
    const queue = routes[`${method} ${path}`]
    if (!queue?.length) throw new Error(`unexpected ${method} ${path}`)
    const reply = queue.length > 1 ? queue.shift()! : queue[0]
    if (reply instanceof Error) throw reply
    return reply
  })
}

beforeEach(() => {
  taro.request.mockReset()
  taro.navigateTo.mockClear()
  taro.switchTab.mockClear()
  taro.clearStorage()
  taro.getLocation.mockRejectedValue(new Error('denied'))
  router.params = {}
})

describe('找活 without an account', () => {
  it('shows that it is loading, then the jobs, asking nobody to log in', async () => {
    let answer: (reply: Reply) => void = () => undefined
    taro.request.mockImplementation(() => new Promise((resolve) => (answer = resolve as never)))
    render(<JobsPage />)
    expect((await screen.findByTestId('loading')).textContent).toContain('正在加载')
    await waitFor(() => expect(taro.request).toHaveBeenCalled())
    const sent = taro.request.mock.calls[0][0]
    expect(sent.url).toContain('/postings/feed')
    expect(sent.header.authorization).toBeUndefined()
    await act(async () => answer({ statusCode: 200, data: { items: [job(1)] } }))
    expect(await screen.findAllByTestId('job-card')).toHaveLength(1)
    expect(screen.queryByTestId('loading')).toBeNull()
    expect(screen.queryByTestId('go-login')).toBeNull()
  })

  it('says what went wrong with 重试 instead of a blank screen, and 重试 brings the jobs', async () => {
    serve({ 'GET /postings/feed': [Object.assign(new Error('fail'), { errMsg: 'request:fail timeout' }), { statusCode: 200, data: { items: [job(1)] } }] })
    render(<JobsPage />)
    expect((await screen.findByTestId('load-failed')).textContent).toContain('网络太慢')
    fireEvent.click(screen.getByTestId('retry'))
    expect(await screen.findAllByTestId('job-card')).toHaveLength(1)
    expect(screen.queryByTestId('load-failed')).toBeNull()
  })

  it('loads the next page under the list with 加载更多', async () => {
    serve({
      'GET /postings/feed': [
        { statusCode: 200, data: { items: [job(1), job(2)], nextCursor: 'c2' } },
        { statusCode: 200, data: { items: [job(3)] } },
      ],
    })
    render(<JobsPage />)
    expect(await screen.findAllByTestId('job-card')).toHaveLength(2)
    fireEvent.click(screen.getByTestId('more'))
    await waitFor(() => expect(screen.getAllByTestId('job-card')).toHaveLength(3))
    expect(taro.request.mock.calls[1][0].url).toContain('cursor=c2')
    expect(screen.queryByTestId('more')).toBeNull()
  })
})

describe('the first action that needs an account', () => {
  it('asks for the login at 一键报名 and comes back to the same job afterwards', async () => {
    router.params = { id: '7' }
    currentPath.path = '/pages/job/index'
    serve({ 'GET /postings/7': [{ statusCode: 200, data: posting }] })
    render(<JobPage />)
    fireEvent.click(await screen.findByTestId('apply'))
    await waitFor(() => expect(taro.switchTab).toHaveBeenCalledWith({ url: '/pages/mine/index' }))
    expect(taro.request.mock.calls.some(([o]) => o.method === 'POST')).toBe(false)

    expect(returnAfterLogin()).toBe(true)
    expect(taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/job/index?id=7' })
    // Once: a later login stays on 我的.
    expect(returnAfterLogin()).toBe(false)
  })

  it('signed in: shows the employer’s record and that this job was applied for already', async () => {
    taro.setStorageSync('lingong.token', 'tok')
    taro.setStorageSync('lingong.user', { id: 1, roles: ['worker'] })
    router.params = { id: '7' }
    serve({
      'GET /postings/7': [{ statusCode: 200, data: posting }],
      'GET /employers/3/reputation': [{ statusCode: 200, data: { hireCount: 12, ratingCount: 0, unpaidCount: 2 } }],
      'GET /workers/me/applications': [{ statusCode: 200, data: { items: [{ id: 1, postingId: 7, status: 'pending' }] } }],
    })
    render(<JobPage />)
    expect((await screen.findByTestId('employer-record')).textContent).toContain('被零工登记没拿到工钱 2 次')
    expect(await screen.findByTestId('applied')).toBeTruthy()
    expect(screen.queryByTestId('apply')).toBeNull()
  })
})
