import { addDays, shanghaiDate } from '@lingong/shared';
import { InsuranceSettlementService } from '../src/insurance/insurance-settlement.service';
import { InsurerSubmissionService } from '../src/insurance/insurer-submission.service';
import { InsurerSimulator } from '../src/insurance/insurer-simulator';
import { HireForEnrollment, SUBSIDY_EVIDENCE, SubsidyEvidence } from '../src/insurance/subsidy-evidence';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  checkIn,
  createEmployer,
  createInsuranceProduct,
  createMarket,
  createWorker,
  EVIDENCE_FILES,
  INSURANCE_COVER as COVER,
  insuranceProductInput as productInput,
  isolatedPoint,
  LoggedIn,
  login,
  residentId,
  unique,
} from './support/factories';
import { bootTestApp, TestApp } from './support/test-app';
import { waitUntil } from './support/wait-until';
import { expectError } from './support/expect-error';
import { binary } from './support/api-client';

const API_KEY = 'test-insurer-key';

/** The birth date of someone who turns `age` on `day`. */
function bornToTurn(age: number, day: string): string {
  const birth = `${Number(day.slice(0, 4)) - age}${day.slice(4)}`;
  return birth.endsWith('-02-29') ? birth.replace('-02-29', '-03-01') : birth;
}

