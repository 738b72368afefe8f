import { AppException } from '../../src/common/app-exception';
import { Clock } from '../../src/common/clock';
import { InsuranceQuotesService } from '../../src/insurance/insurance-quotes.service';
import { SUBSIDY_EVIDENCE, SubsidyEvidence } from '../../src/insurance/subsidy-evidence';
import type { InsurableWorker } from '../../src/workers/insured-person.service';
import { productWithRules } from './support/insurance';
import { bootServiceApp, ServiceApp } from './support/service-app';

describe(`${InsuranceQuotesService.name} (service tier, real MariaDB)`, () => {
  let s: ServiceApp;
  let sut: InsuranceQuotesService;

  beforeAll(async () => {
    s = await bootServiceApp();
    sut = s.get(InsuranceQuotesService);
  });
  afterAll(() => s.close());
  beforeEach(() => jest.spyOn(s.get(Clock), 'now').mockReturnValue(new Date('2026-11-02T02:00:00Z')));
  afterEach(() => jest.restoreAllMocks());

  const worker = (overrides: Partial<InsurableWorker> = {}): InsurableWorker => ({
    workerId: 900000001,
    userId: 900000001,
    countyCode: '371702',
    trades: ['construction.labourer'],
    birthDate: '1980-05-01',
    ...overrides,
  });
  const codeOf = (work: () => unknown) =>
    Promise.resolve()
      .then(work)
      .then(
        () => 'ok',
        (e: AppException) => e.code,
      );

  it("covers whole days from tomorrow (the Clock's day in Shanghai), refusing today, reversed dates and days too far ahead", async () => {
    expect(sut.coverDays('2026-11-03', '2026-11-05')).toEqual(['2026-11-03', '2026-11-04', '2026-11-05']);
    expect(await codeOf(() => sut.coverDays('2026-11-02', '2026-11-03'))).toBe('INSURANCE.DATE_IN_PAST');
    expect(await codeOf(() => sut.coverDays('2026-11-05', '2026-11-03'))).toBe('INSURANCE.DATES_INVALID');
    expect(await codeOf(() => sut.coverDays('2027-11-03', '2027-11-03'))).toBe('INSURANCE.TOO_FAR_AHEAD');
  });

  it("splits the premium day by day in whole fen under the county's rule; the employer's share falls to a worker enrolling alone", async () => {
    const product = await productWithRules(s, 333, [{ condition: 'always', workerShareBp: 5000, employerShareBp: 2000, governmentShareBp: 3000 }]);
    const days = sut.coverDays('2026-11-03', '2026-11-04');
    const alone = await sut.quote({ product, worker: worker(), days, employerPays: false });
    expect(alone).toMatchObject({ occupationClass: expect.any(Number), premiumFen: 666, workerShareFen: 468, employerShareFen: 0, governmentShareFen: 198 });
    expect(alone.dailySplit).toEqual(days.map((day) => ({ day, ruleId: expect.any(Number), workerFen: 234, employerFen: 0, governmentFen: 99 })));
    const byEmployer = await sut.quote({ product, worker: worker(), days, employerPays: true });
    expect(byEmployer).toMatchObject({ workerShareFen: 336, employerShareFen: 132, governmentShareFen: 198 });
    // Another county's worker gets none of this county's subsidy.
    expect(await sut.quote({ product, worker: worker({ countyCode: '371721' }), days, employerPays: false })).toMatchObject({
      workerShareFen: 666,
      governmentShareFen: 0,
    });
  });

  it('counts a hiring record (known ahead) but never a check-in for a day that has not come yet', async () => {
    const product = await productWithRules(s, 400, [
      { condition: 'checked_in_that_day', workerShareBp: 0, employerShareBp: 0, governmentShareBp: 10000 },
      { condition: 'hired_that_day', workerShareBp: 0, employerShareBp: 5000, governmentShareBp: 5000 },
    ]);
    const evidence = s.context.get<SubsidyEvidence>(SUBSIDY_EVIDENCE);
    const checkins = jest.spyOn(evidence, 'daysWithCheckin');
    jest.spyOn(evidence, 'daysWithHire').mockResolvedValue(new Set(['2026-11-04']));
    const quote = await sut.quote({ product, worker: worker(), days: sut.coverDays('2026-11-03', '2026-11-04'), employerPays: true });
    expect(checkins).not.toHaveBeenCalled();
    expect(quote.dailySplit.map((d) => [d.day, d.workerFen, d.employerFen, d.governmentFen])).toEqual([
      ['2026-11-03', 400, 0, 0],
      ['2026-11-04', 0, 200, 200],
    ]);
  });

  it('refuses a worker too old for the product, or whose trades have no occupation class it covers', async () => {
    const product = await productWithRules(s, 300, []);
    const days = sut.coverDays('2026-11-03', '2026-11-03');
    expect(await codeOf(() => sut.quote({ product, worker: worker({ birthDate: '1950-01-01' }), days, employerPays: false }))).toBe(
      'INSURANCE.AGE_NOT_COVERED',
    );
    expect(await codeOf(() => sut.quote({ product, worker: worker({ trades: [] }), days, employerPays: false }))).toBe('INSURANCE.OCCUPATION_NOT_COVERED');
  });
});
