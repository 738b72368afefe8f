import type { EmployerProfile, ListResponse } from '@lingong/shared';
import { bootTestApp, TestApp } from './support/test-app';
import { creditCode, employerInput, LoggedIn, login, createEmployer } from './support/factories';
import { CJK, expectError } from './support/expect-error';

/** A code of the right form whose check character is wrong, like the early pilot codes. */
function checksumFailingCode(): string {
  const valid = creditCode();
  return valid.slice(0, 17) + (valid[17] === '0' ? '1' : '0');
}

describe('Employer registration and review (e2e)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await bootTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  /** Every employer a staff user can list, following the cursors to the end. */
  async function listAll(staff: LoggedIn, query: Record<string, string> = {}): Promise<EmployerProfile[]> {
    const items: EmployerProfile[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 100; page += 1) {
      const res = await t.api
        .as(staff)
        .get<ListResponse<EmployerProfile>>('/api/employers', { ...query, limit: '100', ...(cursor ? { cursor } : {}) })
        .expect(200);
      items.push(...res.body.items);
      cursor = res.body.nextCursor;
      if (!cursor) return items;
    }
    throw new Error('more than 100 pages of employers');
  }

  const ids = (items: EmployerProfile[]) => items.map((e) => e.id);

  async function statusOf(employerId: number): Promise<{ status: string; statusReason: string | null }> {
    const [row] = await t.dataSource.query('SELECT status, statusReason FROM employer WHERE id = ?', [employerId]);
    return row;
  }

  async function expectNotRegistered(user: LoggedIn): Promise<void> {
    expectError(await t.api.as(user).get('/api/employers/me'), 404, 'EMPLOYER.NOT_REGISTERED');
  }

  describe('PUT and GET /api/employers/me', () => {
    it.each(['91350100M000100Y43', '91440101MA5CJQ4N59'])('registers an organisation with the valid DOMAIN.md code %s as unverified', async (code) => {
      const user = await login(t, 'employer');
      const input = employerInput({ creditCode: code });
      const res = await t.http().put('/api/employers/me').set(user.auth).send(input).expect(201);
      expect(res.body).toEqual({
        id: expect.any(Number),
        kind: 'organisation',
        name: input.name,
        creditCode: code,
        contactName: input.contactName,
        phone: input.phone,
        address: input.address,
        countyCode: '371702',
        status: 'unverified',
        statusChangedAt: expect.any(String),
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      });
      const mine = await t.http().get('/api/employers/me').set(user.auth).expect(200);
      expect(mine.body).toEqual(res.body);

      // Moves to a fresh code, so the example is free again for the next run on this database.
      await t
        .http()
        .put('/api/employers/me')
        .set(user.auth)
        .send({ ...input, creditCode: creditCode() })
        .expect(200);
    });

    it('stores a code typed in lower case with spaces in its normal form', async () => {
      const code = creditCode();
      const typed = `${code.slice(0, 8)} ${code.slice(8)}`.toLowerCase();
      const { employer } = await createEmployer(t, { creditCode: typed });
      expect(employer.creditCode).toBe(code);
      const [row] = await t.dataSource.query('SELECT creditCode FROM employer WHERE id = ?', [employer.id]);
      expect(row.creditCode).toBe(code);
    });

    it('sends a code that fails only its checksum to manual review instead of refusing it', async () => {
      const user = await login(t, 'employer');
      const input = employerInput({ creditCode: '91350100M000100Y44' });
      const res = await t.http().put('/api/employers/me').set(user.auth).send(input).expect(201);
      expect(res.body).toMatchObject({ creditCode: '91350100M000100Y44', status: 'pending_review', statusReason: expect.stringMatching(CJK) });
      expect(res.body.statusReason).toMatch(/人工/);
      const mine = await t.http().get('/api/employers/me').set(user.auth).expect(200);
      expect(mine.body).toMatchObject({ status: 'pending_review', statusReason: res.body.statusReason });

      // A valid code afterwards is an ordinary unverified registration (and frees the example code).
      const fixed = await t
        .http()
        .put('/api/employers/me')
        .set(user.auth)
        .send({ ...input, creditCode: creditCode() })
        .expect(200);
      expect(fixed.body.status).toBe('unverified');
      expect(fixed.body).not.toHaveProperty('statusReason');
    });

    it('normalises a code in manual review like a valid one: spaces, lower case and full-width characters', async () => {
      const code = checksumFailingCode();
      const fullWidth = code.replace(/[0-9A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
      for (const typed of [`${code.slice(0, 8)} ${code.slice(8)}`.toLowerCase(), fullWidth]) {
        const user = await login(t, 'employer');
        const res = await t
          .http()
          .put('/api/employers/me')
          .set(user.auth)
          .send(employerInput({ creditCode: typed }))
          .expect(201);
        expect(res.body).toMatchObject({ creditCode: code, status: 'pending_review' });
        const [row] = await t.dataSource.query('SELECT creditCode FROM employer WHERE id = ?', [res.body.id]);
        expect(row.creditCode).toBe(code);
        // Frees the code for the next spelling.
        await t
          .http()
          .put('/api/employers/me')
          .set(user.auth)
          .send(employerInput({ creditCode: creditCode() }))
          .expect(200);
      }
    });

    it.each([
      ['a letter that codes never use (Z)', '91350100M000100Y4Z'],
      ['17 characters', '91350100M000100Y4'],
      ['19 characters', '91350100M000100Y430'],
      ['the letter O', '91350100MO00100Y43'],
    ])('refuses a credit code with %s', async (_case, code) => {
      const user = await login(t, 'employer');
      const res = await t
        .http()
        .put('/api/employers/me')
        .set(user.auth)
        .send(employerInput({ creditCode: code }));
      expectError(res, 400, 'EMPLOYER.CREDIT_CODE_INVALID');
      expect(res.body.errors).toEqual([{ field: 'creditCode', message: res.body.message }]);
      await expectNotRegistered(user);
    });

    it('requires a credit code from an organisation but not from a person', async () => {
      for (const missing of [undefined, '', '   ']) {
        const user = await login(t, 'employer');
        const res = await t
          .http()
          .put('/api/employers/me')
          .set(user.auth)
          .send(employerInput({ creditCode: missing }));
        expectError(res, 400, 'EMPLOYER.CREDIT_CODE_REQUIRED');
        await expectNotRegistered(user);
      }

      const person = await login(t, 'employer');
      const res = await t
        .http()
        .put('/api/employers/me')
        .set(person.auth)
        .send(employerInput({ kind: 'person', name: '张三（包工头）', creditCode: undefined }))
        .expect(201);
      expect(res.body).toMatchObject({ kind: 'person', name: '张三（包工头）', status: 'unverified' });
      expect(res.body).not.toHaveProperty('creditCode');
    });

    it('lets one credit code belong to one account only', async () => {
      const code = creditCode();
      const first = await createEmployer(t, { creditCode: code });
      for (const typed of [code, code.toLowerCase()]) {
        const other = await login(t, 'employer');
        const res = await t
          .http()
          .put('/api/employers/me')
          .set(other.auth)
          .send(employerInput({ creditCode: typed }));
        expectError(res, 409, 'EMPLOYER.CREDIT_CODE_TAKEN');
        await expectNotRegistered(other);
      }
      const mine = await t.http().get('/api/employers/me').set(first.auth).expect(200);
      expect(mine.body.creditCode).toBe(code);
    });

    it('refuses a county the platform does not serve', async () => {
      const user = await login(t, 'employer');
      const res = await t
        .http()
        .put('/api/employers/me')
        .set(user.auth)
        .send(employerInput({ countyCode: '110101' }));
      expectError(res, 400, 'EMPLOYER.COUNTY_NOT_SERVED');
      expect(res.body.errors).toEqual([{ field: 'countyCode', message: expect.stringMatching(CJK) }]);
      await expectNotRegistered(user);
    });

    it('refuses a phone number that is not a mainland mobile and normalises +86', async () => {
      for (const phone of ['12345', '23812345678']) {
        const user = await login(t, 'employer');
        const res = await t.http().put('/api/employers/me').set(user.auth).send(employerInput({ phone }));
        expectError(res, 400, 'EMPLOYER.PHONE_INVALID');
        expect(res.body.errors).toEqual([{ field: 'phone', message: expect.stringMatching(CJK) }]);
        await expectNotRegistered(user);
      }
      const { employer } = await createEmployer(t, { phone: '+86 139 1234 5678' });
      expect(employer.phone).toBe('13912345678');
    });

    it('refuses fields it does not know', async () => {
      const user = await login(t, 'employer');
      const res = await t
        .http()
        .put('/api/employers/me')
        .set(user.auth)
        .send({ ...employerInput(), status: 'verified' });
      expectError(res, 400, 'COMMON.VALIDATION_FAILED');
      expect(res.body.errors).toEqual([{ field: 'status', message: expect.stringMatching(CJK) }]);
      await expectNotRegistered(user);
    });
  });

  describe('GET /api/employers (staff)', () => {
    it('shows an operator only the employers of their own county, whatever countyCode they ask for', async () => {
      const inMudan = await createEmployer(t, { countyCode: '371702' });
      const inCaoxian = await createEmployer(t, { countyCode: '371721', address: '曹县青菏路1号' });
      const mudanOperator = await login(t, 'operator', '371702');
      const caoxianOperator = await login(t, 'operator', '371721');

      const mudan = await listAll(mudanOperator);
      expect(ids(mudan)).toContain(inMudan.employer.id);
      expect(ids(mudan)).not.toContain(inCaoxian.employer.id);
      expect(new Set(mudan.map((e) => e.countyCode))).toEqual(new Set(['371702']));

      const caoxian = await listAll(caoxianOperator);
      expect(ids(caoxian)).toContain(inCaoxian.employer.id);
      expect(ids(caoxian)).not.toContain(inMudan.employer.id);
      expect(new Set(caoxian.map((e) => e.countyCode))).toEqual(new Set(['371721']));

      const askingForAnother = await listAll(mudanOperator, { countyCode: '371721' });
      expect(ids(askingForAnother)).toContain(inMudan.employer.id);
      expect(ids(askingForAnother)).not.toContain(inCaoxian.employer.id);

      const item = mudan.find((e) => e.id === inMudan.employer.id);
      expect(item).toEqual(inMudan.employer);
    });

    it('shows an admin every county, filtered by countyCode when asked', async () => {
      const inMudan = await createEmployer(t, { countyCode: '371702' });
      const inCaoxian = await createEmployer(t, { countyCode: '371721' });
      const admin = await login(t, 'admin');

      const all = await listAll(admin);
      expect(ids(all)).toEqual(expect.arrayContaining([inMudan.employer.id, inCaoxian.employer.id]));

      const caoxian = await listAll(admin, { countyCode: '371721' });
      expect(ids(caoxian)).toContain(inCaoxian.employer.id);
      expect(ids(caoxian)).not.toContain(inMudan.employer.id);
      expect(new Set(caoxian.map((e) => e.countyCode))).toEqual(new Set(['371721']));
    });

    it('filters by status', async () => {
      const pending = await createEmployer(t, { countyCode: '371703', creditCode: checksumFailingCode() });
      const unverified = await createEmployer(t, { countyCode: '371703' });
      expect(pending.employer.status).toBe('pending_review');
      const operator = await login(t, 'operator', '371703');

      const inReview = await listAll(operator, { status: 'pending_review' });
      expect(ids(inReview)).toContain(pending.employer.id);
      expect(ids(inReview)).not.toContain(unverified.employer.id);
      expect(new Set(inReview.map((e) => e.status))).toEqual(new Set(['pending_review']));

      const notYetChecked = await listAll(operator, { status: 'unverified' });
      expect(ids(notYetChecked)).toContain(unverified.employer.id);
      expect(ids(notYetChecked)).not.toContain(pending.employer.id);

      const bogus = await t.http().get('/api/employers').set(operator.auth).query({ status: 'approved' });
      expectError(bogus, 400, 'COMMON.VALIDATION_FAILED');
      expect(bogus.body.errors).toEqual([{ field: 'status', message: expect.stringMatching(CJK) }]);
    });

    it('pages with limit and cursor, newest first, without repeating anyone', async () => {
      const created: number[] = [];
      for (let i = 0; i < 3; i += 1) created.push((await createEmployer(t, { countyCode: '371726', address: `鄄城县测试路${i}号` })).employer.id);
      const operator = await login(t, 'operator', '371726');

      const seen: number[] = [];
      let cursor: string | undefined;
      for (let page = 0; page < 500; page += 1) {
        const res = await t
          .http()
          .get('/api/employers')
          .set(operator.auth)
          .query({ limit: '1', ...(cursor ? { cursor } : {}) })
          .expect(200);
        expect(res.body.items).toHaveLength(1);
        seen.push(res.body.items[0].id);
        cursor = res.body.nextCursor;
        if (!cursor) break;
      }
      expect(cursor).toBeUndefined();
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen).toEqual([...seen].sort((a, b) => b - a));
      expect(seen.filter((id) => created.includes(id))).toEqual([...created].reverse());
      expect(seen).toEqual(ids(await listAll(operator)));

      const broken = await t.http().get('/api/employers').set(operator.auth).query({ cursor: 'not-a-cursor' });
      expectError(broken, 400, 'COMMON.VALIDATION_FAILED');
      expect(broken.body.errors).toEqual([{ field: 'cursor', message: expect.stringMatching(CJK) }]);
      for (const limit of ['0', '101', 'ten']) {
        expectError(await t.http().get('/api/employers').set(operator.auth).query({ limit }), 400, 'COMMON.VALIDATION_FAILED');
      }
    });
  });

  describe('one employer, as staff see it', () => {
    it('is shown to its county operator and to an admin', async () => {
      const { employer } = await createEmployer(t, { countyCode: '371721' });
      const operator = await login(t, 'operator', '371721');
      const admin = await login(t, 'admin');
      expect((await t.http().get(`/api/employers/${employer.id}`).set(operator.auth).expect(200)).body).toEqual(employer);
      expect((await t.http().get(`/api/employers/${employer.id}`).set(admin.auth).expect(200)).body).toEqual(employer);
    });

    it('does not exist for an operator of another county: GET, verify and suspend answer 404', async () => {
      const { employer } = await createEmployer(t, { countyCode: '371721' });
      const outsider = await login(t, 'operator', '371702');

      expectError(await t.http().get(`/api/employers/${employer.id}`).set(outsider.auth), 404, 'EMPLOYER.NOT_FOUND');
      expectError(await t.http().post(`/api/employers/${employer.id}/verify`).set(outsider.auth), 404, 'EMPLOYER.NOT_FOUND');
      expectError(
        await t.http().post(`/api/employers/${employer.id}/suspend`).set(outsider.auth).send({ reason: '越权暂停的尝试' }),
        404,
        'EMPLOYER.NOT_FOUND',
      );

      expect(await statusOf(employer.id)).toEqual({ status: 'unverified', statusReason: null });
      const [{ n }] = await t.dataSource.query(
        "SELECT COUNT(*) AS n FROM audit_event WHERE entityType = 'employer' AND entityId = ? AND action <> 'employer.registered'",
        [employer.id],
      );
      expect(Number(n)).toBe(0);
    });

    it('answers 404 for an id that is not a number or does not exist', async () => {
      const admin = await login(t, 'admin');
      for (const id of ['abc', '1.5', '12abc']) {
        expectError(await t.http().get(`/api/employers/${id}`).set(admin.auth), 404, 'COMMON.NOT_FOUND');
        expectError(await t.http().post(`/api/employers/${id}/verify`).set(admin.auth), 404, 'COMMON.NOT_FOUND');
        expectError(await t.http().post(`/api/employers/${id}/suspend`).set(admin.auth).send({ reason: '测试不存在的编号' }), 404, 'COMMON.NOT_FOUND');
      }
      expectError(await t.http().get('/api/employers/2147483000').set(admin.auth), 404, 'EMPLOYER.NOT_FOUND');
    });

    it('is closed to workers and employers: list, GET, verify and suspend answer 403', async () => {
      const { employer } = await createEmployer(t);
      const worker = await login(t, 'worker');
      const otherEmployer = await createEmployer(t);
      for (const caller of [worker, otherEmployer]) {
        expectError(await t.http().get('/api/employers').set(caller.auth), 403, 'AUTH.FORBIDDEN');
        expectError(await t.http().get(`/api/employers/${employer.id}`).set(caller.auth), 403, 'AUTH.FORBIDDEN');
        expectError(await t.http().post(`/api/employers/${employer.id}/verify`).set(caller.auth), 403, 'AUTH.FORBIDDEN');
        expectError(await t.http().post(`/api/employers/${employer.id}/suspend`).set(caller.auth).send({ reason: '自己给别人暂停' }), 403, 'AUTH.FORBIDDEN');
      }
      // An employer cannot verify itself either.
      const self = await createEmployer(t);
      expectError(await t.http().post(`/api/employers/${self.employer.id}/verify`).set(self.auth), 403, 'AUTH.FORBIDDEN');
      expect(await statusOf(self.employer.id)).toEqual({ status: 'unverified', statusReason: null });
    });
  });

  describe('verify and suspend', () => {
    it('reinstates a suspended employer with a reason the employer reads, and tells the employer each outcome', async () => {
      const { employer, auth, userId } = await createEmployer(t, { countyCode: '371723' });
      const operator = await login(t, 'operator', '371723');
      expectError(
        await t.api.as(operator).post(`/api/employers/${employer.id}/reinstate`, { reason: '没有暂停也想恢复' }),
        409,
        'EMPLOYER.STATUS_CHANGE_INVALID',
      );
      await t.api.as(operator).post(`/api/employers/${employer.id}/verify`, {}).expect(200);
      await t.api.as(operator).post(`/api/employers/${employer.id}/suspend`, { reason: '多名零工投诉拖欠工资，暂停待核查' }).expect(200);
      expectError(await t.api.as(operator).post(`/api/employers/${employer.id}/reinstate`, {}), 400, 'COMMON.VALIDATION_FAILED');

      const reason = '欠薪已结清，经核查恢复';
      const res = await t.api.as(operator).post<EmployerProfile>(`/api/employers/${employer.id}/reinstate`, { reason }).expect(200);
      expect(res.body).toMatchObject({ status: 'verified', statusReason: reason });
      expect((await t.http().get('/api/employers/me').set(auth).expect(200)).body).toMatchObject({ status: 'verified', statusReason: reason });
      const [audit] = await t.dataSource.query(
        "SELECT actorUserId, reason FROM audit_event WHERE entityType = 'employer' AND entityId = ? AND action = 'employer.reinstated'",
        [employer.id],
      );
      expect(audit).toEqual({ actorUserId: operator.userId, reason });

      const told = await t.dataSource.query("SELECT payload FROM notification WHERE event = 'employer.reviewed' AND userId = ? ORDER BY id", [userId]);
      const payloads = told.map((row: { payload: unknown }) => (typeof row.payload === 'string' ? JSON.parse(row.payload) : row.payload));
      expect(payloads.map((p: { status: string }) => p.status)).toEqual(['verified', 'suspended', 'verified']);
      expect(payloads[2]).toMatchObject({ name: employer.name, reason });
    });

    it('finds employers by part of the name or of the credit code, within the filters', async () => {
      const code = creditCode();
      const { employer } = await createEmployer(t, { countyCode: '371724', name: `查找测试${code.slice(10, 16)}建材店`, creditCode: code });
      const operator = await login(t, 'operator', '371724');
      expect(ids(await listAll(operator, { q: `查找测试${code.slice(10, 16)}` }))).toEqual([employer.id]);
      expect(ids(await listAll(operator, { q: code.slice(4, 14).toLowerCase() }))).toEqual([employer.id]);
      expect(ids(await listAll(operator, { q: `查找测试${code.slice(10, 16)}`, status: 'verified' }))).toEqual([]);
      expect(ids(await listAll(operator, { q: '%' })).length).toBeGreaterThanOrEqual(1);
    });

    it('verifies once; a second verification is refused', async () => {
      const { employer, auth } = await createEmployer(t);
      const operator = await login(t, 'operator', '371702');

      const verified = await t.http().post(`/api/employers/${employer.id}/verify`).set(operator.auth).expect(200);
      expect(verified.body).toEqual({ ...employer, status: 'verified', statusChangedAt: expect.any(String), updatedAt: expect.any(String) });
      expect(Date.parse(verified.body.statusChangedAt)).toBeGreaterThanOrEqual(Date.parse(employer.statusChangedAt!));
      expect((await t.http().get('/api/employers/me').set(auth).expect(200)).body.status).toBe('verified');

      const again = await t.http().post(`/api/employers/${employer.id}/verify`).set(operator.auth);
      expectError(again, 409, 'EMPLOYER.STATUS_CHANGE_INVALID');
    });

    it('verifies a code in manual review with the operator’s note, which the employer sees', async () => {
      const { employer, auth } = await createEmployer(t, { countyCode: '371722', creditCode: checksumFailingCode() });
      expect(employer.status).toBe('pending_review');
      const admin = await login(t, 'admin');
      const note = '已到窗口核对营业执照原件，代码为早期试点代码';
      const res = await t.http().post(`/api/employers/${employer.id}/verify`).set(admin.auth).send({ reason: note }).expect(200);
      expect(res.body).toMatchObject({ status: 'verified', statusReason: note });
      expect((await t.http().get('/api/employers/me').set(auth).expect(200)).body).toMatchObject({ status: 'verified', statusReason: note });
    });

    it('suspends only with a reason the employer can read, once, and verification lifts it', async () => {
      const { employer, auth } = await createEmployer(t);
      const operator = await login(t, 'operator', '371702');
      await t.http().post(`/api/employers/${employer.id}/verify`).set(operator.auth).expect(200);

      const noReason = await t.http().post(`/api/employers/${employer.id}/suspend`).set(operator.auth).send({});
      expectError(noReason, 400, 'COMMON.VALIDATION_FAILED');
      expect(noReason.body.errors).toEqual([{ field: 'reason', message: expect.stringMatching(CJK) }]);
      const noBody = await t.http().post(`/api/employers/${employer.id}/suspend`).set(operator.auth);
      expectError(noBody, 400, 'COMMON.VALIDATION_FAILED');
      const tooShort = await t.http().post(`/api/employers/${employer.id}/suspend`).set(operator.auth).send({ reason: '违规' });
      expectError(tooShort, 400, 'COMMON.VALIDATION_FAILED');
      expect(await statusOf(employer.id)).toMatchObject({ status: 'verified' });

      const reason = '多名零工投诉拖欠工资，暂停发布招工信息，待核查';
      const suspended = await t.http().post(`/api/employers/${employer.id}/suspend`).set(operator.auth).send({ reason }).expect(200);
      expect(suspended.body).toMatchObject({ id: employer.id, status: 'suspended', statusReason: reason });
      const mine = await t.http().get('/api/employers/me').set(auth).expect(200);
      expect(mine.body).toMatchObject({ status: 'suspended', statusReason: reason, statusChangedAt: suspended.body.statusChangedAt });

      const twice = await t.http().post(`/api/employers/${employer.id}/suspend`).set(operator.auth).send({ reason: '再暂停一次试试' });
      expectError(twice, 409, 'EMPLOYER.STATUS_CHANGE_INVALID');
      expect(await statusOf(employer.id)).toEqual({ status: 'suspended', statusReason: reason });

      const lifted = await t.http().post(`/api/employers/${employer.id}/verify`).set(operator.auth).expect(200);
      expect(lifted.body.status).toBe('verified');
      expect(lifted.body).not.toHaveProperty('statusReason');

      const events = await t.dataSource.query(
        "SELECT action, actorUserId, countyCode, reason, data FROM audit_event WHERE entityType = 'employer' AND entityId = ? AND action IN ('employer.verified', 'employer.suspended') ORDER BY id",
        [employer.id],
      );
      expect(events.map((e: { data: string }) => ({ ...e, data: JSON.parse(e.data) }))).toEqual([
        { action: 'employer.verified', actorUserId: operator.userId, countyCode: '371702', reason: null, data: { from: 'unverified', to: 'verified' } },
        { action: 'employer.suspended', actorUserId: operator.userId, countyCode: '371702', reason, data: { from: 'verified', to: 'suspended' } },
        { action: 'employer.verified', actorUserId: operator.userId, countyCode: '371702', reason: null, data: { from: 'suspended', to: 'verified' } },
      ]);
    });

    it('asks for verification again when a verified employer changes who it is, but not for a new phone number', async () => {
      const { employer, auth, input } = await createEmployer(t);
      const operator = await login(t, 'operator', '371702');
      await t.http().post(`/api/employers/${employer.id}/verify`).set(operator.auth).expect(200);

      const newPhone = await t
        .http()
        .put('/api/employers/me')
        .set(auth)
        .send({ ...input, phone: '13700001111', contactName: '赵会计' })
        .expect(200);
      expect(newPhone.body).toMatchObject({ status: 'verified', phone: '13700001111', contactName: '赵会计' });

      const renamed = await t
        .http()
        .put('/api/employers/me')
        .set(auth)
        .send({ ...input, name: `${input.name}（新）` })
        .expect(200);
      expect(renamed.body).toMatchObject({ status: 'unverified', name: `${input.name}（新）` });
      expect((await t.http().get('/api/employers/me').set(auth).expect(200)).body.status).toBe('unverified');
    });

    it('keeps a suspension, and its reason, when the employer edits its registration', async () => {
      const { employer, auth, input } = await createEmployer(t);
      const operator = await login(t, 'operator', '371702');
      const reason = '招工信息含有收取押金内容，暂停整改';
      await t.http().post(`/api/employers/${employer.id}/suspend`).set(operator.auth).send({ reason }).expect(200);

      for (const edit of [{ name: `${input.name}（更名）` }, { creditCode: creditCode() }, { kind: 'person' as const }]) {
        const res = await t
          .http()
          .put('/api/employers/me')
          .set(auth)
          .send({ ...input, ...edit })
          .expect(200);
        expect(res.body).toMatchObject({ status: 'suspended', statusReason: reason });
      }
      expect(await statusOf(employer.id)).toEqual({ status: 'suspended', statusReason: reason });
    });
  });
});
