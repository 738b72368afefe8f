import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { ERRORS, HEZE_COUNTIES, PII_CONSENT_VERSION, residentIdCheckChar, shanghaiDate, TRADES, validateResidentId } from '@lingong/shared'
import { COMMON_TRADES, idNumberProblem, WorkerForm } from '../src/components/worker-form'
import { ApiError } from '../src/services/api'

const counties = HEZE_COUNTIES.map(({ code, name }) => ({ code, name }))
const VALID_ID = '440308199901101512'

function renderForm(onSubmit = jest.fn(async () => undefined)) {
  render(<WorkerForm trades={[...TRADES]} counties={counties} consentVersion={PII_CONSENT_VERSION} onSubmit={onSubmit} />)
  return onSubmit
}

function type(testId: string, value: string) {
  fireEvent.change(screen.getByTestId(testId), { target: { value } })
}

function fillValid() {
  type('realName', '张建国')
  type('idNumber', VALID_ID)
  type('phone', '+86 138 1234 5678')
  fireEvent.click(screen.getByTestId('trade-construction.mason'))
  fireEvent.click(screen.getByTestId('county-371702'))
}

/** An ID number with a correct check digit for someone born on `birth` (YYYYMMDD). */
function idBornOn(birth: string): string {
  const first17 = `371702${birth}123`
  return first17 + residentIdCheckChar(first17)
}

describe('WorkerForm', () => {
  it('says what is missing in words, field by field, and sends nothing', async () => {
    const onSubmit = renderForm()
    fireEvent.click(screen.getByTestId('submit'))
    expect(await screen.findByTestId('realName-error')).toHaveProperty('textContent', '⚠ 请填写身份证上的真实姓名')
    expect(screen.getByTestId('idNumber-error').textContent).toContain('身份证号应为18位')
    expect(screen.getByTestId('phone-error').textContent).toContain(ERRORS['WORKER.PHONE_INVALID'].message)
    expect(screen.getByTestId('trades-error').textContent).toContain('请至少选择一个工种')
    expect(screen.getByTestId('countyCode-error').textContent).toContain('请选择您常住的县区')
    expect(screen.getByTestId('form-error').textContent).toContain('填写的内容有误')
    expect(onSubmit).not.toHaveBeenCalled()
  })

  it('catches a wrong check digit with the shared validator as soon as the field is left', () => {
    renderForm()
    type('idNumber', '440308199901101513')
    fireEvent.blur(screen.getByTestId('idNumber'))
    const message = validateResidentId('440308199901101513')
    expect(message.ok).toBe(false)
    expect(screen.getByTestId('idNumber-error').textContent).toBe(`⚠ ${!message.ok && message.message}`)
  })

  it('refuses someone under 16 before asking the API', () => {
    const today = shanghaiDate()
    const fifteen = `${Number(today.slice(0, 4)) - 15}${today.slice(5, 7)}${today.slice(8, 10)}`
    expect(idNumberProblem(idBornOn(fifteen), today)).toBe(ERRORS['WORKER.UNDER_AGE'].message)
    expect(idNumberProblem(idBornOn('19700101'), today)).toBeUndefined()
  })

  it('sends the registration with the consent version, the normalised phone and the chosen trades', async () => {
    const onSubmit = renderForm()
    fillValid()
    fireEvent.click(screen.getByTestId('trade-construction'))
    fireEvent.click(screen.getByTestId('trade-construction'))
    fireEvent.click(screen.getByTestId('submit'))
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1))
    expect(onSubmit).toHaveBeenCalledWith({
      realName: '张建国',
      idNumber: VALID_ID,
      phone: '13812345678',
      trades: ['construction.mason'],
      countyCode: '371702',
      consent: { version: PII_CONSENT_VERSION, agreed: true },
    })
    expect(screen.queryByTestId('form-error')).toBeNull()
  })

  it("shows the API's own sentence and its field message when the API refuses", async () => {
    const refuse = jest.fn(async () => {
      throw new ApiError(409, 'WORKER.ID_NUMBER_TAKEN', ERRORS['WORKER.ID_NUMBER_TAKEN'].message)
    })
    renderForm(refuse)
    fillValid()
    fireEvent.click(screen.getByTestId('submit'))
    expect((await screen.findByTestId('form-error')).textContent).toBe(`⚠ ${ERRORS['WORKER.ID_NUMBER_TAKEN'].message}`)
  })

  it('puts a field message from the API under its field', async () => {
    const refuse = jest.fn(async () => {
      throw new ApiError(400, 'COMMON.VALIDATION_FAILED', ERRORS['COMMON.VALIDATION_FAILED'].message, [
        { field: 'realName', message: '请填写身份证上的真实姓名' },
      ])
    })
    renderForm(refuse)
    fillValid()
    fireEvent.click(screen.getByTestId('submit'))
    expect((await screen.findByTestId('realName-error')).textContent).toBe('⚠ 请填写身份证上的真实姓名')
  })

  it('shows the broad trades and the common finer ones first, folds the rest, and keeps a folded choice in view', async () => {
    const onSubmit = renderForm()
    const shown = () => screen.queryAllByTestId(/^trade-/).map((el) => el.getAttribute('data-testid')!.replace('trade-', ''))
    const broad = TRADES.filter((t) => !t.parentCode).map((t) => t.code)
    expect(shown()).toEqual([...broad, ...COMMON_TRADES])
    expect(screen.getByTestId('trade-construction').textContent).toBe('建筑（全部）')

    fireEvent.click(screen.getByTestId('toggle-trades'))
    expect(shown()).toHaveLength(TRADES.length)
    expect(new Set(shown()).size).toBe(TRADES.length)
    fireEvent.click(screen.getByTestId('trade-manufacturing.welder'))
    fireEvent.click(screen.getByTestId('toggle-trades'))
    expect(screen.queryByTestId('trade-manufacturing.welder')).toBeNull()
    expect(screen.getByTestId('trades-folded-chosen').textContent).toBe('另外已选：电焊工')

    fillValid()
    fireEvent.click(screen.getByTestId('submit'))
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1))
    expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ trades: ['manufacturing.welder', 'construction.mason'] }))
  })

  it('folds the optional position away and sends it once taken', async () => {
    const onSubmit = jest.fn(async () => undefined)
    const onLocate = jest.fn(async () => ({ lat: 35.39, lng: 116.1 }))
    render(<WorkerForm trades={[...TRADES]} counties={counties} consentVersion={PII_CONSENT_VERSION} onSubmit={onSubmit} onLocate={onLocate} />)
    expect(screen.queryByTestId('locate')).toBeNull()
    fireEvent.click(screen.getByTestId('toggle-optional'))
    fireEvent.click(screen.getByTestId('locate'))
    await waitFor(() => expect(screen.getByTestId('locate').textContent).toBe('✓ 已取得位置（点此更新）'))
    fireEvent.click(screen.getByTestId('toggle-optional'))
    expect(screen.getByTestId('toggle-optional').textContent).toBe('可不填：我的位置（已取得） ▼')
    fillValid()
    fireEvent.click(screen.getByTestId('submit'))
    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ location: { lat: 35.39, lng: 116.1 } })))
  })
})
