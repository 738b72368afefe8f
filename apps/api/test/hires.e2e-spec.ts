import { createHash } from 'node:crypto';
import type { Application, CandidateItem, Hire } from '@lingong/shared';
import { addDays, shanghaiDate } from '@lingong/shared';
import { CheckinsService } from '../src/checkins/checkins.service';
import { UnpaidHireHandlers } from '../src/hires/unpaid-hire.port';
import type { Caller } from './support/api-client';
import { bootTestApp, TestApp } from './support/test-app';
import { applyTo, createHire, createPosting, createVerifiedEmployer, createWorker, isolatedPoint, login, offsetPoint } from './support/factories';
import { expectError } from './support/expect-error';

describe('Applications, invitations, hires and agreements (e2e)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await bootTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  async function confirmedByBoth(parties: { worker: Caller; employer: Caller; hire: Hire }): Promise<void> {
    await t.api.as(parties.worker).post(`/api/hires/${parties.hire.id}/agreement/confirm`).expect(200);
    await t.api.as(parties.employer).post(`/api/hires/${parties.hire.id}/agreement/confirm`).expect(200);
  }

  describe('applications', () => {
    it('a worker applies once; the employer sees it, accepts it and gets the hiring record', async () => {
      const employer = await createVerifiedEmployer(t);
      const worker = await createWorker(t);
      const posting = await createPosting(t, employer, { durationDays: 2, settlement: 'on_completion' });
      const application = await applyTo(t, worker, posting.id);
      expect(application).toMatchObject({ postingId: posting.id, workerId: worker.worker.id, status: 'pending', kind: 'application' });
      expectError(await t.http().post(`/api/postings/${posting.id}/applications`).set(worker.auth), 409, 'APPLICATION.DUPLICATE');

      const list = await t.http().get(`/api/postings/${posting.id}/applications`).set(employer.auth).expect(200);
      expect(list.body.items.map((a: Application) => a.id)).toEqual([application.id]);
      expect(list.body.items[0].worker).toEqual({ name: worker.input.realName, phone: worker.input.phone, contactVisible: true });
      const stranger = await createVerifiedEmployer(t);
      expectError(await t.http().get(`/api/postings/${posting.id}/applications`).set(stranger.auth), 404, 'POSTING.NOT_FOUND');
      expectError(await t.http().post(`/api/applications/${application.id}/accept`).set(stranger.auth), 404, 'APPLICATION.NOT_FOUND');
      expectError(await t.http().post(`/api/applications/${application.id}/accept`).set(worker.auth), 403, 'AUTH.FORBIDDEN');
      const [{ n: notified }] = await t.dataSource.query("SELECT COUNT(*) AS n FROM notification WHERE event = 'application.created' AND userId = ?", [
        employer.userId,
      ]);
      expect(Number(notified)).toBe(1);

      const res = await t.http().post(`/api/applications/${application.id}/accept`).set(employer.auth).expect(200);
      expect(res.body).toMatchObject({
        id: expect.any(Number),
        postingId: posting.id,
        workerId: worker.worker.id,
        workerPhone: worker.input.phone,
        employerId: employer.employer.id,
        payAmountFen: posting.payAmountFen,
        payUnit: 'day',
        settlement: 'on_completion',
        startDate: posting.startDate,
        endDate: addDays(posting.startDate, 1),
        agreement: { text: expect.any(String), workerConfirmedAt: null, employerConfirmedAt: null },
        payment: { status: 'pending' },
        completedAt: null,
        ratings: {},
      });
      expectError(await t.http().post(`/api/applications/${application.id}/accept`).set(employer.auth), 409, 'APPLICATION.NOT_PENDING');
      const mine = await t.http().get('/api/workers/me/applications').set(worker.auth).expect(200);
      expect(mine.body.items[0]).toMatchObject({ id: application.id, status: 'accepted', hireId: res.body.id, postingTitle: posting.title });
      const workerHires = await t.http().get('/api/hires').set(worker.auth).expect(200);
      expect(workerHires.body.items.map((h: Hire) => h.id)).toEqual([res.body.id]);
      const employerHires = await t.http().get('/api/hires').set(employer.auth).expect(200);
      expect(employerHires.body.items.map((h: Hire) => h.id)).toEqual([res.body.id]);
      expectError(await t.http().get(`/api/hires/${res.body.id}`).set(stranger.auth), 404, 'HIRE.NOT_FOUND');
      const [{ filledCount }] = await t.dataSource.query('SELECT filledCount FROM posting WHERE id = ?', [posting.id]);
      expect(filledCount).toBe(1);
    });

    it('the employer declines, or either side cancels with a reason; only pending ones', async () => {
      const employer = await createVerifiedEmployer(t);
      const posting = await createPosting(t, employer);
      const a = await createWorker(t);
      const b = await createWorker(t);
      const first = await applyTo(t, a, posting.id);
      const second = await applyTo(t, b, posting.id);
      const declined = await t.http().post(`/api/applications/${first.id}/decline`).set(employer.auth).expect(200);
      expect(declined.body.status).toBe('declined');
      expectError(await t.http().post(`/api/applications/${first.id}/accept`).set(employer.auth), 409, 'APPLICATION.NOT_PENDING');
      const cancelled = await t.http().post(`/api/applications/${second.id}/cancel`).set(b.auth).send({ reason: '家里有事去不了' }).expect(200);
      expect(cancelled.body).toMatchObject({ status: 'cancelled', cancelReason: '家里有事去不了' });
      expectError(await t.http().post(`/api/applications/${second.id}/cancel`).set(employer.auth).send({ reason: '重复' }), 409, 'APPLICATION.NOT_PENDING');
    });

    it('never over-fills the headcount when the employer accepts many applications at once', async () => {
      const employer = await createVerifiedEmployer(t);
      const posting = await createPosting(t, employer, { headcount: 3 });
      const workers = await Promise.all(Array.from({ length: 10 }, () => createWorker(t)));
      const applications = await Promise.all(workers.map((w) => applyTo(t, w, posting.id)));
      const results = await Promise.all(applications.map((a) => t.http().post(`/api/applications/${a.id}/accept`).set(employer.auth)));
      const statuses = results.map((r) => r.status).sort();
      expect(statuses).toEqual([200, 200, 200, 409, 409, 409, 409, 409, 409, 409]);
      expect(results.filter((r) => r.status === 409).every((r) => r.body.code === 'APPLICATION.FILLED' || r.body.code === 'POSTING.NOT_OPEN')).toBe(true);
      const [row] = await t.dataSource.query('SELECT filledCount, status FROM posting WHERE id = ?', [posting.id]);
      expect(row).toEqual({ filledCount: 3, status: 'filled' });
      const [{ n: hires }] = await t.dataSource.query('SELECT COUNT(*) AS n FROM hire WHERE postingId = ?', [posting.id]);
      expect(Number(hires)).toBe(3);
      const [{ n: accepted }] = await t.dataSource.query("SELECT COUNT(*) AS n FROM application WHERE postingId = ? AND status = 'accepted'", [posting.id]);
      expect(Number(accepted)).toBe(3);
      // Full postings take no more applications.
      const late = await createWorker(t);
      expectError(await t.http().post(`/api/postings/${posting.id}/applications`).set(late.auth), 409, 'POSTING.NOT_OPEN');
    });

    it('either side may cancel an accepted job before it starts: the place goes back and the posting reopens', async () => {
      const employer = await createVerifiedEmployer(t);
      const posting = await createPosting(t, employer, { headcount: 1, startDate: addDays(shanghaiDate(), 1) });
      const worker = await createWorker(t);
      const application = await applyTo(t, worker, posting.id);
      const hire: Hire = (await t.http().post(`/api/applications/${application.id}/accept`).set(employer.auth).expect(200)).body;
      expect((await t.http().get(`/api/postings/${posting.id}`).set(employer.auth).expect(200)).body).toMatchObject({ status: 'filled', filledCount: 1 });

      const cancelled = await t.http().post(`/api/applications/${application.id}/cancel`).set(worker.auth).send({ reason: '腰伤了去不了' }).expect(200);
      expect(cancelled.body).toMatchObject({ status: 'cancelled', cancelReason: '腰伤了去不了' });
      expect((await t.http().get(`/api/postings/${posting.id}`).set(employer.auth).expect(200)).body).toMatchObject({ status: 'open', filledCount: 0 });
      const kept = await t.http().get(`/api/hires/${hire.id}`).set(employer.auth).expect(200);
      expect(kept.body.cancelled).toEqual({ at: expect.any(String), reason: '腰伤了去不了' });
      expectError(await t.http().post(`/api/hires/${hire.id}/rating`).set(employer.auth).send({ score: 1 }), 409, 'HIRE.CANCELLED');

      // The place can be filled again, and the worker is free for those dates.
      const other = await createWorker(t);
      const second = await applyTo(t, other, posting.id);
      await t.http().post(`/api/applications/${second.id}/accept`).set(employer.auth).expect(200);
      const elsewhere = await createVerifiedEmployer(t);
      const sameDates = await createPosting(t, elsewhere, { startDate: addDays(shanghaiDate(), 1) });
      const again = await applyTo(t, worker, sameDates.id);
      await t.http().post(`/api/applications/${again.id}/accept`).set(elsewhere.auth).expect(200);
    });

    it('does not cancel an accepted job once the work has started', async () => {
      const { worker, application } = await createHire(t);
      expectError(
        await t.http().post(`/api/applications/${application.id}/cancel`).set(worker.auth).send({ reason: '不想干了' }),
        409,
        'APPLICATION.ALREADY_STARTED',
      );
    });

    it('does not hire a worker twice for overlapping dates', async () => {
      const { worker } = await createHire(t, { posting: { durationDays: 3 } });
      const other = await createVerifiedEmployer(t);
      const clashing = await createPosting(t, other, { startDate: addDays(shanghaiDate(), 1) });
      const application = await applyTo(t, worker, clashing.id);
      expectError(await t.http().post(`/api/applications/${application.id}/accept`).set(other.auth), 409, 'APPLICATION.SCHEDULE_CLASH');
    });
  });

  it('hires a worker only once when two employers accept overlapping jobs at the same moment', async () => {
    const worker = await createWorker(t);
    const [a, b] = await Promise.all([createVerifiedEmployer(t), createVerifiedEmployer(t)]);
    const [pa, pb] = await Promise.all([createPosting(t, a, { durationDays: 2 }), createPosting(t, b, { durationDays: 2 })]);
    const [appA, appB] = await Promise.all([applyTo(t, worker, pa.id), applyTo(t, worker, pb.id)]);
    const results = await Promise.all([
      t.http().post(`/api/applications/${appA.id}/accept`).set(a.auth),
      t.http().post(`/api/applications/${appB.id}/accept`).set(b.auth),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(results.find((r) => r.status === 409)!.body.code).toBe('APPLICATION.SCHEDULE_CLASH');
    const [{ n }] = await t.dataSource.query('SELECT COUNT(*) AS n FROM hire WHERE workerId = ?', [worker.worker.id]);
    expect(Number(n)).toBe(1);
    const [{ total }] = await t.dataSource.query('SELECT SUM(filledCount) AS total FROM posting WHERE id IN (?, ?)', [pa.id, pb.id]);
    expect(Number(total)).toBe(1);
  });

  it('a suspended employer keeps its records but cannot search, invite or hire', async () => {
    const employer = await createVerifiedEmployer(t);
    const posting = await createPosting(t, employer);
    const worker = await createWorker(t);
    const application = await applyTo(t, worker, posting.id);
    const operator = await login(t, 'operator', '371702');
    await t.http().post(`/api/employers/${employer.employer.id}/suspend`).set(operator.auth).send({ reason: '多次被举报虚假招工' }).expect(200);
    expectError(await t.http().get(`/api/postings/${posting.id}/candidates`).set(employer.auth), 403, 'POSTING.EMPLOYER_SUSPENDED');
    expectError(
      await t.http().post(`/api/postings/${posting.id}/invitations`).set(employer.auth).send({ workerId: worker.worker.id }),
      403,
      'POSTING.EMPLOYER_SUSPENDED',
    );
    expectError(await t.http().post(`/api/applications/${application.id}/accept`).set(employer.auth), 403, 'POSTING.EMPLOYER_SUSPENDED');
    expect((await t.http().get(`/api/postings/${posting.id}/applications`).set(employer.auth).expect(200)).body.items).toHaveLength(1);
  });

  describe('candidates and invitations', () => {
    it('follows a worker changing trades or deleting the account', async () => {
      const site = isolatedPoint();
      const employer = await createVerifiedEmployer(t);
      const posting = await createPosting(t, employer, site);
      const worker = await createWorker(t, { trades: ['construction.mason'], location: offsetPoint(site, 1) });
      const ids = async () =>
        (await t.http().get(`/api/postings/${posting.id}/candidates`).set(employer.auth).expect(200)).body.items.map((c: CandidateItem) => c.workerId);
      expect(await ids()).toEqual([worker.worker.id]);
      await t
        .http()
        .put('/api/workers/me')
        .set(worker.auth)
        .send({ ...worker.input, trades: ['catering.cook'] })
        .expect(200);
      expect(await ids()).toEqual([]);
      await t
        .http()
        .put('/api/workers/me')
        .set(worker.auth)
        .send({ ...worker.input, trades: ['construction'], location: offsetPoint(site, 2) })
        .expect(200);
      const [moved] = (await t.http().get(`/api/postings/${posting.id}/candidates`).set(employer.auth).expect(200)).body.items;
      expect(moved).toMatchObject({ workerId: worker.worker.id, matchReasons: expect.arrayContaining(['工种相近']) });
      expect(moved.distanceKm).toBeCloseTo(2, 1);
      await t.http().delete('/api/workers/me').set(worker.auth).expect(200);
      expect(await ids()).toEqual([]);
      const [{ n }] = await t.dataSource.query('SELECT COUNT(*) AS n FROM worker_trade WHERE workerId = ?', [worker.worker.id]);
      expect(Number(n)).toBe(0);
    });

    it('ranks fitting workers near the site, hides names and phones until they agree, and puts present workers first', async () => {
      const site = isolatedPoint();
      const employer = await createVerifiedEmployer(t);
      const posting = await createPosting(t, employer, { ...site, startDate: addDays(shanghaiDate(), 1) });
      const near = await createWorker(t, { realName: '张建国', trades: ['construction.mason'], location: offsetPoint(site, 0.5) });
      const far = await createWorker(t, { realName: '王小军', trades: ['construction'], location: offsetPoint(site, 4) });
      await createWorker(t, { realName: '赵油漆', trades: ['decoration.painter'], location: offsetPoint(site, 0.2) });
      await createWorker(t, { realName: '钱远方', trades: ['construction.mason'], location: offsetPoint(site, 30) });
      const busy = await createWorker(t, { realName: '孙有活', trades: ['construction.mason'], location: offsetPoint(site, 0.3) });
      const otherEmployer = await createVerifiedEmployer(t);
      const otherPosting = await createPosting(t, otherEmployer, { ...offsetPoint(site, 50), startDate: addDays(shanghaiDate(), 1) });
      const busyApplication = await applyTo(t, busy, otherPosting.id);
      await t.http().post(`/api/applications/${busyApplication.id}/accept`).set(otherEmployer.auth).expect(200);

      const candidates = async (): Promise<CandidateItem[]> =>
        (await t.http().get(`/api/postings/${posting.id}/candidates`).set(employer.auth).query({ radiusKm: 10 }).expect(200)).body.items;
      const before = await candidates();
      expect(before.map((c) => c.workerId)).toEqual([near.worker.id, far.worker.id]);
      expect(before[0]).toMatchObject({
        displayName: '张师傅',
        contactVisible: false,
        phone: expect.stringMatching(/^\d{3}\*{4}\d{4}$/),
        presentToday: false,
        score: expect.any(Number),
      });
      expect(before[0].phone).not.toBe(near.input.phone);
      expect(before[0].distanceKm).toBeCloseTo(0.5, 1);
      expect(before[0].matchReasons).toContain('工种对口');
      expect(before[1].matchReasons).toContain('工种相近');
      expect(JSON.stringify(before)).not.toContain('张建国');
      expect(JSON.stringify(before)).not.toMatch(/idNumber|idMasked/);
      expectError(await t.http().get(`/api/postings/${posting.id}/candidates`).set(otherEmployer.auth), 404, 'POSTING.NOT_FOUND');

      // Presence comes from check-ins; here a stub says `far` is at the gate.
      const presence = jest.spyOn(t.app.get(CheckinsService), 'workersPresentNear').mockResolvedValue(new Set([far.worker.id]));
      try {
        const present = await candidates();
        expect(present.map((c) => c.workerId)).toEqual([far.worker.id, near.worker.id]);
        expect(present[0]).toMatchObject({ presentToday: true, matchReasons: expect.arrayContaining(['今天已在附近零工市场签到']) });
      } finally {
        presence.mockRestore();
      }

      const invitation: Application = (
        await t.http().post(`/api/postings/${posting.id}/invitations`).set(employer.auth).send({ workerId: near.worker.id }).expect(201)
      ).body;
      expect(invitation).toMatchObject({ kind: 'invitation', status: 'pending', workerId: near.worker.id });
      expect((await candidates())[0].contactVisible).toBe(false);
      expectError(await t.http().post(`/api/invitations/${invitation.id}/accept`).set(employer.auth), 403, 'AUTH.FORBIDDEN');
      const hire = await t.http().post(`/api/invitations/${invitation.id}/accept`).set(near.auth).expect(200);
      expect(hire.body).toMatchObject({ postingId: posting.id, workerId: near.worker.id, workerName: '张建国' });
      const after = await candidates();
      // Hired for these dates now: no longer a candidate for them.
      expect(after.map((c) => c.workerId)).toEqual([far.worker.id]);

      await applyTo(t, far, posting.id);
      const applied = (await candidates())[0];
      expect(applied).toMatchObject({ workerId: far.worker.id, displayName: '王小军', phone: far.input.phone, contactVisible: true });
    });

    it('lets the worker decline an invitation and either side cancel one', async () => {
      const employer = await createVerifiedEmployer(t);
      const posting = await createPosting(t, employer);
      const a = await createWorker(t);
      const b = await createWorker(t);
      const first = (await t.http().post(`/api/postings/${posting.id}/invitations`).set(employer.auth).send({ workerId: a.worker.id }).expect(201)).body;
      const second = (await t.http().post(`/api/postings/${posting.id}/invitations`).set(employer.auth).send({ workerId: b.worker.id }).expect(201)).body;
      const [{ n }] = await t.dataSource.query("SELECT COUNT(*) AS n FROM notification WHERE event = 'invitation.created' AND userId = ?", [a.userId]);
      expect(Number(n)).toBe(1);
      const invited = (await t.http().get(`/api/postings/${posting.id}/applications`).set(employer.auth).expect(200)).body.items.find(
        (x: Application) => x.id === first.id,
      );
      expect(invited.worker).toEqual({ name: '李师傅', phone: expect.stringMatching(/^\d{3}\*{4}\d{4}$/), contactVisible: false });
      expect((await t.http().post(`/api/invitations/${first.id}/decline`).set(a.auth).expect(200)).body.status).toBe('declined');
      expect((await t.http().post(`/api/invitations/${second.id}/cancel`).set(employer.auth).send({ reason: '人已经够了' }).expect(200)).body).toMatchObject({
        status: 'cancelled',
        cancelReason: '人已经够了',
      });
      expectError(
        await t.http().post(`/api/postings/${posting.id}/invitations`).set(employer.auth).send({ workerId: 999999999 }),
        404,
        'APPLICATION.WORKER_NOT_FOUND',
      );
      expectError(
        await t.http().post(`/api/postings/${posting.id}/invitations`).set(employer.auth).send({ workerId: a.worker.id }),
        409,
        'APPLICATION.DUPLICATE',
      );
    });
  });

  describe('labour agreement', () => {
    it('is generated in Chinese with every required part, confirmed by both, then kept with its hash', async () => {
      const { employer, worker, posting, hire } = await createHire(t, { posting: { payAmountFen: 18050, settlement: 'daily' } });
      const text = hire.agreement.text;
      for (const part of [
        '用工协议',
        employer.input.name,
        worker.input.realName,
        '瓦工',
        posting.address,
        posting.startDate,
        posting.workHours,
        '180.50 元/天',
        '日结',
        '劳动防护用品',
        '意外伤害保险',
        '12333',
        '劳动争议仲裁',
      ]) {
        expect(text).toContain(part);
      }
      expect(text).not.toContain(worker.input.idNumber);

      const byWorker = await t.http().post(`/api/hires/${hire.id}/agreement/confirm`).set(worker.auth).expect(200);
      expect(byWorker.body.agreement).toMatchObject({ workerConfirmedAt: expect.any(String), employerConfirmedAt: null });
      expect(byWorker.body.agreement.hash).toBeUndefined();
      expectError(await t.http().post(`/api/hires/${hire.id}/agreement/confirm`).set(worker.auth), 409, 'HIRE.AGREEMENT_ALREADY_CONFIRMED');
      const stranger = await createWorker(t);
      expectError(await t.http().post(`/api/hires/${hire.id}/agreement/confirm`).set(stranger.auth), 404, 'HIRE.NOT_FOUND');

      const both = await t.http().post(`/api/hires/${hire.id}/agreement/confirm`).set(employer.auth).expect(200);
      expect(both.body.agreement).toEqual({
        text,
        workerConfirmedAt: byWorker.body.agreement.workerConfirmedAt,
        employerConfirmedAt: expect.any(String),
        hash: createHash('sha256').update(text, 'utf8').digest('hex'),
      });
      // Editing the posting afterwards does not touch the confirmed agreement.
      await t.http().patch(`/api/postings/${posting.id}`).set(employer.auth).send({ payAmountFen: 10000, workHours: '全天' }).expect(200);
      const later = await t.http().get(`/api/hires/${hire.id}`).set(worker.auth).expect(200);
      expect(later.body.agreement).toEqual(both.body.agreement);
      expect(later.body.payAmountFen).toBe(18050);
      const operator = await login(t, 'operator', '371702');
      expect((await t.http().get(`/api/hires/${hire.id}`).set(operator.auth).expect(200)).body.id).toBe(hire.id);
      const elsewhere = await login(t, 'operator', '371721');
      expectError(await t.http().get(`/api/hires/${hire.id}`).set(elsewhere.auth), 404, 'HIRE.NOT_FOUND');
    });
  });

  describe('payment and ratings', () => {
    it('records "paid" once, only by the worker, and not before the work starts', async () => {
      const future = await createHire(t, { posting: { startDate: addDays(shanghaiDate(), 2) } });
      expectError(await t.http().post(`/api/hires/${future.hire.id}/payment`).set(future.worker.auth).send({ paid: true }), 409, 'HIRE.NOT_STARTED');

      const { worker, employer, hire } = await createHire(t);
      expectError(await t.http().post(`/api/hires/${hire.id}/payment`).set(employer.auth).send({ paid: true }), 403, 'AUTH.FORBIDDEN');
      expectError(await t.http().post(`/api/hires/${hire.id}/payment`).set(worker.auth).send({ paid: 'yes' }), 400, 'COMMON.VALIDATION_FAILED');
      const res = await t.http().post(`/api/hires/${hire.id}/payment`).set(worker.auth).send({ paid: true }).expect(200);
      expect(res.body.payment).toEqual({ status: 'paid', reportedAt: expect.any(String) });
      expectError(await t.http().post(`/api/hires/${hire.id}/payment`).set(worker.auth).send({ paid: false }), 409, 'HIRE.PAYMENT_ALREADY_REPORTED');
      const [{ n }] = await t.dataSource.query("SELECT COUNT(*) AS n FROM notification WHERE event = 'hire.unpaid' AND payload LIKE ?", [
        `%"hireId":${hire.id},%`,
      ]);
      expect(Number(n)).toBe(0);
    });

    it('"not paid" marks the hire unpaid, records hire.unpaid for the complaints module and counts on the employer profile', async () => {
      const { worker, employer, hire } = await createHire(t);
      // The complaints module's handler is registered in the port; here a test double stands in for every handler.
      const calls: [number, number][] = [];
      const handlers = jest.spyOn(t.app.get(UnpaidHireHandlers), 'all').mockReturnValue([{ onUnpaid: async (h, by) => void calls.push([h.id, by]) }]);
      let res;
      try {
        res = await t.http().post(`/api/hires/${hire.id}/payment`).set(worker.auth).send({ paid: false }).expect(200);
      } finally {
        handlers.mockRestore();
      }
      expect(res.body.payment.status).toBe('unpaid');
      expect(calls).toEqual([[hire.id, worker.userId]]);
      const rows = await t.dataSource.query("SELECT payload FROM notification WHERE event = 'hire.unpaid' AND payload LIKE ?", [`%"hireId":${hire.id},%`]);
      expect(rows).toHaveLength(1);
      expect(JSON.parse(rows[0].payload)).toMatchObject({ hireId: hire.id, workerId: worker.worker.id, employerId: employer.employer.id });
      const reputation = await t.http().get(`/api/employers/${employer.employer.id}/reputation`).set(worker.auth).expect(200);
      expect(reputation.body).toMatchObject({ unpaidCount: 1, hireCount: 1, ratingCount: 0 });
    });

    it('each side rates once (1-5 and its own tags) when the work is over; averages and no-shows show on profiles', async () => {
      const { worker, employer, hire } = await createHire(t);
      expectError(await t.http().post(`/api/hires/${hire.id}/rating`).set(worker.auth).send({ score: 6 }), 400, 'COMMON.VALIDATION_FAILED');
      expectError(
        await t
          .http()
          .post(`/api/hires/${hire.id}/rating`)
          .set(worker.auth)
          .send({ score: 4, tags: ['随便写'] }),
        400,
        'COMMON.VALIDATION_FAILED',
      );
      // Started but not done: neither side may judge the work yet.
      expectError(await t.http().post(`/api/hires/${hire.id}/rating`).set(worker.auth).send({ score: 4 }), 409, 'HIRE.NOT_FINISHED');
      expectError(
        await t
          .http()
          .post(`/api/hires/${hire.id}/rating`)
          .set(employer.auth)
          .send({ score: 5, tags: ['活干得好'] }),
        409,
        'HIRE.NOT_FINISHED',
      );
      await confirmedByBoth({ worker, employer, hire });
      await t.http().post(`/api/hires/${hire.id}/complete`).set(employer.auth).expect(200);

      const foreign = await t
        .http()
        .post(`/api/hires/${hire.id}/rating`)
        .set(worker.auth)
        .send({ score: 4, tags: ['没来上工'] });
      expectError(foreign, 400, 'COMMON.VALIDATION_FAILED');
      expect(foreign.body.errors).toEqual([{ field: 'tags', message: expect.stringContaining('没来上工') }]);
      const byWorker = await t
        .http()
        .post(`/api/hires/${hire.id}/rating`)
        .set(worker.auth)
        .send({ score: 4, tags: ['按时结钱'] })
        .expect(201);
      expect(byWorker.body).toEqual({ hireId: hire.id, fromSide: 'worker', score: 4, tags: ['按时结钱'], createdAt: expect.any(String) });
      expectError(await t.http().post(`/api/hires/${hire.id}/rating`).set(worker.auth).send({ score: 5 }), 409, 'HIRE.ALREADY_RATED');
      const byEmployer = await t
        .http()
        .post(`/api/hires/${hire.id}/rating`)
        .set(employer.auth)
        .send({ score: 5, tags: ['活干得好', '准时'] })
        .expect(201);
      const seen = (await t.http().get(`/api/hires/${hire.id}`).set(worker.auth).expect(200)).body as Hire;
      expect(seen.ratings).toEqual({ byWorker: byWorker.body, byEmployer: byEmployer.body });

      // A worker who did not come: the employer says so without marking anything done; the worker
      // may rate once the wage is reported.
      const second = await createHire(t);
      await t
        .http()
        .post(`/api/hires/${second.hire.id}/rating`)
        .set(second.employer.auth)
        .send({ score: 1, tags: ['没来上工'] })
        .expect(201);
      expectError(await t.http().post(`/api/hires/${second.hire.id}/rating`).set(second.worker.auth).send({ score: 2 }), 409, 'HIRE.NOT_FINISHED');
      await t.http().post(`/api/hires/${second.hire.id}/payment`).set(second.worker.auth).send({ paid: true }).expect(200);
      await t
        .http()
        .post(`/api/hires/${second.hire.id}/rating`)
        .set(second.worker.auth)
        .send({ score: 2, tags: ['活和说的不一样'] })
        .expect(201);

      const reputation = async (path: string, auth: Caller['auth']) => (await t.http().get(path).set(auth).expect(200)).body;
      expect(await reputation(`/api/workers/${worker.worker.id}/reputation`, employer.auth)).toEqual({
        ratingAverage: 5,
        ratingCount: 1,
        hireCount: 1,
        noShowCount: 0,
      });
      expect(await reputation(`/api/employers/${employer.employer.id}/reputation`, worker.auth)).toEqual({
        ratingAverage: 4,
        ratingCount: 1,
        hireCount: 1,
        unpaidCount: 0,
      });
      expect(await reputation(`/api/workers/${second.worker.worker.id}/reputation`, second.employer.auth)).toEqual({
        ratingAverage: 1,
        ratingCount: 1,
        hireCount: 1,
        noShowCount: 1,
      });
      expect(await reputation(`/api/employers/${second.employer.employer.id}/reputation`, second.worker.auth)).toEqual({
        ratingAverage: 2,
        ratingCount: 1,
        hireCount: 1,
        unpaidCount: 0,
      });
    });
  });

  describe('marking the work done (完工)', () => {
    it('the employer marks a confirmed, started hire done once; the worker sees it and is notified', async () => {
      const parties = await createHire(t);
      const { worker, employer, hire } = parties;
      expect(hire.completedAt).toBeNull();
      await confirmedByBoth(parties);
      const before = Date.now();
      const res = await t.http().post(`/api/hires/${hire.id}/complete`).set(employer.auth).expect(200);
      expect(res.body).toMatchObject({ id: hire.id, completedAt: expect.any(String), payment: { status: 'pending' } });
      expect(new Date(res.body.completedAt).getTime()).toBeGreaterThanOrEqual(before - 1000);
      expect((await t.http().get(`/api/hires/${hire.id}`).set(worker.auth).expect(200)).body.completedAt).toBe(res.body.completedAt);

      const again = await t.http().post(`/api/hires/${hire.id}/complete`).set(employer.auth);
      expectError(again, 409, 'HIRE.ALREADY_COMPLETED');
      const rows = await t.dataSource.query("SELECT userId, payload FROM notification WHERE event = 'hire.completed' AND payload LIKE ?", [
        `%"hireId":${hire.id},%`,
      ]);
      expect(rows).toHaveLength(1);
      expect(rows[0].userId).toBe(worker.userId);
      expect(JSON.parse(rows[0].payload)).toEqual({ hireId: hire.id, postingId: hire.postingId, title: parties.posting.title });
      const [{ n: audited }] = await t.dataSource.query(
        "SELECT COUNT(*) AS n FROM audit_event WHERE action = 'hire.completed' AND entityType = 'hire' AND entityId = ?",
        [hire.id],
      );
      expect(Number(audited)).toBe(1);
    });

    it('is refused until both sides confirmed the agreement, before the start date, and for a cancelled hire', async () => {
      const parties = await createHire(t);
      const { worker, employer, hire } = parties;
      expectError(await t.http().post(`/api/hires/${hire.id}/complete`).set(employer.auth), 409, 'HIRE.AGREEMENT_NOT_CONFIRMED');
      await t.http().post(`/api/hires/${hire.id}/agreement/confirm`).set(employer.auth).expect(200);
      expectError(await t.http().post(`/api/hires/${hire.id}/complete`).set(employer.auth), 409, 'HIRE.AGREEMENT_NOT_CONFIRMED');
      await t.http().post(`/api/hires/${hire.id}/agreement/confirm`).set(worker.auth).expect(200);
      await t.http().post(`/api/hires/${hire.id}/complete`).set(employer.auth).expect(200);

      const future = await createHire(t, { posting: { startDate: addDays(shanghaiDate(), 2) } });
      await confirmedByBoth(future);
      const early = await t.http().post(`/api/hires/${future.hire.id}/complete`).set(future.employer.auth);
      expectError(early, 409, 'HIRE.NOT_STARTED');
      expect(early.body.message).toContain(future.hire.startDate);

      await t.http().post(`/api/applications/${future.application.id}/cancel`).set(future.worker.auth).send({ reason: '家里有事' }).expect(200);
      expectError(await t.http().post(`/api/hires/${future.hire.id}/complete`).set(future.employer.auth), 409, 'HIRE.CANCELLED');
      const [{ n }] = await t.dataSource.query('SELECT COUNT(*) AS n FROM hire WHERE id IN (?, ?) AND completedAt IS NOT NULL', [hire.id, future.hire.id]);
      expect(Number(n)).toBe(1);
    });

    it('only the employer of the hire may mark it done: other employers do not find it, the worker and staff are refused', async () => {
      const parties = await createHire(t);
      await confirmedByBoth(parties);
      const stranger = await createVerifiedEmployer(t);
      expectError(await t.http().post(`/api/hires/${parties.hire.id}/complete`).set(stranger.auth), 404, 'HIRE.NOT_FOUND');
      expectError(await t.http().post(`/api/hires/${parties.hire.id}/complete`).set(parties.worker.auth), 403, 'AUTH.FORBIDDEN');
      const operator = await login(t, 'operator', '371702');
      expectError(await t.http().post(`/api/hires/${parties.hire.id}/complete`).set(operator.auth), 403, 'AUTH.FORBIDDEN');
      expectError(await t.http().post('/api/hires/999999999/complete').set(parties.employer.auth), 404, 'HIRE.NOT_FOUND');
      expect((await t.http().get(`/api/hires/${parties.hire.id}`).set(parties.employer.auth).expect(200)).body.completedAt).toBeNull();
    });
  });
});
