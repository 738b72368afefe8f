import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { EMPLOYER_RATING_TAGS, ERRORS, RATING_MAX_TAGS, WORKER_RATING_TAGS } from '@lingong/shared'
import { RatingForm, RatingSummary } from '../src/components/rating-form'
import { ApiError } from '../src/services/api'

function tagsShown(): string[] {
  return screen.queryAllByTestId(/^tag-/).map((el) => el.getAttribute('data-testid')!.replace('tag-', ''))
}

describe('RatingForm', () => {
  it('offers each side only its own tags, the ones the API accepts from that side', () => {
    const { unmount } = render(<RatingForm side='worker' onSubmit={jest.fn()} />)
    expect(tagsShown()).toEqual([...WORKER_RATING_TAGS])
    expect(screen.getByText('给老板打几颗星')).toBeTruthy()
    unmount()
    render(<RatingForm side='employer' onSubmit={jest.fn()} />)
    expect(tagsShown()).toEqual([...EMPLOYER_RATING_TAGS])
    expect(tagsShown()).toContain('没来上工')
  })

  it('asks for stars in words before sending, then sends the score and the chosen tags', async () => {
    const onSubmit = jest.fn(async () => undefined)
    render(<RatingForm side='employer' onSubmit={onSubmit} />)
    fireEvent.click(screen.getByTestId('tag-准时'))
    fireEvent.click(screen.getByTestId('submit-rating'))
    expect(screen.getByTestId('rating-error').textContent).toBe('⚠ 请先点星星：1星很差，5星很好')
    expect(onSubmit).not.toHaveBeenCalled()

    fireEvent.click(screen.getByTestId('star-4'))
    expect(screen.queryByTestId('rating-error')).toBeNull()
    expect(screen.getByTestId('stars-chosen').textContent).toBe('★★★★☆ 4星')
    fireEvent.click(screen.getByTestId('tag-活干得好'))
    fireEvent.click(screen.getByTestId('tag-准时'))
    fireEvent.click(screen.getByTestId('submit-rating'))
    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith({ score: 4, tags: ['活干得好'] }))
  })

  it('lets every tag of a side be chosen at once (within the API limit) and sends none once all are tapped off', async () => {
    expect(Math.max(WORKER_RATING_TAGS.length, EMPLOYER_RATING_TAGS.length)).toBeLessThanOrEqual(RATING_MAX_TAGS)
    const onSubmit = jest.fn(async () => undefined)
    render(<RatingForm side='worker' onSubmit={onSubmit} />)
    for (const tag of WORKER_RATING_TAGS) fireEvent.click(screen.getByTestId(`tag-${tag}`))
    expect(screen.getAllByText(/^✓ /).map((el) => el.textContent)).toEqual(WORKER_RATING_TAGS.map((t) => `✓ ${t}`))
    for (const tag of WORKER_RATING_TAGS) fireEvent.click(screen.getByTestId(`tag-${tag}`))
    fireEvent.click(screen.getByTestId('star-1'))
    fireEvent.click(screen.getByTestId('submit-rating'))
    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith({ score: 1 }))
  })

  it("shows the API's sentence when the rating is refused (e.g. rated already)", async () => {
    const refused = new ApiError(409, 'HIRE.ALREADY_RATED', ERRORS['HIRE.ALREADY_RATED'].message)
    render(<RatingForm side='worker' onSubmit={jest.fn(async () => Promise.reject(refused))} />)
    fireEvent.click(screen.getByTestId('star-5'))
    fireEvent.click(screen.getByTestId('submit-rating'))
    expect((await screen.findByTestId('rating-error')).textContent).toBe(`⚠ ${ERRORS['HIRE.ALREADY_RATED'].message}`)
    expect(screen.getByTestId('submit-rating').hasAttribute('disabled')).toBe(false)
  })

  it('shows a given rating in stars and words', () => {
    render(
      <RatingSummary
        rating={{ hireId: 1, fromSide: 'worker', score: 2, tags: ['拖欠工钱'], createdAt: '2026-11-28T01:00:00Z' }}
        who='您的评价'
        testId='my-rating'
      />,
    )
    expect(screen.getByTestId('my-rating').textContent).toBe('您的评价：★★☆☆☆ 2星（差） · 拖欠工钱')
  })
})
