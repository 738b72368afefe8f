import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { COMPLAINT_STATUS_LABELS, ERRORS, type ComplaintDetail, type ComplaintEvidenceItem } from '@lingong/shared'
import ComplaintPage from '../src/worker/complaint/index'
import { setUnsentPhotos, unsentPhotos } from '../src/services/photos'

const { router } = require('@tarojs/taro') as { router: { params: Record<string, string | undefined> } }
const taro = Taro as unknown as {
  request: jest.Mock
  uploadFile: jest.Mock
  downloadFile: jest.Mock
  showModal: jest.Mock
  setStorageSync: (k: string, v: unknown) => void
  clearStorage: () => void
}

const evidence = (id: number): ComplaintEvidenceItem => ({
  id,
  fileName: `照片${id}.jpg`,
  contentType: 'image/jpeg',
  sizeBytes: 2048,
  sha256: 'x',
  uploadedAt: '2026-11-27T01:00:00.000Z',
  uploadedBy: 'complainant',
})

function complaint(overrides: Partial<ComplaintDetail> = {}): ComplaintDetail {
  return {
    id: 5,
    category: 'wage_arrears',
    status: 'needs_material',
    respondent: { name: '赵老板' },
    facts: '干了20天没给钱',
    request: '要回工钱',
    amountFen: 400000,
    countyCode: '371702',
    anonymous: false,
    submittedOn: '2026-11-20',
    acceptanceDueOn: '2026-11-27',
    extended: false,
    overdue: false,
    history: [
      { from: null, to: 'submitted', action: 'submit', reason: null, at: '2026-11-20T01:00:00.000Z', by: 'complainant' },
      {
        from: 'submitted',
        to: 'needs_material',
        action: 'request-material',
        reason: '请补充考勤记录或工友证明',
        at: '2026-11-21T01:00:00.000Z',
        by: 'operator',
      },
    ],
    evidence: [evidence(1)],
    ...overrides,
  }
}

beforeEach(() => {
  for (const mock of [taro.request, taro.uploadFile, taro.downloadFile, taro.showModal]) mock.mockReset()
  taro.clearStorage()
  taro.setStorageSync('lingong.token', 'tok')
  taro.setStorageSync('lingong.user', { id: 1, roles: ['worker'] })
  taro.downloadFile.mockImplementation(async ({ url }: { url: string }) => ({ statusCode: 200, tempFilePath: `blob:${url.split('/').pop()}` }))
  router.params = { id: '5' }
  setUnsentPhotos('complaint:5', [])
})

it("shows what the operator asked for, the evidence fetched with the token, and sends the worker's material", async () => {
  taro.request.mockImplementation(async ({ method, data }: { method: string; data?: { text: string } }) =>
    method === 'GET'
      ? { statusCode: 200, data: complaint() }
      : {
          statusCode: 200,
          data: complaint({
            status: 'submitted',
            history: [
              ...complaint().history,
              {
                from: 'needs_material',
                to: 'submitted',
                action: 'add-material',
                reason: data?.text ?? null,
                at: '2026-11-22T01:00:00.000Z',
                by: 'complainant',
              },
            ],
          }),
        },
  )
  render(<ComplaintPage />)
  expect((await screen.findByTestId('complaint-status')).textContent).toBe(COMPLAINT_STATUS_LABELS.needs_material)
  expect(screen.getByTestId('material-card').textContent).toContain('请补充考勤记录或工友证明')
  await waitFor(() => expect(screen.getByTestId('stored-photo').querySelector('img')?.getAttribute('src')).toBe('blob:1'))
  expect(taro.downloadFile.mock.calls[0][0].header).toEqual({ authorization: 'Bearer tok' })

  fireEvent.click(screen.getByTestId('submit-material'))
  expect((await screen.findByTestId('material-error')).textContent).toBe('⚠ 请写一下补充的内容（至少2个字）')
  fireEvent.change(screen.getByTestId('material'), { target: { value: ' 工友王某可以作证 ' } })
  fireEvent.click(screen.getByTestId('submit-material'))
  await waitFor(() => expect(screen.getByTestId('complaint-status').textContent).toBe(COMPLAINT_STATUS_LABELS.submitted))
  const post = taro.request.mock.calls.find(([o]) => o.method === 'POST')![0]
  expect(post).toMatchObject({ url: expect.stringMatching(/\/complaints\/5\/material$/), data: { text: '工友王某可以作证' } })
  expect(screen.queryByTestId('material-card')).toBeNull()
})

