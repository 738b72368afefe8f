import { fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { ERRORS } from '@lingong/shared'
import CheckinPage from '../src/pages/checkin/index'
import { sceneFromParams, sceneFromScan } from '../src/services/checkin'

type Reply = { statusCode: number; data: unknown }
const taro = Taro as unknown as {
  request: jest.Mock
  navigateTo: jest.Mock
  setStorageSync: (key: string, value: unknown) => void
  clearStorage: () => void
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { router } = require('@tarojs/taro') as { router: { params: Record<string, string | undefined> } }

const SCENE = 'g1.AbC-_9~x'
const checkin = (repeated: boolean) => ({ id: 5, marketId: 3, workerId: 9, day: '2026-11-28', checkedInAt: '2026-11-27T23:32:00.000Z', repeated })
const market = { id: 3, name: '牡丹区零工市场' }

/** Answers by method and path, in order for repeated calls; records the bodies sent. */
function serve(routes: Record<string, Reply[]>) {
  taro.request.mockImplementation(async ({ url, method }: { url: string; method: string }) => {
    const path = url.replace(/^.*\/api/, '').split('?')[0]
    const queue = routes[`${method} ${path}`]
    if (!queue?.length) throw new Error(`unexpected ${method} ${path}`)
    return queue.length > 1 ? queue.shift() : queue[0]
  })
}

function sentCheckins(): unknown[] {
  return taro.request.mock.calls.filter(([o]) => o.method === 'POST' && o.url.endsWith('/checkins')).map(([o]) => o.data)
}

beforeEach(() => {
  taro.request.mockReset()
  taro.navigateTo.mockClear()
  taro.clearStorage()
  taro.setStorageSync('lingong.token', 'tok')
  taro.setStorageSync('lingong.user', { id: 1, roles: ['worker'] })
  router.params = {}
})

describe('check-in page', () => {
  it('posts the scene from the route as the token and says 签到成功 with the market and Beijing time', async () => {
    router.params = { scene: encodeURIComponent(SCENE) }
    serve({ 'POST /checkins': [{ statusCode: 201, data: checkin(false) }], 'GET /markets/3': [{ statusCode: 200, data: market }] })
    render(<CheckinPage />)
    expect((await screen.findByTestId('checkin-result')).textContent).toBe('✓ 签到成功')
    expect(screen.getByTestId('checkin-market').textContent).toContain('牡丹区零工市场')
    expect(screen.getByTestId('checkin-time').textContent).toContain('11月28日 07:32')
    expect(sentCheckins()).toEqual([{ token: SCENE }])
  })

  it('opened from 找活 with scan=1 on WeChat, goes straight to the camera and checks in with what it read', async () => {
    const env = process.env.TARO_ENV
    process.env.TARO_ENV = 'weapp'
    try {
      router.params = { scan: '1' }
      const scanCode = (Taro as unknown as { scanCode: jest.Mock }).scanCode
      scanCode.mockResolvedValueOnce({ path: `pages/checkin/index?scene=${encodeURIComponent(SCENE)}`, scanType: 'WX_CODE', result: '' })
      serve({ 'POST /checkins': [{ statusCode: 201, data: checkin(false) }], 'GET /markets/3': [{ statusCode: 200, data: market }] })
      render(<CheckinPage />)
      expect((await screen.findByTestId('checkin-result')).textContent).toBe('✓ 签到成功')
      expect(scanCode).toHaveBeenCalledTimes(1)
      expect(sentCheckins()).toEqual([{ token: SCENE }])
    } finally {
      process.env.TARO_ENV = env
    }
  })

  it('says 今天已签到 for a repeated scan', async () => {
    router.params = { scene: SCENE }
    serve({ 'POST /checkins': [{ statusCode: 200, data: checkin(true) }], 'GET /markets/3': [{ statusCode: 200, data: market }] })
    render(<CheckinPage />)
    expect((await screen.findByTestId('checkin-result')).textContent).toBe('✓ 今天已签到')
  })

  it("shows the API's sentence when the code has expired", async () => {
    router.params = { scene: SCENE }
    const { message } = ERRORS['CHECKIN.TOKEN_EXPIRED']
    serve({ 'POST /checkins': [{ statusCode: 400, data: { code: 'CHECKIN.TOKEN_EXPIRED', message, requestId: 'r' } }] })
    render(<CheckinPage />)
    expect((await screen.findByTestId('checkin-error')).textContent).toBe(`⚠ ${message}`)
    expect(screen.queryByTestId('checkin-result')).toBeNull()
  })

  it('sends an unregistered worker to registration carrying the resume token', async () => {
    router.params = { scene: SCENE }
    const message = '您还没有登记为零工。请先完成登记，登记后会自动为您签到。'
    serve({
      'POST /checkins': [
        { statusCode: 404, data: { code: 'WORKER.NOT_REGISTERED', message, resumeToken: 'r.T0k', resumeExpiresAt: '2026-11-28T00:00:00Z', requestId: 'r' } },
      ],
    })
    render(<CheckinPage />)
    expect((await screen.findByTestId('checkin-register')).textContent).toBe(message)
    fireEvent.click(screen.getByTestId('register-and-checkin'))
    expect(taro.navigateTo).toHaveBeenCalledWith({ url: '/worker/consent/index?resume=r.T0k' })
  })

  it('checks in with the resume token after registration', async () => {
    router.params = { resume: 'r.T0k' }
    serve({ 'POST /checkins': [{ statusCode: 201, data: checkin(false) }], 'GET /markets/3': [{ statusCode: 200, data: market }] })
    render(<CheckinPage />)
    expect((await screen.findByTestId('checkin-result')).textContent).toBe('✓ 签到成功')
    expect(sentCheckins()).toEqual([{ token: 'r.T0k' }])
  })
})

describe('gate codes', () => {
  it('reads the scene from a 小程序码 launch and from a plain-link QR launch', () => {
    expect(sceneFromParams({ scene: encodeURIComponent('a/b=c') })).toBe('a/b=c')
    expect(sceneFromParams({ q: encodeURIComponent(`https://lg.example.cn/checkin?scene=${encodeURIComponent('a/b=c')}`) })).toBe('a/b=c')
    expect(sceneFromParams({})).toBeUndefined()
  })

  it('reads the scene from what the in-app scanner returns', () => {
    expect(sceneFromScan({ path: 'pages/checkin/index?scene=abc.1' })).toBe('abc.1')
    expect(sceneFromScan({ result: 'https://lg.example.cn/checkin?scene=x%2Fy' })).toBe('x/y')
    expect(sceneFromScan({ result: 'not a gate code with spaces' })).toBeUndefined()
  })
})
