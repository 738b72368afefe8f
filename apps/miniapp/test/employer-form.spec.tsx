import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { ERRORS, HEZE_COUNTIES } from '@lingong/shared'
import { CREDIT_CODE_REVIEW_WARNING, EmployerForm } from '../src/components/employer-form'

const counties = HEZE_COUNTIES.map(({ code, name }) => ({ code, name }))

function type(testId: string, value: string) {
  fireEvent.change(screen.getByTestId(testId), { target: { value } })
}

function renderOrganisation(creditCode: string) {
  const onSubmit = jest.fn(async () => undefined)
  render(<EmployerForm counties={counties} onSubmit={onSubmit} />)
  fireEvent.click(screen.getByTestId('kind-organisation'))
  type('name', '菏泽市建工有限公司')
  type('creditCode', creditCode)
  type('contactName', '李经理')
  type('phone', '13912345678')
  type('address', '牡丹区中华路100号')
  fireEvent.click(screen.getByTestId('county-371702'))
  return onSubmit
}

describe('EmployerForm', () => {
  it('asks whether a person or an organisation is hiring, in words', () => {
    const onSubmit = jest.fn()
    render(<EmployerForm counties={counties} onSubmit={onSubmit} />)
    fireEvent.click(screen.getByTestId('submit'))
    expect(screen.getByTestId('kind-error').textContent).toBe('⚠ 请选择是个人还是单位')
    expect(onSubmit).not.toHaveBeenCalled()
  })

  it('a person gives no credit code', async () => {
    const onSubmit = jest.fn(async () => undefined)
    render(<EmployerForm counties={counties} onSubmit={onSubmit} />)
    fireEvent.click(screen.getByTestId('kind-person'))
    expect(screen.queryByTestId('creditCode')).toBeNull()
    type('name', '王师傅')
    type('contactName', '王师傅')
    type('phone', '13912345678')
    type('address', '曹县青菏路8号')
    fireEvent.click(screen.getByTestId('county-371721'))
    fireEvent.click(screen.getByTestId('submit'))
    await waitFor(() =>
      expect(onSubmit).toHaveBeenCalledWith({
        kind: 'person',
        name: '王师傅',
        contactName: '王师傅',
        phone: '13912345678',
        address: '曹县青菏路8号',
        countyCode: '371721',
      }),
    )
  })

  it('refuses a credit code of the wrong shape with the shared validator', () => {
    const onSubmit = renderOrganisation('91350100M00010')
    fireEvent.click(screen.getByTestId('submit'))
    expect(screen.getByTestId('creditCode-error').textContent).toContain('统一社会信用代码应为18位')
    expect(onSubmit).not.toHaveBeenCalled()
  })

  it('requires the credit code of an organisation', () => {
    const onSubmit = renderOrganisation('')
    fireEvent.click(screen.getByTestId('submit'))
    expect(screen.getByTestId('creditCode-error').textContent).toBe(`⚠ ${ERRORS['EMPLOYER.CREDIT_CODE_REQUIRED'].message}`)
    expect(onSubmit).not.toHaveBeenCalled()
  })

  it('warns that a checksum failure goes to manual review, and still lets it through', async () => {
    const onSubmit = renderOrganisation('91350100M000100Y44')
    expect(screen.getByTestId('creditCode-warning').textContent).toBe(`！${CREDIT_CODE_REVIEW_WARNING}`)
    fireEvent.click(screen.getByTestId('submit'))
    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ kind: 'organisation', creditCode: '91350100M000100Y44' })))
  })

  it('shows no warning for a valid credit code', async () => {
    const onSubmit = renderOrganisation('91350100M000100Y43')
    expect(screen.queryByTestId('creditCode-warning')).toBeNull()
    fireEvent.click(screen.getByTestId('submit'))
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1))
  })
})
