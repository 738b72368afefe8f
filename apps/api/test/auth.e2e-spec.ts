import { bootTestApp, TestApp } from './support/test-app';
import { FAKE_SESSION_KEY } from './support/fake-wechat';
import { login, unique } from './support/factories';

describe('Login and roles (e2e)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await bootTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  describe('POST /api/auth/wechat-login', () => {
    it('exchanges a good code for our own token, never the session_key, and finds the same user next time', async () => {
      const openid = unique('wx');
      const first = await t
        .http()
        .post('/api/auth/wechat-login')
        .send({ code: `ok:${openid}:union1` })
        .expect(200);
      expect(first.body).toEqual({ accessToken: expect.any(String), expiresIn: t.config.jwtTtlSeconds, user: { id: expect.any(Number), roles: [] } });
      expect(JSON.stringify(first.body)).not.toContain(FAKE_SESSION_KEY);
      expect(t.logger.lines.join('\n')).not.toContain(FAKE_SESSION_KEY);

      const second = await t
        .http()
        .post('/api/auth/wechat-login')
        .send({ code: `ok:${openid}` })
        .expect(200);
      expect(second.body.user.id).toBe(first.body.user.id);
      const [row] = await t.dataSource.query('SELECT openid, unionid FROM app_user WHERE id = ?', [first.body.user.id]);
      expect(row).toEqual({ openid, unionid: 'union1' });

      // The token works on a route that needs login.
      await t
        .http()
        .get('/api/workers/me')
        .set('Authorization', `Bearer ${first.body.accessToken}`)
        .expect(404, /WORKER.NOT_REGISTERED/);
    });

    it.each([
      ['bad', 400, 'AUTH.WECHAT_CODE_INVALID'],
      ['used', 400, 'AUTH.WECHAT_CODE_INVALID'],
      ['limit', 429, 'AUTH.WECHAT_RATE_LIMITED'],
      ['risky', 403, 'AUTH.WECHAT_RISKY_USER'],
      ['busy', 503, 'AUTH.WECHAT_BUSY'],
      ['weird', 502, 'AUTH.WECHAT_UNAVAILABLE'],
      ['broken', 502, 'AUTH.WECHAT_UNAVAILABLE'],
      ['slow', 502, 'AUTH.WECHAT_UNAVAILABLE'],
    ])('maps WeChat answering %s to %i %s', async (code, status, errorCode) => {
      const res = await t.http().post('/api/auth/wechat-login').send({ code }).expect(status);
      expect(res.body).toEqual({ code: errorCode, message: expect.stringMatching(/[\u4e00-\u9fff]/), requestId: expect.any(String) });
    });

    it('answers 502 when WeChat cannot be reached at all', async () => {
      const offline = await bootTestApp({ WECHAT_API_BASE: 'http://127.0.0.1:9' });
      try {
        const res = await offline.http().post('/api/auth/wechat-login').send({ code: 'ok:x' }).expect(502);
        expect(res.body.code).toBe('AUTH.WECHAT_UNAVAILABLE');
      } finally {
        await offline.close();
      }
    });

    it('refuses a missing or non-string code with the error shape', async () => {
      const res = await t.http().post('/api/auth/wechat-login').send({ code: 12 }).expect(400);
      expect(res.body).toMatchObject({ code: 'COMMON.VALIDATION_FAILED', errors: [{ field: 'code', message: expect.any(String) }] });
      await t.http().post('/api/auth/wechat-login').send({}).expect(400);
    });
  });

  describe('POST /api/auth/phone', () => {
    it('binds the phone number WeChat confirms, refreshing an expired access token once', async () => {
      const user = await login(t, 'worker');
      const res = await t.http().post('/api/auth/phone').set(user.auth).send({ code: 'phone:13912345678' }).expect(200);
      expect(res.body).toEqual({ phone: '13912345678' });
      const tokensBefore = t.wechat.tokensIssued;
      t.wechat.expireTokenOnce = true;
      await t.http().post('/api/auth/phone').set(user.auth).send({ code: 'phone:13912345679' }).expect(200);
      expect(t.wechat.tokensIssued).toBe(tokensBefore + 1);
      const [row] = await t.dataSource.query('SELECT phone, phoneVerifiedAt FROM app_user WHERE id = ?', [user.userId]);
      expect(row.phone).toBe('13912345679');
      expect(row.phoneVerifiedAt).not.toBeNull();
    });

    it('refuses a bad phone code and an anonymous caller', async () => {
      const user = await login(t, 'worker');
      const bad = await t.http().post('/api/auth/phone').set(user.auth).send({ code: 'nope' }).expect(400);
      expect(bad.body.code).toBe('AUTH.PHONE_CODE_INVALID');
      const anonymous = await t.http().post('/api/auth/phone').send({ code: 'phone:13912345678' }).expect(401);
      expect(anonymous.body.code).toBe('AUTH.UNAUTHENTICATED');
    });
  });

  describe('POST /api/auth/dev-login', () => {
    it('creates an operator bound to a county, and requires the county', async () => {
      const op = await t
        .http()
        .post('/api/auth/dev-login')
        .send({ openid: unique('op'), role: 'operator', countyCode: '371721' })
        .expect(200);
      expect(op.body.user).toMatchObject({ roles: ['operator'], countyCode: '371721' });
      const missing = await t
        .http()
        .post('/api/auth/dev-login')
        .send({ openid: unique('op'), role: 'operator' })
        .expect(400);
      expect(missing.body.errors).toEqual([{ field: 'countyCode', message: expect.any(String) }]);
      await t
        .http()
        .post('/api/auth/dev-login')
        .send({ openid: unique('op'), role: 'operator', countyCode: '110101' })
        .expect(400);
      await t
        .http()
        .post('/api/auth/dev-login')
        .send({ openid: unique('x'), role: 'superuser' })
        .expect(400);
    });

    it('does not exist when AUTH_DEV_LOGIN is off', async () => {
      const closed = await bootTestApp({ AUTH_DEV_LOGIN: 'false' });
      try {
        const res = await closed
          .http()
          .post('/api/auth/dev-login')
          .send({ openid: unique('x'), role: 'admin' })
          .expect(404);
        expect(res.body.code).toBe('COMMON.NOT_FOUND');
      } finally {
        await closed.close();
      }
    });
  });

  describe('tokens and roles', () => {
    it('refuses a missing, malformed, forged or expired token', async () => {
      await t
        .http()
        .get('/api/workers/me')
        .expect(401, /AUTH.UNAUTHENTICATED/);
      await t
        .http()
        .get('/api/workers/me')
        .set('Authorization', 'Token abc')
        .expect(401, /AUTH.TOKEN_INVALID/);
      await t
        .http()
        .get('/api/workers/me')
        .set('Authorization', 'Bearer not.a.jwt')
        .expect(401, /AUTH.TOKEN_INVALID/);
      const user = await login(t, 'worker');
      const [header, payload] = user.token.split('.');
      await t
        .http()
        .get('/api/workers/me')
        .set('Authorization', `Bearer ${header}.${payload}.forgedsignature`)
        .expect(401, /AUTH.TOKEN_INVALID/);

      const shortLived = await bootTestApp({ JWT_TTL_SECONDS: '60' });
      try {
        const jwt = shortLived.app.get((await import('@nestjs/jwt')).JwtService);
        const expired = await jwt.signAsync({ sub: user.userId }, { expiresIn: -10 });
        await shortLived
          .http()
          .get('/api/workers/me')
          .set('Authorization', `Bearer ${expired}`)
          .expect(401, /AUTH.TOKEN_INVALID/);
      } finally {
        await shortLived.close();
      }
    });

    it('lets each role reach only its routes', async () => {
      const worker = await login(t, 'worker');
      const employer = await login(t, 'employer');
      const operator = await login(t, 'operator', '371702');
      const admin = await login(t, 'admin');
      const market = {
        name: '测试零工市场',
        type: 'public',
        countyCode: '371702',
        address: '牡丹区测试路1号',
        lat: 35.25,
        lng: 115.44,
        openingHours: '05:00-12:00',
        services: ['matching'],
        phone: '0530-5611234',
        trades: ['construction'],
        status: 'open',
      };

      for (const caller of [worker, employer]) {
        const res = await t.http().get('/api/employers').set(caller.auth).expect(403);
        expect(res.body.code).toBe('AUTH.FORBIDDEN');
        await t.http().post('/api/markets').set(caller.auth).send(market).expect(403);
      }
      await t.http().get('/api/employers').set(operator.auth).expect(200);
      await t.http().get('/api/employers').set(admin.auth).expect(200);
      await t.http().post('/api/markets').set(operator.auth).send(market).expect(201);
      await t
        .http()
        .post('/api/markets')
        .set(admin.auth)
        .send({ ...market, countyCode: '371728' })
        .expect(201);
      // Public catalogue and map need no login.
      await t.http().get('/api/trades').expect(200);
      await t.http().get('/api/markets').expect(200);
    });
  });
});
