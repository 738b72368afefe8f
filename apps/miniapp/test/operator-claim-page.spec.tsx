import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { CLAIM_STATUS_LABELS, ERRORS, type Claim, type EnrollmentDetail } from '@lingong/shared'
import OperatorClaimPage, { DECISION_REASON_MISSING } from '../src/operator/claim/index'

const { router } = require('@tarojs/taro') as { router: { params: Record<string, string | undefined> } }
const taro = Taro as unknown as {
  request: jest.Mock
  showModal: jest.Mock
  downloadFile: jest.Mock
  setStorageSync: (k: string, v: unknown) => void
  clearStorage: () => void
}

function claim(overrides: Partial<Claim> = {}): Claim {
  return {
    id: 7,
    enrollmentId: 21,
    workerId: 4,
    accidentAt: '2026-11-28T02:30:00.000Z',
    place: '郓城县测试工地',
    description: '搬钢管时从架子上摔下',
    injuries: '左腿骨折',
    photos: [{ id: 3, fileName: '伤情.jpg', contentType: 'image/jpeg', sizeBytes: 2048, uploadedAt: '2026-11-28T03:00:00.000Z' }],
    reportedBy: 'worker',
    status: 'reported',
    reportedAt: '2026-11-28T03:00:00.000Z',
    updatedAt: '2026-11-28T03:00:00.000Z',
    ...overrides,
  }
}

const enrollment = {
  id: 21,
  startDate: '2026-11-28',
  endDate: '2026-11-28',
  days: 1,
  status: 'issued',
  certificate: {
    insuredName: '李师傅',
    insuredIdMasked: '3717**********1234',
    insurer: '测试保险',
    insurerHotline: '95500',
    productName: '零工日保',
    policyNo: 'P-1',
    planCode: 'A',
    cover: [],
    startDate: '2026-11-28',
    endDate: '2026-11-28',
    premiumFen: 300,
  },
} as unknown as EnrollmentDetail

/** Answers the page's reads with `current()`; a POST answers `decide(path, body)`. */
function serve(current: () => Claim, decide: (path: string, body: unknown) => { statusCode: number; data: unknown }) {
  const posts: { path: string; data: unknown }[] = []
  taro.request.mockImplementation(async ({ url, method, data }: { url: string; method: string; data?: unknown }) => {
    const path = url.replace(/^.*\/api/, '').split('?')[0]
    if (method === 'POST') {
      posts.push({ path, data })
      return decide(path, data)
    }
    if (path === '/insurance/claims/7') return { statusCode: 200, data: current() }
    if (path === '/insurance/enrollments/21') return { statusCode: 200, data: enrollment }
    throw new Error(`unexpected ${method} ${path}`)
  })
  return posts
}

beforeEach(() => {
  for (const mock of [taro.request, taro.showModal, taro.downloadFile]) mock.mockReset()
  taro.clearStorage()
  taro.setStorageSync('lingong.token', 'tok')
  taro.setStorageSync('lingong.user', { id: 9, roles: ['operator'], countyCode: '371725' })
  taro.downloadFile.mockImplementation(async ({ url }: { url: string }) => ({ statusCode: 200, tempFilePath: `blob:${url.split('/').pop()}` }))
  router.params = { id: '7' }
})

