import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { addDays, ERRORS, shanghaiDate } from '@lingong/shared'
import InsurancePage from '../src/worker/insurance/index'

const taro = Taro as unknown as { request: jest.Mock; showModal: jest.Mock; setStorageSync: (k: string, v: unknown) => void; clearStorage: () => void }

const product = {
  id: 4,
  insurer: '测试财险',
  insurerHotline: '95500',
  planCode: 'GIG-A',
  name: '零工日保',
  pricePerDayFen: 150,
  minAge: 16,
  maxAge: 65,
  occupationClasses: [1, 2, 3, 4],
  cover: [{ kind: 'death_disability', name: '意外身故/伤残', amountFen: 50000000 }],
  terms: '',
  active: true,
  eligible: true,
}

function enrollmentBodies(): { idempotencyKey: string; startDate: string; endDate: string; productId: number }[] {
  return taro.request.mock.calls.filter(([o]) => o.method === 'POST').map(([o]) => o.data)
}

beforeEach(() => {
  taro.request.mockReset()
  taro.clearStorage()
  taro.setStorageSync('lingong.token', 'tok')
  taro.setStorageSync('lingong.user', { id: 1, roles: ['worker'] })
})

it('keeps the idempotency key for a retry after a lost answer and makes a new one after a refusal', async () => {
  const posts: (() => unknown)[] = [
    () => Promise.reject(new Error('timeout')),
    () => ({ statusCode: 409, data: { code: 'INSURANCE.DAYS_ALREADY_COVERED', message: ERRORS['INSURANCE.DAYS_ALREADY_COVERED'].message, requestId: 'r' } }),
    () => ({
      statusCode: 201,
      data: { id: 9, startDate: addDays(shanghaiDate(), 1), endDate: addDays(shanghaiDate(), 3), days: 3, workerShareFen: 150, status: 'issued' },
    }),
  ]
  taro.request.mockImplementation(async ({ url, method }: { url: string; method: string }) => {
    if (method === 'POST') return posts.shift()!()
    if (url.endsWith('/insurance/products')) return { statusCode: 200, data: { items: [product] } }
    return { statusCode: 200, data: { items: [] } }
  })
  render(<InsurancePage />)
  fireEvent.click(await screen.findByTestId('days-4-3'))
  expect(screen.getByTestId('enroll').textContent).toContain('原价 4.5 元')

  taro.showModal.mockResolvedValue({ confirm: true, cancel: false })
  fireEvent.click(screen.getByTestId('enroll'))
  expect((await screen.findByTestId('error')).textContent).toContain('网络太慢')
  // Nothing is bought with one tap: the dates, the price and who pays are shown first.
  const asked = taro.showModal.mock.calls[0][0]
  expect(asked.content).toContain(`保 ${addDays(shanghaiDate(), 1)} 零点到 ${addDays(shanghaiDate(), 3)} 24点，共 3 天。原价 4.5 元`)
  expect(asked.confirmText.length).toBeLessThanOrEqual(4)
  fireEvent.click(screen.getByTestId('enroll'))
  expect((await screen.findByTestId('error')).textContent).toBe(`⚠ ${ERRORS['INSURANCE.DAYS_ALREADY_COVERED'].message}`)
  fireEvent.click(screen.getByTestId('enroll'))
  await screen.findByTestId('enrolled')

  const [lost, refused, accepted] = enrollmentBodies()
  expect(refused.idempotencyKey).toBe(lost.idempotencyKey)
  expect(accepted.idempotencyKey).not.toBe(refused.idempotencyKey)
  expect(accepted.idempotencyKey).toMatch(/^[A-Za-z0-9_-]{8,64}$/)
  expect(accepted).toMatchObject({ productId: 4, startDate: addDays(shanghaiDate(), 1), endDate: addDays(shanghaiDate(), 3) })
  await waitFor(() => expect(screen.getByTestId('enrolled').textContent).toContain('您付 1.5 元'))
  taro.showModal.mockReset()
})

it('buys nothing when the confirmation is declined', async () => {
  taro.request.mockImplementation(async ({ url }: { url: string }) =>
    url.endsWith('/insurance/products') ? { statusCode: 200, data: { items: [product] } } : { statusCode: 200, data: { items: [] } },
  )
  taro.showModal.mockResolvedValue({ confirm: false, cancel: true })
  render(<InsurancePage />)
  fireEvent.click(await screen.findByTestId('days-4-1'))
  fireEvent.click(screen.getByTestId('enroll'))
  await waitFor(() => expect(taro.showModal).toHaveBeenCalled())
  expect(enrollmentBodies()).toEqual([])
  // Cover in 万元 as people say it, the hotline a tap away.
  expect(screen.getByText(/意外身故\/伤残：50万元/)).toBeTruthy()
  fireEvent.click(screen.getByTestId('insurer-hotline'))
  expect((Taro as unknown as { makePhoneCall: jest.Mock }).makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '95500' })
})
