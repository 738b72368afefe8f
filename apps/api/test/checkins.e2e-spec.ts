import { randomInt } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import {
  addDays,
  CHECKIN_PAGE,
  HEZE_COUNTIES,
  isWechatScene,
  shanghaiDate,
  shanghaiMinuteOfDay,
  type CreateMarketRequest,
  type GateTokenResponse,
  type Market,
  type UpsertWorkerRequest,
} from '@lingong/shared';
import { prepareDatabase } from '../src/bootstrap';
import { CHECKIN_RETENTION_DAYS, CheckinsService } from '../src/checkins/checkins.service';
import { GateTokenCodec } from '../src/checkins/gate-token';
import { launchBrowser } from './support/browser';
import { createMarket as addMarket, createWorker, LoggedIn, login, residentId, unique, workerInput } from './support/factories';
import { bootTestApp, TestApp } from './support/test-app';
import { CJK, expectError } from './support/expect-error';

const CAOXIAN = '371721';
const MUDAN = '371702';

/** A valid ID from a wide pool, so suites sharing the run's database do not collide. */
function freshId(): string {
  const area = HEZE_COUNTIES[randomInt(HEZE_COUNTIES.length)].code;
  return residentId(addDays('1962-01-01', randomInt(0, 14000)), randomInt(2) ? 'male' : 'female', area);
}

