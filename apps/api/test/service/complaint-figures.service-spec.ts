import { Clock } from '../../src/common/clock';
import { AppException } from '../../src/common/app-exception';
import { ComplaintFiguresService } from '../../src/complaints/complaint-figures.service';
import { ComplaintHandlingService } from '../../src/complaints/complaint-handling.service';
import { ComplaintIntakeService } from '../../src/complaints/complaint-intake.service';
import { complaintInput } from '../support/factories';
import { account, workerRecord } from './support/records';
import { bootServiceApp, ServiceApp } from './support/service-app';

// Figures of cases received in a week nobody else's tests file in (2023-05-08 … 2023-05-12).
describe(`${ComplaintFiguresService.name} (service tier, real MariaDB)`, () => {
  const COUNTY = '371725';
  let s: ServiceApp;
  let sut: ComplaintFiguresService;

  beforeAll(async () => {
    s = await bootServiceApp();
    sut = s.get(ComplaintFiguresService);
  });
  afterAll(() => s.close());
  afterEach(() => jest.restoreAllMocks());

  const onDay = (day: string) => jest.spyOn(s.get(Clock), 'now').mockReturnValue(new Date(`${day}T02:00:00Z`));

  it("counts a county's cases received in the period, by category, and the decisions taken within the deadline", async () => {
    const operator = await account(s, ['operator'], COUNTY);
    const handling = s.get(ComplaintHandlingService);
    onDay('2023-05-08');
    const file = async () => (await s.get(ComplaintIntakeService).create((await workerRecord(s)).user, complaintInput({ countyCode: COUNTY }))).complaint;
    const inTime = await file();
    const late = await file();
    await file();
    await file();
    await handling.transition(operator, inTime.id, { action: 'accept' });
    onDay('2023-05-22');
    await handling.transition(operator, late.id, { action: 'reject', reason: '不属于本部门管辖' });

    const stats = await sut.stats(await account(s, ['admin']), { from: '2023-05-08', to: '2023-05-12', countyCode: COUNTY });
    expect(stats.counties).toHaveLength(1);
    expect(stats.counties[0]).toMatchObject({
      countyCode: COUNTY,
      received: 4,
      byCategory: expect.objectContaining({ fake_posting: 4, wage_arrears: 0 }),
      // Every case was due for a decision by 05-15: one decided in time, one late, two never.
      acceptanceDecisionsDue: 4,
      decidedWithinDeadline: 1,
      acceptedWithinDeadlinePct: 25,
      resolutionsDue: 0,
      resolvedWithinDeadlinePct: null,
      wagesRecoveredFen: 0,
    });
    expect((await sut.stats(operator, { from: '2023-05-08', to: '2023-05-12', countyCode: '371702' })).counties.map((c) => c.countyCode)).toEqual([COUNTY]);
  });

  it('refuses a period that ends before it starts or spans more than three years', async () => {
    const admin = await account(s, ['admin']);
    const codeOf = (from: string, to: string) =>
      sut.stats(admin, { from, to }).then(
        () => 'ok',
        (e: AppException) => e.code,
      );
    expect(await codeOf('2023-05-12', '2023-05-08')).toBe('COMMON.VALIDATION_FAILED');
    expect(await codeOf('2020-01-01', '2023-05-08')).toBe('COMMON.VALIDATION_FAILED');
    expect(await codeOf('2023-02-30', '2023-05-08')).toBe('COMMON.VALIDATION_FAILED');
  });
});
