import { maskMiddle, removeWhitespace, toHalfWidth } from './text';

describe('text', () => {
  describe(toHalfWidth.name, () => {
    it('folds full-width digits, letters and spaces to ASCII', () => {
      expect(toHalfWidth('１３８　１２３４ｘＸ－')).toBe('138 1234xX-');
    });

    it('leaves Chinese characters and ASCII alone', () => {
      expect(toHalfWidth('菏泽abc-123')).toBe('菏泽abc-123');
    });
  });

  describe(removeWhitespace.name, () => {
    it('removes spaces, tabs and ideographic spaces anywhere', () => {
      expect(removeWhitespace(' 1 2\t3\u30004 ')).toBe('1234');
    });
  });

  describe(maskMiddle.name, () => {
    it('keeps the given ends and stars the middle', () => {
      expect(maskMiddle('abcdefghij', 2, 3)).toBe('ab*****hij');
    });

    it('hides a value too short to mask partly', () => {
      expect(maskMiddle('abcde', 2, 3)).toBe('*****');
      expect(maskMiddle('', 2, 3)).toBe('');
    });
  });
});
