import type { CreateMarketRequest, LatLng, Market } from '@lingong/shared';
import { haversineKm, roundKm } from '@lingong/shared';
import { bootTestApp, TestApp } from './support/test-app';
import { createMarket as addMarket, LoggedIn, login, unique } from './support/factories';

const CJK = /[\u4e00-\u9fff]/;

function marketInput(overrides: Partial<CreateMarketRequest> = {}): CreateMarketRequest {
  return {
    name: `曹县测试零工市场${unique('m')}`,
    type: 'public',
    countyCode: '371721',
    address: '曹县青菏路测试段1号',
    lat: 34.8253,
    lng: 115.5422,
    openingHours: '05:00-12:00',
    services: ['matching', 'rest_area'],
    phone: '0530-3421234',
    trades: ['construction'],
    status: 'open',
    ...overrides,
  };
}

describe('Markets (e2e)', () => {
  let t: TestApp;
  let operator: LoggedIn; // 曹县 371721
  let otherOperator: LoggedIn; // 牡丹区 371702
  let admin: LoggedIn;

  beforeAll(async () => {
    t = await bootTestApp();
    operator = await login(t, 'operator', '371721');
    otherOperator = await login(t, 'operator', '371702');
    admin = await login(t, 'admin');
  });
  afterAll(async () => {
    await t.close();
  });

  const createMarket = (by: LoggedIn, overrides: Partial<CreateMarketRequest> = {}): Promise<Market> => addMarket(t, by, marketInput(overrides));
  const countByName = async (name: string): Promise<number> => {
    const [row] = await t.dataSource.query('SELECT COUNT(*) AS n FROM market WHERE name = ?', [name]);
    return Number(row.n);
  };

  describe('POST /api/markets', () => {
    it('lets an operator add a market in their own county, stored and audited', async () => {
      const input = marketInput({ services: ['matching', 'policy'], trades: ['construction', 'moving.loader'] });
      const res = await t.http().post('/api/markets').set(operator.auth).send(input).expect(201);
      expect(res.body).toEqual({
        ...input,
        id: expect.any(Number),
        openNow: expect.any(Boolean),
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      });
      expect(res.body.distanceKm).toBeUndefined();

      const [row] = await t.dataSource.query('SELECT name, countyCode, lat, lng, openingHours, phone, status FROM market WHERE id = ?', [res.body.id]);
      expect({ ...row, lat: Number(row.lat), lng: Number(row.lng) }).toEqual({
        name: input.name,
        countyCode: '371721',
        lat: input.lat,
        lng: input.lng,
        openingHours: '05:00-12:00',
        phone: '0530-3421234',
        status: 'open',
      });
      const audit = await t.dataSource.query(
        "SELECT actorUserId, countyCode FROM audit_event WHERE entityType = 'market' AND entityId = ? AND action = 'market.created'",
        [res.body.id],
      );
      expect(audit).toEqual([{ actorUserId: operator.userId, countyCode: '371721' }]);
    });

    it('refuses an operator adding a market in another county, and stores nothing', async () => {
      const input = marketInput({ countyCode: '371702' });
      const res = await t.http().post('/api/markets').set(operator.auth).send(input).expect(403);
      expect(res.body).toEqual({ code: 'AUTH.COUNTY_SCOPE', message: expect.stringMatching(CJK), requestId: expect.any(String) });
      expect(await countByName(input.name)).toBe(0);
    });

    it('lets the admin add markets in any served county', async () => {
      for (const countyCode of ['371702', '371728', '371726']) {
        const market = await createMarket(admin, { countyCode });
        expect(market.countyCode).toBe(countyCode);
      }
    });

    it('refuses a county the platform does not serve, for the admin and an operator alike', async () => {
      for (const caller of [admin, operator]) {
        const input = marketInput({ countyCode: '110101' });
        const res = await t.http().post('/api/markets').set(caller.auth).send(input).expect(400);
        expect(res.body).toEqual({ code: 'MARKET.COUNTY_NOT_SERVED', message: expect.stringMatching(CJK), requestId: expect.any(String) });
        expect(await countByName(input.name)).toBe(0);
      }
    });

    it.each(['5点-12点', '25:00-26:00', '12:00-12:00'])('refuses opening hours %s', async (openingHours) => {
      const input = marketInput({ openingHours });
      const res = await t.http().post('/api/markets').set(operator.auth).send(input).expect(400);
      expect(res.body).toMatchObject({
        code: 'MARKET.OPENING_HOURS_INVALID',
        message: expect.stringMatching(CJK),
        errors: [{ field: 'openingHours', message: expect.stringMatching(CJK) }],
      });
      expect(await countByName(input.name)).toBe(0);
    });

    it('refuses a trade that is not in the catalogue', async () => {
      const input = marketInput({ trades: ['construction', 'construction.astronaut'] });
      const res = await t.http().post('/api/markets').set(operator.auth).send(input).expect(400);
      expect(res.body.code).toBe('MARKET.TRADE_UNKNOWN');
      expect(await countByName(input.name)).toBe(0);
    });

    it.each(['12345678', '0530-12', 'call me'])('refuses the phone number %s', async (phone) => {
      const input = marketInput({ phone });
      const res = await t.http().post('/api/markets').set(operator.auth).send(input).expect(400);
      expect(res.body).toMatchObject({ code: 'COMMON.VALIDATION_FAILED', errors: [{ field: 'phone', message: expect.stringMatching(CJK) }] });
      expect(await countByName(input.name)).toBe(0);
    });

    it('accepts a mobile number and a hotline as the service phone', async () => {
      expect((await createMarket(operator, { phone: '13805301234' })).phone).toBe('13805301234');
      expect((await createMarket(operator, { phone: '12333' })).phone).toBe('12333');
    });

    it('refuses a location outside China and fields of the wrong type', async () => {
      const swapped = await t
        .http()
        .post('/api/markets')
        .set(operator.auth)
        .send(marketInput({ lat: 115.5422, lng: 34.8253 }))
        .expect(400);
      expect(swapped.body.code).toBe('COMMON.VALIDATION_FAILED'); // lat > 90 fails validation before the service
      const zero = await t
        .http()
        .post('/api/markets')
        .set(operator.auth)
        .send(marketInput({ lat: 0, lng: 0 }))
        .expect(400);
      expect(zero.body.code).toBe('MARKET.LOCATION_INVALID');
      const typed = await t
        .http()
        .post('/api/markets')
        .set(operator.auth)
        .send({ ...marketInput(), lat: '34.8', type: 'private' })
        .expect(400);
      expect(typed.body.code).toBe('COMMON.VALIDATION_FAILED');
      expect(typed.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['lat', 'type']);
    });

    it('is refused to anonymous callers', async () => {
      const res = await t.http().post('/api/markets').send(marketInput()).expect(401);
      expect(res.body.code).toBe('AUTH.UNAUTHENTICATED');
    });
  });

  describe('PATCH /api/markets/:id', () => {
    it("lets an operator of the market's county change it, and keeps the change", async () => {
      const market = await createMarket(operator);
      const res = await t
        .http()
        .patch(`/api/markets/${market.id}`)
        .set(operator.auth)
        .send({ openingHours: '04:30-11:00', phone: '0530-3429999', status: 'closed' })
        .expect(200);
      expect(res.body).toMatchObject({
        id: market.id,
        name: market.name,
        openingHours: '04:30-11:00',
        phone: '0530-3429999',
        status: 'closed',
        openNow: false,
      });

      const stored = await t.http().get(`/api/markets/${market.id}`).expect(200);
      expect(stored.body).toMatchObject({ openingHours: '04:30-11:00', phone: '0530-3429999', status: 'closed', name: market.name, address: market.address });
      const audit = await t.dataSource.query("SELECT actorUserId FROM audit_event WHERE entityType = 'market' AND entityId = ? AND action = 'market.updated'", [
        market.id,
      ]);
      expect(audit).toEqual([{ actorUserId: operator.userId }]);
    });

    it('moves updatedAt forward with sub-second precision, never before createdAt', async () => {
      const market = await createMarket(operator);
      // Created 20 ms earlier than it was, so the update is at least 20 ms later (no waiting).
      await t.dataSource.query(
        'UPDATE market SET createdAt = createdAt - INTERVAL 20000 MICROSECOND, updatedAt = updatedAt - INTERVAL 20000 MICROSECOND WHERE id = ?',
        [market.id],
      );
      const res = await t.http().patch(`/api/markets/${market.id}`).set(operator.auth).send({ phone: '0530-3428888' }).expect(200);
      const created = Date.parse(res.body.createdAt);
      const updated = Date.parse(res.body.updatedAt);
      expect(updated).toBeGreaterThanOrEqual(created + 20);
      const [row] = await t.dataSource.query('SELECT createdAt, updatedAt FROM market WHERE id = ?', [market.id]);
      expect(new Date(row.updatedAt).getTime()).toBe(updated);
      expect(Math.abs(new Date(row.updatedAt).getTime() - Date.now())).toBeLessThan(60_000);
    });

    it("refuses another county's operator and leaves the market as it was", async () => {
      const market = await createMarket(operator);
      const res = await t.http().patch(`/api/markets/${market.id}`).set(otherOperator.auth).send({ name: '被改掉的名字' }).expect(403);
      expect(res.body.code).toBe('AUTH.COUNTY_SCOPE');
      const stored = await t.http().get(`/api/markets/${market.id}`).expect(200);
      expect(stored.body.name).toBe(market.name);
    });

    it('refuses an operator moving their market to another county', async () => {
      const market = await createMarket(operator);
      const res = await t.http().patch(`/api/markets/${market.id}`).set(operator.auth).send({ countyCode: '371702' }).expect(403);
      expect(res.body.code).toBe('AUTH.COUNTY_SCOPE');
      expect((await t.http().get(`/api/markets/${market.id}`).expect(200)).body.countyCode).toBe('371721');
    });

    it('checks the changed content as on creation, and stores nothing when refused', async () => {
      const market = await createMarket(operator);
      const res = await t
        .http()
        .patch(`/api/markets/${market.id}`)
        .set(operator.auth)
        .send({ openingHours: '25:00-26:00', name: '不该保存的名字' })
        .expect(400);
      expect(res.body.code).toBe('MARKET.OPENING_HOURS_INVALID');
      const stored = await t.http().get(`/api/markets/${market.id}`).expect(200);
      expect(stored.body).toMatchObject({ name: market.name, openingHours: market.openingHours });
    });

    it('answers 404 for a market that does not exist', async () => {
      const res = await t.http().patch('/api/markets/2000000000').set(admin.auth).send({ phone: '12333' }).expect(404);
      expect(res.body.code).toBe('MARKET.NOT_FOUND');
    });
  });

  describe('GET /api/markets/:id', () => {
    it('shows a market to anyone, without login', async () => {
      const market = await createMarket(operator);
      const res = await t.http().get(`/api/markets/${market.id}`).expect(200);
      expect(res.body).toEqual({ ...market, openNow: expect.any(Boolean) });
    });

    it('answers 404 for an unknown or malformed id', async () => {
      const unknown = await t.http().get('/api/markets/2000000000').expect(404);
      expect(unknown.body).toEqual({ code: 'MARKET.NOT_FOUND', message: expect.stringMatching(CJK), requestId: expect.any(String) });
      const malformed = await t.http().get('/api/markets/abc').expect(404);
      expect(malformed.body).toEqual({ code: 'COMMON.NOT_FOUND', message: expect.stringMatching(CJK), requestId: expect.any(String) });
    });
  });

  describe('GET /api/markets (the map)', () => {
    // A corner of 曹县 no other suite uses; each assertion also looks only at this suite's own markets.
    const center: LatLng = { lat: 34.7, lng: 115.2 };
    const radiusKm = 3;
    let near: { a: Market; b: Market; c: Market; d: Market };
    let outside: Market;
    let mine: Set<number>;

    const around = (dLat: number, dLng: number) => ({ lat: Math.round((center.lat + dLat) * 1e6) / 1e6, lng: Math.round((center.lng + dLng) * 1e6) / 1e6 });
    const list = async (query: Record<string, string | number>) => {
      const res = await t.http().get('/api/markets').query(query).expect(200);
      return res.body as { items: Market[]; nextCursor?: string };
    };
    const ownIds = (items: Market[]) => items.filter((m) => mine.has(m.id)).map((m) => m.id);
    const near3km = { lat: center.lat, lng: center.lng, radiusKm };

    beforeAll(async () => {
      // Created out of distance order, so sorting by id would not pass for sorting by distance.
      const d = await createMarket(admin, {
        ...around(0.015, 0.015),
        countyCode: '371703',
        type: 'public',
        trades: ['cleaning.daily'],
        openingHours: '05:00-12:00',
      });
      const a = await createMarket(operator, { ...around(0.001, 0), type: 'public', trades: ['construction'], openingHours: '00:00-24:00' });
      const c = await createMarket(operator, { ...around(-0.01, 0), type: 'self_formed', trades: ['moving'], openingHours: '05:00-12:00' });
      const b = await createMarket(operator, {
        ...around(0, 0.005),
        type: 'commercial',
        trades: ['construction.mason'],
        openingHours: '00:00-24:00',
        status: 'closed',
      });
      outside = await createMarket(operator, { ...around(0.05, 0), type: 'public', trades: ['construction'], openingHours: '00:00-24:00' });
      near = { a, b, c, d };
      mine = new Set([a.id, b.id, c.id, d.id, outside.id]);
    });

    it('lists the markets within the radius nearest first, with their distances', async () => {
      const { items } = await list(near3km);
      expect(ownIds(items)).toEqual([near.a.id, near.b.id, near.c.id, near.d.id]);
      const distances = items.map((m) => m.distanceKm as number);
      expect(distances).toEqual([...distances].sort((x, y) => x - y));
      for (const market of items) {
        expect(market.distanceKm).toBe(roundKm(haversineKm(center, market)));
        expect(market.distanceKm).toBeLessThanOrEqual(radiusKm);
      }
      expect(items.find((m) => m.id === near.a.id)?.distanceKm).toBe(0.1);
      expect(items.find((m) => m.id === near.c.id)?.distanceKm).toBe(1.1);
    });

    it('leaves out a market beyond the radius, and finds it with a wider one', async () => {
      expect(haversineKm(center, outside)).toBeGreaterThan(radiusKm);
      const { items } = await list(near3km);
      expect(items.map((m) => m.id)).not.toContain(outside.id);
      const wider = await list({ ...near3km, radiusKm: 10 });
      expect(ownIds(wider.items)).toEqual([near.a.id, near.b.id, near.c.id, near.d.id, outside.id]);
    });

    it('tells whether each market is open now', async () => {
      const { items } = await list(near3km);
      expect(items.find((m) => m.id === near.a.id)?.openNow).toBe(true); // 00:00-24:00, open
      expect(items.find((m) => m.id === near.b.id)?.openNow).toBe(false); // 00:00-24:00 but closed
    });

    it('filters by type', async () => {
      expect(ownIds((await list({ ...near3km, type: 'public' })).items)).toEqual([near.a.id, near.d.id]);
      expect(ownIds((await list({ ...near3km, type: 'commercial' })).items)).toEqual([near.b.id]);
      const bad = await t.http().get('/api/markets').query({ type: 'private' }).expect(400);
      expect(bad.body).toMatchObject({ code: 'COMMON.VALIDATION_FAILED', errors: [{ field: 'type', message: expect.stringMatching(CJK) }] });
    });

    it('filters by trade, a market listing the parent trade matching a finer one', async () => {
      expect(ownIds((await list({ ...near3km, trade: 'construction.mason' })).items)).toEqual([near.a.id, near.b.id]);
      expect(ownIds((await list({ ...near3km, trade: 'moving.loader' })).items)).toEqual([near.c.id]);
      expect(ownIds((await list({ ...near3km, trade: 'catering' })).items)).toEqual([]);
    });

    it('filters by county', async () => {
      expect(ownIds((await list({ ...near3km, countyCode: '371721' })).items)).toEqual([near.a.id, near.b.id, near.c.id]);
      const dingtao = await list({ ...near3km, countyCode: '371703' });
      expect(ownIds(dingtao.items)).toEqual([near.d.id]);
      expect(dingtao.items.every((m) => m.countyCode === '371703')).toBe(true);
    });

    it('filters by status', async () => {
      expect(ownIds((await list({ ...near3km, status: 'closed' })).items)).toEqual([near.b.id]);
    });

    it('pages with limit and cursor, without repeating or losing a market', async () => {
      const seen: Market[] = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        const page = await list({ ...near3km, radiusKm: 10, limit: 2, ...(cursor ? { cursor } : {}) });
        expect(page.items.length).toBeLessThanOrEqual(2);
        seen.push(...page.items);
        cursor = page.nextCursor;
        pages += 1;
      } while (cursor && pages < 50);
      expect(cursor).toBeUndefined();
      expect(pages).toBeGreaterThanOrEqual(3);
      const ids = seen.map((m) => m.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ownIds(seen)).toEqual([near.a.id, near.b.id, near.c.id, near.d.id, outside.id]);
      const distances = seen.map((m) => m.distanceKm as number);
      expect(distances).toEqual([...distances].sort((x, y) => x - y));
    });

    it('pages the whole register without a point, ordered by county', async () => {
      const first = await list({ limit: 3 });
      expect(first.items).toHaveLength(3);
      expect(first.nextCursor).toEqual(expect.any(String));
      expect(first.items.every((m) => m.distanceKm === undefined)).toBe(true);
      const second = await list({ limit: 3, cursor: first.nextCursor as string });
      const firstIds = first.items.map((m) => m.id);
      expect(second.items.filter((m) => firstIds.includes(m.id))).toEqual([]);
      const counties = [...first.items, ...second.items].map((m) => m.countyCode);
      expect(counties).toEqual([...counties].sort());
    });

    it('refuses a forged cursor', async () => {
      const res = await t.http().get('/api/markets').query({ cursor: 'not-a-cursor' }).expect(400);
      expect(res.body).toMatchObject({ code: 'COMMON.VALIDATION_FAILED', errors: [{ field: 'cursor', message: expect.stringMatching(CJK) }] });
    });

    it.each([
      [{ lat: 34.7 }, 'lng'],
      [{ lng: 115.2 }, 'lat'],
      [{ lat: 34.7, lng: 115.2, radiusKm: 0 }, 'radiusKm'],
      [{ lat: 34.7, lng: 115.2, radiusKm: 1000 }, 'radiusKm'],
      [{ lat: 91, lng: 115.2 }, 'lat'],
      [{ lat: 'abc', lng: 115.2 }, 'lat'],
      [{ limit: 0 }, 'limit'],
      [{ limit: 201 }, 'limit'],
      [{ countyCode: '37172' }, 'countyCode'],
    ])('refuses the query %j on %s', async (query, field) => {
      const res = await t.http().get('/api/markets').query(query).expect(400);
      expect(res.body).toEqual({
        code: 'COMMON.VALIDATION_FAILED',
        message: expect.stringMatching(CJK),
        errors: [{ field, message: expect.stringMatching(CJK) }],
        requestId: expect.any(String),
      });
    });
  });
});