it('forwards a new report only after a reason and a confirm, then offers only 结案', async () => {
  const posts = serve(
    () => claim(),
    (_path, body) => ({ statusCode: 200, data: claim({ status: 'forwarded', statusReason: (body as { reason: string }).reason, insurerClaimNo: 'SIMCLM-1' }) }),
  )
  render(<OperatorClaimPage />)
  expect((await screen.findByTestId('claim-status')).textContent).toBe(CLAIM_STATUS_LABELS.reported)
  expect((await screen.findByTestId('claim-insured')).textContent).toContain('李师傅')
  expect(screen.getByTestId('claim-day').textContent).toContain('2026-11-28')
  // The photo is fetched with the staff token, through the claim's protected route.
  await waitFor(() => expect(screen.getByTestId('stored-photo').querySelector('img')?.getAttribute('src')).toBe('blob:3'))
  expect(taro.downloadFile.mock.calls[0][0]).toMatchObject({
    url: expect.stringMatching(/\/insurance\/claims\/7\/photos\/3$/),
    header: { authorization: 'Bearer tok' },
  })
  expect(screen.queryByTestId('add-photos')).toBeNull()
  expect(screen.getByTestId('claim-forward').textContent).toBe('转交保险公司')
  expect(screen.getByTestId('claim-close').textContent).toBe('结案')

  fireEvent.click(screen.getByTestId('claim-forward'))
  expect((await screen.findByTestId('decision-error')).textContent).toBe(`⚠ ${DECISION_REASON_MISSING}`)
  expect(taro.showModal).not.toHaveBeenCalled()

  fireEvent.change(screen.getByTestId('decision-reason'), { target: { value: ' 材料齐全，转保险公司 ' } })
  taro.showModal.mockResolvedValueOnce({ confirm: false, cancel: true })
  fireEvent.click(screen.getByTestId('claim-forward'))
  await waitFor(() => expect(taro.showModal).toHaveBeenCalledTimes(1))
  expect(taro.showModal.mock.calls[0][0]).toMatchObject({ title: '转交保险公司吗？', confirmText: '确定转交' })
  expect(posts).toEqual([])

  taro.showModal.mockResolvedValueOnce({ confirm: true, cancel: false })
  fireEvent.click(screen.getByTestId('claim-forward'))
  await waitFor(() => expect(screen.getByTestId('claim-status').textContent).toBe(CLAIM_STATUS_LABELS.forwarded))
  expect(posts).toEqual([{ path: '/insurance/claims/7/forward', data: { reason: '材料齐全，转保险公司' } }])
  expect(screen.getByTestId('insurer-claim-no').textContent).toContain('SIMCLM-1')
  expect(screen.queryByTestId('claim-forward')).toBeNull()
  expect(screen.getByTestId('claim-close')).toBeTruthy()
})

it("offers only 结案 on a forwarded report and shows the API's sentence when it is refused", async () => {
  const current = claim({ status: 'forwarded', statusReason: '已转保险公司', insurerClaimNo: 'SIMCLM-1' })
  const message = ERRORS['INSURANCE.CLAIM_STATUS_INVALID'].message
  const posts = serve(
    () => current,
    () => ({ statusCode: 409, data: { code: 'INSURANCE.CLAIM_STATUS_INVALID', message } }),
  )
  render(<OperatorClaimPage />)
  await screen.findByTestId('claim-close')
  expect(screen.queryByTestId('claim-forward')).toBeNull()
  fireEvent.change(screen.getByTestId('decision-reason'), { target: { value: '保险公司已赔付医疗费' } })
  taro.showModal.mockResolvedValueOnce({ confirm: true, cancel: false })
  fireEvent.click(screen.getByTestId('claim-close'))
  expect((await screen.findByTestId('decision-error')).textContent).toBe(`⚠ ${message}`)
  expect(taro.showModal.mock.calls[0][0]).toMatchObject({ title: '确定结案吗？', confirmText: '确定结案' })
  expect(posts).toEqual([{ path: '/insurance/claims/7/close', data: { reason: '保险公司已赔付医疗费' } }])
  expect(screen.getByTestId('claim-status').textContent).toBe(CLAIM_STATUS_LABELS.forwarded)
})

it('offers no action on a closed report', async () => {
  serve(
    () => claim({ status: 'closed', statusReason: '保险公司已赔付医疗费' }),
    () => ({ statusCode: 500, data: {} }),
  )
  render(<OperatorClaimPage />)
  expect((await screen.findByTestId('claim-done')).textContent).toContain('已经结案')
  expect(screen.queryByTestId('decision-card')).toBeNull()
  expect(screen.queryByTestId('claim-forward')).toBeNull()
  expect(screen.queryByTestId('claim-close')).toBeNull()
  expect(screen.getByTestId('claim-reason').textContent).toContain('保险公司已赔付医疗费')
})
