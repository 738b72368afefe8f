import type { AuthSessionSummary, ConsoleSession, CreatedLoginTicket, LoginTicket, TotpEnrollment, TotpRecoveryCodes } from '@lingong/shared';
import { totpCode, totpStep } from '../src/auth/totp';
import { Clock } from '../src/common/clock';
import { expectError } from './support/expect-error';
import { login, LoggedIn, unique } from './support/factories';
import { bootTestApp, TestApp } from './support/test-app';

const DONGMING = '371728';

describe('Console login (e2e)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await bootTestApp();
  });
  afterEach(() => jest.restoreAllMocks());
  afterAll(async () => {
    await t.close();
  });

  const bearer = (token: string): LoggedIn => ({ token, userId: 0, auth: { Authorization: `Bearer ${token}` } });
  const secretOf = (enrollment: TotpEnrollment) => new URL(enrollment.otpauthUrl).searchParams.get('secret') as string;

  async function approvedTicket(staff: LoggedIn): Promise<string> {
    const created = (await t.api.post<CreatedLoginTicket>('/api/console/login-tickets').expect(201)).body;
    await t.api.as(staff).post(`/api/console/login-tickets/${created.id}/approve`).expect(200);
    return created.id;
  }

  /** An operator with a confirmed authenticator, and its secret. */
  async function enrolledOperator(openid = unique('op')): Promise<{ staff: LoggedIn; secret: string; recoveryCodes: string[] }> {
    const staff = await login(t, 'operator', DONGMING, openid);
    const enrollment = (await t.api.as(staff).post<TotpEnrollment>('/api/auth/totp/enroll').expect(200)).body;
    const secret = secretOf(enrollment);
    const { recoveryCodes } = (
      await t.api
        .as(staff)
        .post<TotpRecoveryCodes>('/api/auth/totp/confirm', { code: totpCode(secret, totpStep(new Date()) - 1) })
        .expect(200)
    ).body;
    return { staff, secret, recoveryCodes };
  }

  it('logs in by a ticket approved in the mini-program and a TOTP code; the ticket works once', async () => {
    const { staff, secret } = await enrolledOperator();
    const created = (await t.api.post<CreatedLoginTicket>('/api/console/login-tickets').expect(201)).body;
    expect(created.qrSvg).toMatch(/^<svg/);
    expect((await t.api.get<LoginTicket>(`/api/console/login-tickets/${created.id}`).expect(200)).body.status).toBe('pending');
    expectError(
      await t.api.post(`/api/console/login-tickets/${created.id}/session`, { totp: totpCode(secret, totpStep(new Date())) }),
      409,
      'AUTH.TICKET_NOT_APPROVED',
    );

    await t.api.as(staff).post(`/api/console/login-tickets/${created.id}/approve`).expect(200);
    expect((await t.api.get<LoginTicket>(`/api/console/login-tickets/${created.id}`).expect(200)).body.status).toBe('approved');
    const session = (
      await t.api.post<ConsoleSession>(`/api/console/login-tickets/${created.id}/session`, { totp: totpCode(secret, totpStep(new Date())) }).expect(200)
    ).body;
    expect(session).toEqual({ accessToken: expect.any(String), expiresAt: expect.any(String), idleTimeoutSeconds: 1800, totpEnrollmentRequired: false });
    const console = bearer(session.accessToken);
    const own = (await t.api.as(console).get<AuthSessionSummary[]>('/api/auth/sessions').expect(200)).body;
    expect(own.filter((s) => s.current).map((s) => s.kind)).toEqual(['console']);
    expect((await t.api.get<LoginTicket>(`/api/console/login-tickets/${created.id}`).expect(200)).body.status).toBe('used');
    expectError(
      await t.api.post(`/api/console/login-tickets/${created.id}/session`, { totp: totpCode(secret, totpStep(new Date()) + 1) }),
      409,
      'AUTH.TICKET_USED',
    );

    // A console token cannot approve another console login.
    const next = (await t.api.post<CreatedLoginTicket>('/api/console/login-tickets').expect(201)).body;
    expectError(await t.api.as(console).post(`/api/console/login-tickets/${next.id}/approve`), 403, 'AUTH.CONSOLE_TOKEN_NOT_ALLOWED');
    const audited = await t.dataSource.query('SELECT action FROM audit_event WHERE actorUserId = ? ORDER BY id', [staff.userId]);
    expect(audited.map((r: { action: string }) => r.action)).toEqual(
      expect.arrayContaining(['auth.staff_login', 'auth.totp_enrolled', 'auth.console_login_approved', 'auth.console_login']),
    );
  });

  it('lets an account without an authenticator only enroll one, then the session is full', async () => {
    const staff = await login(t, 'operator', DONGMING);
    const session = (await t.api.post<ConsoleSession>(`/api/console/login-tickets/${await approvedTicket(staff)}/session`, {}).expect(200)).body;
    expect(session.totpEnrollmentRequired).toBe(true);
    const console = bearer(session.accessToken);
    expectError(await t.api.as(console).get('/api/staff'), 403, 'AUTH.TOTP_ENROLLMENT_REQUIRED');
    const secret = secretOf((await t.api.as(console).post<TotpEnrollment>('/api/auth/totp/enroll').expect(200)).body);
    expectError(
      await t.api.as(console).post('/api/auth/totp/confirm', { code: '000000' === totpCode(secret, totpStep(new Date())) ? '111111' : '000000' }),
      400,
      'AUTH.TOTP_INVALID',
    );
    const { recoveryCodes } = (
      await t.api
        .as(console)
        .post<TotpRecoveryCodes>('/api/auth/totp/confirm', { code: totpCode(secret, totpStep(new Date())) })
        .expect(200)
    ).body;
    expect(recoveryCodes).toHaveLength(10);
    await t.api.as(console).get('/api/staff').expect(200);
    const [stored] = await t.dataSource.query('SELECT secretEncrypted, recoveryCodeHashes FROM totp_credential WHERE userId = ?', [staff.userId]);
    expect(stored.secretEncrypted).not.toContain(secret);
    expect(stored.recoveryCodeHashes).not.toContain(recoveryCodes[0]);
  });

  it('takes a recovery code once instead of a TOTP code', async () => {
    const { staff, recoveryCodes } = await enrolledOperator();
    await t.api.post(`/api/console/login-tickets/${await approvedTicket(staff)}/session`, { totp: recoveryCodes[0] }).expect(200);
    expectError(await t.api.post(`/api/console/login-tickets/${await approvedTicket(staff)}/session`, { totp: recoveryCodes[0] }), 400, 'AUTH.TOTP_INVALID');
  });

  it('answers AUTH.TOTP_INVALID five times, then AUTH.LOCKED for 30 minutes, and the lock ends the sessions', async () => {
    const openid = unique('op');
    const { staff, secret } = await enrolledOperator(openid);
    const first = (
      await t.api
        .post<ConsoleSession>(`/api/console/login-tickets/${await approvedTicket(staff)}/session`, { totp: totpCode(secret, totpStep(new Date())) })
        .expect(200)
    ).body;
    const ticket = await approvedTicket(staff);
    const wrong = totpCode(secret, totpStep(new Date()) + 5);
    for (let i = 0; i < 5; i++) expectError(await t.api.post(`/api/console/login-tickets/${ticket}/session`, { totp: wrong }), 400, 'AUTH.TOTP_INVALID');
    expectError(await t.api.post(`/api/console/login-tickets/${ticket}/session`, { totp: totpCode(secret, totpStep(new Date()) + 1) }), 423, 'AUTH.LOCKED');
    expectError(await t.api.as(bearer(first.accessToken)).get('/api/auth/sessions'), 401, 'AUTH.SESSION_ENDED');
    expectError(await t.api.as(staff).get('/api/auth/sessions'), 401, 'AUTH.SESSION_ENDED');
    const actions = (await t.dataSource.query('SELECT action FROM audit_event WHERE actorUserId = ?', [staff.userId])).map((r: { action: string }) => r.action);
    expect(actions.filter((a: string) => a === 'auth.totp_failed')).toHaveLength(5);
    expect(actions).toContain('auth.locked');

    // Still locked after 29 minutes; after 31 the right code logs in again.
    const clock = jest.spyOn(t.app.get(Clock), 'now');
    clock.mockReturnValue(new Date(Date.now() + 29 * 60_000));
    const phone = await login(t, 'operator', DONGMING, openid);
    expectError(
      await t.api.post(`/api/console/login-tickets/${await approvedTicket(phone)}/session`, { totp: totpCode(secret, totpStep(new Date()) + 1) }),
      423,
      'AUTH.LOCKED',
    );
    const later = new Date(Date.now() + 31 * 60_000);
    clock.mockReturnValue(later);
    await t.api.post(`/api/console/login-tickets/${await approvedTicket(phone)}/session`, { totp: totpCode(secret, totpStep(later)) }).expect(200);
  });

  it('ends a console session idle for 30 minutes, and every session after 12 hours', async () => {
    const { staff, secret } = await enrolledOperator();
    const open = async () =>
      bearer(
        (
          await t.api
            .post<ConsoleSession>(`/api/console/login-tickets/${await approvedTicket(staff)}/session`, { totp: totpCode(secret, totpStep(new Date())) })
            .expect(200)
        ).body.accessToken,
      );
    const idle = await open();
    const clock = jest.spyOn(t.app.get(Clock), 'now');
    clock.mockReturnValue(new Date(Date.now() + 29 * 60_000));
    await t.api.as(idle).get('/api/auth/sessions').expect(200);
    clock.mockReturnValue(new Date(Date.now() + 58 * 60_000));
    await t.api.as(idle).get('/api/auth/sessions').expect(200);
    clock.mockReturnValue(new Date(Date.now() + 90 * 60_000));
    expectError(await t.api.as(idle).get('/api/auth/sessions'), 401, 'AUTH.SESSION_ENDED');

    clock.mockReturnValue(new Date(Date.now() + 12 * 3600_000 + 1000));
    expectError(await t.api.as(staff).get('/api/auth/sessions'), 401, 'AUTH.SESSION_ENDED');
  });

  it("lets staff end their own session and the admin anyone's; removing the role ends them all", async () => {
    const { staff, secret } = await enrolledOperator();
    const admin = await login(t, 'admin');
    const consoleToken = (
      await t.api
        .post<ConsoleSession>(`/api/console/login-tickets/${await approvedTicket(staff)}/session`, { totp: totpCode(secret, totpStep(new Date())) })
        .expect(200)
    ).body.accessToken;
    const mine = (await t.api.as(staff).get<AuthSessionSummary[]>('/api/auth/sessions').expect(200)).body;
    expect(mine.map((s) => s.kind).sort()).toEqual(['console', 'miniapp']);
    const consoleSession = mine.find((s) => s.kind === 'console') as AuthSessionSummary;

    expectError(await t.api.as(await login(t, 'operator', DONGMING)).delete(`/api/auth/sessions/${consoleSession.id}`), 404, 'AUTH.SESSION_NOT_FOUND');
    const listed = (
      await t.api
        .as(admin)
        .get<{ items: AuthSessionSummary[] }>('/api/auth/sessions/all', { userId: String(staff.userId) })
        .expect(200)
    ).body;
    expect(listed.items.map((s) => s.id)).toContain(consoleSession.id);
    await t.api.as(admin).delete(`/api/auth/sessions/${consoleSession.id}`).expect(204);
    expectError(await t.api.as(bearer(consoleToken)).get('/api/auth/sessions'), 401, 'AUTH.SESSION_ENDED');

    await t.api.as(admin).delete(`/api/staff/${staff.userId}`).expect(204);
    expectError(await t.api.as(staff).get('/api/auth/me'), 401, 'AUTH.SESSION_ENDED');
  });
});
