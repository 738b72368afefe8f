import { addDays, shanghaiDate } from '@lingong/shared';
import { ApplicationsService } from '../../src/applications/applications.service';
import { UnpaidHireWageClaimHandler } from '../../src/complaints/unpaid-hire-wage-claim.handler';
import { HiresService } from '../../src/hires/hires.service';
import { UnpaidHire, UnpaidHireHandlers } from '../../src/hires/unpaid-hire.port';
import { PostingsService } from '../../src/postings/postings.service';
import { isolatedPoint } from '../support/factories';
import { MarketFixtures } from './support/market-fixtures';
import { bootServiceApp, ServiceApp } from './support/service-app';

describe('hires (service tier, real MariaDB)', () => {
  let s: ServiceApp;
  let make: MarketFixtures;

  beforeAll(async () => {
    s = await bootServiceApp();
    make = new MarketFixtures(s);
  });
  afterAll(() => s.close());
  afterEach(() => jest.restoreAllMocks());

  /** A worker hired through an accepted application on a one-place posting starting today. */
  async function hired() {
    const employer = await make.verifiedEmployer({ countyCode: '371725' });
    const posting = await make.posting(employer.user, { ...isolatedPoint(), headcount: 1 });
    const worker = await make.worker({ realName: '李春生' });
    const applications = s.get(ApplicationsService);
    const application = await applications.apply(worker.user, posting.id);
    const hire = await applications.accept(employer.user, application.id, 'application');
    return { employer, posting, worker, hire };
  }

  it('accepting creates the hire with its agreement and spends the one place; a second accept finds it filled and changes nothing', async () => {
    const employer = await make.verifiedEmployer();
    const posting = await make.posting(employer.user, { ...isolatedPoint(), headcount: 1 });
    const first = await make.worker({ realName: '李春生' });
    const second = await make.worker();
    const applications = s.get(ApplicationsService);
    const a = await applications.apply(first.user, posting.id);
    const b = await applications.apply(second.user, posting.id);

    const hire = await applications.accept(employer.user, a.id, 'application');
    expect(hire).toMatchObject({
      postingId: posting.id,
      workerId: first.workerId,
      employerId: employer.employerId,
      workerName: '李春生',
      employerName: expect.any(String),
    });
    expect(hire.agreement.text).toContain('李春生');
    expect(await s.get(PostingsService).get(employer.user, posting.id)).toMatchObject({ filledCount: 1, status: 'filled' });

    await expect(applications.accept(employer.user, b.id, 'application')).rejects.toMatchObject({ code: 'APPLICATION.FILLED' });
    // The acceptance was rolled back with the failed fill: the application is still pending, no hire exists.
    const [{ status, hireId }] = await s.dataSource.query('SELECT status, hireId FROM application WHERE id = ?', [b.id]);
    expect({ status, hireId }).toEqual({ status: 'pending', hireId: null });
    expect(await s.get(HiresService).busyWorkerIds([second.workerId], posting.startDate, posting.endDate)).toEqual(new Set());
  });

  it("lets the parties and the county's staff read the hire; another county's operator gets not found", async () => {
    const { employer, worker, hire } = await hired();
    const sut = s.get(HiresService);
    expect((await sut.get(worker.user, hire.id)).id).toBe(hire.id);
    expect((await sut.get(employer.user, hire.id)).id).toBe(hire.id);
    expect((await sut.get(await make.operator('371725'), hire.id)).id).toBe(hire.id);
    await expect(sut.get(await make.operator('371702'), hire.id)).rejects.toMatchObject({ code: 'HIRE.NOT_FOUND' });
    await expect(sut.confirmAgreement(await make.operator('371725'), hire.id)).rejects.toMatchObject({ code: 'HIRE.NOT_FOUND' });
  });

  it('seals the agreement with its hash once both sides confirmed', async () => {
    const { employer, worker, hire } = await hired();
    const sut = s.get(HiresService);
    expect((await sut.confirmAgreement(worker.user, hire.id)).agreement.hash).toBeUndefined();
    const sealed = await sut.confirmAgreement(employer.user, hire.id);
    expect(sealed.agreement.hash).toMatch(/^[0-9a-f]{64}$/);
    await expect(sut.confirmAgreement(employer.user, hire.id)).rejects.toMatchObject({ code: 'HIRE.AGREEMENT_ALREADY_CONFIRMED' });
  });

  it('"not paid" tells the port\'s handlers with a read model of the hire; the complaints handler is one of them', async () => {
    expect(
      s
        .get(UnpaidHireHandlers)
        .all()
        .some((h) => h instanceof UnpaidHireWageClaimHandler),
    ).toBe(true);
    const { employer, worker, hire } = await hired();
    const seen: [UnpaidHire, number][] = [];
    jest
      .spyOn(s.get(UnpaidHireHandlers), 'all')
      .mockReturnValue([{ onUnpaid: async (h, by) => void seen.push([h, by]) }, { onUnpaid: async () => Promise.reject(new Error('down')) }]);

    const answer = await s.get(HiresService).reportPayment(worker.user, hire.id, false);
    expect(answer.payment.status).toBe('unpaid');
    expect(seen).toEqual([
      [
        {
          id: hire.id,
          postingId: hire.postingId,
          workerId: worker.workerId,
          employerId: employer.employerId,
          countyCode: '371725',
          payAmountFen: 20000,
          payUnit: 'day',
          startDate: shanghaiDate(),
          endDate: shanghaiDate(),
          address: expect.any(String),
        },
        worker.user.id,
      ],
    ]);
    // A failing handler is logged, not undone: the report stays.
    expect((await s.get(HiresService).reputation('employer', employer.employerId)).unpaidCount).toBe(1);
  });

  it('cancelling an accepted application before the work starts cancels the hire and gives the place back', async () => {
    const employer = await make.verifiedEmployer();
    const posting = await make.posting(employer.user, { ...isolatedPoint(), headcount: 1, startDate: addDays(shanghaiDate(), 2) });
    const worker = await make.worker();
    const applications = s.get(ApplicationsService);
    const application = await applications.apply(worker.user, posting.id);
    await applications.accept(employer.user, application.id, 'application');
    expect(await s.get(PostingsService).get(employer.user, posting.id)).toMatchObject({ status: 'filled' });

    expect(await applications.cancel(worker.user, application.id, 'application', '家里有事')).toMatchObject({ status: 'cancelled' });
    expect(await s.get(PostingsService).get(employer.user, posting.id)).toMatchObject({ status: 'open', filledCount: 0 });
    expect(await s.get(HiresService).busyWorkerIds([worker.workerId], posting.startDate, posting.endDate)).toEqual(new Set());
  });
});
