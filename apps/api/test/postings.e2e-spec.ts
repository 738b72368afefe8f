import type { FeedItem, Posting } from '@lingong/shared';
import { PostingExpiryJob } from '../src/postings/posting-expiry.job';
import { bootTestApp, TestApp } from './support/test-app';
import {
  createEmployer,
  createPosting,
  createVerifiedEmployer,
  createWorker,
  creditCode,
  isolatedPoint,
  LoggedIn,
  login,
  offsetPoint,
  postingInput,
} from './support/factories';
import { CJK, expectError } from './support/expect-error';

describe('Postings (e2e)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await bootTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  describe('POST /api/postings', () => {
    it('publishes a lawful posting of a verified employer as open, with the contract fields', async () => {
      const employer = await createVerifiedEmployer(t);
      const input = postingInput({ durationDays: 3 });
      const res = await t.http().post('/api/postings').set(employer.auth).send(input).expect(201);
      expect(res.body).toEqual({
        ...input,
        id: expect.any(Number),
        status: 'open',
        employerId: employer.employer.id,
        employerName: employer.input.name,
        countyCode: '371702',
        filledCount: 0,
        endDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      });
      const start = new Date(`${input.startDate}T00:00:00Z`).getTime();
      expect(new Date(`${res.body.endDate}T00:00:00Z`).getTime() - start).toBe(2 * 86400000);
      const got = await t
        .http()
        .get(`/api/postings/${res.body.id}`)
        .set((await login(t, 'worker')).auth)
        .expect(200);
      expect(got.body).toEqual(res.body);
      const mine = await t.http().get('/api/employers/me/postings').set(employer.auth).expect(200);
      expect(mine.body.items.map((p: Posting) => p.id)).toEqual([res.body.id]);
    });

    it('refuses employers that are not verified, each with its own code', async () => {
      const unverified = await createEmployer(t);
      expectError(await t.http().post('/api/postings').set(unverified.auth).send(postingInput()), 403, 'POSTING.EMPLOYER_UNVERIFIED');

      const valid = creditCode();
      const pending = await createEmployer(t, { creditCode: valid.slice(0, 17) + (valid[17] === '0' ? '1' : '0') });
      expect(pending.employer.status).toBe('pending_review');
      expectError(await t.http().post('/api/postings').set(pending.auth).send(postingInput()), 403, 'POSTING.EMPLOYER_PENDING_REVIEW');

      const suspended = await createVerifiedEmployer(t);
      const operator = await login(t, 'operator', '371702');
      await t.http().post(`/api/employers/${suspended.employer.id}/suspend`).set(operator.auth).send({ reason: '多次被举报虚假招工' }).expect(200);
      expectError(await t.http().post('/api/postings').set(suspended.auth).send(postingInput()), 403, 'POSTING.EMPLOYER_SUSPENDED');

      const worker = await createWorker(t);
      expectError(await t.http().post('/api/postings').set(worker.auth).send(postingInput()), 403, 'AUTH.FORBIDDEN');
      const [{ n }] = await t.dataSource.query('SELECT COUNT(*) AS n FROM posting WHERE employerId IN (?, ?, ?)', [
        unverified.employer.id,
        pending.employer.id,
        suspended.employer.id,
      ]);
      expect(Number(n)).toBe(0);
    });

    it.each([
      ['gender', { requirements: '限男性，能吃苦' }, '限男性'],
      ['marriage', { requirements: '已婚已育' }, '已婚已育'],
      ['ethnicity', { requirements: '限汉族' }, '限汉族'],
      ['region', { description: '砌墙抹灰，外地人勿扰' }, '外地人勿扰'],
      ['health', { requirements: '乙肝携带者勿扰' }, '乙肝'],
      ['fees', { description: '砌墙抹灰，上岗先交押金200元' }, '押金'],
      ['hype', { title: '高薪急招瓦工' }, '高薪'],
      ['child_labour', { requirements: '14-50岁均可' }, '14-50岁'],
    ])('refuses %s content with POSTING.FORBIDDEN_CONTENT, the phrase and the reason', async (category, overrides, phrase) => {
      const employer = await createVerifiedEmployer(t);
      const res = await t.http().post('/api/postings').set(employer.auth).send(postingInput(overrides));
      expectError(res, 400, 'POSTING.FORBIDDEN_CONTENT');
      expect(res.body).toMatchObject({ phrase, category, reason: expect.stringMatching(CJK) });
      expect(res.body.message).toContain(phrase);
      const [{ n }] = await t.dataSource.query('SELECT COUNT(*) AS n FROM posting WHERE employerId = ?', [employer.employer.id]);
      expect(Number(n)).toBe(0);
    });

    it('validates fields with Chinese messages', async () => {
      const employer = await createVerifiedEmployer(t);
      expectError(
        await t
          .http()
          .post('/api/postings')
          .set(employer.auth)
          .send(postingInput({ trade: 'astronaut' })),
        400,
        'POSTING.TRADE_UNKNOWN',
      );
      expectError(
        await t
          .http()
          .post('/api/postings')
          .set(employer.auth)
          .send(postingInput({ lat: 0, lng: 0 })),
        400,
        'POSTING.LOCATION_INVALID',
      );
      expectError(
        await t
          .http()
          .post('/api/postings')
          .set(employer.auth)
          .send(postingInput({ startDate: '2020-01-01' })),
        400,
        'POSTING.DATES_INVALID',
      );
      expectError(
        await t
          .http()
          .post('/api/postings')
          .set(employer.auth)
          .send(postingInput({ validUntil: new Date(Date.now() - 1000).toISOString() })),
        400,
        'POSTING.DATES_INVALID',
      );
      expectError(
        await t
          .http()
          .post('/api/postings')
          .set(employer.auth)
          .send(postingInput({ headcount: 0 })),
        400,
        'COMMON.VALIDATION_FAILED',
      );
      expectError(
        await t
          .http()
          .post('/api/postings')
          .set(employer.auth)
          .send({ ...postingInput(), payUnit: 'month' }),
        400,
        'COMMON.VALIDATION_FAILED',
      );
    });
  });

  describe('review', () => {
    it('sends an age limit to the county operators, who approve it; it reaches the feed only then', async () => {
      const where = isolatedPoint();
      const employer = await createVerifiedEmployer(t);
      const res = await t
        .http()
        .post('/api/postings')
        .set(employer.auth)
        .send(postingInput({ ...where, requirements: '50岁以下' }))
        .expect(201);
      expect(res.body).toMatchObject({
        status: 'pending_review',
        statusReason: expect.stringContaining('审核'),
        reviewNotes: [{ category: 'age', phrase: '50岁以下', reason: expect.any(String) }],
      });
      const worker = await createWorker(t, { location: where });

      const feedIds = async () =>
        (
          await t
            .http()
            .get('/api/postings/feed')
            .set(worker.auth)
            .query({ ...where, radiusKm: 3 })
            .expect(200)
        ).body.items.map((p: FeedItem) => p.id);
      expect(await feedIds()).not.toContain(res.body.id);
      expectError(await t.http().get(`/api/postings/${res.body.id}`).set(worker.auth), 404, 'POSTING.NOT_FOUND');

      const other = await login(t, 'operator', '371721');
      const otherQueue = await t.http().get('/api/postings').set(other.auth).query({ status: 'pending_review', limit: 100 }).expect(200);
      expect(otherQueue.body.items.map((p: Posting) => p.id)).not.toContain(res.body.id);
      expectError(await t.http().post(`/api/postings/${res.body.id}/approve`).set(other.auth), 404, 'POSTING.NOT_FOUND');

      const operator = await login(t, 'operator', '371702');
      const queue = await t.http().get('/api/postings').set(operator.auth).query({ status: 'pending_review', limit: 100 }).expect(200);
      expect(queue.body.items.map((p: Posting) => p.id)).toContain(res.body.id);
      expect(queue.body.items.every((p: Posting) => p.status === 'pending_review' && p.countyCode === '371702')).toBe(true);

      const approved = await t.http().post(`/api/postings/${res.body.id}/approve`).set(operator.auth).expect(200);
      expect(approved.body.status).toBe('open');
      expect(await feedIds()).toContain(res.body.id);
      expectError(await t.http().post(`/api/postings/${res.body.id}/approve`).set(operator.auth), 409, 'POSTING.STATUS_CHANGE_INVALID');
      const [audit] = await t.dataSource.query("SELECT actorUserId FROM audit_event WHERE action = 'posting.approved' AND entityId = ?", [res.body.id]);
      expect(audit.actorUserId).toBe(operator.userId);
    });

    it('lets the admin narrow the review queue to one county; an operator stays in their own whatever they ask', async () => {
      const employer = await createVerifiedEmployer(t, { countyCode: '371725' });
      const res = await t
        .http()
        .post('/api/postings')
        .set(employer.auth)
        .send(postingInput({ requirements: '年龄不超过55岁' }))
        .expect(201);
      expect(res.body).toMatchObject({ status: 'pending_review', countyCode: '371725' });
      const queueIds = async (who: LoggedIn, countyCode?: string) => {
        const answer = await t
          .http()
          .get('/api/postings')
          .set(who.auth)
          .query({ status: 'pending_review', limit: 100, ...(countyCode ? { countyCode } : {}) })
          .expect(200);
        return answer.body.items as Posting[];
      };

      const admin = await login(t, 'admin');
      const yuncheng = await queueIds(admin, '371725');
      expect(yuncheng.map((p) => p.id)).toContain(res.body.id);
      expect(yuncheng.every((p) => p.countyCode === '371725')).toBe(true);
      expect((await queueIds(admin, '371702')).map((p) => p.id)).not.toContain(res.body.id);
      expect((await queueIds(admin)).map((p) => p.id)).toContain(res.body.id);

      const mudan = await login(t, 'operator', '371702');
      const asked = await queueIds(mudan, '371725');
      expect(asked.map((p) => p.id)).not.toContain(res.body.id);
      expect(asked.every((p) => p.countyCode === '371702')).toBe(true);
      expectError(await t.http().get('/api/postings').set(admin.auth).query({ countyCode: '3717' }), 400, 'COMMON.VALIDATION_FAILED');
    });

    it('sends a gender note for work forbidden to women to review instead of refusing it', async () => {
      const employer = await createVerifiedEmployer(t);
      const res = await t
        .http()
        .post('/api/postings')
        .set(employer.auth)
        .send(postingInput({ trade: 'construction.scaffolder', requirements: '高处作业，限男性' }))
        .expect(201);
      expect(res.body.status).toBe('pending_review');
      expect(res.body.reviewNotes[0]).toMatchObject({ category: 'gender_restricted_job', phrase: '限男性' });
    });

    it('rejects with a reason the employer sees, and records a notification for the employer', async () => {
      const employer = await createVerifiedEmployer(t);
      const created = await createPosting(t, employer, { requirements: '18-45岁' });
      const operator = await login(t, 'operator', '371702');
      expectError(await t.http().post(`/api/postings/${created.id}/reject`).set(operator.auth).send({ reason: '短' }), 400, 'COMMON.VALIDATION_FAILED');
      await t.http().post(`/api/postings/${created.id}/reject`).set(operator.auth).send({ reason: '年龄限制没有正当理由，请删去后重新提交' }).expect(200);
      const mine = await t.http().get(`/api/postings/${created.id}`).set(employer.auth).expect(200);
      expect(mine.body).toMatchObject({ status: 'rejected', statusReason: '年龄限制没有正当理由，请删去后重新提交' });
      const rows = await t.dataSource.query("SELECT userId, payload FROM notification WHERE event = 'posting.rejected' AND userId = ?", [employer.userId]);
      expect(rows).toHaveLength(1);
      expect(JSON.parse(rows[0].payload)).toMatchObject({ postingId: created.id });

      // Fixing the text after a rejection publishes it.
      const fixed = await t.http().patch(`/api/postings/${created.id}`).set(employer.auth).send({ requirements: '会看图纸' }).expect(200);
      expect(fixed.body).toMatchObject({ status: 'open', requirements: '会看图纸' });
      expect(fixed.body.statusReason).toBeUndefined();
    });
  });

  describe('PATCH and close', () => {
    it('lets only the owner edit, checks the content again, and keeps headcount at least the filled count', async () => {
      const employer = await createVerifiedEmployer(t);
      const created = await createPosting(t, employer);
      const stranger = await createVerifiedEmployer(t);
      expectError(await t.http().patch(`/api/postings/${created.id}`).set(stranger.auth).send({ headcount: 5 }), 404, 'POSTING.NOT_FOUND');

      const edited = await t.http().patch(`/api/postings/${created.id}`).set(employer.auth).send({ headcount: 5, payAmountFen: 25000 }).expect(200);
      expect(edited.body).toMatchObject({ headcount: 5, payAmountFen: 25000, status: 'open' });
      const refused = await t.http().patch(`/api/postings/${created.id}`).set(employer.auth).send({ description: '先交保证金再上岗' });
      expectError(refused, 400, 'POSTING.FORBIDDEN_CONTENT');
      expect(refused.body.phrase).toBe('保证金');
      const warned = await t.http().patch(`/api/postings/${created.id}`).set(employer.auth).send({ requirements: '年龄不超过55岁' }).expect(200);
      expect(warned.body.status).toBe('pending_review');

      await t.dataSource.query('UPDATE posting SET filledCount = 3 WHERE id = ?', [created.id]);
      expectError(await t.http().patch(`/api/postings/${created.id}`).set(employer.auth).send({ headcount: 2 }), 409, 'POSTING.HEADCOUNT_BELOW_FILLED');
    });

    it('closes a posting, which then leaves the feed and cannot be edited', async () => {
      const where = isolatedPoint();
      const employer = await createVerifiedEmployer(t);
      const created = await createPosting(t, employer, where);
      const worker = await createWorker(t, { location: where });
      const feed = () =>
        t
          .http()
          .get('/api/postings/feed')
          .set(worker.auth)
          .query({ ...where, radiusKm: 2 })
          .expect(200);
      expect((await feed()).body.items.map((p: FeedItem) => p.id)).toEqual([created.id]);
      const closed = await t.http().post(`/api/postings/${created.id}/close`).set(employer.auth).expect(200);
      expect(closed.body.status).toBe('closed');
      expect((await feed()).body.items).toEqual([]);
      expectError(await t.http().patch(`/api/postings/${created.id}`).set(employer.auth).send({ headcount: 9 }), 409, 'POSTING.NOT_EDITABLE');
      expectError(await t.http().post(`/api/postings/${created.id}/close`).set(employer.auth), 409, 'POSTING.STATUS_CHANGE_INVALID');
    });
  });

  describe('reports', () => {
    it('lets a worker report once; the report reaches operators of the county only', async () => {
      const employer = await createVerifiedEmployer(t, { countyCode: '371725' });
      const created = await createPosting(t, employer);
      const worker = await createWorker(t);
      const res = await t.http().post(`/api/postings/${created.id}/reports`).set(worker.auth).send({ reason: 'fake', detail: '打电话说要先交钱' }).expect(201);
      expect(res.body).toMatchObject({ postingId: created.id, reason: 'fake' });
      expectError(await t.http().post(`/api/postings/${created.id}/reports`).set(worker.auth).send({ reason: 'fees' }), 409, 'POSTING.ALREADY_REPORTED');
      expectError(await t.http().post(`/api/postings/${created.id}/reports`).set(employer.auth).send({ reason: 'fake' }), 403, 'AUTH.FORBIDDEN');

      const operator = await login(t, 'operator', '371725');
      const list = await t.http().get('/api/postings/reports').set(operator.auth).query({ limit: 100 }).expect(200);
      expect(list.body.items).toContainEqual(
        expect.objectContaining({ id: res.body.id, postingId: created.id, postingTitle: created.title, reason: 'fake', detail: '打电话说要先交钱' }),
      );
      const elsewhere = await login(t, 'operator', '371702');
      const other = await t.http().get('/api/postings/reports').set(elsewhere.auth).query({ limit: 100 }).expect(200);
      expect(other.body.items.map((r: { id: number }) => r.id)).not.toContain(res.body.id);
      expectError(await t.http().get('/api/postings/reports').set(worker.auth), 403, 'AUTH.FORBIDDEN');
    });
  });

  describe('scheduled closing', () => {
    it('expires postings past valid-until and marks full ones filled', async () => {
      const employer = await createVerifiedEmployer(t);
      const stale = await createPosting(t, employer);
      const full = await createPosting(t, employer, { headcount: 2 });
      const fresh = await createPosting(t, employer);
      await t.dataSource.query('UPDATE posting SET validUntil = ? WHERE id = ?', [new Date(Date.now() - 60_000), stale.id]);
      await t.dataSource.query('UPDATE posting SET filledCount = 2 WHERE id = ?', [full.id]);

      const result = await t.app.get(PostingExpiryJob).closeStale();
      expect(result.expired).toBeGreaterThanOrEqual(1);
      expect(result.filled).toBeGreaterThanOrEqual(1);
      const rows: { id: number; status: string }[] = await t.dataSource.query('SELECT id, status FROM posting WHERE id IN (?, ?, ?) ORDER BY id', [
        stale.id,
        full.id,
        fresh.id,
      ]);
      expect(rows.map((r) => r.status)).toEqual(['expired', 'filled', 'open']);
    });
  });

  describe('GET /api/postings/feed', () => {
    it('ranks by the documented score, carries distance and reasons, filters and pages', async () => {
      const where = isolatedPoint();
      const worker = await createWorker(t, { trades: ['construction.mason'], location: where });
      const employer = await createVerifiedEmployer(t);
      const near = await createPosting(t, employer, { ...offsetPoint(where, 0.3), payAmountFen: 15000, title: '近处瓦工' });
      const mid = await createPosting(t, employer, { ...offsetPoint(where, 1), payAmountFen: 20000, title: '一公里瓦工' });
      const hourly = await createPosting(t, employer, {
        ...offsetPoint(where, 1, 0.1),
        payAmountFen: 5000,
        payUnit: 'hour',
        settlement: 'weekly',
        title: '按小时瓦工',
      });
      const painter = await createPosting(t, employer, { ...offsetPoint(where, 0, 0.5), trade: 'decoration.painter', title: '刷墙油漆工' });
      await createPosting(t, employer, { ...offsetPoint(where, 5), title: '远处瓦工五公里' });
      const suspended = await createVerifiedEmployer(t);
      await createPosting(t, suspended, { ...offsetPoint(where, 0.2), title: '被暂停用工方' });
      const operator = await login(t, 'operator', '371702');
      await t.http().post(`/api/employers/${suspended.employer.id}/suspend`).set(operator.auth).send({ reason: '多次被举报虚假招工' }).expect(200);

      const res = await t
        .http()
        .get('/api/postings/feed')
        .set(worker.auth)
        .query({ ...where, radiusKm: 3 })
        .expect(200);
      // hourly: 5000 × 8 = 400 元/天 scores full pay points; near beats mid on distance; the painter has no trade points.
      expect(res.body.items.map((p: FeedItem) => p.id)).toEqual([hourly.id, near.id, mid.id, painter.id]);
      const first = res.body.items[0] as FeedItem;
      expect(first.distanceKm).toBeCloseTo(1, 0);
      expect(first.score).toBeGreaterThan(res.body.items[1].score);
      expect(first.matchReasons).toEqual(expect.arrayContaining(['工种对口：瓦工', '约400元/天']));
      expect(res.body.items[1].distanceKm).toBeCloseTo(0.3, 1);
      expect(res.body.items[3].matchReasons.some((r: string) => r.startsWith('工种'))).toBe(false);

      const construction = await t
        .http()
        .get('/api/postings/feed')
        .set(worker.auth)
        .query({ ...where, radiusKm: 3, trade: 'construction' })
        .expect(200);
      expect(construction.body.items.map((p: FeedItem) => p.id)).toEqual([hourly.id, near.id, mid.id]);
      const weekly = await t
        .http()
        .get('/api/postings/feed')
        .set(worker.auth)
        .query({ ...where, radiusKm: 3, settlement: 'weekly' })
        .expect(200);
      expect(weekly.body.items.map((p: FeedItem) => p.id)).toEqual([hourly.id]);
      const wide = await t
        .http()
        .get('/api/postings/feed')
        .set(worker.auth)
        .query({ ...where, radiusKm: 10 })
        .expect(200);
      expect(wide.body.items).toHaveLength(5);

      const seen: number[] = [];
      let cursor: string | undefined;
      for (let i = 0; i < 10; i += 1) {
        const page = await t
          .http()
          .get('/api/postings/feed')
          .set(worker.auth)
          .query({ ...where, radiusKm: 3, limit: 3, ...(cursor ? { cursor } : {}) })
          .expect(200);
        seen.push(...page.body.items.map((p: FeedItem) => p.id));
        cursor = page.body.nextCursor;
        if (!cursor) break;
      }
      expect(seen).toEqual([hourly.id, near.id, mid.id, painter.id]);
      expectError(
        await t
          .http()
          .get('/api/postings/feed')
          .set(worker.auth)
          .query({ ...where, trade: 'astronaut' }),
        400,
        'POSTING.TRADE_UNKNOWN',
      );
      expectError(await t.http().get('/api/postings/feed').set(worker.auth).query({ lat: 'x', lng: where.lng }), 400, 'COMMON.VALIDATION_FAILED');
    });

    it('answers signed out: the same cards ranked with no trade counted, list fields only; the detail is public with the phone masked', async () => {
      const where = isolatedPoint();
      const employer = await createVerifiedEmployer(t);
      const near = await createPosting(t, employer, { ...offsetPoint(where, 0.5), payAmountFen: 20000, title: '近处瓦工' });
      const far = await createPosting(t, employer, { ...offsetPoint(where, 2.5), payAmountFen: 20000, trade: 'decoration.painter', title: '远处油漆工' });
      const worker = await createWorker(t, { trades: ['decoration.painter'], location: where });

      const signedOut = await t
        .http()
        .get('/api/postings/feed')
        .query({ ...where, radiusKm: 3 })
        .expect(200);
      expect(signedOut.body.items.map((p: FeedItem) => p.id)).toEqual([near.id, far.id]);
      for (const item of signedOut.body.items as FeedItem[]) {
        expect(item.matchReasons.some((r) => r.startsWith('工种'))).toBe(false);
        expect(item).not.toHaveProperty('description');
        expect(item).not.toHaveProperty('contactPhone');
      }
      expect(signedOut.body.items[0]).toMatchObject({
        title: '近处瓦工',
        employerName: expect.any(String),
        payAmountFen: 20000,
        distanceKm: expect.any(Number),
      });
      // Signed in, the painter's own trade lifts the farther posting above the nearer one, with the same card fields.
      const signedIn = await t
        .http()
        .get('/api/postings/feed')
        .set(worker.auth)
        .query({ ...where, radiusKm: 3 })
        .expect(200);
      expect(signedIn.body.items.map((p: FeedItem) => p.id)).toEqual([far.id, near.id]);
      expect(Object.keys(signedIn.body.items[1]).sort()).toEqual(Object.keys(signedOut.body.items[0]).sort());

      const detail = await t.http().get(`/api/postings/${near.id}`).expect(200);
      expect(detail.body).toMatchObject({ id: near.id, description: near.description, contactPhone: expect.stringContaining('****') });
      expect(detail.body.contactPhone).not.toBe(near.contactPhone);
      expect((await t.http().get(`/api/postings/${near.id}`).set(worker.auth).expect(200)).body.contactPhone).toBe(near.contactPhone);
      expectError(await t.http().get('/api/postings/feed').set('authorization', 'Bearer not-a-token').query(where), 401, 'AUTH.TOKEN_INVALID');
    });
  });
});
