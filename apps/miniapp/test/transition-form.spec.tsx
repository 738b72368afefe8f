import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { ACTION_LABELS, REASON_REQUIRED, REFERRED_TO_REQUIRED, TransitionForm, yuanToFenOrUndefined } from '../src/operator/transition-form'
import { ApiError } from '../src/services/api'

function actionsShown(): string[] {
  return screen.queryAllByTestId(/^action-/).map((el) => el.getAttribute('data-testid')!.replace('action-', ''))
}

describe('TransitionForm', () => {
  it('offers only the moves the shared table allows from the current status', () => {
    const { unmount } = render(<TransitionForm status='submitted' extended={false} onSubmit={jest.fn()} />)
    expect(actionsShown()).toEqual(['accept', 'reject', 'request-material', 'refer'])
    expect(screen.getByTestId('action-accept').textContent).toBe(ACTION_LABELS.accept)
    unmount()

    const investigating = render(<TransitionForm status='investigating' extended={false} onSubmit={jest.fn()} />)
    expect(actionsShown()).toEqual(['resolve', 'extend'])
    investigating.unmount()

    // An extension is granted once.
    const extended = render(<TransitionForm status='investigating' extended onSubmit={jest.fn()} />)
    expect(actionsShown()).toEqual(['resolve'])
    extended.unmount()

    render(<TransitionForm status='closed' extended={false} onSubmit={jest.fn()} />)
    expect(actionsShown()).toEqual([])
    expect(screen.getByText('这个案件现在没有可以办理的步骤。')).toBeTruthy()
  })

  it('requires a reason where the rules ask for one and sends none where they do not', async () => {
    const onSubmit = jest.fn(async () => undefined)
    render(<TransitionForm status='submitted' extended={false} onSubmit={onSubmit} />)
    fireEvent.click(screen.getByTestId('action-reject'))
    fireEvent.click(screen.getByTestId('transition-submit'))
    expect((await screen.findByTestId('error')).textContent).toBe(`⚠ ${REASON_REQUIRED}`)
    expect(onSubmit).not.toHaveBeenCalled()

    fireEvent.change(screen.getByTestId('reason'), { target: { value: '  不属于劳动保障监察的范围  ' } })
    fireEvent.click(screen.getByTestId('transition-submit'))
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1))
    expect(onSubmit).toHaveBeenLastCalledWith({ action: 'reject', reason: '不属于劳动保障监察的范围' })

    fireEvent.click(screen.getByTestId('action-accept'))
    fireEvent.click(screen.getByTestId('transition-submit'))
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(2))
    expect(onSubmit).toHaveBeenLastCalledWith({ action: 'accept' })
  })

  it('asks where a referral goes and sends it', async () => {
    const onSubmit = jest.fn(async () => undefined)
    render(<TransitionForm status='submitted' extended={false} onSubmit={onSubmit} />)
    fireEvent.click(screen.getByTestId('action-refer'))
    fireEvent.click(screen.getByTestId('transition-submit'))
    expect((await screen.findByTestId('error')).textContent).toBe(`⚠ ${REFERRED_TO_REQUIRED}`)
    fireEvent.change(screen.getByTestId('referredTo'), { target: { value: '市场监管局' } })
    fireEvent.click(screen.getByTestId('transition-submit'))
    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith({ action: 'refer', referredTo: '市场监管局' }))
  })

  it('shows the API sentence when the move is refused', async () => {
    const onSubmit = jest.fn(async () => {
      throw new ApiError(409, 'COMPLAINT.TRANSITION_NOT_ALLOWED', '这个投诉现在不能这样办理。')
    })
    render(<TransitionForm status='submitted' extended={false} onSubmit={onSubmit} />)
    fireEvent.click(screen.getByTestId('action-accept'))
    fireEvent.click(screen.getByTestId('transition-submit'))
    expect((await screen.findByTestId('error')).textContent).toBe('⚠ 这个投诉现在不能这样办理。')
  })
})

describe('yuanToFenOrUndefined', () => {
  it('reads 元 by digits', () => {
    expect(yuanToFenOrUndefined('3000')).toBe(300000)
    expect(yuanToFenOrUndefined('0.29')).toBe(29)
    expect(yuanToFenOrUndefined('12.5元')).toBe(1250)
    for (const raw of ['', 'abc', '1.234', '-3']) expect(yuanToFenOrUndefined(raw)).toBeUndefined()
  })
})
