import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JwtService } from '@nestjs/jwt';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { DataSource } from 'typeorm';
import type { Market, Role } from '@lingong/shared';
import { addDays, haversineKm, HEZE_COUNTIES, maskResidentId, roundKm, shanghaiDate } from '@lingong/shared';
import { createApp, prepareDatabase } from '../src/bootstrap';
import { AppConfig, loadConfig } from '../src/config/config';
import { SQLITE_MIGRATIONS } from '../src/database/migrations/sqlite';
import { pendingSchemaChanges } from '../src/database/schema-check';
import { DEMO_WORKER_ID_NUMBER } from '../src/database/seeds/demo.seed';
import { PiiService } from '../src/pii/pii.service';
import { staffInviteCommand } from '../src/staff/staff-invite.command';
import { Clock } from '../src/common/clock';
import { User } from '../src/users/user.entity';
import { Worker } from '../src/workers/worker.entity';
import { apiClientFor } from './support/api-client';
import { login } from './support/factories';
import { CapturingLogger } from './support/test-app';

const MUDAN_SEAT = { lat: 35.2526, lng: 115.4418 };

/**
 * The one-command demo: no MariaDB, an SQLite file, migrations and Heze's demo data applied at
 * start, and development secrets generated once and kept beside it.
 */
describe('Embedded SQLite default (e2e)', () => {
  let dir: string;
  let env: Record<string, string>;
  let config: AppConfig;
  let app: NestFastifyApplication | undefined;

  const http = () => request((app as NestFastifyApplication).getHttpServer());
  const dataSource = () => (app as NestFastifyApplication).get(DataSource);
  const boot = async (): Promise<void> => {
    config = loadConfig(env, dir);
    app = await createApp(config, { logger: new CapturingLogger() });
    await prepareDatabase(app, config);
  };
  const restart = async (): Promise<void> => {
    await app?.close();
    app = undefined;
    await boot();
  };
  const devLogin = async (openid: string, role: Role) => (await login({ api: apiClientFor(app as NestFastifyApplication) }, role, undefined, openid)).auth;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lingong-embedded-'));
    env = {
      NODE_ENV: 'development',
      DATABASE_URL: `sqlite:${join(dir, 'x.sqlite')}`,
      DB_MIGRATE_ON_START: 'true',
      DB_SEED_DEMO: 'true',
      DEV_SECRETS_FILE: join(dir, 'secrets.json'),
      AUTH_DEV_LOGIN: 'true',
    };
    await boot();
  });
  afterAll(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('uses the SQLite file and generated development secrets, kept in the secrets file', () => {
    expect(config.database).toEqual({ type: 'sqlite', path: join(dir, 'x.sqlite') });
    expect(existsSync(join(dir, 'x.sqlite'))).toBe(true);
    expect(config.devSecretsFile).toBe(join(dir, 'secrets.json'));
    const secrets = JSON.parse(readFileSync(join(dir, 'secrets.json'), 'utf8'));
    expect(secrets).toEqual({ jwtSecret: config.jwtSecret, piiKey: config.piiKey.toString('hex') });
  });

  it('applies the migrations, leaving the schema in step with the entities', async () => {
    expect(dataSource().options.type).toBe('better-sqlite3');
    const applied = await dataSource().query('SELECT name FROM migrations');
    expect(applied.map((m: { name: string }) => m.name)).toEqual(SQLITE_MIGRATIONS.map((m) => m.name));
    expect(applied[0].name).toBe('Foundation1764290000000');
    expect(await dataSource().showMigrations()).toBe(false);
    expect(await pendingSchemaChanges(dataSource())).toEqual([]);
  });

  it("lists Heze's ten demo markets, all nine counties, nearest first from 牡丹区", async () => {
    const res = await http().get('/api/markets').query({ lat: MUDAN_SEAT.lat, lng: MUDAN_SEAT.lng }).expect(200);
    const items = res.body.items as Market[];
    expect(items).toHaveLength(10);
    expect(res.body.nextCursor).toBeUndefined();
    expect(new Set(items.map((m) => m.countyCode))).toEqual(new Set(HEZE_COUNTIES.map((c) => c.code)));
    expect(items[0].countyCode).toBe('371702');
    expect(items[0].name).toBe('菏泽市牡丹区人民路零工市场');
    const distances = items.map((m) => m.distanceKm as number);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    for (const market of items) expect(market.distanceKm).toBe(roundKm(haversineKm(MUDAN_SEAT, market)));
  });

  it('has the demo worker 张建国, shown with a masked ID number only', async () => {
    const auth = await devLogin('demo-worker', 'worker');
    const res = await http().get('/api/workers/me').set(auth).expect(200);
    expect(res.body).toMatchObject({
      realName: '张建国',
      idNumberMasked: maskResidentId(DEMO_WORKER_ID_NUMBER),
      countyCode: '371702',
      trades: ['construction.mason', 'moving.loader'],
    });
    expect(res.body.idNumberMasked).toMatch(/^4403\*+1512$/);
    expect(JSON.stringify(res.body)).not.toContain(DEMO_WORKER_ID_NUMBER);
  });

  it('shows the demo worker nearby day jobs of the demo employer, ranked, with distance and reasons', async () => {
    const auth = await devLogin('demo-worker', 'worker');
    const res = await http().get('/api/postings/feed').query({ lat: MUDAN_SEAT.lat, lng: MUDAN_SEAT.lng }).set(auth).expect(200);
    const items = res.body.items as { title: string; distanceKm: number; score: number; matchReasons: string[]; status: string }[];
    expect(items.length).toBeGreaterThanOrEqual(4);
    expect(items.every((p) => p.status === 'open' && p.distanceKm <= 10 && p.matchReasons.length > 0)).toBe(true);
    expect([...items].sort((a, b) => b.score - a.score).map((p) => p.title)).toEqual(items.map((p) => p.title));
    // The demo worker is a 瓦工 and 装卸工: those jobs carry the trade reason.
    expect(items.find((p) => p.title.includes('瓦工'))?.matchReasons.join('')).toContain('工种对口');
  });

  it('offers the two demo insurance plans and insures the demo worker through the embedded insurer', async () => {
    const auth = await devLogin('demo-worker', 'worker');
    const { items } = (await http().get('/api/insurance/products').set(auth).expect(200)).body;
    expect(items.map((p: { planCode: string; eligible: boolean }) => [p.planCode, p.eligible])).toEqual([
      ['LGRB-A', true],
      ['LGRB-B', true],
    ]);
    const tomorrow = addDays(shanghaiDate(), 1);
    const res = await http()
      .post('/api/insurance/enrollments')
      .set(auth)
      .send({ productId: items[0].id, startDate: tomorrow, endDate: tomorrow, idempotencyKey: 'embedded-demo-1' })
      .expect(201);
    expect(res.body).toMatchObject({ status: 'issued', policyNo: expect.stringMatching(/^SIM/), premiumFen: 300, workerShareFen: 300 });
    const page = await http().get(`/api/insurance/enrollments/${res.body.id}/certificate`).set(auth).expect(200);
    expect(page.text).toContain('张建国');
  });

  it('has a demo operator for 曹县 who may change 曹县 markets and no others', async () => {
    const user = await dataSource().getRepository(User).findOneByOrFail({ openid: 'demo-operator-371721' });
    expect(user).toMatchObject({ roles: ['operator'], countyCode: '371721' });

    // Logged in with the seeded account as it is (dev-login would set the county itself).
    const token = await (app as NestFastifyApplication).get(JwtService).signAsync({ sub: user.id });
    const auth = { Authorization: `Bearer ${token}` };
    const { items } = (await http().get('/api/markets').expect(200)).body as { items: Market[] };
    const caoxian = items.find((m) => m.countyCode === '371721') as Market;
    const mudan = items.find((m) => m.countyCode === '371702') as Market;
    await http().patch(`/api/markets/${caoxian.id}`).set(auth).send({ phone: caoxian.phone }).expect(200);
    const refused = await http().patch(`/api/markets/${mudan.id}`).set(auth).send({ phone: mudan.phone }).expect(403);
    expect(refused.body.code).toBe('AUTH.COUNTY_SCOPE');
  });

  it('makes the first admin on the SQLite file: the command-line code works once and expires on time', async () => {
    const nest = app as NestFastifyApplication;
    const codeOf = (lines: string[]) => lines.map((l) => l.trim()).find((l) => /^[A-Z2-9]{8}$/.test(l)) as string;
    const code = codeOf(await staffInviteCommand(nest, ['admin']));
    const [first, second] = [await devLogin('embedded-first-admin', 'worker'), await devLogin('embedded-second', 'worker')];
    const redeem = (auth: Record<string, string>, c: string) => http().post('/api/staff/invitations/redeem').set(auth).send({ code: c });
    expect((await redeem(first, code).expect(200)).body.roles).toEqual(['worker', 'admin']);
    expect((await redeem(second, code).expect(400)).body.code).toBe('STAFF.INVITATION_INVALID');

    const operatorCode = (await http().post('/api/staff/invitations').set(first).send({ role: 'operator', countyCode: '371728' }).expect(201)).body
      .code as string;
    jest.spyOn(nest.get(Clock), 'now').mockReturnValue(new Date(Date.now() + 73 * 3600_000));
    try {
      expect((await http().get('/api/staff/invitations').set(first).expect(200)).body.items).toEqual([]);
      expect((await redeem(second, operatorCode).expect(400)).body.code).toBe('STAFF.INVITATION_INVALID');
    } finally {
      jest.restoreAllMocks();
    }
    expect((await redeem(second, operatorCode).expect(200)).body).toMatchObject({ roles: ['worker', 'operator'], countyCode: '371728' });
  });

  it('loads the demo data only once', async () => {
    const users = await dataSource().getRepository(User).count();
    await prepareDatabase(app as NestFastifyApplication, config);
    const [{ n }] = await dataSource().query('SELECT COUNT(*) AS n FROM market');
    expect(Number(n)).toBe(10);
    expect(await dataSource().getRepository(User).count()).toBe(users);
    expect(await dataSource().getRepository(Worker).count()).toBe(1);
  });

  it('still reads the encrypted demo ID number and earlier tokens after a restart with the same files', async () => {
    const auth = await devLogin('demo-worker', 'worker');
    const before = { jwtSecret: config.jwtSecret, piiKey: config.piiKey.toString('hex') };
    await restart();
    expect({ jwtSecret: config.jwtSecret, piiKey: config.piiKey.toString('hex') }).toEqual(before);
    const worker = await dataSource()
      .getRepository(Worker)
      .findOneOrFail({ where: { realName: '张建国' } });
    const clear = await (app as NestFastifyApplication)
      .get(PiiService)
      .decrypt(worker.idCipher as string, { actorUserId: null, subjectUserId: worker.userId, purpose: 'test.restart' });
    expect(clear).toBe(DEMO_WORKER_ID_NUMBER);
    await http().get('/api/workers/me').set(auth).expect(200);
    const [{ n }] = await dataSource().query('SELECT COUNT(*) AS n FROM market');
    expect(Number(n)).toBe(10);
  });
});
