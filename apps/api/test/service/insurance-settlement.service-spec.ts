import { randomBytes } from 'node:crypto';
import { Clock } from '../../src/common/clock';
import { InsuranceEnrollmentRepository } from '../../src/insurance/insurance-enrollment.repository';
import { InsuranceEnrollmentsService } from '../../src/insurance/insurance-enrollments.service';
import { InsuranceSettlementService } from '../../src/insurance/insurance-settlement.service';
import { SUBSIDY_EVIDENCE, SubsidyEvidence } from '../../src/insurance/subsidy-evidence';
import { productWithRules } from './support/insurance';
import { workerRecord } from './support/records';
import { bootServiceApp, ServiceApp } from './support/service-app';

// An issued enrollment of 2026-11-02 … 11-04 at 400 a day, quoted under "always: worker 70%,
// government 30%" (280 + 120 a day); a check-in on 11-03 makes the government pay that whole day.
describe(`${InsuranceSettlementService.name} (service tier, real MariaDB)`, () => {
  let s: ServiceApp;
  let sut: InsuranceSettlementService;

  beforeAll(async () => {
    s = await bootServiceApp();
    sut = s.get(InsuranceSettlementService);
  });
  afterAll(() => s.close());
  afterEach(() => jest.restoreAllMocks());

  const onDay = (day: string) => jest.spyOn(s.get(Clock), 'now').mockReturnValue(new Date(`${day}T02:00:00Z`));

  async function issuedEnrollment(status: 'issued' | 'failed' = 'issued') {
    const product = await productWithRules(s, 400, [
      { condition: 'checked_in_that_day', workerShareBp: 0, employerShareBp: 0, governmentShareBp: 10000 },
      { condition: 'always', workerShareBp: 7000, employerShareBp: 0, governmentShareBp: 3000 },
    ]);
    const { user, worker } = await workerRecord(s);
    const days = ['2026-11-02', '2026-11-03', '2026-11-04'];
    const enrollment = await s.get(InsuranceEnrollmentRepository).add({
      reference: `LGSVC${randomBytes(6).toString('hex').toUpperCase()}`,
      productId: product.id,
      productSnapshot: {
        insurer: product.insurer,
        insurerHotline: product.insurerHotline,
        planCode: product.planCode,
        name: product.name,
        pricePerDayFen: 400,
        cover: product.cover,
      },
      workerId: worker.id,
      workerUserId: user.id,
      countyCode: '371702',
      requestedByUserId: user.id,
      idempotencyKey: randomBytes(8).toString('hex'),
      employerId: null,
      hireId: null,
      startDate: days[0],
      endDate: days[2],
      days: 3,
      occupationClass: 1,
      premiumFen: 1200,
      workerShareFen: 840,
      employerShareFen: 0,
      governmentShareFen: 360,
      dailySplit: days.map((day) => ({ day, workerFen: 280, employerFen: 0, governmentFen: 120 })),
      status,
      policyNo: status === 'issued' ? `PSVC${randomBytes(4).toString('hex')}` : null,
      failureReason: null,
      submitAttempts: 1,
      lastSubmittedAt: new Date(),
      issuedAt: status === 'issued' ? new Date() : null,
      cancelledAt: null,
    });
    const evidence = s.context.get<SubsidyEvidence>(SUBSIDY_EVIDENCE);
    jest
      .spyOn(evidence, 'daysWithCheckin')
      .mockImplementation(async (workerId, asked) => new Set(workerId === worker.id ? asked.filter((d) => d === '2026-11-03') : []));
    jest.spyOn(evidence, 'daysWithHire').mockResolvedValue(new Set());
    return { enrollment, user };
  }

  it("settles the days before the Clock's today from what happened on them, each day once, and keeps the running sums", async () => {
    const { enrollment, user } = await issuedEnrollment();
    onDay('2026-11-04');
    expect((await sut.settleCoveredDays()).days).toBeGreaterThanOrEqual(2);
    await sut.settleCoveredDays();
    const enrollments = s.get(InsuranceEnrollmentsService);
    const partly = await enrollments.get(user, enrollment.id);
    expect(partly.settlement).toMatchObject({ settledDays: 2, complete: false, workerShareFen: 280, governmentShareFen: 520, workerRefundFen: 280 });
    expect(partly.settlement?.days?.map((d) => [d.day, d.checkedIn, d.workerFen, d.governmentFen])).toEqual([
      ['2026-11-02', false, 280, 120],
      ['2026-11-03', true, 0, 400],
    ]);

    onDay('2026-11-06');
    await sut.settleCoveredDays();
    const settled = await enrollments.get(user, enrollment.id);
    // The quote stays what was paid at purchase; the settlement says what is owed back.
    expect(settled).toMatchObject({ workerShareFen: 840, governmentShareFen: 360 });
    expect(settled.settlement).toMatchObject({
      settledDays: 3,
      complete: true,
      workerShareFen: 560,
      employerShareFen: 0,
      governmentShareFen: 640,
      workerRefundFen: 280,
    });
  });

  it('settles nothing of an enrollment the insurer did not issue', async () => {
    const { enrollment, user } = await issuedEnrollment('failed');
    onDay('2026-11-06');
    await sut.settleCoveredDays();
    expect((await s.get(InsuranceEnrollmentsService).get(user, enrollment.id)).settlement).toBeUndefined();
  });
});
