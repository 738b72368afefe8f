import { yuanToFen } from '../src/services/format'

describe('yuanToFen', () => {
  it('converts 元 to fen by digits, without floating-point error', () => {
    expect(yuanToFen('4000')).toBe(400000)
    expect(yuanToFen('4000.5')).toBe(400050)
    expect(yuanToFen('0.29')).toBe(29)
    expect(yuanToFen('1.1')).toBe(110)
    expect(yuanToFen(' 180元 ')).toBe(18000)
  })

  it('refuses what is not an amount of money', () => {
    for (const raw of ['', '0', '-5', '12.345', 'abc', '1,000']) expect(yuanToFen(raw)).toBeUndefined()
  })
})
