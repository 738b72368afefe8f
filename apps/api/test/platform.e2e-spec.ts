import { ERRORS, MARKET_SERVICES, TRADES } from '@lingong/shared';
import { pendingSchemaChanges } from '../src/database/schema-check';
import { bootTestApp, TestApp } from './support/test-app';
import { unique } from './support/factories';
import { CJK, expectError } from './support/expect-error';

/** These errors carry no details: the body is the bare error shape. */
const EXACT = { exact: true };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('Platform: health, docs, errors and catalogues (e2e)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await bootTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  const unexpectedErrorsLogged = () => t.logger.lines.filter((line) => line.startsWith('error [Errors]')).length;

  describe('GET /api/health', () => {
    it('answers ok while the database is up', async () => {
      const res = await t.http().get('/api/health').expect(200);
      expect(res.body).toEqual({ status: 'ok', database: 'up', time: expect.any(String) });
      expect(Date.parse(res.body.time)).not.toBeNaN();
    });

    it('answers 503 with the error shape when the database is gone', async () => {
      const broken = await bootTestApp();
      try {
        await broken.dataSource.destroy();
        const res = await broken.http().get('/api/health').set('x-request-id', 'health-probe-0001').expect(503);
        expect(res.body).toEqual({
          status: 'error',
          database: 'down',
          time: expect.any(String),
          code: 'COMMON.DATABASE_DOWN',
          message: ERRORS['COMMON.DATABASE_DOWN'].message,
          requestId: 'health-probe-0001',
        });
      } finally {
        await expect(broken.close()).resolves.toBeUndefined();
      }
      // The suite's own app is untouched.
      await t.http().get('/api/health').expect(200);
    });
  });

  describe('API documentation', () => {
    it('serves the OpenAPI document with the public routes', async () => {
      const res = await t.http().get('/api/docs-json').expect(200);
      expect(res.body.openapi).toMatch(/^3\./);
      expect(Object.keys(res.body.paths)).toEqual(
        expect.arrayContaining(['/api/auth/wechat-login', '/api/workers/me', '/api/markets', '/api/markets/{id}', '/api/health']),
      );
      expect(Object.keys(res.body.paths['/api/markets'])).toEqual(expect.arrayContaining(['get', 'post']));
    });

    it('serves the Swagger UI page', async () => {
      const res = await t.http().get('/api/docs').redirects(1).expect(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.text).toMatch(/swagger-ui/i);
    });
  });

  describe('one shape for every error, never a 500', () => {
    const devLogin = () => t.http().post('/api/auth/dev-login');

    it('answers malformed JSON with 400 COMMON.MALFORMED_BODY', async () => {
      const before = unexpectedErrorsLogged();
      for (const raw of ['{"openid": "abc", ', '{openid: 1}', 'not json at all']) {
        const res = await devLogin().set('content-type', 'application/json').send(raw);
        expectError(res, 400, 'COMMON.MALFORMED_BODY', EXACT);
      }
      expect(unexpectedErrorsLogged()).toBe(before);
    });

    it.each([
      ['a JSON string', '"demo-worker"'],
      ['a JSON number', '42'],
      ['a JSON array', '[{"openid":"demo-worker","role":"worker"}]'],
      ['null', 'null'],
      ['an empty array', '[]'],
    ])('answers %s as the body with 400 COMMON.MALFORMED_BODY', async (_, raw) => {
      const before = unexpectedErrorsLogged();
      const res = await devLogin().set('content-type', 'application/json').send(raw);
      expectError(res, 400, 'COMMON.MALFORMED_BODY', EXACT);
      expect(unexpectedErrorsLogged()).toBe(before);
    });

    it('answers a body over HTTP_BODY_LIMIT_BYTES with 413 COMMON.PAYLOAD_TOO_LARGE', async () => {
      const body = { openid: unique('big'), role: 'worker', padding: 'x'.repeat(4096) };
      // With the default 1 MiB limit the same body is read, and refused for its unknown field.
      const defaultLimit = await devLogin().send(body);
      expectError(defaultLimit, 400, 'COMMON.VALIDATION_FAILED', EXACT);

      const small = await bootTestApp({ HTTP_BODY_LIMIT_BYTES: '2048' });
      try {
        expect(small.config.bodyLimitBytes).toBe(2048);
        const res = await small.http().post('/api/auth/dev-login').send(body);
        expectError(res, 413, 'COMMON.PAYLOAD_TOO_LARGE', EXACT);
        await small
          .http()
          .post('/api/auth/dev-login')
          .send({ openid: unique('small'), role: 'worker' })
          .expect(200);
        expect(small.logger.lines.filter((line) => line.startsWith('error [Errors]'))).toEqual([]);
      } finally {
        await small.close();
      }
    });

    it('answers an unsupported content type with 415', async () => {
      const res = await devLogin().set('content-type', 'application/xml').send('<openid>x</openid>');
      expectError(res, 415, 'COMMON.UNSUPPORTED_MEDIA_TYPE', EXACT);
    });

    it('answers wrong types with 400 COMMON.VALIDATION_FAILED, one entry per field, values not echoed', async () => {
      const res = await devLogin().send({ openid: 12345, role: 'superuser', countyCode: 371702 });
      expectError(res, 400, 'COMMON.VALIDATION_FAILED', EXACT);
      expect(res.body.errors).toEqual([
        { field: 'openid', message: expect.stringMatching(CJK) },
        { field: 'role', message: expect.stringMatching(CJK) },
        { field: 'countyCode', message: expect.stringMatching(CJK) },
      ]);
      expect(JSON.stringify(res.body)).not.toContain('superuser');
    });

    it('refuses a field the route does not know', async () => {
      const res = await devLogin().send({ openid: unique('x'), role: 'worker', isAdmin: true });
      expectError(res, 400, 'COMMON.VALIDATION_FAILED', EXACT);
      expect(res.body.errors).toEqual([{ field: 'isAdmin', message: expect.stringMatching(CJK) }]);
    });

    it('answers an unknown route or method with 404 COMMON.NOT_FOUND', async () => {
      expectError(await t.http().get('/api/no-such-thing'), 404, 'COMMON.NOT_FOUND', EXACT);
      expectError(await t.http().get('/not-even-api'), 404, 'COMMON.NOT_FOUND', EXACT);
      expectError(await t.http().delete('/api/markets'), 404, 'COMMON.NOT_FOUND', EXACT);
      expectError(await t.http().post('/api/no-such-thing').send({ a: 1 }), 404, 'COMMON.NOT_FOUND', EXACT);
    });

    it('answers a missing login with 401 AUTH.UNAUTHENTICATED', async () => {
      expectError(await t.http().get('/api/workers/me'), 401, 'AUTH.UNAUTHENTICATED', EXACT);
    });
  });

  describe('x-request-id', () => {
    it('keeps a well-formed id the caller gives, in the header and in the error body', async () => {
      const id = `trace-${unique('r')}`;
      const ok = await t.http().get('/api/health').set('x-request-id', id).expect(200);
      expect(ok.headers['x-request-id']).toBe(id);
      const error = await t.http().get('/api/markets/abc').set('x-request-id', id).expect(404);
      expect(error.headers['x-request-id']).toBe(id);
      expect(error.body.requestId).toBe(id);
    });

    it('replaces an id that does not look like one with a fresh one', async () => {
      for (const given of ['short', 'has spaces in it', 'x'.repeat(65), 'semi;colon;1234']) {
        const res = await t.http().get('/api/no-such-thing').set('x-request-id', given).expect(404);
        expect(res.headers['x-request-id']).toMatch(UUID);
        expect(res.body.requestId).toBe(res.headers['x-request-id']);
      }
    });

    it('gives every request its own id when none is sent', async () => {
      const first = await t.http().get('/api/health').expect(200);
      const second = await t.http().get('/api/health').expect(200);
      expect(first.headers['x-request-id']).toMatch(UUID);
      expect(second.headers['x-request-id']).toMatch(UUID);
      expect(second.headers['x-request-id']).not.toBe(first.headers['x-request-id']);
    });
  });

  describe('catalogues', () => {
    it('lists the trades with their parents and occupation classes', async () => {
      const res = await t.http().get('/api/trades').expect(200);
      expect(res.body.items).toHaveLength(TRADES.length);
      expect(res.body.items).toEqual(
        expect.arrayContaining([
          { code: 'construction', name: '建筑', occupationClass: 4 },
          { code: 'construction.mason', name: '瓦工', parentCode: 'construction', occupationClass: 4 },
          { code: 'agriculture.peony', name: '牡丹种植工', parentCode: 'agriculture', occupationClass: 2 },
        ]),
      );
      const codes = new Set(res.body.items.map((item: { code: string }) => item.code));
      for (const item of res.body.items as { parentCode?: string }[]) {
        if (item.parentCode) expect(codes).toContain(item.parentCode);
      }
    });

    it("lists Heze's nine counties, codes and names only", async () => {
      const res = await t.http().get('/api/counties').expect(200);
      expect(res.body).toEqual({
        items: [
          { code: '371702', name: '牡丹区' },
          { code: '371703', name: '定陶区' },
          { code: '371721', name: '曹县' },
          { code: '371722', name: '单县' },
          { code: '371723', name: '成武县' },
          { code: '371724', name: '巨野县' },
          { code: '371725', name: '郓城县' },
          { code: '371726', name: '鄄城县' },
          { code: '371728', name: '东明县' },
        ],
      });
    });

    it('lists the market services', async () => {
      const res = await t.http().get('/api/market-services').expect(200);
      expect(res.body.items).toHaveLength(MARKET_SERVICES.length);
      expect(res.body.items).toEqual(
        expect.arrayContaining([
          { code: 'matching', name: '岗位对接' },
          { code: 'meals', name: '平价餐' },
        ]),
      );
    });
  });

  describe('schema', () => {
    it('has the MariaDB schema the migrations built in step with the entities', async () => {
      expect(t.dataSource.options.type).toMatch(/^(mariadb|mysql)$/);
      expect(await pendingSchemaChanges(t.dataSource)).toEqual([]);
      expect(await t.dataSource.showMigrations()).toBe(false);
    });
  });
});