it('says which photo did not arrive and why, and sends it again with 重新上传这张', async () => {
  setUnsentPhotos('complaint:5', [{ photo: { path: 'blob:late', name: '工资条.jpg' }, message: '网络连接失败，请检查网络后再试。' }])
  taro.request.mockResolvedValue({ statusCode: 200, data: complaint({ status: 'submitted' }) })
  taro.uploadFile.mockResolvedValueOnce({
    statusCode: 415,
    data: JSON.stringify({ code: 'COMPLAINT.EVIDENCE_TYPE_NOT_ALLOWED', message: ERRORS['COMPLAINT.EVIDENCE_TYPE_NOT_ALLOWED'].message }),
  })
  taro.uploadFile.mockResolvedValueOnce({ statusCode: 201, data: JSON.stringify(complaint({ status: 'submitted', evidence: [evidence(1), evidence(2)] })) })
  render(<ComplaintPage />)
  expect((await screen.findByTestId('unsent-reason')).textContent).toBe('“工资条.jpg”没有传上去：网络连接失败，请检查网络后再试。')

  fireEvent.click(screen.getByTestId('retry-photo-0'))
  await waitFor(() => expect(screen.getByTestId('unsent-reason').textContent).toContain(ERRORS['COMPLAINT.EVIDENCE_TYPE_NOT_ALLOWED'].message))
  fireEvent.click(screen.getByTestId('retry-photo-0'))
  await waitFor(() => expect(screen.getAllByTestId('stored-photo')).toHaveLength(2))
  expect(screen.queryByTestId('unsent-notice')).toBeNull()
  expect(unsentPhotos('complaint:5')).toEqual([])
  expect(taro.uploadFile.mock.calls[1][0]).toMatchObject({
    url: expect.stringMatching(/\/complaints\/5\/evidence$/),
    filePath: 'blob:late',
    fileName: '工资条.jpg',
  })
})

it('withdraws only after a plain confirm, and then offers nothing more to send', async () => {
  taro.request.mockImplementation(async ({ method }: { method: string }) => ({
    statusCode: 200,
    data: complaint(method === 'GET' ? { status: 'submitted' } : { status: 'withdrawn' }),
  }))
  taro.showModal.mockResolvedValueOnce({ confirm: false, cancel: true }).mockResolvedValueOnce({ confirm: true, cancel: false })
  render(<ComplaintPage />)
  fireEvent.click(await screen.findByTestId('withdraw'))
  await waitFor(() => expect(taro.showModal).toHaveBeenCalledTimes(1))
  expect(taro.showModal.mock.calls[0][0]).toMatchObject({ title: '确定撤回这件投诉吗？', confirmText: '确定撤回', cancelText: '不撤回' })
  expect(taro.request.mock.calls.some(([o]) => o.method === 'POST')).toBe(false)

  fireEvent.click(screen.getByTestId('withdraw'))
  await waitFor(() => expect(screen.getByTestId('complaint-status').textContent).toBe(COMPLAINT_STATUS_LABELS.withdrawn))
  expect(taro.request.mock.calls.find(([o]) => o.method === 'POST')![0].url).toMatch(/\/complaints\/5\/withdraw$/)
  expect(screen.queryByTestId('withdraw')).toBeNull()
  expect(screen.queryByTestId('add-photos')).toBeNull()
})