function hhmm(minute: number): string {
  const m = ((minute % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

function marketInput(overrides: Partial<CreateMarketRequest> = {}): CreateMarketRequest {
  return {
    name: `曹县签到测试市场${unique('m')}`,
    type: 'public',
    countyCode: CAOXIAN,
    address: '曹县青菏路签到测试段1号',
    lat: 34.8253,
    lng: 115.5422,
    openingHours: '00:00-24:00',
    services: ['matching'],
    phone: '0530-3421234',
    trades: ['construction'],
    status: 'open',
    ...overrides,
  };
}

describe('Check-in (e2e)', () => {
  let t: TestApp;
  let operator: LoggedIn; // 曹县
  let otherOperator: LoggedIn; // 牡丹区
  let admin: LoggedIn;
  let codec: GateTokenCodec;

  beforeAll(async () => {
    t = await bootTestApp();
    [operator, otherOperator, admin] = await Promise.all([login(t, 'operator', CAOXIAN), login(t, 'operator', MUDAN), login(t, 'admin')]);
    codec = new GateTokenCodec(t.config.gate.tokenKey, t.config.gate.graceSeconds);
  });
  afterAll(async () => {
    await t.close();
  });

  const createMarket = (overrides: Partial<CreateMarketRequest> = {}): Promise<Market> => addMarket(t, admin, marketInput(overrides));
  const gateToken = async (marketId: number, by: LoggedIn = operator, kind?: 'poster'): Promise<GateTokenResponse> =>
    (
      await t.api
        .as(by)
        .get<GateTokenResponse>(`/api/markets/${marketId}/gate-token${kind ? `?kind=${kind}` : ''}`)
        .expect(200)
    ).body;
  const worker = (overrides: Partial<UpsertWorkerRequest> = {}) => createWorker(t, { idNumber: freshId(), ...overrides });
  const checkIn = (by: LoggedIn, body: Record<string, unknown>) => t.api.as(by).post('/api/checkins', body);
  const rowsOf = async (workerId: number): Promise<{ id: number; marketId: number; day: string; kind: string }[]> =>
    (await t.dataSource.query('SELECT id, marketId, day, kind FROM checkin WHERE workerId = ? ORDER BY id', [workerId])).map((r: Record<string, unknown>) => ({
      ...r,
      id: Number(r.id),
      marketId: Number(r.marketId),
    }));

  describe('GET /api/markets/:id/gate-token', () => {
    it('gives the market’s operator a short-lived signed scene for the check-in page, with its QR code', async () => {
      const market = await createMarket();
      const before = Date.now();
      const body = await gateToken(market.id);
      expect(body).toEqual({
        token: body.scene,
        scene: expect.any(String),
        page: CHECKIN_PAGE,
        expiresAt: expect.any(String),
        qrSvg: expect.stringMatching(/^<svg[\s\S]*<\/svg>\s*$/),
        url: `${t.config.gate.qrUrlBase}?scene=${encodeURIComponent(body.scene)}`,
        kind: 'rotating',
        ttlSeconds: 60,
        marketId: market.id,
      });
      expect(isWechatScene(body.scene)).toBe(true);
      expect(body.scene.length).toBeLessThanOrEqual(32);
      const lifetime = Date.parse(body.expiresAt) - before;
      expect(lifetime).toBeGreaterThan(58_000);
      expect(lifetime).toBeLessThanOrEqual(61_000);
      expect(body.qrSvg).toContain('<path');
    });

    it('gives the admin a code for any market, and a long-lived poster code that is audited', async () => {
      const market = await createMarket();
      const poster = await gateToken(market.id, admin, 'poster');
      expect(poster.kind).toBe('poster');
      expect(Date.parse(poster.expiresAt) - Date.now()).toBeGreaterThan(300 * 86400_000);
      expect(isWechatScene(poster.scene)).toBe(true);
      const audit = await t.dataSource.query("SELECT actorUserId FROM audit_event WHERE action = 'checkin.poster_issued' AND entityId = ?", [market.id]);
      expect(audit).toEqual([{ actorUserId: admin.userId }]);
    });

    it('refuses an operator of another county, a worker, and an unknown market', async () => {
      const market = await createMarket();
      expectError(await t.http().get(`/api/markets/${market.id}/gate-token`).set(otherOperator.auth), 403, 'AUTH.COUNTY_SCOPE');
      const w = await worker();
      expectError(await t.http().get(`/api/markets/${market.id}/gate-token`).set(w.auth), 403, 'AUTH.FORBIDDEN');
      expectError(await t.http().get('/api/markets/2000000000/gate-token').set(operator.auth), 404, 'MARKET.NOT_FOUND');
      expectError(await t.http().get(`/api/markets/${market.id}/gate-token?kind=forever`).set(operator.auth), 400, 'COMMON.VALIDATION_FAILED');
    });
  });

  describe('POST /api/checkins', () => {
    it('checks a worker in with a good scan (201), and answers a repeated scan with the same check-in (200)', async () => {
      const market = await createMarket();
      const w = await worker();
      const { scene } = await gateToken(market.id);
      const first = await checkIn(w, { token: scene }).expect(201);
      expect(first.body).toEqual({
        id: expect.any(Number),
        marketId: market.id,
        workerId: w.worker.id,
        day: shanghaiDate(),
        checkedInAt: expect.any(String),
        repeated: false,
      });
      expect(Math.abs(Date.parse(first.body.checkedInAt) - Date.now())).toBeLessThan(10_000);

      const again = await checkIn(w, { token: (await gateToken(market.id)).scene }).expect(200);
      expect(again.body).toEqual({ ...first.body, repeated: true });
      expect(await rowsOf(w.worker.id)).toEqual([{ id: first.body.id, marketId: market.id, day: shanghaiDate(), kind: 'rotating' }]);
    });

    it('keeps concurrent scans of one worker to one row', async () => {
      const market = await createMarket();
      const w = await worker();
      const { scene } = await gateToken(market.id);
      const responses = await Promise.all(Array.from({ length: 6 }, () => checkIn(w, { token: scene })));
      expect(responses.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 200, 201]);
      expect(new Set(responses.map((r) => r.body.id)).size).toBe(1);
      expect(responses.filter((r) => r.body.repeated === false)).toHaveLength(1);
      expect(await rowsOf(w.worker.id)).toHaveLength(1);
    });

    it('counts one check-in per market: the same day at two markets makes two rows', async () => {
      const [a, b] = [await createMarket(), await createMarket()];
      const w = await worker();
      const ra = await checkIn(w, { token: (await gateToken(a.id)).scene }).expect(201);
      const rb = await checkIn(w, { token: (await gateToken(b.id)).scene }).expect(201);
      expect(ra.body.id).not.toBe(rb.body.id);
      expect((await rowsOf(w.worker.id)).map((r) => r.marketId)).toEqual([a.id, b.id]);
    });

    it('refuses an expired code with CHECKIN.TOKEN_EXPIRED and stores nothing', async () => {
      const market = await createMarket();
      const w = await worker();
      const expired = codec.sign({ kind: 'rotating', marketId: market.id, expiresAt: Math.floor(Date.now() / 1000) - t.config.gate.graceSeconds - 5 });
      expectError(await checkIn(w, { token: expired }), 400, 'CHECKIN.TOKEN_EXPIRED');
      // Within the grace a code that has just expired still works (the scan and the network take time).
      const justExpired = codec.sign({ kind: 'rotating', marketId: market.id, expiresAt: Math.floor(Date.now() / 1000) - 2 });
      await checkIn(w, { token: justExpired }).expect(201);
      expect(await rowsOf(w.worker.id)).toHaveLength(1);
    });

    it('refuses a tampered code, a forged one and garbage with CHECKIN.TOKEN_INVALID', async () => {
      const market = await createMarket();
      const w = await worker();
      const { scene } = await gateToken(market.id);
      const [head, expiry, mac] = scene.split('.');
      const later = `${head}.${(parseInt(expiry, 36) + 86400).toString(36)}.${mac}`;
      const flipped = `${head}.${expiry}.${mac.slice(0, -1)}${mac.endsWith('A') ? 'B' : 'A'}`;
      const asPoster = `p${head.slice(1)}.${expiry}.${mac}`;
      const forged = new GateTokenCodec(Buffer.alloc(32, 1), 0).sign({ kind: 'rotating', marketId: market.id, expiresAt: parseInt(expiry, 36) });
      for (const token of [later, flipped, asPoster, forged, 'hello', `${scene}x`]) {
        expectError(await checkIn(w, { token }), 400, 'CHECKIN.TOKEN_INVALID');
      }
      expectError(await checkIn(w, {}), 400, 'COMMON.VALIDATION_FAILED');
      expect(await rowsOf(w.worker.id)).toEqual([]);
    });

    it('refuses the code of one market rewritten to name another, and a code of a market that does not exist', async () => {
      const [a, b] = [await createMarket(), await createMarket({ countyCode: MUDAN })];
      const w = await worker();
      const { scene } = await gateToken(a.id);
      const rewritten = scene.replace(/^r[0-9a-z]+/, `r${b.id.toString(36)}`);
      expect(rewritten).not.toBe(scene);
      expectError(await checkIn(w, { token: rewritten }), 400, 'CHECKIN.TOKEN_INVALID');
      const gone = codec.sign({ kind: 'rotating', marketId: 2_000_000_000, expiresAt: Math.floor(Date.now() / 1000) + 60 });
      expectError(await checkIn(w, { token: gone }), 404, 'MARKET.NOT_FOUND');
      expect(await rowsOf(w.worker.id)).toEqual([]);
    });

    it('refuses a market that is closed, by status or outside its opening hours', async () => {
      const closed = await createMarket({ status: 'closed' });
      const now = shanghaiMinuteOfDay();
      const notYet = await createMarket({ openingHours: `${hhmm(now + 120)}-${hhmm(now + 180)}` });
      const w = await worker();
      for (const market of [closed, notYet]) {
        const res = await checkIn(w, { token: (await gateToken(market.id)).scene });
        expectError(res, 409, 'CHECKIN.MARKET_CLOSED');
      }
      expect(await rowsOf(w.worker.id)).toEqual([]);
    });

    it('checks a poster code’s location: refused far away or without one, accepted at the gate', async () => {
      const market = await createMarket();
      const w = await worker();
      const { scene } = await gateToken(market.id, operator, 'poster');
      expectError(await checkIn(w, { token: scene }), 400, 'CHECKIN.LOCATION_REQUIRED');
      const far = await checkIn(w, { token: scene, lat: market.lat + 0.05, lng: market.lng }); // about 5.5 km north
      expectError(far, 403, 'CHECKIN.TOO_FAR');
      expect(far.body).toMatchObject({ distanceMeters: expect.any(Number), radiusMeters: 500 });
      expect(far.body.distanceMeters).toBeGreaterThan(5000);
      expect(await rowsOf(w.worker.id)).toEqual([]);

      await checkIn(w, { token: scene, lat: market.lat + 0.002, lng: market.lng }).expect(201); // about 220 m
      expect(await rowsOf(w.worker.id)).toEqual([expect.objectContaining({ marketId: market.id, kind: 'poster' })]);
    });

    it('leads an unregistered user through registration and then checks them in with the resume token', async () => {
      const market = await createMarket();
      const user = await login(t, 'worker');
      const { scene } = await gateToken(market.id);
      const first = await checkIn(user, { token: scene });
      expectError(first, 404, 'WORKER.NOT_REGISTERED');
      expect(first.body).toMatchObject({ resumeToken: expect.any(String), resumeExpiresAt: expect.any(String) });
      expect(Date.parse(first.body.resumeExpiresAt) - Date.now()).toBeGreaterThan(20 * 60_000);

      const stranger = await worker();
      expectError(await checkIn(stranger, { token: first.body.resumeToken }), 400, 'CHECKIN.TOKEN_INVALID');

      await t
        .http()
        .put('/api/workers/me')
        .set(user.auth)
        .send(workerInput({ idNumber: freshId() }))
        .expect(201);
      const done = await checkIn(user, { token: first.body.resumeToken }).expect(201);
      expect(done.body).toMatchObject({ marketId: market.id, repeated: false });
      expect(await rowsOf(done.body.workerId)).toHaveLength(1);
      expect(await rowsOf(stranger.worker.id)).toEqual([]);
    });
  });

  describe('lists and figures', () => {
    it('lists a worker’s own check-ins, latest first, with the market name', async () => {
      const [a, b] = [await createMarket(), await createMarket()];
      const w = await worker();
      await checkIn(w, { token: (await gateToken(a.id)).scene }).expect(201);
      await checkIn(w, { token: (await gateToken(b.id)).scene }).expect(201);
      const res = await t.http().get('/api/workers/me/checkins?limit=1').set(w.auth).expect(200);
      expect(res.body.items).toEqual([{ id: expect.any(Number), marketId: b.id, marketName: b.name, day: shanghaiDate(), checkedInAt: expect.any(String) }]);
      const next = await t.http().get(`/api/workers/me/checkins?limit=1&cursor=${res.body.nextCursor}`).set(w.auth).expect(200);
      expect(next.body.items.map((i: { marketId: number }) => i.marketId)).toEqual([a.id]);
      expect(next.body.nextCursor).toBeUndefined();
    });

    it('shows the market’s operators who came, with trades and a masked phone; other counties are refused', async () => {
      const market = await createMarket();
      const w1 = await worker({ realName: '张建国', trades: ['construction.mason', 'moving'] });
      const w2 = await worker({ realName: '王秀英', trades: ['cleaning'] });
      for (const w of [w1, w2]) await checkIn(w, { token: (await gateToken(market.id)).scene }).expect(201);

      const res = await t.http().get(`/api/markets/${market.id}/checkins`).set(operator.auth).expect(200);
      expect(res.body.items).toEqual([
        {
          id: expect.any(Number),
          workerId: w2.worker.id,
          realName: '王秀英',
          phoneMasked: `${w2.input.phone.slice(0, 3)}****${w2.input.phone.slice(-4)}`,
          trades: ['cleaning'],
          kind: 'rotating',
          checkedInAt: expect.any(String),
        },
        {
          id: expect.any(Number),
          workerId: w1.worker.id,
          realName: '张建国',
          phoneMasked: `${w1.input.phone.slice(0, 3)}****${w1.input.phone.slice(-4)}`,
          trades: ['construction.mason', 'moving'],
          kind: 'rotating',
          checkedInAt: expect.any(String),
        },
      ]);
      expect(JSON.stringify(res.body)).not.toContain(w1.input.phone);
      expect(JSON.stringify(res.body)).not.toContain(w1.input.idNumber);

      const yesterday = await t
        .http()
        .get(`/api/markets/${market.id}/checkins?date=${addDays(shanghaiDate(), -1)}`)
        .set(operator.auth)
        .expect(200);
      expect(yesterday.body.items).toEqual([]);
      expectError(await t.http().get(`/api/markets/${market.id}/checkins`).set(otherOperator.auth), 403, 'AUTH.COUNTY_SCOPE');
      expectError(await t.http().get(`/api/markets/${market.id}/stats`).set(otherOperator.auth), 403, 'AUTH.COUNTY_SCOPE');
      expectError(await t.http().get(`/api/markets/${market.id}/checkins`).set(w1.auth), 403, 'AUTH.FORBIDDEN');
      expectError(await t.http().get(`/api/markets/${market.id}/stats?date=2026-02-30`).set(operator.auth), 400, 'COMMON.VALIDATION_FAILED');
    });

    it('counts the day’s check-ins, unique workers, by hour and by trade', async () => {
      const market = await createMarket();
      const workers = [
        await worker({ trades: ['construction.mason'] }),
        await worker({ trades: ['construction.mason', 'moving'] }),
        await worker({ trades: ['cleaning'] }),
      ];
      for (const w of workers) await checkIn(w, { token: (await gateToken(market.id)).scene }).expect(201);
      await checkIn(workers[0], { token: (await gateToken(market.id)).scene }).expect(200);
      const hour = Math.floor(shanghaiMinuteOfDay() / 60);
      // Move one check-in an hour back, as if that worker came earlier.
      await t.dataSource.query('UPDATE checkin SET checkedInAt = ? WHERE workerId = ? AND marketId = ?', [
        new Date(Date.now() - 3600_000),
        workers[2].worker.id,
        market.id,
      ]);
      const earlier = Math.floor(shanghaiMinuteOfDay(new Date(Date.now() - 3600_000)) / 60);

      const res = await t.http().get(`/api/markets/${market.id}/stats`).set(admin.auth).expect(200);
      expect(res.body).toEqual({
        marketId: market.id,
        date: shanghaiDate(),
        count: 3,
        uniqueWorkers: 3,
        byHour:
          earlier < hour
            ? [
                { hour: earlier, count: 1 },
                { hour, count: 2 },
              ]
            : expect.arrayContaining([{ hour, count: 2 }]),
        byTrade: [
          { trade: 'construction.mason', count: 2 },
          { trade: 'cleaning', count: 1 },
          { trade: 'moving', count: 1 },
        ],
      });
      const other = await t
        .http()
        .get(`/api/markets/${market.id}/stats?date=${addDays(shanghaiDate(), -1)}`)
        .set(admin.auth)
        .expect(200);
      expect(other.body).toMatchObject({ count: 0, uniqueWorkers: 0, byHour: [], byTrade: [] });
    });

    it('deletes check-ins past their retention at night, and keeps the rest', async () => {
      const market = await createMarket();
      const [old, recent] = [await worker(), await worker()];
      const day = (back: number) => addDays(shanghaiDate(), -back);
      await t.dataSource.query('INSERT INTO checkin (marketId, workerId, day, checkedInAt, kind) VALUES (?, ?, ?, ?, ?), (?, ?, ?, ?, ?)', [
        market.id,
        old.worker.id,
        day(CHECKIN_RETENTION_DAYS + 1),
        new Date(Date.now() - (CHECKIN_RETENTION_DAYS + 1) * 86400_000),
        'rotating',
        market.id,
        recent.worker.id,
        day(CHECKIN_RETENTION_DAYS - 1),
        new Date(Date.now() - (CHECKIN_RETENTION_DAYS - 1) * 86400_000),
        'rotating',
      ]);
      expect(await t.app.get(CheckinsService).purgeExpired()).toBeGreaterThanOrEqual(1);
      expect(await rowsOf(old.worker.id)).toEqual([]);
      expect(await rowsOf(recent.worker.id)).toHaveLength(1);
    });

    it('tells the candidate ranking which workers are present today near a point', async () => {
      const here = { lat: 35.0 + randomInt(0, 1000) / 10000, lng: 116.0 + randomInt(0, 1000) / 10000 };
      const market = await createMarket({ lat: here.lat, lng: here.lng });
      const [present, absent] = [await worker(), await worker()];
      await checkIn(present, { token: (await gateToken(market.id)).scene }).expect(201);
      const sut = t.app.get(CheckinsService);
      const near = await sut.workersPresentNear({ lat: here.lat + 0.01, lng: here.lng }, 5);
      expect(near.has(present.worker.id)).toBe(true);
      expect(near.has(absent.worker.id)).toBe(false);
      expect((await sut.workersPresentNear({ lat: here.lat + 0.5, lng: here.lng }, 5)).has(present.worker.id)).toBe(false);
      expect((await sut.workersPresentNear(here, 5, addDays(shanghaiDate(), -1))).has(present.worker.id)).toBe(false);
    });
  });
});

describe('Gate screen (headless Chromium)', () => {
  let t: TestApp;
  let baseUrl: string;

  beforeAll(async () => {
    t = await bootTestApp({ GATE_TOKEN_TTL_SECONDS: '2', GATE_TOKEN_GRACE_SECONDS: '0' });
    await t.app.listen(0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await t.close();
  });

  it('shows a large code that changes before it expires, and the count and arrivals after a check-in', async () => {
    const admin = await login(t, 'admin');
    const operator = await login(t, 'operator', CAOXIAN);
    const market = await addMarket(t, admin, marketInput());
    const w = await createWorker(t, { idNumber: freshId(), realName: '李春生', trades: ['construction.mason'] });

    const browser = await launchBrowser();
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
      await page.goto(`${baseUrl}/api/markets/${market.id}/gate-screen#token=${encodeURIComponent(operator.token)}`);
      // The token leaves the address bar at once (it would otherwise show on the screen and in history).
      expect(page.url()).not.toContain('token=');
      await page.waitForFunction("document.getElementById('qr').getAttribute('data-scene')");
      const first = await page.getAttribute('#qr', 'data-scene');
      expect(await page.locator('#qr svg').count()).toBe(1);
      const box = await page.locator('#qr').boundingBox();
      expect(box!.height).toBeGreaterThan(300);
      await expect(page.locator('#market').textContent()).resolves.toContain(market.name);
      const hintSize = await page.evaluate<number>("parseFloat(getComputedStyle(document.querySelector('.hint')).fontSize)");
      expect(hintSize).toBeGreaterThanOrEqual(30);
      expect(await page.textContent('#count')).toBe('0');

      await page.waitForFunction(`document.getElementById('qr').getAttribute('data-scene') !== ${JSON.stringify(first)}`, undefined, { timeout: 8000 });
      const second = await page.getAttribute('#qr', 'data-scene');
      expect(second).not.toBe(first);

      // A worker scans what the screen shows now; the screen then counts them.
      const scanned = await page.getAttribute('#qr', 'data-scene');
      await t.http().post('/api/checkins').set(w.auth).send({ token: scanned }).expect(201);
      await page.waitForFunction("document.getElementById('count').textContent === '1'", undefined, { timeout: 10000 });
      // The count and the arrivals come from two requests: wait for the list too before reading it.
      await page.waitForFunction("document.querySelectorAll('#arrivals li').length > 0", undefined, { timeout: 10000 });
      const arrivals = await page.locator('#arrivals li').allTextContents();
      expect(arrivals).toHaveLength(1);
      expect(arrivals[0]).toContain('李*生');
      expect(arrivals[0]).toContain('瓦工');
      expect(arrivals[0]).not.toContain('李春生');

      // The first code, two seconds old and past its lifetime, is refused.
      expect((await t.http().post('/api/checkins').set(w.auth).send({ token: first })).body.code).toBe('CHECKIN.TOKEN_EXPIRED');
    } finally {
      await browser.close();
    }
  }, 40_000);

  it('asks for a login when opened without a token', async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(`${baseUrl}/api/markets/1/gate-screen`);
      await page.waitForSelector('#login', { state: 'visible' });
      expect(await page.textContent('#status')).toMatch(CJK);
      expect(await page.getAttribute('#qr', 'data-scene')).toBe('');
    } finally {
      await browser.close();
    }
  }, 20_000);
});

