import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { HEZE_COUNTIES } from '@lingong/shared'
import { AMOUNT_INVALID, ComplaintForm } from '../src/components/complaint-form'
import { ApiError } from '../src/services/api'

const taro = Taro as unknown as { chooseMedia: jest.Mock }
const counties = HEZE_COUNTIES.map(({ code, name }) => ({ code, name }))

function type(testId: string, value: string) {
  fireEvent.change(screen.getByTestId(testId), { target: { value } })
}

function fillWageClaim(amount: string) {
  fireEvent.click(screen.getByTestId('category-wage_arrears'))
  type('respondent', '赵老板')
  type('facts', '10月在工地干了20天，老板一直没给工钱。')
  type('request', '要回工钱')
  type('amount', amount)
  type('periodFrom', '2026-10-01')
  type('periodTo', '2026-10-20')
  fireEvent.click(screen.getByTestId('county-371702'))
}

describe('ComplaintForm', () => {
  it('shows the categories in Chinese and asks for what a wage claim needs', async () => {
    const onSubmit = jest.fn(async () => undefined)
    render(<ComplaintForm counties={counties} onSubmit={onSubmit} />)
    expect(screen.getByTestId('category-wage_arrears').textContent).toBe('欠薪')
    expect(screen.getByTestId('category-illegal_fee').textContent).toBe('收费/扣证')
    fireEvent.click(screen.getByTestId('category-wage_arrears'))
    fireEvent.click(screen.getByTestId('submit'))
    expect((await screen.findByTestId('amountFen-error')).textContent).toBe(`⚠ ${AMOUNT_INVALID}`)
    expect(screen.getByTestId('periodFrom-error').textContent).toContain('开始干活的日期')
    expect(screen.getByTestId('respondent-error').textContent).toContain('投诉谁')
    expect(onSubmit).not.toHaveBeenCalled()
  })

  it('sends the amount in fen with the period and county', async () => {
    const onSubmit = jest.fn(async () => undefined)
    render(<ComplaintForm counties={counties} onSubmit={onSubmit} />)
    fillWageClaim('4000.5')
    fireEvent.click(screen.getByTestId('submit'))
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1))
    expect(onSubmit).toHaveBeenCalledWith(
      {
        category: 'wage_arrears',
        respondent: { name: '赵老板' },
        facts: '10月在工地干了20天，老板一直没给工钱。',
        request: '要回工钱',
        amountFen: 400050,
        periodFrom: '2026-10-01',
        periodTo: '2026-10-20',
        countyCode: '371702',
      },
      [],
    )
  })

  it('hands the picked photos to the page with the complaint, without those taken out with 删除', async () => {
    taro.chooseMedia.mockResolvedValueOnce({
      tempFiles: [{ tempFilePath: 'wxfile://tmp/a.jpg' }, { tempFilePath: 'wxfile://tmp/b.jpg' }, { tempFilePath: 'wxfile://tmp/c.jpg' }],
    })
    const onSubmit = jest.fn(async () => undefined)
    render(<ComplaintForm counties={counties} onSubmit={onSubmit} />)
    fillWageClaim('200')
    fireEvent.click(screen.getByTestId('add-photo'))
    await waitFor(() => expect(screen.getAllByTestId('picked-photo')).toHaveLength(3))
    expect(screen.getByTestId('photo-count').textContent).toBe('已选 3 张，最多 9 张')
    fireEvent.click(screen.getByTestId('remove-photo-1'))
    fireEvent.click(screen.getByTestId('submit'))
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1))
    expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ category: 'wage_arrears' }), [
      { path: 'wxfile://tmp/a.jpg' },
      { path: 'wxfile://tmp/c.jpg' },
    ])
  })

  it("shows the API's sentence and puts its field message under the field", async () => {
    const refuse = jest.fn(async () => {
      throw new ApiError(400, 'COMMON.VALIDATION_FAILED', '填写的内容有误。', [{ field: 'respondent.name', message: '被投诉方名称太短' }])
    })
    render(<ComplaintForm counties={counties} onSubmit={refuse} />)
    fillWageClaim('200')
    fireEvent.click(screen.getByTestId('submit'))
    expect((await screen.findByTestId('form-error')).textContent).toContain('填写的内容有误。')
    expect(screen.getByTestId('respondent-error').textContent).toBe('⚠ 被投诉方名称太短')
  })
})
