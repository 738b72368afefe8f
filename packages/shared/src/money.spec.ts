import { yuan, yuanForDocument } from './money';

describe('money in 元', () => {
  it('shows the shortest form on screen', () => {
    expect(yuan(18050)).toBe('180.5');
    expect(yuan(18000)).toBe('180');
    expect(yuan(160)).toBe('1.6');
    expect(yuan(0)).toBe('0');
  });

  it('writes two decimals in documents unless the amount is whole', () => {
    expect(yuanForDocument(18050)).toBe('180.50');
    expect(yuanForDocument(18000)).toBe('180');
    expect(yuanForDocument(5)).toBe('0.05');
  });
});
