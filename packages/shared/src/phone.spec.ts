import { isServicePhone, maskMobile, normalizeMobile } from './phone';

describe('phone', () => {
  describe(normalizeMobile.name, () => {
    it.each([
      ['13812345678', '13812345678'],
      [' 138 1234 5678 ', '13812345678'],
      ['138-1234-5678', '13812345678'],
      ['+86 138 1234 5678', '13812345678'],
      ['+86-13812345678', '13812345678'],
      ['008613812345678', '13812345678'],
      ['8613812345678', '13812345678'],
      ['１３８１２３４５６７８', '13812345678'],
      ['19912345678', '19912345678'],
    ])('reads %p as %s', (raw, expected) => {
      expect(normalizeMobile(raw)).toBe(expected);
    });

    it.each([
      ['a number starting 12', '12812345678'],
      ['a number starting 10', '10812345678'],
      ['10 digits', '1381234567'],
      ['12 digits', '138123456789'],
      ['a landline', '0530-5551234'],
      ['86 followed by 10 digits', '861381234567'],
      ['a doubled prefix', '+8686813812345678'],
      ['letters', '1381234567a'],
      ['an empty string', ''],
    ])('refuses %s', (_label, raw) => {
      expect(normalizeMobile(raw)).toBeNull();
    });
  });

  describe(maskMobile.name, () => {
    it('keeps the first 3 and last 4 digits', () => {
      expect(maskMobile('13812345678')).toBe('138****5678');
    });

    it('masks the normal form of what was typed', () => {
      expect(maskMobile('+86 138-1234-5678')).toBe('138****5678');
    });

    it('still hides the middle of something that is not a mobile number', () => {
      expect(maskMobile('0530-5551234')).toBe('053*****1234');
      expect(maskMobile('1234')).toBe('****');
    });
  });
});

describe('isServicePhone', () => {
  it.each(['0530-5611234', '05305611234', '010-12345678', '13812345678', '12333', '400-123-4567'])('accepts %s', (n) => {
    expect(isServicePhone(n)).toBe(true);
  });
  it.each(['5611234', '0530-12', '1234', 'abc', '99999999999', ''])('refuses %s', (n) => {
    expect(isServicePhone(n)).toBe(false);
  });
});
