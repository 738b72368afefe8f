import Taro from '@tarojs/taro'
import { ERRORS } from '@lingong/shared'
import { api, API_BASE, ApiError, errorMessage, loadSession } from '../src/services/api'

const taro = Taro as unknown as { request: jest.Mock; clearStorage: () => void }

beforeEach(() => {
  taro.request.mockReset()
  taro.clearStorage()
})

describe('api client', () => {
  it('keeps the token after login and sends it as a Bearer header', async () => {
    taro.request.mockResolvedValueOnce({ statusCode: 200, data: { accessToken: 'tok-1', expiresIn: 60, user: { id: 7, roles: ['worker'] } } })
    await api.devLogin({ openid: 'demo-worker', role: 'worker' })
    expect(loadSession()).toEqual({ token: 'tok-1', user: { id: 7, roles: ['worker'] } })

    taro.request.mockResolvedValueOnce({ statusCode: 200, data: { items: [] } })
    await api.markets({ lat: 35.25, lng: 115.44 })
    const call = taro.request.mock.calls[1][0]
    expect(call.header.authorization).toBe('Bearer tok-1')
    expect(call.url).toBe(`${API_BASE}/markets?lat=35.25&lng=115.44`)
  })

  it("raises the API's Chinese message, code and field errors", async () => {
    const body = { code: 'WORKER.ID_NUMBER_INVALID', message: ERRORS['WORKER.ID_NUMBER_INVALID'].message, errors: [{ field: 'idNumber', message: '校验位不对' }], requestId: 'r1' }
    taro.request.mockResolvedValueOnce({ statusCode: 400, data: body })
    const error = await api.myWorker().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect((error as ApiError).code).toBe('WORKER.ID_NUMBER_INVALID')
    expect((error as ApiError).fieldMessage('idNumber')).toBe('校验位不对')
    expect(errorMessage(error)).toBe(`${ERRORS['WORKER.ID_NUMBER_INVALID'].message}校验位不对`)
  })

  it('forgets the session when the API says the token is no longer valid', async () => {
    taro.request.mockResolvedValueOnce({ statusCode: 200, data: { accessToken: 'tok-2', expiresIn: 60, user: { id: 8, roles: ['worker'] } } })
    await api.devLogin({ openid: 'demo-worker', role: 'worker' })
    taro.request.mockResolvedValueOnce({ statusCode: 401, data: { code: 'AUTH.TOKEN_INVALID', message: ERRORS['AUTH.TOKEN_INVALID'].message, requestId: 'r2' } })
    await expect(api.myWorker()).rejects.toThrow(ERRORS['AUTH.TOKEN_INVALID'].message)
    expect(loadSession()).toBeUndefined()
  })

  it('says the network failed in words when there is no answer', async () => {
    taro.request.mockRejectedValueOnce(new Error('request:fail'))
    const error = await api.markets().catch((e: unknown) => e)
    expect(errorMessage(error)).toBe('网络连接失败，请检查网络后再试。')
  })
})
