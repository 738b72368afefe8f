import Taro from '@tarojs/taro'
import { ERRORS } from '@lingong/shared'
import { api, API_BASE, ApiError, errorMessage, loadSession } from '../src/services/api'

const taro = Taro as unknown as {
  request: jest.Mock
  uploadFile: jest.Mock
  downloadFile: jest.Mock
  setStorageSync: (k: string, v: unknown) => void
  clearStorage: () => void
}

beforeEach(() => {
  taro.request.mockReset()
  taro.uploadFile.mockReset()
  taro.downloadFile.mockReset()
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
    const body = {
      code: 'WORKER.ID_NUMBER_INVALID',
      message: ERRORS['WORKER.ID_NUMBER_INVALID'].message,
      errors: [{ field: 'idNumber', message: '校验位不对' }],
      requestId: 'r1',
    }
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
    taro.request.mockResolvedValueOnce({
      statusCode: 401,
      data: { code: 'AUTH.TOKEN_INVALID', message: ERRORS['AUTH.TOKEN_INVALID'].message, requestId: 'r2' },
    })
    await expect(api.myWorker()).rejects.toThrow(ERRORS['AUTH.TOKEN_INVALID'].message)
    expect(loadSession()).toBeUndefined()
  })

  it('says the network failed in words when there is no answer', async () => {
    taro.request.mockRejectedValueOnce(new Error('request:fail'))
    const error = await api.markets().catch((e: unknown) => e)
    expect(errorMessage(error)).toBe('网络连接失败，请检查网络后点“重试”。')
  })

  it('gives up on a hanging request well before 60 s and says so, with 重试', async () => {
    taro.request.mockRejectedValueOnce({ errMsg: 'request:fail timeout' })
    const error = await api.markets().catch((e: unknown) => e)
    expect(taro.request.mock.calls[0][0].timeout).toBeLessThan(60000)
    expect((error as ApiError).code).toBe('TIMEOUT')
    expect(errorMessage(error)).toBe('网络太慢，等了15秒还没有回音，请点“重试”。')
  })

  it('uploads one photo with the token, the record as a JSON field beside it, and reads the JSON answer', async () => {
    taro.setStorageSync('lingong.token', 'tok-3')
    taro.uploadFile.mockResolvedValueOnce({ statusCode: 201, data: JSON.stringify({ id: 12, photos: [{ id: 1 }] }) })
    const input = { enrollmentId: 3, accidentAt: '2026-11-27T01:30:00.000Z', place: '工地', description: '从架子上摔下', injuries: '扭伤' }
    const claim = await api.reportClaimWithPhoto(input, { path: 'blob:abc', name: '现场.jpg' })
    expect(claim).toEqual({ id: 12, photos: [{ id: 1 }] })
    const call = taro.uploadFile.mock.calls[0][0]
    expect(call).toMatchObject({
      url: `${API_BASE}/insurance/claims/with-photos`,
      filePath: 'blob:abc',
      name: 'file',
      fileName: '现场.jpg',
      formData: { claim: JSON.stringify(input) },
    })
    expect(call.header.authorization).toBe('Bearer tok-3')
  })

  it("raises an upload's refusal with the API's sentence", async () => {
    const body = { code: 'COMPLAINT.EVIDENCE_TYPE_NOT_ALLOWED', message: ERRORS['COMPLAINT.EVIDENCE_TYPE_NOT_ALLOWED'].message, requestId: 'r3' }
    taro.uploadFile.mockResolvedValueOnce({ statusCode: 415, data: JSON.stringify(body) })
    const error = await api.addComplaintEvidence(5, { path: 'wxfile://tmp/x.gif' }).catch((e: unknown) => e)
    expect(taro.uploadFile.mock.calls[0][0].url).toBe(`${API_BASE}/complaints/5/evidence`)
    expect(taro.uploadFile.mock.calls[0][0].fileName).toBeUndefined()
    expect((error as ApiError).code).toBe('COMPLAINT.EVIDENCE_TYPE_NOT_ALLOWED')
    expect(errorMessage(error)).toBe(ERRORS['COMPLAINT.EVIDENCE_TYPE_NOT_ALLOWED'].message)

    taro.uploadFile.mockRejectedValueOnce({ errMsg: 'uploadFile:fail timeout' })
    expect(errorMessage(await api.addClaimPhoto(5, { path: 'wxfile://tmp/y.jpg' }).catch((e: unknown) => e))).toBe('网络连接失败，请检查网络后点“重试”。')
  })

  it('fetches a protected photo with the token into a local path, and says so in words when it cannot', async () => {
    taro.setStorageSync('lingong.token', 'tok-4')
    taro.downloadFile.mockResolvedValueOnce({ statusCode: 200, tempFilePath: 'blob:photo' })
    await expect(api.claimPhotoFile(12, 4)).resolves.toBe('blob:photo')
    expect(taro.downloadFile.mock.calls[0][0]).toEqual({
      url: `${API_BASE}/insurance/claims/12/photos/4`,
      header: { authorization: 'Bearer tok-4' },
      withCredentials: false,
    })

    taro.downloadFile.mockResolvedValueOnce({ statusCode: 404, tempFilePath: 'blob:error-body' })
    const error = await api.complaintEvidenceFile(5, 9).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect(errorMessage(error)).toBe('文件打不开，请稍后再试。')
  })
})
