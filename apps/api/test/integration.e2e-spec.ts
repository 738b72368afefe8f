import type { CandidateItem, Hire, ListResponse, Posting } from '@lingong/shared';
import { addDays, shanghaiDate } from '@lingong/shared';
import { InsurerSimulator } from '../src/insurance/insurer-simulator';
import { bootTestApp, TestApp } from './support/test-app';
import {
  checkIn,
  createHire,
  createMarket,
  createVerifiedEmployer,
  createWorker,
  isolatedPoint,
  login,
  LoggedIn,
  offsetPoint,
  postingInput,
  unique,
} from './support/factories';
import { CJK, expectError } from './support/expect-error';

const INSURER_KEY = 'integration-insurer-key';

/**
 * The modules as they work together in the real app: check-ins feed the employer's candidate ranking,
 * a "not paid" report opens a wage claim, and hiring records decide insurance subsidies and let an
 * employer insure the workers it hired. No test doubles: every module reads the others' tables.
 */
describe('Modules working together (e2e)', () => {
  let t: TestApp;
  let sim: InsurerSimulator;
  let admin: LoggedIn;
  const today = shanghaiDate();

  beforeAll(async () => {
    sim = await new InsurerSimulator(INSURER_KEY).start();
    t = await bootTestApp({ INSURER_API_BASE: sim.url, INSURER_API_KEY: INSURER_KEY });
    admin = await login(t, 'admin');
  });
  afterAll(async () => {
    await t.close();
    await sim.stop();
  });

  it('ranks a worker checked in today at a market near the site above a nearer one who is not there', async () => {
    const site = isolatedPoint();
    const market = await createMarket(t, admin, {
      name: `测试零工市场${unique('m')}`,
      type: 'public',
      countyCode: '371702',
      address: '测试路1号',
      ...offsetPoint(site, 1),
      openingHours: '00:00-24:00',
      services: ['matching'],
      phone: '0530-5611234',
      trades: ['construction'],
      status: 'open',
    });
    const operator = await login(t, 'operator', '371702');
    const employer = await createVerifiedEmployer(t);
    const near = await createWorker(t, { trades: ['construction.mason'], location: offsetPoint(site, 1.5) });
    const present = await createWorker(t, { trades: ['construction.mason'], location: offsetPoint(site, 4) });
    const posting: Posting = (
      await t
        .http()
        .post('/api/postings')
        .set(employer.auth)
        .send(postingInput({ ...site, trade: 'construction.mason' }))
        .expect(201)
    ).body;

    const before = (await t.http().get(`/api/postings/${posting.id}/candidates`).set(employer.auth).expect(200)).body.items as CandidateItem[];
    expect(before.map((c) => c.workerId)).toEqual([near.worker.id, present.worker.id]);
    expect(before.every((c) => !c.presentToday)).toBe(true);

    await checkIn(t, present, market.id, operator);

    const after = (await t.http().get(`/api/postings/${posting.id}/candidates`).set(employer.auth).expect(200)).body.items as CandidateItem[];
    expect(after.map((c) => c.workerId)).toEqual([present.worker.id, near.worker.id]);
    expect(after[0].presentToday).toBe(true);
    expect(after[0].matchReasons.join('')).toMatch(CJK);
  });

  it('"not paid" on a hire opens the worker\'s wage claim with respondent, amount and period filled in', async () => {
    const employer = await createVerifiedEmployer(t);
    const worker = await createWorker(t);
    const { hire, posting } = await createHire(t, { employer, worker, posting: { payAmountFen: 18000, payUnit: 'day', startDate: today, durationDays: 1 } });

    const reported = (await t.api.as(worker).post<Hire>(`/api/hires/${hire.id}/payment`, { paid: false }).expect(200)).body;
    const mine = (await t.http().get('/api/complaints').set(worker.auth).expect(200)).body.items as { id: number; category: string }[];
    expect(mine.map((c) => c.category)).toEqual(['wage_arrears']);
    const claimId = mine[0].id;
    // The hire names its wage claim, so the worker's hire page needs one request; only to the worker.
    expect(reported.complaintId).toBe(claimId);
    expect((await t.api.as(worker).get<Hire>(`/api/hires/${hire.id}`).expect(200)).body.complaintId).toBe(claimId);
    const listed = (await t.api.as(worker).get<ListResponse<Hire>>('/api/hires?as=worker').expect(200)).body.items;
    expect(listed.find((h) => h.id === hire.id)?.complaintId).toBe(claimId);
    expect((await t.api.as(employer).get<Hire>(`/api/hires/${hire.id}`).expect(200)).body.complaintId).toBeUndefined();
    const claim = (await t.http().get(`/api/complaints/${claimId}`).set(worker.auth).expect(200)).body;
    expect(claim).toMatchObject({
      category: 'wage_arrears',
      status: 'submitted',
      amountFen: 18000,
      periodFrom: today,
      periodTo: today,
      hireId: hire.id,
      postingId: posting.id,
      respondent: expect.objectContaining({ employerId: employer.employer.id }),
    });
    expect(claim.facts).toContain(`编号${hire.id}`);

    // It reaches the queue of the employer's county, and nobody else's.
    const own = await login(t, 'operator', employer.input.countyCode);
    const queue = (await t.http().get('/api/complaints').set(own.auth).expect(200)).body.items as { id: number }[];
    expect(queue.map((c) => c.id)).toContain(claimId);
    const other = await login(t, 'operator', employer.input.countyCode === '371721' ? '371702' : '371721');
    expectError(await t.http().get(`/api/complaints/${claimId}`).set(other.auth), 404, 'COMPLAINT.NOT_FOUND');
  });

  it('lets an employer insure a worker it hired for the hired days, with the hire-day subsidy of the county', async () => {
    const product = (
      await t
        .http()
        .post('/api/insurance/products')
        .set(admin.auth)
        .send({
          insurer: '测试财产保险股份有限公司菏泽中心支公司',
          insurerHotline: '95518',
          planCode: unique('P').slice(0, 40),
          name: '零工日保（联调）',
          pricePerDayFen: 400,
          minAge: 16,
          maxAge: 65,
          occupationClasses: [1, 2, 3, 4, 5],
          cover: [
            { kind: 'death_disability', name: '意外身故/伤残', amountFen: 65_000_000 },
            { kind: 'medical', name: '意外医疗', amountFen: 5_000_000, deductibleFen: 10_000 },
          ],
          terms: '保险期间按天计算，自所选日期0时起至结束日期24时止。',
        })
        .expect(201)
    ).body;
    const county = '371723';
    const operator = await login(t, 'operator', county);
    await t
      .http()
      .post('/api/insurance/subsidy-rules')
      .set(operator.auth)
      .send({
        countyCode: county,
        productId: product.id,
        name: '有用工记录的日子政府全额补贴',
        condition: 'hired_that_day',
        workerShareBp: 0,
        employerShareBp: 0,
        governmentShareBp: 10000,
      })
      .expect(201);
    const employer = await createVerifiedEmployer(t, { countyCode: county });
    const worker = await createWorker(t, { countyCode: county, trades: ['construction.mason'] });
    const { hire } = await createHire(t, { employer, worker, posting: { startDate: addDays(today, 1), durationDays: 2 } });

    const enroll = (body: Record<string, unknown>) =>
      t
        .http()
        .post('/api/insurance/enrollments')
        .set(employer.auth)
        .send({ productId: product.id, hireId: hire.id, idempotencyKey: unique('k'), ...body });
    const beyond = await enroll({ startDate: addDays(today, 1), endDate: addDays(today, 3) });
    expectError(beyond, 400, 'INSURANCE.DAYS_NOT_HIRED');
    const res = await enroll({ startDate: addDays(today, 1), endDate: addDays(today, 2) }).expect(201);
    expect(res.body).toMatchObject({
      workerId: worker.worker.id,
      hireId: hire.id,
      premiumFen: 800,
      governmentShareFen: 800,
      workerShareFen: 0,
      employerShareFen: 0,
      status: 'issued',
    });

    // Another employer cannot insure someone else's hire.
    const stranger = await createVerifiedEmployer(t, { countyCode: county });
    expectError(
      await t
        .http()
        .post('/api/insurance/enrollments')
        .set(stranger.auth)
        .send({ productId: product.id, hireId: hire.id, startDate: addDays(today, 1), endDate: addDays(today, 1), idempotencyKey: unique('k') }),
      404,
      'INSURANCE.HIRE_NOT_FOUND',
    );
  });
});
