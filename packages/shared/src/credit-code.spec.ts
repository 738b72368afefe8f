import { creditCodeCheckChar, normalizeCreditCode, validateCreditCode } from './credit-code';

describe('credit-code', () => {
  describe(normalizeCreditCode.name, () => {
    it('trims, removes inner spaces, uppercases and folds full-width input', () => {
      expect(normalizeCreditCode(' 91440101 ma5cjq4n59 ')).toBe('91440101MA5CJQ4N59');
      expect(normalizeCreditCode('９１４４０１０１ＭＡ５ＣＪＱ４Ｎ５９')).toBe('91440101MA5CJQ4N59');
    });
  });

  describe(creditCodeCheckChar.name, () => {
    it('computes 31 - (weighted sum mod 31)', () => {
      expect(creditCodeCheckChar('91350100M000100Y4')).toBe('3');
      expect(creditCodeCheckChar('91440101MA5CJQ4N5')).toBe('9');
    });

    it('writes a remainder of 0 as 0, not as a 32nd character', () => {
      // Weighted sum 31: '1' (value 1, weight 1) and 'A' (value 10, weight 3).
      expect(creditCodeCheckChar('1A000000000000000')).toBe('0');
    });

    it('refuses characters outside the code set', () => {
      expect(() => creditCodeCheckChar('91350100M000100O4')).toThrow(RangeError);
      expect(() => creditCodeCheckChar('91350100M000100Y')).toThrow(RangeError);
    });
  });

  describe(validateCreditCode.name, () => {
    it.each(['91350100M000100Y43', '91440101MA5CJQ4N59'])('accepts %s', (code) => {
      expect(validateCreditCode(code)).toEqual({ ok: true, value: code });
    });

    it('accepts a code with a check character of 0', () => {
      expect(validateCreditCode('1A0000000000000000')).toEqual({ ok: true, value: '1A0000000000000000' });
    });

    it('returns the normal form of what was typed', () => {
      expect(validateCreditCode('91440101ma5cjq4n59 ')).toEqual({ ok: true, value: '91440101MA5CJQ4N59' });
    });

    it.each(['91350100M000100Y44', '91350100M000100Y4Y', '91440101MA5CJQ4N58', '91440101MA5CJQ4N5A'])(
      'flags %s as a checksum failure for manual review',
      (code) => {
        const result = validateCreditCode(code);
        expect(result).toMatchObject({ ok: false, reason: 'checksum' });
        if (!result.ok) expect(result.message).toContain('人工审核');
      },
    );

    it.each([
      ['a Z, which the code set leaves out', '91350100M000100Y4Z'],
      ['an O', '91440101MA5CJQ4NO9'],
      ['an I', '9I440101MA5CJQ4N59'],
      ['17 characters', '91440101MA5CJQ4N5'],
      ['19 characters', '91440101MA5CJQ4N590'],
      ['punctuation', '91440101-MA5CJQ4N5'],
      ['an empty string', ''],
    ])('refuses %s as format', (_label, code) => {
      const result = validateCreditCode(code);
      expect(result).toMatchObject({ ok: false, reason: 'format' });
      if (!result.ok) expect(result.message).toContain('18位');
    });
  });
});
