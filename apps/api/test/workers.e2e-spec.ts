import { createHash, randomInt } from 'node:crypto';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { addDays, ageOn, type ErrorCode, HEZE_COUNTIES, PII_CONSENT_TEXT, PII_CONSENT_VERSION, shanghaiDate, type UpsertWorkerRequest } from '@lingong/shared';
import { PiiService } from '../src/pii/pii.service';
import { bootTestApp, TestApp } from './support/test-app';
import { LoggedIn, login, createWorker, residentId, unique, workerInput } from './support/factories';
import { CJK, expectError } from './support/expect-error';

/** The DOMAIN.md examples: one ID is one account, so each is registered once and freed again by deletion. */
const DOMAIN_EXAMPLES = [
  { idNumber: '11010519491231002X', masked: '1101**********002X', birthDate: '1949-12-31', gender: 'female' },
  { idNumber: '440524188001010014', masked: '4405**********0014', birthDate: '1880-01-01', gender: 'male' },
  { idNumber: '440308199901101512', masked: '4403**********1512', birthDate: '1999-01-10', gender: 'male' },
] as const;

/**
 * A valid ID from a wide pool (any Heze county, birth 1960-2000, either sex). The factory default has
 * only 500 numbers (one birth date, one county), which suites sharing the run's database would collide in.
 */
function freshId(gender: 'male' | 'female' = randomInt(2) ? 'male' : 'female'): string {
  const area = HEZE_COUNTIES[randomInt(HEZE_COUNTIES.length)].code;
  return residentId(addDays('1960-01-01', randomInt(0, 14975)), gender, area);
}

function birthDateOf(idNumber: string): string {
  return `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`;
}

function maskOf(idNumber: string): string {
  return `${idNumber.slice(0, 4)}**********${idNumber.slice(-4)}`;
}

/** The same date `years` earlier; callers use multiples of 4, so 29 February stays a real date. */
function yearsBefore(date: string, years: number): string {
  return `${Number(date.slice(0, 4)) - years}${date.slice(4)}`;
}

/** Keeps the body and headers of every response the app sends, whichever helper made the request. */
function tapResponses(server: Server, sink: string[]): void {
  server.prependListener('request', (_req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      if (chunk && typeof chunk !== 'function') chunks.push(Buffer.from(chunk as string));
      return write(chunk, ...rest);
    }) as typeof res.write;
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      if (chunk && typeof chunk !== 'function') chunks.push(Buffer.from(chunk as string));
      sink.push(`${JSON.stringify(res.getHeaders())}\n${Buffer.concat(chunks).toString('utf8')}`);
      return end(chunk, ...rest);
    }) as typeof res.end;
  });
}

