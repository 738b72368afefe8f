import { TRADES, findTrade, isTradeCode, occupationClassOf, tradeAndAncestors, tradeName } from './trades';

const TOP_LEVEL_CODES = ['construction', 'decoration', 'moving', 'cleaning', 'housekeeping', 'catering', 'agriculture', 'manufacturing', 'logistics', 'repair'];

describe('trades', () => {
  describe('TRADES', () => {
    const topLevel = TRADES.filter((trade) => trade.parentCode === undefined);

    it('has the ten top-level trades', () => {
      expect(topLevel.map((trade) => trade.code)).toEqual(TOP_LEVEL_CODES);
      expect(topLevel.map((trade) => trade.name)).toEqual(['建筑', '装修', '搬运', '保洁', '家政', '餐饮', '农业', '制造', '物流', '维修']);
    });

    it('has unique codes', () => {
      expect(new Set(TRADES.map((trade) => trade.code)).size).toBe(TRADES.length);
    });

    it.each(TOP_LEVEL_CODES)('gives %s three to six finer trades with dotted codes', (parentCode) => {
      const children = TRADES.filter((trade) => trade.parentCode === parentCode);
      expect(children.length).toBeGreaterThanOrEqual(3);
      expect(children.length).toBeLessThanOrEqual(6);
      for (const child of children) expect(child.code).toMatch(new RegExp(`^${parentCode}\\.[a-z_]+$`));
    });

    it('hangs every finer trade under a top-level trade', () => {
      for (const trade of TRADES.filter((item) => item.parentCode !== undefined)) {
        expect(TOP_LEVEL_CODES).toContain(trade.parentCode);
      }
    });

    it('names every trade in Chinese and classes it 1 to 6', () => {
      for (const trade of TRADES) {
        expect(trade.name).toMatch(/^[\u4e00-\u9fff]/);
        expect([1, 2, 3, 4, 5, 6]).toContain(trade.occupationClass);
      }
    });

    it.each([
      ['construction.scaffolder', 5],
      ['cleaning.window_high', 5],
      ['construction.rebar', 4],
      ['manufacturing.welder', 4],
      ['catering.dishwasher', 2],
      ['housekeeping.carer', 2],
    ])('classes %s as %i', (code, occupationClass) => {
      expect(findTrade(code)?.occupationClass).toBe(occupationClass);
    });
  });

  describe(findTrade.name, () => {
    it('finds a trade by code', () => {
      expect(findTrade('logistics.driver')).toEqual({
        code: 'logistics.driver',
        name: '货车司机',
        parentCode: 'logistics',
        occupationClass: 4,
      });
    });

    it('finds nothing for an unknown or differently cased code', () => {
      expect(findTrade('construction.astronaut')).toBeUndefined();
      expect(findTrade('Construction')).toBeUndefined();
    });
  });

  describe(isTradeCode.name, () => {
    it('knows top-level and finer codes and nothing else', () => {
      expect(isTradeCode('repair')).toBe(true);
      expect(isTradeCode('repair.electrician')).toBe(true);
      expect(isTradeCode('repair.')).toBe(false);
      expect(isTradeCode('')).toBe(false);
      expect(isTradeCode('toString')).toBe(false);
    });
  });

  describe(tradeName.name, () => {
    it('gives the Chinese name', () => {
      expect(tradeName('construction.mason')).toBe('瓦工');
      expect(tradeName('decoration.plumber_electrician')).toBe('水电工');
      expect(tradeName('catering')).toBe('餐饮');
      expect(tradeName('nope')).toBeUndefined();
    });
  });

  describe(tradeAndAncestors.name, () => {
    it('gives the code and then its parent', () => {
      expect(tradeAndAncestors('construction.mason')).toEqual(['construction.mason', 'construction']);
    });

    it('gives a top-level code alone', () => {
      expect(tradeAndAncestors('construction')).toEqual(['construction']);
    });

    it('gives nothing for an unknown code', () => {
      expect(tradeAndAncestors('construction.astronaut')).toEqual([]);
    });
  });

  describe(occupationClassOf.name, () => {
    it('takes the highest class among the trades', () => {
      expect(occupationClassOf(['catering.dishwasher', 'construction.scaffolder', 'moving.loader'])).toBe(5);
      expect(occupationClassOf(['catering.dishwasher', 'moving.loader'])).toBe(3);
    });

    it('is 0 for no trades or only unknown ones', () => {
      expect(occupationClassOf([])).toBe(0);
      expect(occupationClassOf(['construction.astronaut'])).toBe(0);
    });

    it('ignores unknown codes beside known ones', () => {
      expect(occupationClassOf(['nope', 'housekeeping.carer'])).toBe(2);
    });
  });
});
