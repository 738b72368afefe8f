import { Clock } from '../../src/common/clock';
import { ComplaintDeadlinesJob } from '../../src/complaints/complaint-deadlines.job';
import { ComplaintHandlingService } from '../../src/complaints/complaint-handling.service';
import { ComplaintIntakeService } from '../../src/complaints/complaint-intake.service';
import { ComplaintReadingService } from '../../src/complaints/complaint-reading.service';
import { complaintInput } from '../support/factories';
import { account, workerRecord } from './support/records';
import { bootServiceApp, ServiceApp } from './support/service-app';

// The legal clock, on the Clock: cases filed on Monday 2026-11-02 are due for a decision on
// Monday 2026-11-09 (five working days, the day of receipt not counted).
describe(`${ComplaintDeadlinesJob.name} (service tier, real MariaDB)`, () => {
  let s: ServiceApp;
  let sut: ComplaintDeadlinesJob;
  let clock: jest.SpyInstance<Date, []>;

  beforeAll(async () => {
    s = await bootServiceApp();
    sut = s.get(ComplaintDeadlinesJob);
  });
  afterAll(() => s.close());
  beforeEach(() => {
    clock = jest.spyOn(s.get(Clock), 'now');
  });
  afterEach(() => jest.restoreAllMocks());

  const onDay = (day: string) => clock.mockReturnValue(new Date(`${day}T02:00:00Z`));

  async function fileOn(day: string, countyCode: string) {
    onDay(day);
    const { user } = await workerRecord(s);
    return (await s.get(ComplaintIntakeService).create(user, complaintInput({ countyCode }))).complaint;
  }

  it("marks a case overdue the day after its deadline (the Clock's day), once, with one reminder for the county's queue", async () => {
    const late = await fileOn('2026-11-02', '371726');
    expect(late.acceptanceDueOn).toBe('2026-11-09');

    onDay('2026-11-09');
    expect((await sut.markOverdue()).marked).not.toContain(late.id);
    onDay('2026-11-10');
    expect((await sut.markOverdue()).marked).toContain(late.id);
    expect((await sut.markOverdue()).marked).not.toContain(late.id);

    expect(await sut.remindersOf(late.id)).toEqual([
      expect.objectContaining({ complaintId: late.id, kind: 'acceptance', dueOn: '2026-11-09', operatorUserId: null, countyCode: '371726' }),
    ]);
    const staffView = await s.get(ComplaintReadingService).get(await account(s, ['admin']), late.id);
    expect(staffView.overdue).toBe(true);
    expect(staffView.history.at(-1)).toMatchObject({ action: 'overdue', by: 'system', internal: true, reason: '已超过受理期限（2026-11-09）' });
  });

  it('leaves a case alone once it was decided in time, and reminds the assigned operator of a resolution deadline', async () => {
    const decided = await fileOn('2026-11-02', '371724');
    const operator = await account(s, ['operator'], '371724');
    onDay('2026-11-03');
    const accepted = await s.get(ComplaintHandlingService).transition(operator, decided.id, { action: 'accept' });
    await s.get(ComplaintHandlingService).assign(operator, decided.id, { operatorUserId: operator.id });
    expect(accepted.resolutionDueOn).toBeDefined();

    onDay('2026-11-10');
    expect((await sut.markOverdue()).marked).not.toContain(decided.id);
    // Past the (60 working days) resolution deadline: the reminder goes to the assigned operator.
    const dayAfter = new Date(`${accepted.resolutionDueOn}T02:00:00Z`);
    dayAfter.setUTCDate(dayAfter.getUTCDate() + 1);
    clock.mockReturnValue(dayAfter);
    expect((await sut.markOverdue()).marked).toContain(decided.id);
    expect(await sut.remindersOf(decided.id)).toEqual([
      expect.objectContaining({ kind: 'resolution', dueOn: accepted.resolutionDueOn, operatorUserId: operator.id }),
    ]);
    const forOperator = await sut.list(operator, { limit: 100 });
    expect(forOperator.items.map((r) => r.complaintId)).toContain(decided.id);
    const forColleagueElsewhere = await sut.list(await account(s, ['operator'], '371702'), { limit: 100 });
    expect(forColleagueElsewhere.items.map((r) => r.complaintId)).not.toContain(decided.id);
  });
});
