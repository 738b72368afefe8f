import Taro from '@tarojs/taro'
import { askToNotify, prefetchSubscribeTemplates, resetSubscribeTemplates } from '../src/services/subscribe'

const taro = Taro as unknown as {
  request: jest.Mock
  requestSubscribeMessage: jest.Mock
  clearStorage: () => void
  setStorageSync: (k: string, v: unknown) => void
}
const TEMPLATES = { templates: { accepted: 'tmpl-accepted', invitation: 'tmpl-invitation', application: 'tmpl-application' } }

function signIn() {
  taro.setStorageSync('lingong.token', 'tok')
  taro.setStorageSync('lingong.user', { id: 1, roles: ['worker'] })
}

describe('subscribe messages', () => {
  const env = process.env.TARO_ENV

  beforeEach(() => {
    process.env.TARO_ENV = 'weapp'
    taro.request.mockReset()
    taro.requestSubscribeMessage.mockReset()
    taro.clearStorage()
    resetSubscribeTemplates()
  })
  afterAll(() => {
    process.env.TARO_ENV = env
  })

  it('asks for the templates of the given purposes and reports only the accepted ones', async () => {
    signIn()
    taro.request.mockResolvedValueOnce({ statusCode: 200, data: TEMPLATES })
    await prefetchSubscribeTemplates()
    taro.requestSubscribeMessage.mockResolvedValueOnce({ errMsg: 'requestSubscribeMessage:ok', 'tmpl-accepted': 'accept', 'tmpl-invitation': 'reject' })
    taro.request.mockResolvedValueOnce({ statusCode: 200, data: { credits: [{ templateId: 'tmpl-accepted', credits: 1 }] } })

    await expect(askToNotify(['accepted', 'invitation', 'posting_rejected'])).resolves.toBe(1)
    // posting_rejected has no template configured: not asked for.
    expect(taro.requestSubscribeMessage).toHaveBeenCalledWith({ tmplIds: ['tmpl-accepted', 'tmpl-invitation'] })
    const report = taro.request.mock.calls[1][0]
    expect(report.url).toMatch(/\/notifications\/subscriptions$/)
    expect(report.method).toBe('POST')
    expect(report.data).toEqual({ accepted: ['tmpl-accepted'] })
  })

  it('starts the WeChat request synchronously, inside the tap, with the prefetched ids', async () => {
    signIn()
    taro.request.mockResolvedValueOnce({ statusCode: 200, data: TEMPLATES })
    await prefetchSubscribeTemplates()
    taro.requestSubscribeMessage.mockResolvedValueOnce({ 'tmpl-application': 'reject' })
    const pending = askToNotify(['application'])
    expect(taro.requestSubscribeMessage).toHaveBeenCalledTimes(1)
    await expect(pending).resolves.toBe(0)
    // Nothing accepted: nothing reported.
    expect(taro.request).toHaveBeenCalledTimes(1)
  })

  it('never gets in the way: declined or failed requests resolve with 0, and nothing is asked before the ids are known', async () => {
    await expect(askToNotify(['accepted'])).resolves.toBe(0)
    expect(taro.requestSubscribeMessage).not.toHaveBeenCalled()

    signIn()
    taro.request.mockResolvedValueOnce({ statusCode: 200, data: TEMPLATES })
    await prefetchSubscribeTemplates()
    taro.requestSubscribeMessage.mockRejectedValueOnce({ errMsg: 'requestSubscribeMessage:fail can only be invoked by user TAP gesture.' })
    await expect(askToNotify(['accepted'])).resolves.toBe(0)
  })

  it('does nothing off WeChat or before sign-in', async () => {
    await prefetchSubscribeTemplates()
    expect(taro.request).not.toHaveBeenCalled()
    process.env.TARO_ENV = 'h5'
    signIn()
    await prefetchSubscribeTemplates()
    await expect(askToNotify(['accepted'])).resolves.toBe(0)
    expect(taro.request).not.toHaveBeenCalled()
    expect(taro.requestSubscribeMessage).not.toHaveBeenCalled()
  })
})