describe('Worker registration and personal data (e2e)', () => {
  let t: TestApp;
  const responses: string[] = [];
  /** Every ID number the suite sends, valid or not: none may come back in full. */
  const submittedIds = new Set<string>();
  /** What reaches the console outside the app's logger (TypeORM logs failed queries there itself). */
  let consoleSpies: jest.SpyInstance[] = [];

  beforeAll(async () => {
    t = await bootTestApp();
    tapResponses(t.app.getHttpServer() as Server, responses);
    consoleSpies = (['log', 'info', 'warn', 'error'] as const).map((level) => jest.spyOn(console, level));
  });
  afterAll(async () => {
    consoleSpies.forEach((spy) => spy.mockRestore());
    await t.close();
  });

  function putWorker(user: LoggedIn, body: Partial<UpsertWorkerRequest> | Record<string, unknown>) {
    if (typeof body.idNumber === 'string') submittedIds.add(body.idNumber);
    return t.api.as(user).put('/api/workers/me', body);
  }

  async function register(overrides: Partial<UpsertWorkerRequest> = {}) {
    const idNumber = overrides.idNumber ?? freshId();
    submittedIds.add(idNumber);
    return createWorker(t, { ...overrides, idNumber });
  }

  async function expectNotRegistered(user: LoggedIn): Promise<void> {
    const res = await t.api.as(user).get('/api/workers/me');
    expectError(res, 404, 'WORKER.NOT_REGISTERED');
    const [{ n }] = await t.dataSource.query('SELECT COUNT(*) AS n FROM consent_record WHERE userId = ?', [user.userId]);
    expect(Number(n)).toBe(0);
  }

  describe('GET /api/consents/pii', () => {
    it('is public and answers the current version of the separate consent', async () => {
      const res = await t.http().get('/api/consents/pii').expect(200);
      expect(res.body).toEqual(PII_CONSENT_TEXT);
      expect(res.body.version).toBe(PII_CONSENT_VERSION);
      expect(res.body.paragraphs.length).toBeGreaterThan(0);
      expect(res.body.title).toMatch(CJK);
    });
  });

  describe('PUT and GET /api/workers/me', () => {
    it('registers with 201 and a masked ID number, updates with 200, and GET answers the same', async () => {
      const user = await login(t, 'worker');
      const idNumber = freshId('female');
      const input = workerInput({ idNumber, realName: '王秀英', trades: ['cleaning.daily'], location: { lat: 35.2526, lng: 115.4418 } });
      const created = await putWorker(user, input).expect(201);

      const birthDate = birthDateOf(idNumber);
      expect(created.body).toEqual({
        id: expect.any(Number),
        realName: '王秀英',
        idNumberMasked: maskOf(idNumber),
        phone: input.phone,
        trades: ['cleaning.daily'],
        countyCode: '371702',
        location: { lat: 35.2526, lng: 115.4418, updatedAt: expect.any(String) },
        birthDate,
        age: ageOn(birthDate, shanghaiDate()),
        gender: 'female',
        consent: { version: PII_CONSENT_VERSION, agreedAt: expect.any(String) },
        phoneVerified: false,
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      });
      expect(created.body.idNumberMasked).toMatch(/^3717\*{10}\d{3}[\dX]$/);

      const updated = await putWorker(user, {
        ...input,
        realName: '王秀英',
        phone: '13912340000',
        trades: ['housekeeping.hourly', 'catering.dishwasher'],
      }).expect(200);
      expect(updated.body).toEqual({
        ...created.body,
        phone: '13912340000',
        trades: ['housekeeping.hourly', 'catering.dishwasher'],
        location: { lat: 35.2526, lng: 115.4418, updatedAt: expect.any(String) },
        updatedAt: expect.any(String),
      });
      // The same consent version is not asked for (nor recorded) twice.
      expect(updated.body.consent).toEqual(created.body.consent);
      const [{ n }] = await t.dataSource.query('SELECT COUNT(*) AS n FROM consent_record WHERE userId = ?', [user.userId]);
      expect(Number(n)).toBe(1);

      const fetched = await t.http().get('/api/workers/me').set(user.auth).expect(200);
      expect(fetched.body).toEqual(updated.body);
    });

    it('grants the worker role to an account that registers', async () => {
      const user = await login(t, 'employer');
      await putWorker(user, workerInput({ idNumber: freshId() })).expect(201);
      const [row] = await t.dataSource.query('SELECT roles FROM app_user WHERE id = ?', [user.userId]);
      expect(JSON.parse(row.roles)).toEqual(['employer', 'worker']);
      await t.http().get('/api/workers/me/export').set(user.auth).expect(200);
    });

    it('refuses a caller without a token', async () => {
      const res = await t
        .http()
        .put('/api/workers/me')
        .send(workerInput({ idNumber: freshId() }));
      expectError(res, 401, 'AUTH.UNAUTHENTICATED');
    });

    it.each(DOMAIN_EXAMPLES.map((example) => [example.idNumber, example] as const))('accepts the DOMAIN.md example %s', async (idNumber, example) => {
      const user = await login(t, 'worker');
      const res = await putWorker(user, workerInput({ idNumber })).expect(201);
      expect(res.body).toMatchObject({
        idNumberMasked: example.masked,
        birthDate: example.birthDate,
        gender: example.gender,
        age: ageOn(example.birthDate, shanghaiDate()),
      });
      // Typed with a lower-case x and spaces it is still the same person.
      const retyped = `${idNumber.slice(0, 6)} ${idNumber.slice(6, 14)} ${idNumber.slice(14).toLowerCase()}`;
      await putWorker(user, workerInput({ idNumber: retyped })).expect(200);

      // Frees the number again, so the suite can run twice on one database.
      await t.http().delete('/api/workers/me').set(user.auth).expect(200);
    });

    it.each([
      ['a wrong check digit', '440308199901101513', /校验位/],
      ['an impossible birth date (1999-02-30)', residentId('1999-02-30'), /出生日期/],
      ['a birth date in the future', residentId(addDays(shanghaiDate(), 2)), /出生日期/],
      ['an unknown province (99)', residentId('1975-06-15', 'male', '990102'), /地区代码/],
      ['15 digits (the first-generation card)', '371702750615123', /18位/],
      ['letters', '37170219750615AB1X', /18位/],
    ])('refuses an ID number with %s', async (_case, idNumber, reason) => {
      const user = await login(t, 'worker');
      const res = await putWorker(user, workerInput({ idNumber }));
      expectError(res, 400, 'WORKER.ID_NUMBER_INVALID');
      expect(res.body.message).toMatch(reason);
      expect(res.body.errors).toEqual([{ field: 'idNumber', message: res.body.message }]);
      await expectNotRegistered(user);
    });

    it('refuses anyone under 16 and accepts a worker on their 16th birthday', async () => {
      const today = shanghaiDate();
      const sixteenTomorrow = addDays(yearsBefore(today, 16), 1);
      const twelveYearsOld = yearsBefore(today, 12);
      for (const birthDate of [sixteenTomorrow, twelveYearsOld]) {
        const user = await login(t, 'worker');
        const res = await putWorker(user, workerInput({ idNumber: residentId(birthDate, 'male', '371721') }));
        expectError(res, 400, 'WORKER.UNDER_AGE');
        await expectNotRegistered(user);
      }

      const sixteenToday = yearsBefore(today, 16);
      const { worker } = await register({ idNumber: residentId(sixteenToday, 'female', '371728') });
      expect(worker).toMatchObject({ birthDate: sixteenToday, age: 16 });
    });

    it('refuses a phone number that is not a mainland mobile and normalises +86 and spaces', async () => {
      for (const phone of ['12345', '23812345678']) {
        const user = await login(t, 'worker');
        const res = await putWorker(user, workerInput({ idNumber: freshId(), phone }));
        expectError(res, 400, 'WORKER.PHONE_INVALID');
        expect(res.body.errors).toEqual([{ field: 'phone', message: expect.stringMatching(CJK) }]);
        await expectNotRegistered(user);
      }

      const { worker, userId } = await register({ phone: '+86 138 1234 5678' });
      expect(worker.phone).toBe('13812345678');
      const [row] = await t.dataSource.query('SELECT phone FROM worker WHERE userId = ?', [userId]);
      expect(row.phone).toBe('13812345678');
    });

    it('requires the current separate consent, agreed to', async () => {
      const { consent: _omitted, ...withoutConsent } = workerInput();
      const cases: [Record<string, unknown>, ErrorCode][] = [
        [withoutConsent, 'WORKER.CONSENT_REQUIRED'],
        [{ ...withoutConsent, consent: { version: PII_CONSENT_VERSION, agreed: false } }, 'WORKER.CONSENT_REQUIRED'],
        [{ ...withoutConsent, consent: { version: '2025-01-v0', agreed: true } }, 'WORKER.CONSENT_OUTDATED'],
      ];
      for (const [body, code] of cases) {
        const user = await login(t, 'worker');
        const res = await putWorker(user, { ...body, idNumber: freshId() });
        expectError(res, 400, code);
        await expectNotRegistered(user);
      }
    });

    it('refuses a trade that is not in the catalogue', async () => {
      const user = await login(t, 'worker');
      const res = await putWorker(user, workerInput({ idNumber: freshId(), trades: ['construction.mason', 'astronaut'] }));
      expectError(res, 400, 'WORKER.TRADE_UNKNOWN');
      expect(res.body.errors).toEqual([{ field: 'trades', message: expect.stringMatching(CJK) }]);
      await expectNotRegistered(user);
    });

    it('refuses fields it does not know, at the top level and inside the consent', async () => {
      const user = await login(t, 'worker');
      const top = await putWorker(user, { ...workerInput({ idNumber: freshId() }), roles: ['admin'] });
      expectError(top, 400, 'COMMON.VALIDATION_FAILED');
      expect(top.body.errors).toEqual([{ field: 'roles', message: expect.stringMatching(CJK) }]);

      const nested = await putWorker(user, { ...workerInput({ idNumber: freshId() }), consent: { version: PII_CONSENT_VERSION, agreed: true, scope: 'all' } });
      expectError(nested, 400, 'COMMON.VALIDATION_FAILED');
      expect(nested.body.errors).toEqual([{ field: 'consent.scope', message: expect.stringMatching(CJK) }]);
      await expectNotRegistered(user);
    });

    it('takes the location as optional, and validates it when given', async () => {
      const { worker, auth, input, userId } = await register({ location: undefined });
      expect(worker).not.toHaveProperty('location');
      const [before] = await t.dataSource.query('SELECT lat, lng FROM worker WHERE userId = ?', [userId]);
      expect(before).toEqual({ lat: null, lng: null });

      const outOfRange = await t
        .http()
        .put('/api/workers/me')
        .set(auth)
        .send({ ...input, location: { lat: 95, lng: 115.44 } });
      expectError(outOfRange, 400, 'COMMON.VALIDATION_FAILED');
      expect(outOfRange.body.errors).toEqual([{ field: 'location.lat', message: expect.stringMatching(CJK) }]);

      // New York: a real point, but not one in China (swapped or foreign coordinates).
      const abroad = await t
        .http()
        .put('/api/workers/me')
        .set(auth)
        .send({ ...input, location: { lat: 40.7128, lng: -74.006 } });
      expectError(abroad, 400, 'WORKER.LOCATION_INVALID');

      const located = await t
        .http()
        .put('/api/workers/me')
        .set(auth)
        .send({ ...input, location: { lat: 34.8253, lng: 115.5422 } })
        .expect(200);
      expect(located.body.location).toEqual({ lat: 34.8253, lng: 115.5422, updatedAt: expect.any(String) });
      const [after] = await t.dataSource.query('SELECT lat, lng FROM worker WHERE userId = ?', [userId]);
      expect({ lat: Number(after.lat), lng: Number(after.lng) }).toEqual({ lat: 34.8253, lng: 115.5422 });
    });

    it('lets one ID number hold one account only', async () => {
      const idNumber = freshId();
      const first = await register({ idNumber });

      const second = await login(t, 'worker');
      const taken = await putWorker(second, workerInput({ idNumber }));
      expectError(taken, 409, 'WORKER.ID_NUMBER_TAKEN');
      // Typed differently, it is still the same number.
      const spaced = await putWorker(second, workerInput({ idNumber: `${idNumber.slice(0, 6)} ${idNumber.slice(6)}` }));
      expectError(spaced, 409, 'WORKER.ID_NUMBER_TAKEN');
      await expectNotRegistered(second);

      const mine = await t.http().get('/api/workers/me').set(first.auth).expect(200);
      expect(mine.body.id).toBe(first.worker.id);
    });

    it('lets exactly one of two accounts racing for the same new ID number win', async () => {
      const pii = t.app.get(PiiService);
      for (let round = 0; round < 3; round += 1) {
        const idNumber = freshId();
        const [a, b] = await Promise.all([login(t, 'worker'), login(t, 'worker')]);
        const results = await Promise.all([putWorker(a, workerInput({ idNumber })), putWorker(b, workerInput({ idNumber }))]);
        expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
        const loser = results.find((r) => r.status === 409)!;
        expectError(loser, 409, 'WORKER.ID_NUMBER_TAKEN');

        const rows = await t.dataSource.query('SELECT userId FROM worker WHERE idHash = ?', [pii.lookupHash(idNumber)]);
        const winner = results[0].status === 201 ? a : b;
        expect(rows).toEqual([{ userId: winner.userId }]);
        await expectNotRegistered(winner === a ? b : a);
      }
    });

    it('does not let a worker change their own ID number after registration', async () => {
      const { auth, input, worker } = await register();
      const otherId = freshId();
      const res = await putWorker({ auth } as LoggedIn, { ...input, idNumber: otherId });
      expectError(res, 409, 'WORKER.ID_NUMBER_LOCKED');

      const mine = await t.http().get('/api/workers/me').set(auth).expect(200);
      expect(mine.body.idNumberMasked).toBe(worker.idNumberMasked);
      // The refused number was not stored anywhere: its owner can still register.
      await register({ idNumber: otherId });
    });
  });

  describe('personal information at rest and export', () => {
    it('stores the ID number only encrypted, hashed with a key and masked; decrypting it is logged', async () => {
      const idNumber = freshId();
      const { worker, userId } = await register({ idNumber });
      const [row] = await t.dataSource.query('SELECT idCipher, idHash, idMasked FROM worker WHERE id = ?', [worker.id]);

      expect(row.idMasked).toBe(maskOf(idNumber));
      expect(row.idCipher).toMatch(/^v1\./);
      expect(row.idCipher).not.toContain(idNumber);
      expect(row.idCipher).not.toContain(idNumber.slice(6, 14));
      expect(row.idHash).toMatch(/^[0-9a-f]{64}$/);
      expect(row.idHash).not.toContain(idNumber);
      // Keyed: an unkeyed SHA-256 of the number (which anyone could compute from a guess) is not what is stored.
      expect(row.idHash).not.toBe(createHash('sha256').update(idNumber).digest('hex'));

      const admin = await login(t, 'admin');
      const countLog = async () => Number((await t.dataSource.query('SELECT COUNT(*) AS n FROM pii_access_log WHERE subjectUserId = ?', [userId]))[0].n);
      expect(await countLog()).toBe(0);
      const plain = await t.app.get(PiiService).decrypt(row.idCipher, { actorUserId: admin.userId, subjectUserId: userId, purpose: 'e2e.at_rest_check' });
      expect(plain).toBe(idNumber);
      const log = await t.dataSource.query('SELECT actorUserId, subjectUserId, field, purpose FROM pii_access_log WHERE subjectUserId = ?', [userId]);
      expect(log).toEqual([{ actorUserId: admin.userId, subjectUserId: userId, field: 'id_number', purpose: 'e2e.at_rest_check' }]);

      const events = await t.dataSource.query('SELECT action, data FROM audit_event WHERE actorUserId = ?', [userId]);
      expect(events.map((e: { action: string }) => e.action)).toEqual(['worker.registered']);
      expect(JSON.stringify(events)).not.toContain(idNumber);
    });

    it('exports the account, the masked registration, the consents and the decryption log', async () => {
      const idNumber = freshId();
      const { worker, userId, auth } = await register({ idNumber });
      const [row] = await t.dataSource.query('SELECT idCipher FROM worker WHERE id = ?', [worker.id]);
      await t.app.get(PiiService).decrypt(row.idCipher, { actorUserId: null, subjectUserId: userId, purpose: 'insurance.enrollment' });

      const res = await t.http().get('/api/workers/me/export').set(auth).expect(200);
      const profile = await t.http().get('/api/workers/me').set(auth).expect(200);
      expect(res.body).toEqual({
        exportedAt: expect.any(String),
        account: {
          id: userId,
          roles: ['worker'],
          phone: null,
          phoneVerifiedAt: null,
          createdAt: expect.any(String),
          lastLoginAt: expect.any(String),
        },
        worker: profile.body,
        consents: [{ scope: 'pii.id_number_location', version: PII_CONSENT_VERSION, agreedAt: expect.any(String), withdrawnAt: null }],
        idNumberAccessLog: [{ at: expect.any(String), purpose: 'insurance.enrollment', byUserId: null }],
        activity: [{ at: expect.any(String), action: 'worker.registered', entityType: 'worker', entityId: worker.id }],
        note: expect.stringMatching(CJK),
      });
      expect(res.body.worker.idNumberMasked).toBe(maskOf(idNumber));
      expect(res.text).not.toContain(idNumber);
    });

    it('exports only for a registered worker', async () => {
      const employer = await login(t, 'employer');
      expectError(await t.http().get('/api/workers/me/export').set(employer.auth), 403, 'AUTH.FORBIDDEN');
      const unregistered = await login(t, 'worker');
      expectError(await t.http().get('/api/workers/me/export').set(unregistered.auth), 404, 'WORKER.NOT_REGISTERED');
    });
  });

  describe('DELETE /api/workers/me', () => {
    it('erases the personal fields, closes the login, withdraws the consent and frees the ID number', async () => {
      const openid = unique('leaver');
      const user = await login(t, 'worker', undefined, openid);
      const idNumber = freshId();
      const registered = await putWorker(user, workerInput({ idNumber, location: { lat: 35.2526, lng: 115.4418 } })).expect(201);

      const res = await t.http().delete('/api/workers/me').set(user.auth).expect(200);
      expect(res.body).toEqual({ deleted: true, message: expect.stringMatching(CJK) });

      expectError(await t.http().get('/api/workers/me').set(user.auth), 401, 'AUTH.ACCOUNT_CLOSED');
      expectError(await t.http().get('/api/workers/me/export').set(user.auth), 401, 'AUTH.ACCOUNT_CLOSED');
      expectError(await t.http().delete('/api/workers/me').set(user.auth), 401, 'AUTH.ACCOUNT_CLOSED');

      const [row] = await t.dataSource.query(
        'SELECT realName, idCipher, idHash, idMasked, birthDate, phone, lat, lng, trades, anonymisedAt FROM worker WHERE id = ?',
        [registered.body.id],
      );
      expect(row).toEqual({
        realName: '已注销用户',
        idCipher: null,
        idHash: null,
        idMasked: null,
        birthDate: null,
        phone: null,
        lat: null,
        lng: null,
        trades: '[]',
        anonymisedAt: expect.any(Date),
      });
      const consents = await t.dataSource.query('SELECT withdrawnAt FROM consent_record WHERE userId = ?', [user.userId]);
      expect(consents).toEqual([{ withdrawnAt: expect.any(Date) }]);
      const [account] = await t.dataSource.query('SELECT openid, phone, closedAt FROM app_user WHERE id = ?', [user.userId]);
      expect(account).toEqual({ openid: `closed:${user.userId}`, phone: null, closedAt: expect.any(Date) });

      // The same person may come back: a new account, and the same ID number registers again.
      const again = await login(t, 'worker', undefined, openid);
      expect(again.userId).not.toBe(user.userId);
      await expectNotRegistered(again);
      const reregistered = await putWorker(again, workerInput({ idNumber })).expect(201);
      expect(reregistered.body.id).not.toBe(registered.body.id);
      expect(reregistered.body.idNumberMasked).toBe(maskOf(idNumber));
    });
  });

  it('never sent a full ID number in a response body or header, nor wrote one to the log or the console', async () => {
    // Makes this check stand on its own when run alone: one registration and one refused number.
    const { worker } = await register();
    const refused = await login(t, 'worker');
    await putWorker(refused, workerInput({ idNumber: '440308199901101519' })).expect(400);

    expect(submittedIds.size).toBeGreaterThan(1);
    // The tap sees what clients see: the masked numbers are there, the full ones are not.
    expect(responses.join('\n')).toContain(worker.idNumberMasked);
    expect(t.logger.lines.join('\n')).toContain('PUT /api/workers/me');
    const consoleLines = consoleSpies.flatMap((spy) => spy.mock.calls.map((args: unknown[]) => args.map(String).join(' ')));
    for (const idNumber of submittedIds) {
      const leakedIn = responses.filter((body) => body.includes(idNumber));
      expect({ idNumber, leakedIn }).toEqual({ idNumber, leakedIn: [] });
      const logged = t.logger.lines.filter((line) => line.includes(idNumber));
      expect({ idNumber, logged }).toEqual({ idNumber, logged: [] });
      const printed = consoleLines.filter((line) => line.includes(idNumber));
      expect({ idNumber, printed }).toEqual({ idNumber, printed: [] });
    }
  });
});