describe('Accident insurance (e2e)', () => {
  let t: TestApp;
  let sim: InsurerSimulator;
  let admin: LoggedIn;
  let evidence: SubsidyEvidence;
  let productA: { id: number; planCode: string };
  let productB: { id: number };
  const today = shanghaiDate();
  const day = (n: number) => addDays(today, n);

  beforeAll(async () => {
    sim = await new InsurerSimulator(API_KEY).start();
    sim.slowMs = 1500;
    t = await bootTestApp({ INSURER_API_BASE: sim.url, INSURER_API_KEY: API_KEY, INSURER_TIMEOUT_MS: '400' });
    evidence = t.app.get(SUBSIDY_EVIDENCE);
    admin = await login(t, 'admin');
    productA = await createInsuranceProduct(t, admin, productInput({ name: '零工日保 A' }));
    productB = await createInsuranceProduct(t, admin, productInput({ name: '零工日保 B 建筑高处', pricePerDayFen: 600, occupationClasses: [1, 2, 3, 4, 5] }));
  });
  afterAll(async () => {
    await t.close();
    await sim.stop();
  });
  afterEach(() => {
    sim.reset();
    jest.restoreAllMocks();
  });

  function enroll(user: LoggedIn, body: Record<string, unknown>) {
    return t.api
      .as(user)
      .post('/api/insurance/enrollments', { productId: productA.id, startDate: day(1), endDate: day(1), idempotencyKey: unique('key'), ...body });
  }

  describe('products', () => {
    it('shows a worker which products their trades and age allow, with a reason for the others', async () => {
      const scaffolder = await createWorker(t, { trades: ['construction.scaffolder'] });
      const res = await t.http().get('/api/insurance/products').set(scaffolder.auth).expect(200);
      const a = res.body.items.find((p: { id: number }) => p.id === productA.id);
      const b = res.body.items.find((p: { id: number }) => p.id === productB.id);
      expect(a).toMatchObject({
        id: productA.id,
        insurer: expect.any(String),
        planCode: productA.planCode,
        name: '零工日保 A',
        pricePerDayFen: 300,
        minAge: 16,
        maxAge: 65,
        occupationClasses: [1, 2, 3, 4],
        cover: COVER,
        terms: expect.any(String),
        eligible: false,
      });
      expect(a.ineligibleReason).toContain('第5类');
      expect(b).toMatchObject({ eligible: true });
      expect(b.ineligibleReason).toBeUndefined();

      const mason = await createWorker(t, { trades: ['construction.mason'] });
      const forMason = (await t.http().get('/api/insurance/products').set(mason.auth).expect(200)).body.items;
      expect(forMason.find((p: { id: number }) => p.id === productA.id)).toMatchObject({ eligible: true });

      const old = await createWorker(t, { idNumber: residentId(bornToTurn(66, today)) });
      const forOld = (await t.http().get('/api/insurance/products').set(old.auth).expect(200)).body.items;
      expect(forOld.find((p: { id: number }) => p.id === productA.id)).toMatchObject({
        eligible: false,
        ineligibleReason: expect.stringContaining('16到65周岁'),
      });
    });

    it('lets only the admin manage products; workers do not see a product taken off sale, staff do', async () => {
      const worker = await createWorker(t);
      const operator = await login(t, 'operator', '371702');
      expectError(await t.http().post('/api/insurance/products').set(operator.auth).send(productInput()), 403, 'AUTH.FORBIDDEN');
      expectError(
        await t
          .http()
          .post('/api/insurance/products')
          .set(admin.auth)
          .send(productInput({ minAge: 60, maxAge: 50 })),
        400,
        'INSURANCE.PRODUCT_INVALID',
      );
      expectError(
        await t
          .http()
          .post('/api/insurance/products')
          .set(admin.auth)
          .send(productInput({ planCode: productA.planCode })),
        409,
        'INSURANCE.PLAN_CODE_TAKEN',
      );
      const c = (await t.http().post('/api/insurance/products').set(admin.auth).send(productInput()).expect(201)).body;
      const patched = await t.http().patch(`/api/insurance/products/${c.id}`).set(admin.auth).send({ active: false }).expect(200);
      expect(patched.body).toEqual({ ...c, active: false });
      const forWorker = (await t.http().get('/api/insurance/products').set(worker.auth).expect(200)).body.items.map((p: { id: number }) => p.id);
      const forStaff = (await t.http().get('/api/insurance/products').set(operator.auth).expect(200)).body.items.map((p: { id: number }) => p.id);
      expect(forWorker).not.toContain(c.id);
      expect(forStaff).toContain(c.id);
      expectError(await enroll(worker, { productId: c.id }), 400, 'INSURANCE.PRODUCT_INACTIVE');
    });
  });

  describe('enrollment', () => {
    it('issues a policy through the insurer with the full ID number, logging the decryption, and never answers the number', async () => {
      const worker = await createWorker(t);
      const res = await enroll(worker, { startDate: day(1), endDate: day(3) });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        id: expect.any(Number),
        productId: productA.id,
        workerId: worker.worker.id,
        startDate: day(1),
        endDate: day(3),
        days: 3,
        premiumFen: 900,
        workerShareFen: 900,
        employerShareFen: 0,
        governmentShareFen: 0,
        status: 'issued',
        policyNo: expect.stringMatching(/^SIM/),
      });
      expect(JSON.stringify(res.body)).not.toContain(worker.input.idNumber);
      const sent = sim.policies.get(res.body.reference)!;
      expect(sent.policyNo).toBe(res.body.policyNo);
      expect(sent.request).toMatchObject({
        planCode: productA.planCode,
        insured: {
          name: worker.input.realName,
          idType: 'resident_id',
          idNumber: worker.input.idNumber,
          phone: worker.input.phone,
          birthDate: worker.worker.birthDate,
          gender: 'male',
        },
        policyholder: { name: worker.input.realName, idNumber: worker.input.idNumber },
        occupationClass: 4,
        startDate: day(1),
        endDate: day(3),
        days: 3,
        premiumFen: 900,
      });
      const log = await t.dataSource.query('SELECT actorUserId, purpose FROM pii_access_log WHERE subjectUserId = ?', [worker.userId]);
      expect(log).toEqual([{ actorUserId: worker.userId, purpose: 'insurance.enrollment' }]);
      expect(t.logger.lines.join('\n')).not.toContain(worker.input.idNumber);

      const mine = await t.http().get('/api/insurance/enrollments').set(worker.auth).expect(200);
      expect(mine.body.items.map((e: { id: number }) => e.id)).toEqual([res.body.id]);
      const other = await createWorker(t);
      expect((await t.http().get('/api/insurance/enrollments').set(other.auth).expect(200)).body.items).toEqual([]);
      expectError(await t.http().get(`/api/insurance/enrollments/${res.body.id}`).set(other.auth), 404, 'INSURANCE.ENROLLMENT_NOT_FOUND');
    });

    it('answers a repeated idempotencyKey with the first enrollment, also when the duplicates arrive together', async () => {
      const worker = await createWorker(t);
      const key = unique('key');
      const first = await enroll(worker, { idempotencyKey: key });
      expect(first.status).toBe(201);
      const again = await enroll(worker, { idempotencyKey: key, startDate: day(5), endDate: day(6) });
      expect(again.status).toBe(200);
      expect(again.body).toEqual(first.body);

      const racer = await createWorker(t);
      const raceKey = unique('race');
      const answers = await Promise.all(Array.from({ length: 6 }, () => enroll(racer, { idempotencyKey: raceKey, startDate: day(2), endDate: day(4) })));
      expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 200, 200, 200, 201]);
      expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
      const [{ n }] = await t.dataSource.query('SELECT COUNT(*) AS n FROM insurance_enrollment WHERE workerId = ?', [racer.worker.id]);
      expect(Number(n)).toBe(1);
      const reference = answers[0].body.reference;
      expect(sim.submissions.filter((s) => s.reference === reference)).toHaveLength(1);
    });

    it('refuses days already covered by another enrollment, also under a race, and frees them on cancellation', async () => {
      const worker = await createWorker(t);
      const first = (await enroll(worker, { startDate: day(2), endDate: day(4) }).expect(201)).body;
      const overlap = await enroll(worker, { startDate: day(4), endDate: day(5) });
      expectError(overlap, 409, 'INSURANCE.DAYS_ALREADY_COVERED');
      expect(overlap.body.days).toEqual([day(4)]);
      // The employer's plan B is another product, but still the same days of the same person.
      expectError(await enroll(worker, { productId: productB.id, startDate: day(3), endDate: day(3) }), 409, 'INSURANCE.DAYS_ALREADY_COVERED');

      const racer = await createWorker(t);
      const race = await Promise.all([1, 2, 3, 4].map((n) => enroll(racer, { startDate: day(n), endDate: day(n + 1) })));
      const won = race.filter((r) => r.status === 201);
      // However the race goes, two of the four ranges never overlap, so at least two win.
      expect(won.length).toBeGreaterThanOrEqual(2);
      expect(won).toHaveLength(race.length - race.filter((r) => r.status === 409).length);
      const [{ n }] = await t.dataSource.query('SELECT COUNT(*) AS n FROM insurance_coverage_day WHERE workerId = ?', [racer.worker.id]);
      expect(Number(n)).toBe(won.reduce((total, r) => total + r.body.days, 0));
      const rows = await t.dataSource.query('SELECT day FROM insurance_coverage_day WHERE workerId = ?', [racer.worker.id]);
      expect(new Set(rows.map((r: { day: unknown }) => String(r.day))).size).toBe(rows.length);

      sim.mode = 'error';
      expectError(await t.http().post(`/api/insurance/enrollments/${first.id}/cancel`).set(worker.auth), 502, 'INSURANCE.INSURER_UNAVAILABLE');
      expect((await t.http().get(`/api/insurance/enrollments/${first.id}`).set(worker.auth).expect(200)).body.status).toBe('issued');
      sim.reset();
      const cancelled = await t.http().post(`/api/insurance/enrollments/${first.id}/cancel`).set(worker.auth).expect(200);
      expect(cancelled.body).toMatchObject({ id: first.id, status: 'cancelled', policyNo: first.policyNo, cancelledAt: expect.any(String) });
      expect(sim.policies.get(first.reference)!.cancelled).toBe(true);
      expectError(await t.http().post(`/api/insurance/enrollments/${first.id}/cancel`).set(worker.auth), 409, 'INSURANCE.CANCEL_NOT_ALLOWED');
      expectError(await t.http().get(`/api/insurance/enrollments/${first.id}/certificate`).set(worker.auth), 409, 'INSURANCE.CERTIFICATE_NOT_READY');
      await enroll(worker, { startDate: day(4), endDate: day(5) }).expect(201);
    });

    it('refuses past dates, backwards or too long ranges, excluded trades and ages outside the range on any covered day', async () => {
      const worker = await createWorker(t);
      expectError(await enroll(worker, { startDate: today, endDate: today }), 400, 'INSURANCE.DATE_IN_PAST');
      expectError(await enroll(worker, { startDate: day(-3), endDate: day(2) }), 400, 'INSURANCE.DATE_IN_PAST');
      expectError(await enroll(worker, { startDate: day(3), endDate: day(2) }), 400, 'INSURANCE.DATES_INVALID');
      expectError(await enroll(worker, { startDate: day(1), endDate: day(31) }), 400, 'INSURANCE.TOO_MANY_DAYS');
      expectError(await enroll(worker, { startDate: day(40), endDate: day(40) }), 400, 'INSURANCE.TOO_FAR_AHEAD');
      expectError(await enroll(worker, { startDate: '2026-02-30', endDate: '2026-03-01' }), 400, 'INSURANCE.DATES_INVALID');
      expectError(await enroll(worker, { idempotencyKey: 'short' }), 400, 'COMMON.VALIDATION_FAILED');

      const scaffolder = await createWorker(t, { trades: ['construction.scaffolder'] });
      const excluded = await enroll(scaffolder, {});
      expectError(excluded, 400, 'INSURANCE.OCCUPATION_NOT_COVERED');
      expect(excluded.body.message).toContain('第5类');
      await enroll(scaffolder, { productId: productB.id }).expect(201);

      // 65 until the day before day(3): days 1-2 are fine, a range reaching day(3) is not.
      const turning = await createWorker(t, { idNumber: residentId(bornToTurn(66, day(3))) });
      expectError(await enroll(turning, { startDate: day(1), endDate: day(3) }), 400, 'INSURANCE.AGE_NOT_COVERED');
      await enroll(turning, { startDate: day(1), endDate: day(2) }).expect(201);

      const [{ n }] = await t.dataSource.query('SELECT COUNT(*) AS n FROM insurance_enrollment WHERE workerId = ?', [worker.worker.id]);
      expect(Number(n)).toBe(0);
    });
  });

  describe('premium split', () => {
    async function subsidisedProduct(price: number) {
      const product = (
        await t
          .http()
          .post('/api/insurance/products')
          .set(admin.auth)
          .send(productInput({ pricePerDayFen: price }))
          .expect(201)
      ).body;
      const operator = await login(t, 'operator', '371702');
      await t
        .http()
        .post('/api/insurance/subsidy-rules')
        .set(operator.auth)
        .send({
          countyCode: '371702',
          productId: product.id,
          name: '签到当天政府全额补贴',
          condition: 'checked_in_that_day',
          workerShareBp: 0,
          employerShareBp: 0,
          governmentShareBp: 10000,
        })
        .expect(201);
      await t
        .http()
        .post('/api/insurance/subsidy-rules')
        .set(operator.auth)
        .send({
          countyCode: '371702',
          productId: product.id,
          name: '其余日子三方分担',
          condition: 'always',
          workerShareBp: 5000,
          employerShareBp: 2000,
          governmentShareBp: 3000,
        })
        .expect(201);
      return product;
    }

    it('quotes the split day by day at purchase with whole fen that add up; a check-in condition cannot hold for a future day', async () => {
      const product = await subsidisedProduct(333);
      const worker = await createWorker(t);
      const checkins = jest.spyOn(evidence, 'daysWithCheckin');
      const res = await enroll(worker, { productId: product.id, startDate: day(1), endDate: day(3) }).expect(201);
      expect(checkins).not.toHaveBeenCalled();
      // Every day: the "always" rule, government 99 (30% rounded down); the employer's 66 falls to the
      // worker, who enrolled alone: 333 - 99 = 234.
      expect(res.body).toMatchObject({ premiumFen: 999, governmentShareFen: 99 * 3, employerShareFen: 0, workerShareFen: 234 * 3, status: 'issued' });
      expect(res.body.settlement).toBeUndefined();
      expect(res.body.dailySplit).toEqual([
        { day: day(1), ruleId: expect.any(Number), workerFen: 234, employerFen: 0, governmentFen: 99 },
        { day: day(2), ruleId: expect.any(Number), workerFen: 234, employerFen: 0, governmentFen: 99 },
        { day: day(3), ruleId: expect.any(Number), workerFen: 234, employerFen: 0, governmentFen: 99 },
      ]);
      expect(sim.policies.get(res.body.reference)!.request.payers).toEqual({ workerFen: 702, employerFen: 0, governmentFen: 297 });
      const [row] = await t.dataSource.query('SELECT premiumFen, workerShareFen, employerShareFen, governmentShareFen FROM insurance_enrollment WHERE id = ?', [
        res.body.id,
      ]);
      expect(row.workerShareFen + row.employerShareFen + row.governmentShareFen).toBe(row.premiumFen);

      // Another county's worker gets none of 牡丹区's subsidy.
      const elsewhere = await createWorker(t, { countyCode: '371721' });
      expect((await enroll(elsewhere, { productId: product.id }).expect(201)).body).toMatchObject({
        premiumFen: 333,
        workerShareFen: 333,
        governmentShareFen: 0,
      });
    });

    it('lets an employer enroll a hired worker for the hired days only, paying the employer share', async () => {
      const product = await subsidisedProduct(500);
      const employer = await createEmployer(t);
      const worker = await createWorker(t);
      const stranger = await createEmployer(t);

      // Without the hiring module's evidence there is no hire to insure.
      expectError(await enroll(employer, { productId: product.id, hireId: 987654 }), 404, 'INSURANCE.HIRE_NOT_FOUND');
      expectError(await enroll(worker, { productId: product.id, hireId: 987654 }), 403, 'AUTH.FORBIDDEN');

      const hire: HireForEnrollment = {
        hireId: 4242,
        employerUserId: employer.userId,
        employerId: employer.employer.id,
        workerId: worker.worker.id,
        days: [day(1), day(2)],
        tradeCode: 'construction.labourer',
      };
      jest.spyOn(evidence, 'hireForEnrollment').mockImplementation(async (hireId) => (hireId === hire.hireId ? hire : null));
      jest
        .spyOn(evidence, 'daysWithHire')
        .mockImplementation(async (workerId, days) => new Set(workerId === worker.worker.id ? days.filter((d) => hire.days.includes(d)) : []));
      expectError(await enroll(stranger, { productId: product.id, hireId: hire.hireId }), 404, 'INSURANCE.HIRE_NOT_FOUND');
      const notHired = await enroll(employer, { productId: product.id, hireId: hire.hireId, startDate: day(1), endDate: day(3) });
      expectError(notHired, 400, 'INSURANCE.DAYS_NOT_HIRED');
      expect(notHired.body.days).toEqual([day(3)]);

      const res = await enroll(employer, { productId: product.id, hireId: hire.hireId, startDate: day(1), endDate: day(2) });
      expect(res.status).toBe(201);
      // No check-in: the "always" rule, 50% worker, 20% employer, 30% government of 500 a day.
      expect(res.body).toMatchObject({
        workerId: worker.worker.id,
        hireId: 4242,
        employerId: employer.employer.id,
        premiumFen: 1000,
        workerShareFen: 500,
        employerShareFen: 200,
        governmentShareFen: 300,
        status: 'issued',
      });
      expect(sim.policies.get(res.body.reference)!.request.policyholder).toEqual({
        name: employer.input.name,
        idType: 'credit_code',
        idNumber: employer.input.creditCode,
        phone: employer.input.phone,
      });
      // Both the worker and the employer who enrolled follow it.
      await t.http().get(`/api/insurance/enrollments/${res.body.id}`).set(worker.auth).expect(200);
      await t.http().get(`/api/insurance/enrollments/${res.body.id}`).set(employer.auth).expect(200);
      expectError(await t.http().get(`/api/insurance/enrollments/${res.body.id}`).set(stranger.auth), 404, 'INSURANCE.ENROLLMENT_NOT_FOUND');
    });

    it('refuses shares that do not add up to 100% and rules of another county', async () => {
      const operator = await login(t, 'operator', '371702');
      const rule = { countyCode: '371702', name: '规则', condition: 'always', workerShareBp: 5000, employerShareBp: 2000, governmentShareBp: 2000 };
      expectError(await t.http().post('/api/insurance/subsidy-rules').set(operator.auth).send(rule), 400, 'INSURANCE.SUBSIDY_SHARES_INVALID');
      expectError(
        await t
          .http()
          .post('/api/insurance/subsidy-rules')
          .set(operator.auth)
          .send({ ...rule, countyCode: '371721', governmentShareBp: 3000 }),
        403,
        'AUTH.COUNTY_SCOPE',
      );
      const worker = await createWorker(t);
      expectError(
        await t
          .http()
          .post('/api/insurance/subsidy-rules')
          .set(worker.auth)
          .send({ ...rule, governmentShareBp: 3000 }),
        403,
        'AUTH.FORBIDDEN',
      );
    });

    it('lets operators list and switch off only their county rules; a switched-off rule no longer pays', async () => {
      const product = await subsidisedProduct(400);
      const operator = await login(t, 'operator', '371702');
      const outsider = await login(t, 'operator', '371721');
      const ours = (await t.http().get('/api/insurance/subsidy-rules').set(operator.auth).expect(200)).body.items.filter(
        (r: { productId?: number }) => r.productId === product.id,
      );
      expect(ours.map((r: { condition: string }) => r.condition)).toEqual(['checked_in_that_day', 'always']);
      const theirs = (await t.http().get('/api/insurance/subsidy-rules').set(outsider.auth).query({ countyCode: '371702' }).expect(200)).body.items;
      expect(theirs.every((r: { countyCode: string }) => r.countyCode === '371721')).toBe(true);
      expectError(
        await t.http().patch(`/api/insurance/subsidy-rules/${ours[1].id}`).set(outsider.auth).send({ active: false }),
        404,
        'INSURANCE.SUBSIDY_RULE_NOT_FOUND',
      );
      expectError(
        await t.http().patch(`/api/insurance/subsidy-rules/${ours[1].id}`).set(operator.auth).send({ governmentShareBp: 9000 }),
        400,
        'INSURANCE.SUBSIDY_SHARES_INVALID',
      );
      await t.http().patch(`/api/insurance/subsidy-rules/${ours[1].id}`).set(operator.auth).send({ active: false }).expect(200);
      const worker = await createWorker(t);
      expect((await enroll(worker, { productId: product.id }).expect(201)).body).toMatchObject({ premiumFen: 400, workerShareFen: 400, governmentShareFen: 0 });
    });
  });

  describe('the insurer', () => {
    it('records a business refusal as failed with the reason, and frees the days', async () => {
      const worker = await createWorker(t);
      sim.mode = 'refuse';
      const res = await enroll(worker, {}).expect(201);
      expect(res.body).toMatchObject({ status: 'failed', failureReason: sim.refuseReason });
      expect(res.body.policyNo).toBeUndefined();
      sim.reset();
      expect((await enroll(worker, {}).expect(201)).body.status).toBe('issued');
    });

    it('keeps an enrollment pending when the insurer errs, and reconciliation issues it later with the same reference', async () => {
      const worker = await createWorker(t);
      sim.mode = 'error';
      const res = await enroll(worker, {}).expect(201);
      expect(res.body.status).toBe('pending');
      expect(res.body.policyNo).toBeUndefined();
      expectError(await t.http().get(`/api/insurance/enrollments/${res.body.id}/certificate`).set(worker.auth), 409, 'INSURANCE.CERTIFICATE_NOT_READY');
      sim.reset();
      const result = await t.app.get(InsurerSubmissionService).reconcilePending({ minAgeMs: 0 });
      expect(result.issued).toBeGreaterThanOrEqual(1);
      const after = (await t.http().get(`/api/insurance/enrollments/${res.body.id}`).set(worker.auth).expect(200)).body;
      expect(after).toMatchObject({ status: 'issued', policyNo: sim.policies.get(res.body.reference)!.policyNo });
      expect(sim.submissions.filter((s) => s.reference === res.body.reference)).toHaveLength(1);
      expect([...sim.policies.values()].filter((p) => p.request.reference === res.body.reference)).toHaveLength(1);
    });

    it('survives a time-out: the retry gets the policy the insurer already issued, never a second one', async () => {
      const worker = await createWorker(t);
      sim.mode = 'slow';
      const res = await enroll(worker, {}).expect(201);
      expect(res.body.status).toBe('pending');
      sim.reset();
      // The insurer issued the policy when the submission arrived; only its answer was late.
      await waitUntil(() => sim.policies.has(res.body.reference), sim.slowMs, 'the insurer issuing the policy');
      await t.app.get(InsurerSubmissionService).reconcilePending({ minAgeMs: 0 });
      const after = (await t.http().get(`/api/insurance/enrollments/${res.body.id}`).set(worker.auth).expect(200)).body;
      const issued = [...sim.policies.values()].filter((p) => p.request.reference === res.body.reference);
      expect(issued).toHaveLength(1);
      expect(after).toMatchObject({ status: 'issued', policyNo: issued[0].policyNo });
      const [audit] = await t.dataSource.query(
        "SELECT data FROM audit_event WHERE entityType = 'insurance_enrollment' AND entityId = ? AND action = 'insurance.enrollment.issued'",
        [res.body.id],
      );
      expect(JSON.parse(audit.data)).toEqual({ policyNo: issued[0].policyNo, duplicate: true });
    });

    it('accepts a duplicate answer as the policy of that reference', async () => {
      const worker = await createWorker(t);
      sim.mode = 'duplicate';
      const res = await enroll(worker, {}).expect(201);
      expect(res.body).toMatchObject({ status: 'issued', policyNo: sim.policies.get(res.body.reference)!.policyNo });
    });

    it('never marks an enrollment issued without a policy number, even on a 200', async () => {
      const worker = await createWorker(t);
      const submit = jest
        .spyOn(global, 'fetch')
        .mockResolvedValueOnce(
          new globalThis.Response(JSON.stringify({ status: 'issued', reference: 'x' }), { status: 200, headers: { 'content-type': 'application/json' } }),
        );
      const res = await enroll(worker, {}).expect(201);
      expect(submit).toHaveBeenCalled();
      expect(res.body.status).toBe('pending');
    });
  });

  describe('certificate', () => {
    it('shows the insured, the masked ID, the plan, cover in 元, dates, policy number and hotline to the worker and the county staff only', async () => {
      const worker = await createWorker(t);
      const enrollment = (await enroll(worker, { startDate: day(1), endDate: day(2) }).expect(201)).body;
      const detail = (await t.http().get(`/api/insurance/enrollments/${enrollment.id}`).set(worker.auth).expect(200)).body;
      expect(detail.certificate).toEqual({
        insuredName: worker.input.realName,
        insuredIdMasked: worker.worker.idNumberMasked,
        insurer: productInput().insurer,
        insurerHotline: '95518',
        planCode: productA.planCode,
        productName: '零工日保 A',
        cover: COVER,
        startDate: day(1),
        endDate: day(2),
        policyNo: enrollment.policyNo,
        premiumFen: 600,
      });
      const page = await t.http().get(`/api/insurance/enrollments/${enrollment.id}/certificate`).set(worker.auth).expect(200);
      expect(page.headers['content-type']).toMatch(/^text\/html/);
      for (const text of [
        '被保险人',
        worker.input.realName,
        worker.worker.idNumberMasked,
        enrollment.policyNo,
        '95518',
        '650,000元',
        '50,000元（免赔额 100元）',
        '每天 50元',
        '零工日保 A',
      ]) {
        expect(page.text).toContain(text);
      }
      expect(page.text).not.toContain(worker.input.idNumber);

      // A later change of the product does not change what was sold.
      const product = (
        await t
          .http()
          .post('/api/insurance/products')
          .set(admin.auth)
          .send(productInput({ name: '将要改名的产品' }))
          .expect(201)
      ).body;
      const sold = (await enroll(worker, { productId: product.id, startDate: day(5), endDate: day(5) }).expect(201)).body;
      await t
        .http()
        .patch(`/api/insurance/products/${product.id}`)
        .set(admin.auth)
        .send({ name: '改名后的产品', cover: [COVER[0]] })
        .expect(200);
      const soldCertificate = (await t.http().get(`/api/insurance/enrollments/${sold.id}`).set(worker.auth).expect(200)).body.certificate;
      expect(soldCertificate).toMatchObject({ productName: '将要改名的产品', cover: COVER });

      await t
        .http()
        .get(`/api/insurance/enrollments/${enrollment.id}/certificate`)
        .set((await login(t, 'operator', '371702')).auth)
        .expect(200);
      expectError(
        await t
          .http()
          .get(`/api/insurance/enrollments/${enrollment.id}/certificate`)
          .set((await login(t, 'operator', '371721')).auth),
        404,
        'INSURANCE.ENROLLMENT_NOT_FOUND',
      );
      expectError(
        await t
          .http()
          .get(`/api/insurance/enrollments/${enrollment.id}/certificate`)
          .set((await createWorker(t)).auth),
        404,
        'INSURANCE.ENROLLMENT_NOT_FOUND',
      );
    });
  });

  describe('accident reports', () => {
    /** An issued enrollment moved to cover yesterday and today, so an accident can lie inside it. */
    async function currentCover() {
      const worker = await createWorker(t);
      const enrollment = (await enroll(worker, {}).expect(201)).body;
      await t.dataSource.query('UPDATE insurance_enrollment SET startDate = ?, endDate = ? WHERE id = ?', [day(-1), today, enrollment.id]);
      return { worker, enrollment };
    }
    const report = (enrollmentId: number, accidentAt: Date) => ({
      enrollmentId,
      accidentAt: accidentAt.toISOString(),
      place: '牡丹区中华路某工地',
      description: '搬钢管时从架子上摔下',
      injuries: '左腿骨折',
    });

    it('accepts a report inside cover and lets the worker and the county operators follow it to closing', async () => {
      const { worker, enrollment } = await currentCover();
      const claim = (
        await t
          .http()
          .post('/api/insurance/claims')
          .set(worker.auth)
          .send(report(enrollment.id, new Date(Date.now() - 60000)))
          .expect(201)
      ).body;
      expect(claim).toMatchObject({
        id: expect.any(Number),
        enrollmentId: enrollment.id,
        workerId: worker.worker.id,
        status: 'reported',
        place: '牡丹区中华路某工地',
        injuries: '左腿骨折',
      });

      const operator = await login(t, 'operator', '371702');
      const outsider = await login(t, 'operator', '371721');
      expect((await t.http().get('/api/insurance/claims').set(operator.auth).expect(200)).body.items.map((c: { id: number }) => c.id)).toContain(claim.id);
      expect((await t.http().get('/api/insurance/claims').set(outsider.auth).expect(200)).body.items.map((c: { id: number }) => c.id)).not.toContain(claim.id);
      // The admin narrows the list to a county; an operator asking for another county still gets only their own.
      const ids = async (user: LoggedIn, countyCode: string) =>
        (await t.http().get('/api/insurance/claims').query({ countyCode }).set(user.auth).expect(200)).body.items.map((c: { id: number }) => c.id);
      expect(await ids(admin, '371702')).toContain(claim.id);
      expect(await ids(admin, '371721')).not.toContain(claim.id);
      expect(await ids(outsider, '371702')).not.toContain(claim.id);
      expectError(await t.http().get('/api/insurance/claims').query({ countyCode: '37' }).set(admin.auth), 400, 'COMMON.VALIDATION_FAILED');
      expectError(
        await t.http().post(`/api/insurance/claims/${claim.id}/forward`).set(outsider.auth).send({ reason: '转保险公司' }),
        404,
        'INSURANCE.CLAIM_NOT_FOUND',
      );
      expectError(await t.http().post(`/api/insurance/claims/${claim.id}/forward`).set(worker.auth).send({ reason: '转保险公司' }), 403, 'AUTH.FORBIDDEN');

      const forwarded = (
        await t.http().post(`/api/insurance/claims/${claim.id}/forward`).set(operator.auth).send({ reason: '材料齐全，已转保险公司' }).expect(200)
      ).body;
      expect(forwarded).toMatchObject({ status: 'forwarded', statusReason: '材料齐全，已转保险公司', insurerClaimNo: expect.stringMatching(/^SIMCLM/) });
      expect(sim.claims.get(`${enrollment.reference}-C${claim.id}`)!.request.policyNo).toBe(enrollment.policyNo);
      expect((await t.http().get(`/api/insurance/claims/${claim.id}`).set(worker.auth).expect(200)).body.status).toBe('forwarded');
      expectError(
        await t.http().post(`/api/insurance/claims/${claim.id}/forward`).set(operator.auth).send({ reason: '再转一次' }),
        409,
        'INSURANCE.CLAIM_STATUS_INVALID',
      );

      await t.http().post(`/api/insurance/claims/${claim.id}/close`).set(operator.auth).send({ reason: '保险公司已赔付医疗费' }).expect(200);
      const mine = (await t.http().get('/api/insurance/claims').set(worker.auth).expect(200)).body.items;
      expect(mine).toEqual([expect.objectContaining({ id: claim.id, status: 'closed', statusReason: '保险公司已赔付医疗费' })]);
      const [{ n }] = await t.dataSource.query("SELECT COUNT(*) AS n FROM audit_event WHERE entityType = 'insurance_claim' AND entityId = ?", [claim.id]);
      expect(Number(n)).toBe(3);
    });

    it('refuses an accident outside cover: before it, in the future, or on an enrollment not issued', async () => {
      const { worker, enrollment } = await currentCover();
      const twoDaysAgo = new Date(Date.now() - 3 * 86400000);
      expectError(await t.http().post('/api/insurance/claims').set(worker.auth).send(report(enrollment.id, twoDaysAgo)), 400, 'INSURANCE.CLAIM_OUTSIDE_COVER');
      expectError(
        await t
          .http()
          .post('/api/insurance/claims')
          .set(worker.auth)
          .send(report(enrollment.id, new Date(Date.now() + 3600000))),
        400,
        'INSURANCE.CLAIM_OUTSIDE_COVER',
      );
      // The last instant of yesterday's Shanghai day is inside; the instant before it began is not.
      const yesterdayStart = new Date(`${day(-1)}T00:00:00+08:00`);
      await t.http().post('/api/insurance/claims').set(worker.auth).send(report(enrollment.id, yesterdayStart)).expect(201);
      expectError(
        await t
          .http()
          .post('/api/insurance/claims')
          .set(worker.auth)
          .send(report(enrollment.id, new Date(yesterdayStart.getTime() - 1))),
        400,
        'INSURANCE.CLAIM_OUTSIDE_COVER',
      );

      sim.mode = 'error';
      const pendingWorker = await createWorker(t);
      const pending = (await enroll(pendingWorker, {}).expect(201)).body;
      await t.dataSource.query('UPDATE insurance_enrollment SET startDate = ?, endDate = ? WHERE id = ?', [day(-1), today, pending.id]);
      expectError(
        await t
          .http()
          .post('/api/insurance/claims')
          .set(pendingWorker.auth)
          .send(report(pending.id, new Date(Date.now() - 60000))),
        400,
        'INSURANCE.CLAIM_OUTSIDE_COVER',
      );
      await t.dataSource.query("UPDATE insurance_enrollment SET status = 'failed' WHERE id = ?", [pending.id]);

      expectError(
        await t
          .http()
          .post('/api/insurance/claims')
          .set((await createWorker(t)).auth)
          .send(report(enrollment.id, new Date(Date.now() - 60000))),
        404,
        'INSURANCE.ENROLLMENT_NOT_FOUND',
      );
    });

    it('lets the enrolling employer report for the hired worker with photos; the worker, that employer and the county staff see them, nobody else', async () => {
      const employer = await createEmployer(t);
      const worker = await createWorker(t);
      const hire: HireForEnrollment = {
        hireId: 5151,
        employerUserId: employer.userId,
        employerId: employer.employer.id,
        workerId: worker.worker.id,
        days: [day(1)],
        tradeCode: 'construction.labourer',
      };
      jest.spyOn(evidence, 'hireForEnrollment').mockImplementation(async (hireId) => (hireId === hire.hireId ? hire : null));
      const enrollment = (await enroll(employer, { hireId: hire.hireId }).expect(201)).body;
      await t.dataSource.query('UPDATE insurance_enrollment SET startDate = ?, endDate = ? WHERE id = ?', [day(-1), today, enrollment.id]);
      const photoDir = t.config.slices.uploads.dir;
      const storedCopies = async (data: Buffer) => {
        const names = await readdir(photoDir).catch(() => [] as string[]);
        const contents = await Promise.all(names.map((n) => readFile(join(photoDir, n)).catch(() => Buffer.alloc(0))));
        return contents.filter((c) => c.equals(data)).length;
      };

      // A refused report (outside cover) keeps none of the photos sent with it.
      const lost = EVIDENCE_FILES.jpeg();
      const refused = await t
        .http()
        .post('/api/insurance/claims/with-photos')
        .set(employer.auth)
        .field('claim', JSON.stringify(report(enrollment.id, new Date(Date.now() - 3 * 86400000))))
        .attach('photos', lost, { filename: 'a.jpg', contentType: 'image/jpeg' });
      expectError(refused, 400, 'INSURANCE.CLAIM_OUTSIDE_COVER');
      expect(await storedCopies(lost)).toBe(0);
      expectError(
        await t
          .http()
          .post('/api/insurance/claims/with-photos')
          .set(employer.auth)
          .field('claim', JSON.stringify(report(enrollment.id, new Date(Date.now() - 60000))))
          .attach('photos', EVIDENCE_FILES.pdf(), { filename: 'x.pdf', contentType: 'image/jpeg' }),
        415,
        'INSURANCE.PHOTO_TYPE_NOT_ALLOWED',
      );

      const scene = EVIDENCE_FILES.jpeg();
      const res = await t
        .http()
        .post('/api/insurance/claims/with-photos')
        .set(employer.auth)
        .field('claim', JSON.stringify(report(enrollment.id, new Date(Date.now() - 60000))))
        .attach('photos', scene, { filename: '现场.jpg', contentType: 'image/jpeg' });
      expect(res.status).toBe(201);
      const claim = res.body;
      expect(claim).toMatchObject({
        enrollmentId: enrollment.id,
        workerId: worker.worker.id,
        reportedBy: 'employer',
        status: 'reported',
        photos: [{ id: expect.any(Number), fileName: '现场.jpg', contentType: 'image/jpeg', sizeBytes: scene.length, uploadedAt: expect.any(String) }],
      });
      expect(await storedCopies(scene)).toBe(1);

      // The insured worker follows it and adds a photo; a GIF is refused.
      expect((await t.http().get('/api/insurance/claims').set(worker.auth).expect(200)).body.items.map((c: { id: number }) => c.id)).toContain(claim.id);
      expectError(
        await t
          .http()
          .post(`/api/insurance/claims/${claim.id}/photos`)
          .set(worker.auth)
          .attach('photos', Buffer.from('GIF89a-not-allowed'), { filename: 'x.gif', contentType: 'image/gif' }),
        415,
        'INSURANCE.PHOTO_TYPE_NOT_ALLOWED',
      );
      const injury = EVIDENCE_FILES.png();
      const added = (
        await t
          .http()
          .post(`/api/insurance/claims/${claim.id}/photos`)
          .set(worker.auth)
          .attach('photos', injury, { filename: '伤情.png', contentType: 'image/png' })
          .expect(201)
      ).body;
      expect(added.photos.map((p: { fileName: string }) => p.fileName)).toEqual(['现场.jpg', '伤情.png']);

      const download = (user: LoggedIn, photoId: number) =>
        t
          .http()
          .get(`/api/insurance/claims/${claim.id}/photos/${photoId}`)
          .set(user.auth)
          .buffer(true)
          .parse(binary as never);
      const operator = await login(t, 'operator', '371702');
      for (const user of [worker, employer, operator]) {
        const got = await download(user, added.photos[1].id).expect(200);
        expect(got.headers['content-type']).toBe('image/png');
        expect(Buffer.compare(got.body, injury)).toBe(0);
      }
      // The employer sees the report on the enrollment it bought, but cannot decide on it.
      expect((await t.http().get('/api/insurance/claims').set(employer.auth).expect(200)).body.items.map((c: { id: number }) => c.id)).toContain(claim.id);
      expectError(await t.http().post(`/api/insurance/claims/${claim.id}/close`).set(employer.auth).send({ reason: '自己结案' }), 403, 'AUTH.FORBIDDEN');
      for (const other of [await createEmployer(t), await createWorker(t), await login(t, 'operator', '371721')]) {
        expectError(await t.http().get(`/api/insurance/claims/${claim.id}/photos/${added.photos[0].id}`).set(other.auth), 404, 'INSURANCE.CLAIM_NOT_FOUND');
        expectError(await t.http().get(`/api/insurance/claims/${claim.id}`).set(other.auth), 404, 'INSURANCE.CLAIM_NOT_FOUND');
      }
      expectError(
        await t
          .http()
          .post(`/api/insurance/claims/${claim.id}/photos`)
          .set((await createEmployer(t)).auth)
          .attach('photos', EVIDENCE_FILES.jpeg(), { filename: 'b.jpg' }),
        404,
        'INSURANCE.CLAIM_NOT_FOUND',
      );

      await t.http().post(`/api/insurance/claims/${claim.id}/close`).set(operator.auth).send({ reason: '已转保险公司线下处理' }).expect(200);
      expectError(
        await t.http().post(`/api/insurance/claims/${claim.id}/photos`).set(worker.auth).attach('photos', EVIDENCE_FILES.jpeg(), { filename: 'c.jpg' }),
        409,
        'INSURANCE.CLAIM_STATUS_INVALID',
      );
    });

    it('lets the worker report on the enrollment an employer bought, and that employer follows it too', async () => {
      const employer = await createEmployer(t);
      const worker = await createWorker(t);
      const hire: HireForEnrollment = {
        hireId: 5252,
        employerUserId: employer.userId,
        employerId: employer.employer.id,
        workerId: worker.worker.id,
        days: [day(1)],
      };
      jest.spyOn(evidence, 'hireForEnrollment').mockImplementation(async (hireId) => (hireId === hire.hireId ? hire : null));
      const enrollment = (await enroll(employer, { hireId: hire.hireId }).expect(201)).body;
      await t.dataSource.query('UPDATE insurance_enrollment SET startDate = ?, endDate = ? WHERE id = ?', [day(-1), today, enrollment.id]);
      const claim = (
        await t
          .http()
          .post('/api/insurance/claims')
          .set(worker.auth)
          .send(report(enrollment.id, new Date(Date.now() - 60000)))
          .expect(201)
      ).body;
      expect(claim).toMatchObject({ reportedBy: 'worker', photos: [] });
      expect((await t.http().get(`/api/insurance/claims/${claim.id}`).set(employer.auth).expect(200)).body.id).toBe(claim.id);
    });
  });

  describe('settlement after the covered days', () => {
    it('settles each passed day from the real check-ins: the quote stays, the settled shares and the refund are shown', async () => {
      const county = '371702';
      const product = (
        await t
          .http()
          .post('/api/insurance/products')
          .set(admin.auth)
          .send(productInput({ pricePerDayFen: 400 }))
          .expect(201)
      ).body;
      const operator = await login(t, 'operator', county);
      await t
        .http()
        .post('/api/insurance/subsidy-rules')
        .set(operator.auth)
        .send({
          countyCode: county,
          productId: product.id,
          name: '在公共零工市场签到当天政府全额补贴',
          condition: 'checked_in_that_day',
          workerShareBp: 0,
          employerShareBp: 0,
          governmentShareBp: 10000,
        })
        .expect(201);
      await t
        .http()
        .post('/api/insurance/subsidy-rules')
        .set(operator.auth)
        .send({
          countyCode: county,
          productId: product.id,
          name: '其余日子三方分担',
          condition: 'always',
          workerShareBp: 5000,
          employerShareBp: 2000,
          governmentShareBp: 3000,
        })
        .expect(201);
      const market = await createMarket(t, admin, {
        name: `测试零工市场${unique('m')}`,
        type: 'public',
        countyCode: county,
        address: '测试路1号',
        ...isolatedPoint(),
        openingHours: '00:00-24:00',
        services: ['matching'],
        phone: '0530-5611234',
        trades: ['construction'],
        status: 'open',
      });
      const worker = await createWorker(t, { countyCode: county });

      // The quote: tomorrow's check-ins are unknown, so the "always" rule: government 120, worker 280 a day.
      const enrollment = (await enroll(worker, { productId: product.id, startDate: day(1), endDate: day(2) }).expect(201)).body;
      expect(enrollment).toMatchObject({ premiumFen: 800, workerShareFen: 560, employerShareFen: 0, governmentShareFen: 240, status: 'issued' });
      // Cover moved to yesterday and today; the worker checks in at the market today (not yesterday).
      await t.dataSource.query('UPDATE insurance_enrollment SET startDate = ?, endDate = ? WHERE id = ?', [day(-1), today, enrollment.id]);
      await checkIn(t, worker, market.id, operator);

      const service = t.app.get(InsuranceSettlementService);
      expect((await service.settleCoveredDays(today)).days).toBeGreaterThanOrEqual(1);
      const first = (await t.http().get(`/api/insurance/enrollments/${enrollment.id}`).set(worker.auth).expect(200)).body;
      expect(first.settlement).toEqual({
        settledDays: 1,
        complete: false,
        workerShareFen: 280,
        employerShareFen: 0,
        governmentShareFen: 120,
        workerRefundFen: 0,
        days: [
          {
            day: day(-1),
            ruleId: expect.any(Number),
            workerFen: 280,
            employerFen: 0,
            governmentFen: 120,
            checkedIn: false,
            hired: false,
            settledAt: expect.any(String),
          },
        ],
      });

      // After today: the check-in makes the government pay the whole day; the worker is owed 280 back.
      await service.settleCoveredDays(day(1));
      await service.settleCoveredDays(day(1));
      const settled = (await t.http().get(`/api/insurance/enrollments/${enrollment.id}`).set(worker.auth).expect(200)).body;
      expect(settled).toMatchObject({ workerShareFen: 560, governmentShareFen: 240, dailySplit: enrollment.dailySplit });
      expect(settled.settlement).toMatchObject({
        settledDays: 2,
        complete: true,
        workerShareFen: 280,
        employerShareFen: 0,
        governmentShareFen: 520,
        workerRefundFen: 280,
      });
      expect(settled.settlement.days[1]).toMatchObject({ day: today, workerFen: 0, governmentFen: 400, checkedIn: true });
      const listed = (await t.http().get('/api/insurance/enrollments').set(worker.auth).expect(200)).body.items[0];
      expect(listed.settlement).toEqual({
        settledDays: 2,
        complete: true,
        workerShareFen: 280,
        employerShareFen: 0,
        governmentShareFen: 520,
        workerRefundFen: 280,
      });
      const [{ n }] = await t.dataSource.query('SELECT COUNT(*) AS n FROM insurance_settled_day WHERE enrollmentId = ?', [enrollment.id]);
      expect(Number(n)).toBe(2);
    });

    it('settles only issued enrollments and passed days, page by page, each day once', async () => {
      sim.mode = 'refuse';
      const worker = await createWorker(t);
      const failed = (await enroll(worker, {}).expect(201)).body;
      expect(failed.status).toBe('failed');
      sim.reset();
      const future = (await enroll(await createWorker(t), {}).expect(201)).body;
      await t.dataSource.query('UPDATE insurance_enrollment SET startDate = ?, endDate = ? WHERE id = ?', [day(-2), day(-1), failed.id]);
      // A tiny page: enrollments still waiting for their later days do not hold back the ones after them.
      const running = (await enroll(await createWorker(t), { startDate: day(1), endDate: day(2) }).expect(201)).body;
      await t.dataSource.query('UPDATE insurance_enrollment SET startDate = ?, endDate = ? WHERE id = ?', [day(-1), today, running.id]);
      const passed = (await enroll(await createWorker(t), {}).expect(201)).body;
      await t.dataSource.query('UPDATE insurance_enrollment SET startDate = ?, endDate = ? WHERE id = ?', [day(-1), day(-1), passed.id]);
      const service = t.app.get(InsuranceSettlementService);
      await service.settleCoveredDays(today, 1);
      const counts = async () => {
        const rows: { enrollmentId: number; n: number }[] = await t.dataSource.query(
          'SELECT enrollmentId, COUNT(*) AS n FROM insurance_settled_day WHERE enrollmentId IN (?, ?, ?, ?) GROUP BY enrollmentId',
          [failed.id, future.id, running.id, passed.id],
        );
        return Object.fromEntries(rows.map((r) => [r.enrollmentId, Number(r.n)]));
      };
      expect(await counts()).toEqual({ [running.id]: 1, [passed.id]: 1 });
      await service.settleCoveredDays(today, 1);
      expect(await counts()).toEqual({ [running.id]: 1, [passed.id]: 1 });
    });
  });
});
