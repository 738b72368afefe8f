import { splitPremiumByDay } from './insurance-enrollments.service';

describe(splitPremiumByDay.name, () => {
  const days = ['2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04'];
  const rule = (
    id: number,
    condition: 'always' | 'checked_in_that_day' | 'hired_that_day' | 'checked_in_or_hired',
    workerShareBp: number,
    employerShareBp: number,
    governmentShareBp: number,
  ) => ({
    id,
    condition,
    workerShareBp,
    employerShareBp,
    governmentShareBp,
  });
  const checkinDays = new Set(['2026-12-01']);
  const hireDays = new Set(['2026-12-02']);

  it('lets the worker pay everything when no rule applies', () => {
    const sut = splitPremiumByDay({ priceFen: 300, days: days.slice(0, 1), rules: [], checkinDays, hireDays, employerPays: false });
    expect(sut).toEqual([{ day: '2026-12-01', workerFen: 300, employerFen: 0, governmentFen: 0 }]);
  });

  it('applies the first rule whose condition holds on each day', () => {
    const rules = [rule(1, 'checked_in_that_day', 0, 0, 10000), rule(2, 'hired_that_day', 0, 5000, 5000), rule(3, 'always', 8000, 0, 2000)];
    const sut = splitPremiumByDay({ priceFen: 300, days, rules, checkinDays, hireDays, employerPays: true });
    expect(sut.map((d) => [d.day, d.ruleId, d.workerFen, d.employerFen, d.governmentFen])).toEqual([
      ['2026-12-01', 1, 0, 0, 300],
      ['2026-12-02', 2, 0, 150, 150],
      ['2026-12-03', 3, 240, 0, 60],
      ['2026-12-04', 3, 240, 0, 60],
    ]);
  });

  it('treats checked_in_or_hired as either evidence', () => {
    const sut = splitPremiumByDay({ priceFen: 600, days, rules: [rule(7, 'checked_in_or_hired', 0, 0, 10000)], checkinDays, hireDays, employerPays: false });
    expect(sut.map((d) => d.governmentFen)).toEqual([600, 600, 0, 0]);
    expect(sut.map((d) => d.workerFen)).toEqual([0, 0, 600, 600]);
  });

  it("moves the employer's share to the worker when no employer enrolled", () => {
    const rules = [rule(1, 'always', 5000, 2000, 3000)];
    expect(splitPremiumByDay({ priceFen: 333, days: days.slice(0, 1), rules, checkinDays, hireDays, employerPays: false })[0]).toMatchObject({
      workerFen: 234,
      employerFen: 0,
      governmentFen: 99,
    });
    expect(splitPremiumByDay({ priceFen: 333, days: days.slice(0, 1), rules, checkinDays, hireDays, employerPays: true })[0]).toMatchObject({
      workerFen: 168,
      employerFen: 66,
      governmentFen: 99,
    });
  });
});
