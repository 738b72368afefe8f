import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { HEZE_COUNTIES, type Role } from '@lingong/shared';
import { createApp, prepareDatabase } from '../src/bootstrap';
import { loadConfig } from '../src/config/config';
import { PostingExpiryJob } from '../src/postings/posting-expiry.job';
import { apiClientFor } from './support/api-client';
import { login, offsetPoint, postingInput } from './support/factories';
import { CapturingLogger } from './support/test-app';

/** The same matching and hiring SQL on the embedded SQLite demo database, with its demo data. */
describe('Postings on embedded SQLite (e2e)', () => {
  let dir: string;
  let app: NestFastifyApplication;
  const http = () => request(app.getHttpServer());
  const devLogin = async (openid: string, role: Role) => (await login({ api: apiClientFor(app) }, role, undefined, openid)).auth;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lingong-postings-embedded-'));
    const config = loadConfig(
      {
        NODE_ENV: 'development',
        DATABASE_URL: `sqlite:${join(dir, 'x.sqlite')}`,
        DB_MIGRATE_ON_START: 'true',
        DB_SEED_DEMO: 'true',
        DEV_SECRETS_FILE: join(dir, 'secrets.json'),
        AUTH_DEV_LOGIN: 'true',
      },
      dir,
    );
    app = await createApp(config, { logger: new CapturingLogger() });
    await prepareDatabase(app, config);
  });
  afterAll(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('posts, finds, ranks candidates, hires and confirms the agreement', async () => {
    const employer = await devLogin('demo-employer', 'employer');
    const worker = await devLogin('demo-worker', 'worker');
    const seat = HEZE_COUNTIES[0].seat;
    const site = offsetPoint({ lat: seat.lat + 0.01, lng: seat.lng + 0.01 }, 1.5);
    const posting = (
      await http()
        .post('/api/postings')
        .set(employer)
        .send(postingInput({ ...site, headcount: 1 }))
        .expect(201)
    ).body;

    const feed = await http()
      .get('/api/postings/feed')
      .set(worker)
      .query({ lat: seat.lat + 0.01, lng: seat.lng + 0.01, radiusKm: 5 })
      .expect(200);
    const item = feed.body.items.find((p: { id: number }) => p.id === posting.id);
    expect(item).toMatchObject({ distanceKm: expect.any(Number), score: expect.any(Number), matchReasons: expect.arrayContaining(['工种对口：瓦工']) });
    expect(item.distanceKm).toBeCloseTo(1.5, 1);

    const candidates = await http().get(`/api/postings/${posting.id}/candidates`).set(employer).expect(200);
    expect(candidates.body.items[0]).toMatchObject({ displayName: '张师傅', contactVisible: false });

    const application = (await http().post(`/api/postings/${posting.id}/applications`).set(worker).expect(201)).body;
    const hire = (await http().post(`/api/applications/${application.id}/accept`).set(employer).expect(200)).body;
    expect(hire.agreement.text).toContain('12333');
    await http().post(`/api/hires/${hire.id}/agreement/confirm`).set(worker).expect(200);
    const confirmed = await http().post(`/api/hires/${hire.id}/agreement/confirm`).set(employer).expect(200);
    expect(confirmed.body.agreement.hash).toMatch(/^[0-9a-f]{64}$/);
    expect((await http().get(`/api/postings/${posting.id}`).set(employer).expect(200)).body).toMatchObject({ status: 'filled', filledCount: 1 });
    expect(await app.get(PostingExpiryJob).closeStale()).toEqual({ expired: 0, filled: 0 });
  });
});
