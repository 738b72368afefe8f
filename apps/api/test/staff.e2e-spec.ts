import type { Response } from 'supertest';
import {
  STAFF_INVITATION_CODE_ALPHABET,
  type CreatedStaffInvitation,
  type ListResponse,
  type StaffInvitation,
  type StaffMember,
  type UserSummary,
} from '@lingong/shared';
import { MAX_FAILED_REDEEMS_PER_HOUR } from '../src/staff/staff-invitations.service';
import { staffInviteCommand, StaffInviteRefused, STAFF_INVITE_USAGE } from '../src/staff/staff-invite.command';
import { Clock } from '../src/common/clock';
import { createWorker, fileComplaint, LoggedIn, login } from './support/factories';
import { bootTestApp, TestApp } from './support/test-app';
import { expectError } from './support/expect-error';

const CHENGWU = '371723';
const SHANXIAN = '371722';
const DONGMING = '371728';
const CODE = new RegExp(`^[${STAFF_INVITATION_CODE_ALPHABET}]{8}$`);

describe('Staff list (e2e)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await bootTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  /** Every page of the list, so the run's other operators of the county cannot push ours off the first. */
  async function staffOf(by: LoggedIn, query: Record<string, string> = {}): Promise<StaffMember[]> {
    const all: StaffMember[] = [];
    let cursor: string | undefined;
    do {
      const res = await t.api
        .as(by)
        .get<ListResponse<StaffMember>>('/api/staff', { ...query, limit: '50', ...(cursor ? { cursor } : {}) })
        .expect(200);
      const body = res.body as ListResponse<StaffMember>;
      all.push(...body.items);
      cursor = body.nextCursor;
    } while (cursor);
    return all;
  }

  it('gives an operator the open operator accounts of their own county, named without leaking the phone', async () => {
    const [me, colleague, closed, outsider] = await Promise.all([
      login(t, 'operator', CHENGWU),
      login(t, 'operator', CHENGWU),
      login(t, 'operator', CHENGWU),
      login(t, 'operator', SHANXIAN),
    ]);
    await t.dataSource.query('UPDATE app_user SET phone = ? WHERE id = ?', ['13905306789', colleague.userId]);
    await t.dataSource.query('UPDATE app_user SET closedAt = ? WHERE id = ?', [new Date(), closed.userId]);
    const worker = await createWorker(t, { countyCode: CHENGWU });

    const list = await staffOf(me);
    expect(list).toContainEqual({ id: me.userId, countyCode: CHENGWU, displayName: `工作人员${me.userId}号` });
    expect(list).toContainEqual({ id: colleague.userId, countyCode: CHENGWU, displayName: `工作人员${colleague.userId}号 · 手机尾号6789` });
    const ids = list.map((s) => s.id);
    expect(ids).not.toContain(closed.userId);
    expect(ids).not.toContain(outsider.userId);
    expect(ids).not.toContain(worker.userId);
    expect(list.every((s) => s.countyCode === CHENGWU)).toBe(true);
    expect(JSON.stringify(list)).not.toContain('13905306789');
    // Ids ascend, so paging by cursor neither repeats nor skips anyone.
    expect([...ids].sort((a, b) => a - b)).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);

    // Asking for another county does not widen an operator's view.
    const asked = await staffOf(me, { countyCode: SHANXIAN });
    expect(asked.map((s) => s.id)).not.toContain(outsider.userId);
    expect(asked.every((s) => s.countyCode === CHENGWU)).toBe(true);
  });

  it('lists exactly the colleagues a case of the county can be assigned to', async () => {
    const [me, colleague] = await Promise.all([login(t, 'operator', CHENGWU), login(t, 'operator', CHENGWU)]);
    const worker = await createWorker(t);
    const c = await fileComplaint(t, worker, { countyCode: CHENGWU });
    const listed = (await staffOf(me)).find((s) => s.id === colleague.userId);
    expect(listed).toBeDefined();
    const res = await t.http().post(`/api/complaints/${c.id}/assign`).set(me.auth).send({ operatorUserId: listed!.id }).expect(200);
    expect(res.body.assignedOperatorId).toBe(colleague.userId);
  });

  it('lets the admin choose a county, or see every county', async () => {
    const [chengwu, shanxian, admin] = await Promise.all([login(t, 'operator', CHENGWU), login(t, 'operator', SHANXIAN), login(t, 'admin')]);
    const one = await staffOf(admin, { countyCode: SHANXIAN });
    expect(one.map((s) => s.id)).toContain(shanxian.userId);
    expect(one.map((s) => s.id)).not.toContain(chengwu.userId);
    expect(one.every((s) => s.countyCode === SHANXIAN)).toBe(true);
    const all = await staffOf(admin);
    expect(all.map((s) => s.id)).toEqual(expect.arrayContaining([chengwu.userId, shanxian.userId]));
    expect(all.map((s) => s.id)).not.toContain(admin.userId);
  });

  it('refuses workers, employers, callers without a token and a malformed county', async () => {
    const [worker, employer, admin] = await Promise.all([login(t, 'worker'), login(t, 'employer'), login(t, 'admin')]);
    expectError(await t.http().get('/api/staff').set(worker.auth), 403, 'AUTH.FORBIDDEN');
    expectError(await t.http().get('/api/staff').set(employer.auth), 403, 'AUTH.FORBIDDEN');
    expect((await t.http().get('/api/staff')).status).toBe(401);
    expectError(await t.http().get('/api/staff').set(admin.auth).query({ countyCode: '37172' }), 400, 'COMMON.VALIDATION_FAILED');
    expectError(await t.http().get('/api/staff').set(admin.auth).query({ cursor: 'not-a-cursor' }), 400, 'COMMON.VALIDATION_FAILED');
  });
});

