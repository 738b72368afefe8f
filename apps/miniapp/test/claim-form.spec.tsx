import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { ERRORS } from '@lingong/shared'
import { ClaimForm, CLAIM_MESSAGES, coveredDaysSoFar } from '../src/components/claim-form'
import { ApiError } from '../src/services/api'

const taro = Taro as unknown as { chooseMedia: jest.Mock }

/** 2026-11-28 14:00 in Beijing. */
const NOW = new Date('2026-11-28T06:00:00.000Z')
const ENROLLMENT = { id: 31, startDate: '2026-11-26', endDate: '2026-11-30' }

function type(testId: string, value: string) {
  fireEvent.change(screen.getByTestId(testId), { target: { value } })
}

function fillReport(hour = '9', minute = '30') {
  fireEvent.click(screen.getByTestId('day-2026-11-27'))
  type('hour', hour)
  type('minute', minute)
  type('place', ' 牡丹区中华路某工地 ')
  type('description', '搬钢管时从架子上摔下来')
  type('injuries', '左脚扭伤')
}

beforeEach(() => {
  taro.chooseMedia.mockReset()
})

describe('coveredDaysSoFar', () => {
  it('offers the covered days that have come, the latest first', () => {
    expect(coveredDaysSoFar(ENROLLMENT, '2026-11-28')).toEqual(['2026-11-28', '2026-11-27', '2026-11-26'])
    expect(coveredDaysSoFar(ENROLLMENT, '2026-12-05')).toEqual(['2026-11-30', '2026-11-29', '2026-11-28', '2026-11-27', '2026-11-26'])
    expect(coveredDaysSoFar(ENROLLMENT, '2026-11-25')).toEqual([])
  })
})

describe('ClaimForm', () => {
  it('says when cover starts instead of a form while no covered day has come', () => {
    render(<ClaimForm enrollment={ENROLLMENT} now={new Date('2026-11-25T06:00:00.000Z')} onSubmit={jest.fn()} />)
    expect(screen.getByTestId('not-covered-yet').textContent).toContain('保障从 2026-11-26 零点开始')
    expect(screen.queryByTestId('submit')).toBeNull()
  })

  it('names the days in words and asks for everything the report needs, in Chinese', async () => {
    const onSubmit = jest.fn(async () => undefined)
    render(<ClaimForm enrollment={ENROLLMENT} now={NOW} onSubmit={onSubmit} />)
    expect(screen.getByTestId('day-2026-11-28').textContent).toBe('今天 11月28日')
    expect(screen.getByTestId('day-2026-11-27').textContent).toBe('昨天 11月27日')
    expect(screen.queryByTestId('day-2026-11-29')).toBeNull()

    fireEvent.click(screen.getByTestId('submit'))
    expect((await screen.findByTestId('day-error')).textContent).toBe(`⚠ ${CLAIM_MESSAGES.day}`)
    expect(screen.getByTestId('time-error').textContent).toBe(`⚠ ${CLAIM_MESSAGES.hour}`)
    expect(screen.getByTestId('place-error').textContent).toContain('在哪里出的事（至少2个字）')
    expect(screen.getByTestId('description-error').textContent).toContain('怎么出的事（至少4个字）')
    expect(screen.getByTestId('injuries-error').textContent).toContain('伤在哪里')
    expect(screen.getByTestId('form-error').textContent).toContain('请按红字提示修改')
    expect(onSubmit).not.toHaveBeenCalled()
  })

  it('refuses a time that is not one, or that has not come yet', async () => {
    const onSubmit = jest.fn(async () => undefined)
    render(<ClaimForm enrollment={ENROLLMENT} now={NOW} onSubmit={onSubmit} />)
    fillReport('25', '')
    fireEvent.click(screen.getByTestId('submit'))
    expect((await screen.findByTestId('time-error')).textContent).toBe(`⚠ ${CLAIM_MESSAGES.hour}`)

    type('hour', '9')
    type('minute', '75')
    fireEvent.click(screen.getByTestId('submit'))
    await waitFor(() => expect(screen.getByTestId('time-error').textContent).toBe(`⚠ ${CLAIM_MESSAGES.minute}`))

    // Today at 15:00 is an hour after "now" (14:00).
    fireEvent.click(screen.getByTestId('day-2026-11-28'))
    type('hour', '15')
    type('minute', '')
    fireEvent.click(screen.getByTestId('submit'))
    await waitFor(() => expect(screen.getByTestId('time-error').textContent).toBe(`⚠ ${CLAIM_MESSAGES.future}`))
    expect(onSubmit).not.toHaveBeenCalled()
  })

  it('sends the Beijing time as an instant, the trimmed texts and the photos kept after 删除', async () => {
    taro.chooseMedia.mockResolvedValueOnce({
      tempFiles: [
        { tempFilePath: 'blob:one', originalFileObj: { name: '现场.jpg' } },
        { tempFilePath: 'blob:two', originalFileObj: { name: '伤口.png' } },
      ],
    })
    const onSubmit = jest.fn(async () => undefined)
    render(<ClaimForm enrollment={ENROLLMENT} now={NOW} onSubmit={onSubmit} />)
    fillReport('9', '30')
    fireEvent.click(screen.getByTestId('add-photo'))
    await waitFor(() => expect(screen.getAllByTestId('picked-photo')).toHaveLength(2))
    expect(taro.chooseMedia).toHaveBeenCalledWith(expect.objectContaining({ mediaType: ['image'], sizeType: ['compressed'], count: 9 }))
    fireEvent.click(screen.getByTestId('remove-photo-0'))
    expect(screen.getAllByTestId('picked-photo')).toHaveLength(1)

    fireEvent.click(screen.getByTestId('submit'))
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1))
    expect(onSubmit).toHaveBeenCalledWith(
      { enrollmentId: 31, accidentAt: '2026-11-27T01:30:00.000Z', place: '牡丹区中华路某工地', description: '搬钢管时从架子上摔下来', injuries: '左脚扭伤' },
      [{ path: 'blob:two', name: '伤口.png' }],
    )
  })

  it('keeps the photos when the worker cancels the album', async () => {
    taro.chooseMedia.mockRejectedValueOnce({ errMsg: 'chooseMedia:fail cancel' })
    render(<ClaimForm enrollment={ENROLLMENT} now={NOW} onSubmit={jest.fn()} />)
    fireEvent.click(screen.getByTestId('add-photo'))
    await waitFor(() => expect(taro.chooseMedia).toHaveBeenCalled())
    expect(screen.queryAllByTestId('picked-photo')).toHaveLength(0)
    expect(screen.getByTestId('photo-count').textContent).toContain('没有照片也能提交')
  })

  it("shows the API's sentence, and its accidentAt message under the time", async () => {
    const refuse = jest.fn(async () => {
      throw new ApiError(400, 'INSURANCE.CLAIM_OUTSIDE_COVER', ERRORS['INSURANCE.CLAIM_OUTSIDE_COVER'].message, [
        { field: 'accidentAt', message: '出事时间格式不对' },
      ])
    })
    render(<ClaimForm enrollment={ENROLLMENT} now={NOW} onSubmit={refuse} />)
    fillReport()
    fireEvent.click(screen.getByTestId('submit'))
    expect((await screen.findByTestId('form-error')).textContent).toContain(ERRORS['INSURANCE.CLAIM_OUTSIDE_COVER'].message)
    expect(screen.getByTestId('time-error').textContent).toBe('⚠ 出事时间格式不对')
    expect(screen.getByTestId('submit').textContent).toBe('提交报案')
  })
})
