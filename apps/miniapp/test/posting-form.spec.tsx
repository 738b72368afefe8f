import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { checkPostingContent, shanghaiDate, TRADES } from '@lingong/shared'
import { PostingForm, validUntilFor } from '../src/components/posting-form'
import { ApiError } from '../src/services/api'

const SITE = { lat: 35.25, lng: 115.44 }

function renderForm(onSubmit = jest.fn(async () => undefined)) {
  render(<PostingForm trades={TRADES} defaultPhone='13812345678' onLocate={async () => SITE} onSubmit={onSubmit} />)
  return onSubmit
}

function type(testId: string, value: string) {
  fireEvent.change(screen.getByTestId(testId), { target: { value } })
}

async function fillValid() {
  fireEvent.click(screen.getByTestId('trade-construction.mason'))
  type('title', '急招瓦工砌墙')
  type('description', '新建厂房砌墙抹灰，管午饭。')
  type('headcount', '3')
  type('pay', '180.5')
  type('address', '牡丹区中华路与人民路交叉口东100米')
  fireEvent.click(screen.getByTestId('locate'))
  await screen.findByText('✓ 已取得干活地点的位置（可再点一次更新）')
}

describe('PostingForm', () => {
  it("warns in red while typing a discriminatory phrase, with the shared checker's reason, and does not send", async () => {
    const onSubmit = renderForm()
    await fillValid()
    expect(screen.queryByTestId('content-blocked')).toBeNull()
    type('title', '急招瓦工，男性优先')
    const expected = checkPostingContent({ title: '急招瓦工，男性优先', trade: 'construction.mason' }).blocked[0]
    expect(expected?.category).toBe('gender')
    expect(screen.getByTestId('content-blocked').textContent).toBe(`⚠ “${expected.phrase}”：${expected.reason}`)
    fireEvent.click(screen.getByTestId('submit'))
    expect((await screen.findByTestId('form-error')).textContent).toContain('不能发布的内容')
    expect(onSubmit).not.toHaveBeenCalled()

    type('title', '急招瓦工，男女不限')
    expect(screen.queryByTestId('content-blocked')).toBeNull()
  })

  it('marks an age limit as going to review but lets it be sent', async () => {
    const onSubmit = renderForm()
    await fillValid()
    type('requirements', '18-55岁，身体健康')
    expect(screen.getByTestId('content-warning').textContent).toContain('审核')
    fireEvent.click(screen.getByTestId('submit'))
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1))
  })

  it('sends the pay in fen, the site position and a validity to the end of the first day', async () => {
    const onSubmit = renderForm()
    await fillValid()
    fireEvent.click(screen.getByTestId('submit'))
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1))
    const today = shanghaiDate()
    expect(onSubmit).toHaveBeenCalledWith({
      trade: 'construction.mason',
      title: '急招瓦工砌墙',
      description: '新建厂房砌墙抹灰，管午饭。',
      headcount: 3,
      payAmountFen: 18050,
      payUnit: 'day',
      settlement: 'daily',
      address: '牡丹区中华路与人民路交叉口东100米',
      lat: SITE.lat,
      lng: SITE.lng,
      startDate: today,
      durationDays: 1,
      workHours: '07:00-17:00，中午休息1小时',
      contactPhone: '13812345678',
      validUntil: validUntilFor(today),
    })
    expect(validUntilFor('2026-12-01')).toBe('2026-12-01T16:00:00.000Z')
  })

  it('asks for the place and the pay before sending', async () => {
    const onSubmit = renderForm()
    fireEvent.click(screen.getByTestId('submit'))
    expect((await screen.findByTestId('location-error')).textContent).toContain('用我现在的位置')
    expect(screen.getByTestId('payAmountFen-error').textContent).toContain('请填写工钱')
    expect(onSubmit).not.toHaveBeenCalled()
  })

  it("shows the API's sentence when the API refuses", async () => {
    const refuse = jest.fn(async () => {
      throw new ApiError(403, 'EMPLOYER.NOT_VERIFIED', '您的用工方信息还没有核实，暂时不能发布招工。')
    })
    renderForm(refuse)
    await fillValid()
    fireEvent.click(screen.getByTestId('submit'))
    expect((await screen.findByTestId('form-error')).textContent).toBe('⚠ 您的用工方信息还没有核实，暂时不能发布招工。')
  })
})