describe('Staff access: invitations, redeeming and taking access away (e2e)', () => {
  let t: TestApp;
  let admin: LoggedIn;

  beforeAll(async () => {
    // Staff tokens outlive the 72 hours an invitation is tested over.
    t = await bootTestApp({ STAFF_TOKEN_TTL_SECONDS: String(7 * 24 * 3600) });
    admin = await login(t, 'admin');
  });
  afterAll(async () => {
    await t.close();
  });
  afterEach(() => {
    jest.restoreAllMocks();
  });

  async function invite(by: LoggedIn, body: Record<string, unknown> = { role: 'operator', countyCode: DONGMING }): Promise<CreatedStaffInvitation> {
    return (await t.api.as(by).post<CreatedStaffInvitation>('/api/staff/invitations', body).expect(201)).body;
  }
  function redeem(by: LoggedIn, code: string) {
    return t.api.as(by).post('/api/staff/invitations/redeem', { code });
  }
  async function openInvitations(query: Record<string, string> = {}): Promise<StaffInvitation[]> {
    const all: StaffInvitation[] = [];
    let cursor: string | undefined;
    do {
      const res = await t.api
        .as(admin)
        .get<ListResponse<StaffInvitation>>('/api/staff/invitations', { ...query, limit: '100', ...(cursor ? { cursor } : {}) })
        .expect(200);
      all.push(...res.body.items);
      cursor = res.body.nextCursor;
    } while (cursor);
    return all;
  }
  async function me(by: LoggedIn): Promise<UserSummary> {
    return (await t.api.as(by).get<UserSummary>('/api/auth/me').expect(200)).body;
  }
  async function auditOf(
    entityType: string,
    entityId: number,
  ): Promise<{ actorUserId: number | null; action: string; countyCode: string | null; data: Record<string, unknown> | null }[]> {
    const rows: { actorUserId: number | null; action: string; countyCode: string | null; data: string | null }[] = await t.dataSource.query(
      'SELECT actorUserId, action, countyCode, data FROM audit_event WHERE entityType = ? AND entityId = ? ORDER BY id',
      [entityType, entityId],
    );
    return rows.map((r) => ({ ...r, data: r.data ? JSON.parse(r.data) : null }));
  }
  /** The body a client sees, without the request id that differs on every answer. */
  const shown = (res: Response) => ({ status: res.status, code: res.body.code, message: res.body.message });

  it('checks the role on every route: only the admin invites, lists, revokes and removes; anyone signed in may redeem', async () => {
    const [worker, employer, operator] = await Promise.all([login(t, 'worker'), login(t, 'employer'), login(t, 'operator', DONGMING)]);
    const invitation = await invite(admin);
    for (const who of [worker, employer, operator]) {
      expectError(await t.http().post('/api/staff/invitations').set(who.auth).send({ role: 'operator', countyCode: DONGMING }), 403, 'AUTH.FORBIDDEN');
      expectError(await t.http().get('/api/staff/invitations').set(who.auth), 403, 'AUTH.FORBIDDEN');
      expectError(await t.http().delete(`/api/staff/invitations/${invitation.id}`).set(who.auth), 403, 'AUTH.FORBIDDEN');
      expectError(await t.http().delete(`/api/staff/${operator.userId}`).set(who.auth), 403, 'AUTH.FORBIDDEN');
    }
    for (const res of [
      await t.http().post('/api/staff/invitations').send({ role: 'operator', countyCode: DONGMING }),
      await t.http().get('/api/staff/invitations'),
      await t.http().delete(`/api/staff/invitations/${invitation.id}`),
      await t.http().post('/api/staff/invitations/redeem').send({ code: invitation.code }),
      await t.http().delete(`/api/staff/${operator.userId}`),
      await t.http().get('/api/auth/me'),
    ]) {
      expectError(res, 401, 'AUTH.UNAUTHENTICATED');
    }
    // None of the refused calls used, revoked or removed anything.
    expect((await openInvitations()).map((i) => i.id)).toContain(invitation.id);
    expect((await me(operator)).roles).toContain('operator');
  });

  it('creates an operator invitation: the code once, 72 hours, only a keyed hash stored, listed without the code, audited', async () => {
    const created = await invite(admin);
    expect(created).toEqual({
      id: expect.any(Number),
      code: expect.stringMatching(CODE),
      role: 'operator',
      countyCode: DONGMING,
      createdByUserId: admin.userId,
      createdAt: expect.any(String),
      expiresAt: expect.any(String),
    });
    expect(Date.parse(created.expiresAt) - Date.parse(created.createdAt)).toBe(72 * 3600_000);

    const [stored] = await t.dataSource.query('SELECT * FROM staff_invitation WHERE id = ?', [created.id]);
    expect(stored.codeHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored)).not.toContain(created.code);

    const listed = (await openInvitations({ countyCode: DONGMING })).find((i) => i.id === created.id);
    expect(listed).toEqual({
      id: created.id,
      role: 'operator',
      countyCode: DONGMING,
      createdByUserId: admin.userId,
      createdAt: created.createdAt,
      expiresAt: created.expiresAt,
    });
    expect((await openInvitations({ countyCode: SHANXIAN })).map((i) => i.id)).not.toContain(created.id);

    expect(await auditOf('staff_invitation', created.id)).toEqual([
      { actorUserId: admin.userId, action: 'staff.invitation_created', countyCode: DONGMING, data: { role: 'operator', expiresAt: created.expiresAt } },
    ]);
    // Every code differs (31^8 of them): ten in a row show no repeats.
    const codes = await Promise.all(Array.from({ length: 10 }, () => invite(admin).then((i) => i.code)));
    expect(new Set([...codes, created.code]).size).toBe(11);
  });

  it('asks for a Heze county for an operator and refuses one for an admin', async () => {
    const field = (res: Response) => res.body.errors?.map((e: { field: string }) => e.field);
    for (const body of [{ role: 'operator' }, { role: 'operator', countyCode: '370102' }, { role: 'admin', countyCode: DONGMING }]) {
      const res = await t.http().post('/api/staff/invitations').set(admin.auth).send(body);
      expectError(res, 400, 'COMMON.VALIDATION_FAILED');
      expect(field(res)).toEqual(['countyCode']);
    }
    expectError(await t.http().post('/api/staff/invitations').set(admin.auth).send({ role: 'worker' }), 400, 'COMMON.VALIDATION_FAILED');
    expectError(await t.http().post('/api/staff/invitations').set(admin.auth).send({ role: 'admin', extra: 1 }), 400, 'COMMON.VALIDATION_FAILED');
    const forAdmin = await invite(admin, { role: 'admin' });
    expect(forAdmin).toMatchObject({ role: 'admin', countyCode: null });
  });

  it('a worker redeems an operator code (as typed, in lower case with a dash): operator of 东明县 at once, audited with the inviting admin', async () => {
    const worker = await createWorker(t, { countyCode: '371702' });
    const invitation = await invite(admin);
    expectError(await t.http().get('/api/staff').set(worker.auth), 403, 'AUTH.FORBIDDEN');
    const typed = `${invitation.code.slice(0, 4).toLowerCase()}-${invitation.code.slice(4)} `;
    const res = await redeem(worker, typed).expect(200);
    expect(res.body).toEqual({ id: worker.userId, roles: ['worker', 'operator'], countyCode: DONGMING });
    expect(await me(worker)).toEqual(res.body);

    // The guard reads roles from the database: the same token opens the county's staff routes now.
    const own = await t.http().get('/api/staff').set(worker.auth).query({ limit: '100' }).expect(200);
    expect(own.body.items.every((s: StaffMember) => s.countyCode === DONGMING)).toBe(true);
    const colleagues = await t.http().get('/api/staff').set(admin.auth).query({ countyCode: DONGMING, limit: '100' }).expect(200);
    expect(colleagues.body.items.map((s: StaffMember) => s.id)).toContain(worker.userId);
    // Their worker registration is untouched.
    expect((await t.http().get('/api/workers/me').set(worker.auth).expect(200)).body.countyCode).toBe('371702');

    expect((await openInvitations()).map((i) => i.id)).not.toContain(invitation.id);
    const [stored] = await t.dataSource.query('SELECT usedByUserId, usedAt FROM staff_invitation WHERE id = ?', [invitation.id]);
    expect(stored.usedByUserId).toBe(worker.userId);
    expect(await auditOf('user', worker.userId)).toEqual([
      { actorUserId: admin.userId, action: 'staff.granted', countyCode: DONGMING, data: { role: 'operator', invitationId: invitation.id } },
    ]);
  });

  it('answers unknown, used, expired, revoked and malformed codes alike, so codes cannot be probed', async () => {
    const [first, second] = await Promise.all([login(t, 'worker'), login(t, 'worker')]);
    const used = await invite(admin);
    await redeem(first, used.code).expect(200);
    const revoked = await invite(admin);
    await t.http().delete(`/api/staff/invitations/${revoked.id}`).set(admin.auth).expect(204);
    const expired = await invite(admin);

    const answers = [await redeem(second, used.code), await redeem(second, revoked.code), await redeem(second, 'ZZZZZZZZ'), await redeem(second, '0O1I')];
    jest.spyOn(t.app.get(Clock), 'now').mockReturnValue(new Date(Date.parse(expired.expiresAt) + 1000));
    answers.push(await redeem(second, expired.code));
    for (const res of answers) expectError(res, 400, 'STAFF.INVITATION_INVALID');
    expect(new Set(answers.map((res) => JSON.stringify(shown(res)))).size).toBe(1);
    expect((await me(second)).roles).toEqual(['worker']);
  });

  it('lets exactly one of several people redeeming one code at once win', async () => {
    const people = await Promise.all(Array.from({ length: 5 }, () => login(t, 'worker')));
    const invitation = await invite(admin);
    const answers = await Promise.all(people.map((p) => redeem(p, invitation.code)));
    expect(answers.map((r) => r.status).sort()).toEqual([200, 400, 400, 400, 400]);
    for (const res of answers.filter((r) => r.status === 400)) expectError(res, 400, 'STAFF.INVITATION_INVALID');
    const winner = people[answers.findIndex((r) => r.status === 200)];
    const roles = await Promise.all(people.map((p) => me(p).then((u) => u.roles.includes('operator'))));
    expect(roles.filter(Boolean)).toHaveLength(1);
    expect(await auditOf('user', winner.userId)).toEqual([expect.objectContaining({ action: 'staff.granted' })]);
  });

  it('grants one person one code only, even when they redeem two at once; the other code stays open', async () => {
    const person = await login(t, 'worker');
    const [dongming, shanxian] = await Promise.all([invite(admin), invite(admin, { role: 'operator', countyCode: SHANXIAN })]);
    const answers = await Promise.all([redeem(person, dongming.code), redeem(person, shanxian.code)]);
    expect(answers.map((r) => r.status).sort()).toEqual([200, 409]);
    expectError(
      answers.find((r) => r.status === 409)!,
      409,
      'STAFF.ALREADY_STAFF',
    );
    const after = await me(person);
    expect(after.roles).toEqual(['worker', 'operator']);
    const won = answers[0].status === 200 ? dongming : shanxian;
    const lost = won === dongming ? shanxian : dongming;
    expect(after.countyCode).toBe(won.countyCode);
    const open = (await openInvitations()).map((i) => i.id);
    expect(open).toContain(lost.id);
    expect(open).not.toContain(won.id);
  });

  it('refuses someone who is already staff with its own code, and leaves the code usable', async () => {
    const [operator, other] = await Promise.all([login(t, 'operator', SHANXIAN), login(t, 'worker')]);
    const invitation = await invite(admin);
    expectError(await redeem(operator, invitation.code), 409, 'STAFF.ALREADY_STAFF');
    expectError(await redeem(admin, invitation.code), 409, 'STAFF.ALREADY_STAFF');
    expect(await me(operator)).toMatchObject({ roles: ['operator'], countyCode: SHANXIAN });
    await redeem(other, invitation.code).expect(200);
  });

  it('expires codes after 72 hours on the staff clock', async () => {
    const person = await login(t, 'worker');
    const invitation = await invite(admin);
    const clock = t.app.get(Clock);
    jest.spyOn(clock, 'now').mockReturnValue(new Date(Date.parse(invitation.expiresAt) + 60_000));
    expect((await openInvitations()).map((i) => i.id)).not.toContain(invitation.id);
    expectError(await redeem(person, invitation.code), 400, 'STAFF.INVITATION_INVALID');
    expectError(await t.http().delete(`/api/staff/invitations/${invitation.id}`).set(admin.auth), 409, 'STAFF.INVITATION_CLOSED');
    // A minute before expiry it still works.
    jest.spyOn(clock, 'now').mockReturnValue(new Date(Date.parse(invitation.expiresAt) - 60_000));
    await redeem(person, invitation.code).expect(200);
  });

  it('revokes an unused code (audited), once; a used or unknown one cannot be revoked', async () => {
    const invitation = await invite(admin);
    await t.http().delete(`/api/staff/invitations/${invitation.id}`).set(admin.auth).expect(204);
    expect((await openInvitations()).map((i) => i.id)).not.toContain(invitation.id);
    expectError(await t.http().delete(`/api/staff/invitations/${invitation.id}`).set(admin.auth), 409, 'STAFF.INVITATION_CLOSED');
    expect((await auditOf('staff_invitation', invitation.id)).map((e) => [e.action, e.actorUserId])).toEqual([
      ['staff.invitation_created', admin.userId],
      ['staff.invitation_revoked', admin.userId],
    ]);

    const used = await invite(admin);
    await redeem(await login(t, 'worker'), used.code).expect(200);
    expectError(await t.http().delete(`/api/staff/invitations/${used.id}`).set(admin.auth), 409, 'STAFF.INVITATION_CLOSED');
    expectError(await t.http().delete('/api/staff/invitations/999999999').set(admin.auth), 404, 'STAFF.INVITATION_NOT_FOUND');
    expectError(await t.http().delete('/api/staff/invitations/abc').set(admin.auth), 404, 'COMMON.NOT_FOUND');
  });

  it('takes access away at once (audited); an admin cannot remove themself; a non-staff user is not found', async () => {
    const person = await createWorker(t);
    const invitation = await invite(admin);
    await redeem(person, invitation.code).expect(200);
    // The guard's cached look-up sees the granted role and, below, the removed one on the next request.
    await t.http().get('/api/staff').set(person.auth).query({ countyCode: DONGMING }).expect(200);

    await t.http().delete(`/api/staff/${person.userId}`).set(admin.auth).expect(204);
    expect(await me(person)).toEqual({ id: person.userId, roles: ['worker'] });
    expectError(await t.http().get('/api/staff').set(person.auth), 403, 'AUTH.FORBIDDEN');
    await t.http().get('/api/workers/me').set(person.auth).expect(200);
    const colleagues = await t.http().get('/api/staff').set(admin.auth).query({ countyCode: DONGMING, limit: '100' }).expect(200);
    expect(colleagues.body.items.map((s: StaffMember) => s.id)).not.toContain(person.userId);
    expect((await auditOf('user', person.userId)).map((e) => [e.action, e.actorUserId, e.countyCode, e.data])).toEqual([
      ['staff.granted', admin.userId, DONGMING, { role: 'operator', invitationId: invitation.id }],
      ['staff.access_removed', admin.userId, DONGMING, { roles: ['operator'], sessionsEnded: 0 }],
    ]);

    expectError(await t.http().delete(`/api/staff/${person.userId}`).set(admin.auth), 404, 'STAFF.NOT_FOUND');
    expectError(await t.http().delete('/api/staff/999999999').set(admin.auth), 404, 'STAFF.NOT_FOUND');
    expectError(await t.http().delete(`/api/staff/${admin.userId}`).set(admin.auth), 409, 'STAFF.CANNOT_REMOVE_SELF');
    expect((await me(admin)).roles).toContain('admin');

    // Having lost access, they can be invited again, for another county.
    const again = await invite(admin, { role: 'operator', countyCode: SHANXIAN });
    expect((await redeem(person, again.code).expect(200)).body).toMatchObject({ roles: ['worker', 'operator'], countyCode: SHANXIAN });

    // Another admin's access can be taken away by an admin.
    const otherAdmin = await login(t, 'admin');
    await t.http().delete(`/api/staff/${otherAdmin.userId}`).set(admin.auth).expect(204);
    // Their staff token's session ended with the role.
    expectError(await t.http().get('/api/staff/invitations').set(otherAdmin.auth), 401, 'AUTH.SESSION_ENDED');
  });

  it(`limits wrong codes to ${MAX_FAILED_REDEEMS_PER_HOUR} an hour per account`, async () => {
    const guesser = await login(t, 'worker');
    const invitation = await invite(admin);
    for (let i = 0; i < MAX_FAILED_REDEEMS_PER_HOUR; i += 1)
      expectError(await redeem(guesser, `WRONG${String(i).padStart(3, '2')}`), 400, 'STAFF.INVITATION_INVALID');
    expectError(await redeem(guesser, invitation.code), 429, 'STAFF.TOO_MANY_ATTEMPTS');
    // Another account is not held up by this one's guesses.
    await redeem(await login(t, 'worker'), (await invite(admin)).code).expect(200);
    jest.spyOn(t.app.get(Clock), 'now').mockReturnValue(new Date(Date.now() + 61 * 60_000));
    await redeem(guesser, invitation.code).expect(200);
  });

  it('makes the first admin from the command line: a one-time admin code, audited as the command line', async () => {
    const lines = await staffInviteCommand(t.app, ['admin']);
    const code = lines.map((l) => l.trim()).find((l) => CODE.test(l));
    expect(code).toBeDefined();
    const id = Number(/invitation (\d+)/.exec(lines[0])?.[1]);

    const person = await login(t, 'worker');
    expect((await redeem(person, code!).expect(200)).body).toEqual({ id: person.userId, roles: ['worker', 'admin'] });
    // The new admin can invite the county staff.
    await invite(person);
    expectError(await redeem(await login(t, 'worker'), code!), 400, 'STAFF.INVITATION_INVALID');
    expect(await auditOf('staff_invitation', id)).toEqual([
      { actorUserId: null, action: 'staff.invitation_created', countyCode: null, data: { role: 'admin', expiresAt: expect.any(String), via: 'command-line' } },
    ]);
    expect(await auditOf('user', person.userId)).toEqual([
      { actorUserId: null, action: 'staff.granted', countyCode: null, data: { role: 'admin', invitationId: id, via: 'command-line' } },
    ]);
  });

  it('the command line refuses a wrong role or county, saying why', async () => {
    await expect(staffInviteCommand(t.app, ['root'])).rejects.toThrow(new StaffInviteRefused(STAFF_INVITE_USAGE));
    await expect(staffInviteCommand(t.app, ['admin', DONGMING])).rejects.toBeInstanceOf(StaffInviteRefused);
    await expect(staffInviteCommand(t.app, ['operator'])).rejects.toBeInstanceOf(StaffInviteRefused);
    await expect(staffInviteCommand(t.app, ['operator'])).rejects.toThrow('县（区）工作人员必须指定所属县（区）');
    await expect(staffInviteCommand(t.app, ['operator', '110101'])).rejects.toThrow('不在本平台服务的县（区）范围内');
    const lines = await staffInviteCommand(t.app, ['operator', DONGMING]);
    expect(lines[0]).toContain('东明县工作人员');
  });
});