describe('Check-in on the embedded SQLite database', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await bootTestApp({ DATABASE_URL: 'sqlite::memory:', DB_MIGRATE_ON_START: 'true' });
    await prepareDatabase(t.app, t.config);
  });
  afterAll(async () => {
    await t.close();
  });

  it('checks in once, answers the repeat with the same check-in, and lists it with its time', async () => {
    const admin = await login(t, 'admin');
    const market = await addMarket(t, admin, marketInput());
    const w = await createWorker(t, { idNumber: freshId() });
    const { scene } = (await t.http().get(`/api/markets/${market.id}/gate-token`).set(admin.auth).expect(200)).body as GateTokenResponse;
    const first = await t.http().post('/api/checkins').set(w.auth).send({ token: scene }).expect(201);
    const again = await t.http().post('/api/checkins').set(w.auth).send({ token: scene }).expect(200);
    expect(again.body).toEqual({ ...first.body, repeated: true });
    const list = await t.http().get(`/api/markets/${market.id}/checkins`).set(admin.auth).expect(200);
    expect(list.body.items).toEqual([expect.objectContaining({ id: first.body.id, workerId: w.worker.id, checkedInAt: first.body.checkedInAt })]);
    const stats = await t.http().get(`/api/markets/${market.id}/stats`).set(admin.auth).expect(200);
    expect(stats.body).toMatchObject({
      count: 1,
      uniqueWorkers: 1,
      byHour: [{ hour: Math.floor(shanghaiMinuteOfDay(new Date(first.body.checkedInAt)) / 60), count: 1 }],
    });
    expect((await t.app.get(CheckinsService).workersPresentNear(market, 1)).has(w.worker.id)).toBe(true);
  });
});
