import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { addDays, ERRORS, type CreateEnrollmentRequest, type Enrollment, type InsuranceProduct } from '@lingong/shared'
import { dayLabel, HireInsuranceForm, insurableDays } from '../src/components/hire-insurance-form'
import { ApiError } from '../src/services/api'

const TODAY = '2026-12-01'
const product = { id: 4, name: '零工日保', pricePerDayFen: 150 } as InsuranceProduct
const other = { id: 5, name: '建筑工日保', pricePerDayFen: 300 } as InsuranceProduct
const hire = { id: 31, workerName: '赵春生', startDate: '2026-12-02', endDate: '2026-12-04' }

function enrollment(input: CreateEnrollmentRequest): Enrollment {
  return {
    id: 9,
    startDate: input.startDate,
    endDate: input.endDate,
    days: 2,
    premiumFen: 300,
    workerShareFen: 0,
    employerShareFen: 150,
    governmentShareFen: 150,
  } as Enrollment
}

describe('insurableDays', () => {
  it('keeps the hire days from tomorrow on: cover never starts today or before', () => {
    expect(insurableDays(hire, TODAY)).toEqual(['2026-12-02', '2026-12-03', '2026-12-04'])
    expect(insurableDays({ startDate: '2026-11-29', endDate: '2026-12-03' }, TODAY)).toEqual(['2026-12-02', '2026-12-03'])
    expect(insurableDays({ startDate: TODAY, endDate: TODAY }, TODAY)).toEqual([])
    expect(insurableDays({ startDate: addDays(TODAY, 31), endDate: addDays(TODAY, 32) }, TODAY)).toEqual([])
    expect(dayLabel('2026-12-02')).toBe('12月2日')
  })
})

describe('HireInsuranceForm', () => {
  it('says so when no day of the hire can be insured any more', () => {
    render(<HireInsuranceForm hire={{ ...hire, startDate: TODAY, endDate: TODAY }} products={[product]} onEnroll={jest.fn()} today={TODAY} />)
    expect(screen.getByTestId('no-insurable-days').textContent).toContain('从明天零点开始')
    expect(screen.queryByTestId('enroll-worker')).toBeNull()
  })

  it('asks for a product and a first day not after the last, in words, before sending', async () => {
    const onEnroll = jest.fn(async (input: CreateEnrollmentRequest) => enrollment(input))
    render(<HireInsuranceForm hire={hire} products={[product, other]} onEnroll={onEnroll} today={TODAY} />)
    expect(screen.getByTestId('from-2026-12-02').textContent).toBe('✓ 12月2日')
    expect(screen.getByTestId('to-2026-12-04').textContent).toBe('✓ 12月4日')
    fireEvent.click(screen.getByTestId('enroll-worker'))
    expect(screen.getByTestId('insurance-error').textContent).toBe('⚠ 请先选一个保险')

    fireEvent.click(screen.getByTestId('product-5'))
    expect(screen.getByTestId('insurance-quote').textContent).toContain('共 3 天，原价 9 元')
    fireEvent.click(screen.getByTestId('from-2026-12-04'))
    fireEvent.click(screen.getByTestId('to-2026-12-03'))
    expect(screen.queryByTestId('insurance-quote')).toBeNull()
    fireEvent.click(screen.getByTestId('enroll-worker'))
    expect(screen.getByTestId('insurance-error').textContent).toBe('⚠ 最后一天不能早于第一天')
    expect(onEnroll).not.toHaveBeenCalled()

    fireEvent.click(screen.getByTestId('from-2026-12-03'))
    fireEvent.click(screen.getByTestId('enroll-worker'))
    await screen.findByTestId('hire-enrolled')
    expect(onEnroll).toHaveBeenCalledWith({
      hireId: 31,
      productId: 5,
      startDate: '2026-12-03',
      endDate: '2026-12-03',
      idempotencyKey: expect.stringMatching(/^[A-Za-z0-9_-]{8,64}$/),
    })
  })

  it('reuses the request id after a lost answer, makes a new one after a refusal, and shows who pays what in 元', async () => {
    const answers: (() => Promise<Enrollment>)[] = [
      () => Promise.reject(new ApiError(0, 'NETWORK', '网络连接失败，请检查网络后再试。')),
      () => Promise.reject(new ApiError(409, 'INSURANCE.DAYS_ALREADY_COVERED', ERRORS['INSURANCE.DAYS_ALREADY_COVERED'].message)),
    ]
    const onEnroll = jest.fn(async (input: CreateEnrollmentRequest) => (answers.length ? answers.shift()!() : enrollment(input)))
    render(<HireInsuranceForm hire={hire} products={[product]} onEnroll={onEnroll} today={TODAY} />)
    // One product: chosen already.
    expect(screen.getByTestId('product-4').textContent).toContain('✓ 零工日保')
    fireEvent.click(screen.getByTestId('to-2026-12-03'))

    fireEvent.click(screen.getByTestId('enroll-worker'))
    expect((await screen.findByTestId('insurance-error')).textContent).toContain('网络连接失败')
    fireEvent.click(screen.getByTestId('enroll-worker'))
    await waitFor(() => expect(screen.getByTestId('insurance-error').textContent).toBe(`⚠ ${ERRORS['INSURANCE.DAYS_ALREADY_COVERED'].message}`))
    fireEvent.click(screen.getByTestId('enroll-worker'))
    await screen.findByTestId('hire-enrolled')

    const [lost, refused, accepted] = onEnroll.mock.calls.map(([input]) => input)
    expect(refused.idempotencyKey).toBe(lost.idempotencyKey)
    expect(accepted.idempotencyKey).not.toBe(refused.idempotencyKey)
    expect(accepted).toMatchObject({ hireId: 31, productId: 4, startDate: '2026-12-02', endDate: '2026-12-03' })
    expect(screen.getByTestId('hire-enrolled').textContent).toContain('已为赵春生投保 2026-12-02 到 2026-12-03，共 2 天')
    expect(screen.getByTestId('premium-split').textContent).toBe('保费 3 元：您付 1.5 元，师傅付 0 元，政府补贴 1.5 元。')
  })

  it('treats a changed choice as a new enrollment with its own request id', async () => {
    const onEnroll = jest
      .fn(async (input: CreateEnrollmentRequest) => enrollment(input))
      .mockImplementationOnce(() => Promise.reject(new ApiError(0, 'NETWORK', '网络连接失败，请检查网络后再试。')))
    render(<HireInsuranceForm hire={hire} products={[product]} onEnroll={onEnroll} today={TODAY} />)
    fireEvent.click(screen.getByTestId('enroll-worker'))
    await screen.findByTestId('insurance-error')
    fireEvent.click(screen.getByTestId('to-2026-12-02'))
    fireEvent.click(screen.getByTestId('enroll-worker'))
    await screen.findByTestId('hire-enrolled')
    const [first, second] = onEnroll.mock.calls.map(([input]) => input)
    expect(second.idempotencyKey).not.toBe(first.idempotencyKey)
    expect(second.endDate).toBe('2026-12-02')
  })
})
