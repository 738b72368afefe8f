import {
  MIN_WORKING_AGE,
  PROVINCE_CODES,
  ageOn,
  isProvinceCode,
  maskResidentId,
  normalizeResidentId,
  residentIdCheckChar,
  validateResidentId,
} from './identity';

const TODAY = '2025-06-01';

describe('identity', () => {
  it('sets the minimum working age at 16', () => {
    expect(MIN_WORKING_AGE).toBe(16);
  });

  describe(normalizeResidentId.name, () => {
    it('trims, removes inner spaces and uppercases x', () => {
      expect(normalizeResidentId(' 110105 19491231 002x ')).toBe('11010519491231002X');
    });

    it('folds full-width input', () => {
      expect(normalizeResidentId('１１０１０５１９４９１２３１００２ｘ')).toBe('11010519491231002X');
    });
  });

  describe(isProvinceCode.name, () => {
    it.each(['11', '15', '37', '46', '65', '71', '81', '83'])('accepts %s', (code) => {
      expect(isProvinceCode(code)).toBe(true);
    });

    const notPrefixes = ['10', '16', '20', '24', '38', '47', '55', '66', '70', '72', '80', '84', '99', '3', '370'];
    it.each(notPrefixes)('refuses %s', (code) => {
      expect(isProvinceCode(code)).toBe(false);
    });

    it('lists each prefix once', () => {
      expect(new Set(PROVINCE_CODES).size).toBe(PROVINCE_CODES.length);
      expect(PROVINCE_CODES).toHaveLength(35);
    });
  });

  describe(residentIdCheckChar.name, () => {
    it('maps the weighted sum mod 11 through 10X98765432', () => {
      expect(residentIdCheckChar('11010519491231002')).toBe('X');
      expect(residentIdCheckChar('44052418800101001')).toBe('4');
      expect(residentIdCheckChar('44030819990110151')).toBe('2');
    });

    it('refuses anything but 17 digits', () => {
      expect(() => residentIdCheckChar('1101051949123100')).toThrow(RangeError);
      expect(() => residentIdCheckChar('1101051949123100X')).toThrow(RangeError);
    });
  });

  describe(validateResidentId.name, () => {
    it.each([
      ['11010519491231002X', '1949-12-31', 'female', '11'],
      ['440524188001010014', '1880-01-01', 'male', '44'],
      ['440308199901101512', '1999-01-10', 'male', '44'],
    ])('accepts %s', (id, birthDate, gender, provinceCode) => {
      expect(validateResidentId(id, TODAY)).toEqual({ ok: true, value: id, birthDate, gender, provinceCode });
    });

    it('accepts a lowercase x with spaces and returns the normal form', () => {
      const result = validateResidentId(' 11010519491231002x ', TODAY);
      expect(result).toMatchObject({ ok: true, value: '11010519491231002X' });
    });

    it('reads the gender from the parity of the 17th digit', () => {
      expect(validateResidentId('371702197003014561', TODAY)).toMatchObject({ ok: true, gender: 'female' });
      expect(validateResidentId('37170219700301457X', TODAY)).toMatchObject({ ok: true, gender: 'male' });
    });

    it('accepts 29 February of a leap year', () => {
      expect(validateResidentId('371702199202290023', TODAY)).toMatchObject({ ok: true, birthDate: '1992-02-29' });
    });

    it('refuses a wrong check character', () => {
      expect(validateResidentId('110105194912310021', TODAY)).toMatchObject({ ok: false, reason: 'check_digit' });
      expect(validateResidentId('440308199901101513', TODAY)).toMatchObject({ ok: false, reason: 'check_digit' });
    });

    // Each altered number below carries the check character that its first 17 digits call for,
    // so only the named fault is present.
    it('refuses 30 February', () => {
      expect(validateResidentId('110105199902300023', TODAY)).toMatchObject({ ok: false, reason: 'birth_date' });
    });

    it('refuses 29 February of a common year', () => {
      expect(validateResidentId('371702199302290020', TODAY)).toMatchObject({ ok: false, reason: 'birth_date' });
    });

    it('refuses a birth date after today', () => {
      expect(validateResidentId('110105202601010027', TODAY)).toMatchObject({ ok: false, reason: 'birth_date' });
      expect(validateResidentId('110105202601010027', '2026-01-01')).toMatchObject({ ok: true });
    });

    it('compares with today in Shanghai by default', () => {
      expect(validateResidentId('110105300001010022')).toMatchObject({ ok: false, reason: 'birth_date' });
      expect(validateResidentId('11010519491231002X')).toMatchObject({ ok: true });
    });

    it('refuses an unknown province prefix', () => {
      expect(validateResidentId('990105194912310023', TODAY)).toMatchObject({ ok: false, reason: 'province' });
    });

    it.each([
      ['a 15-digit first-generation number', '110105491231002'],
      ['17 digits', '11010519491231002'],
      ['19 characters', '11010519491231002X1'],
      ['X before the end', '1101051949123100X2'],
      ['a letter other than X', '11010519491231002Y'],
      ['an empty string', ''],
    ])('refuses %s as format', (_label, id) => {
      expect(validateResidentId(id, TODAY)).toMatchObject({ ok: false, reason: 'format' });
    });

    it('explains every failure in Chinese', () => {
      const failures = ['123', '990105194912310023', '110105199902300023', '110105194912310021'].map((id) => validateResidentId(id, TODAY));
      for (const result of failures) {
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.message).toMatch(/^[\u4e00-\u9fff].*[\u4e00-\u9fffX][。]$/);
      }
      expect(new Set(failures.map((result) => (result.ok ? '' : result.message))).size).toBe(4);
    });

    it('refuses a malformed today', () => {
      expect(() => validateResidentId('11010519491231002X', '2025/06/01')).toThrow(RangeError);
    });
  });

  describe(ageOn.name, () => {
    it('counts full years', () => {
      expect(ageOn('1949-12-31', '2025-06-01')).toBe(75);
      expect(ageOn('2009-06-01', '2025-05-31')).toBe(15);
      expect(ageOn('2009-06-01', '2025-06-01')).toBe(16);
      expect(ageOn('2025-06-01', '2025-06-01')).toBe(0);
    });

    it('makes someone born on 29 February a year older on 1 March in a common year', () => {
      expect(ageOn('2008-02-29', '2024-02-28')).toBe(15);
      expect(ageOn('2008-02-29', '2024-02-29')).toBe(16);
      expect(ageOn('2008-02-29', '2025-02-28')).toBe(16);
      expect(ageOn('2008-02-29', '2025-03-01')).toBe(17);
    });

    it('refuses malformed dates', () => {
      expect(() => ageOn('2008-02-30', '2025-03-01')).toThrow(RangeError);
      expect(() => ageOn('2008-02-01', '20250301')).toThrow(RangeError);
    });
  });

  describe(maskResidentId.name, () => {
    it('keeps the first and last four characters', () => {
      expect(maskResidentId('11010519491231002X')).toBe('1101**********002X');
      expect(maskResidentId('370102198001011235')).toBe('3701**********1235');
    });

    it('masks the normal form of what was typed', () => {
      expect(maskResidentId(' 11010519491231002x')).toBe('1101**********002X');
    });

    it('never shows a short value whole', () => {
      expect(maskResidentId('1234567')).toBe('*******');
    });
  });
});
