import { daysBetween, formatYuan, splitDayPremium } from './insurance';

describe('insurance', () => {
  describe(daysBetween.name, () => {
    it('lists every day from start to end inclusive, across month and leap-year ends', () => {
      expect(daysBetween('2028-02-28', '2028-03-01')).toEqual(['2028-02-28', '2028-02-29', '2028-03-01']);
      expect(daysBetween('2026-12-31', '2027-01-01')).toEqual(['2026-12-31', '2027-01-01']);
      expect(daysBetween('2026-12-01', '2026-12-01')).toEqual(['2026-12-01']);
    });

    it('gives nothing for a backwards range or an impossible date', () => {
      expect(daysBetween('2026-12-02', '2026-12-01')).toEqual([]);
      expect(daysBetween('2026-02-30', '2026-03-01')).toEqual([]);
    });
  });

  describe(splitDayPremium.name, () => {
    it('rounds the subsidies down and leaves the rest to the worker', () => {
      expect(splitDayPremium(333, { employerShareBp: 2000, governmentShareBp: 3000 })).toEqual({ workerFen: 168, employerFen: 66, governmentFen: 99 });
      expect(splitDayPremium(300, { employerShareBp: 0, governmentShareBp: 10000 })).toEqual({ workerFen: 0, employerFen: 0, governmentFen: 300 });
      expect(splitDayPremium(1, { employerShareBp: 5000, governmentShareBp: 5000 })).toEqual({ workerFen: 1, employerFen: 0, governmentFen: 0 });
    });

    it('always adds up to the price in whole, non-negative fen', () => {
      for (let price = 1; price <= 2000; price += 7) {
        for (const [employerShareBp, governmentShareBp] of [
          [0, 0],
          [3333, 3333],
          [1, 9999],
          [2500, 7500],
          [9999, 0],
          [0, 10000],
        ]) {
          const split = splitDayPremium(price, { employerShareBp, governmentShareBp });
          expect(split.workerFen + split.employerFen + split.governmentFen).toBe(price);
          for (const fen of Object.values(split)) expect(Number.isInteger(fen) && fen >= 0).toBe(true);
        }
      }
    });
  });

  describe(formatYuan.name, () => {
    it.each([
      [65000000, '650,000元'],
      [5000000, '50,000元'],
      [10000, '100元'],
      [5000, '50元'],
      [150, '1.50元'],
      [5, '0.05元'],
      [0, '0元'],
    ])('writes %i fen as %s', (fen, text) => {
      expect(formatYuan(fen)).toBe(text);
    });
  });
});
