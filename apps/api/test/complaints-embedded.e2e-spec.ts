import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { SchedulerRegistry } from '@nestjs/schedule';
import request from 'supertest';
import { createApp, prepareDatabase } from '../src/bootstrap';
import { Clock } from '../src/common/clock';
import { ComplaintDeadlinesJob } from '../src/complaints/complaint-deadlines.job';
import { loadConfig } from '../src/config/config';
import { apiClientFor } from './support/api-client';
import { complaintInput, EVIDENCE_FILES, login, createEmployer, createWorker } from './support/factories';
import { CapturingLogger, TestApp } from './support/test-app';

/** The same complaint flow on the embedded SQLite database: the queries are portable, not MariaDB-only. */
describe('Complaints on embedded SQLite (e2e)', () => {
  let dir: string;
  let app: NestFastifyApplication;
  let t: Pick<TestApp, 'http' | 'api'>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lingong-complaints-sqlite-'));
    const config = loadConfig(
      {
        NODE_ENV: 'development',
        DATABASE_URL: `sqlite:${join(dir, 'x.sqlite')}`,
        DB_MIGRATE_ON_START: 'true',
        DB_SEED_DEMO: 'false',
        DEV_SECRETS_FILE: join(dir, 'secrets.json'),
        AUTH_DEV_LOGIN: 'true',
        EVIDENCE_DIR: join(dir, 'evidence'),
      },
      dir,
    );
    app = await createApp(config, { logger: new CapturingLogger() });
    await prepareDatabase(app, config);
    app.get(SchedulerRegistry).getCronJob('complaints-overdue').stop();
    t = { http: () => request(app.getHttpServer()), api: apiClientFor(app) };
  });
  afterAll(async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('takes, reviews, counts and flags a wage claim', async () => {
    jest.spyOn(app.get(Clock), 'now').mockReturnValue(new Date('2026-09-29T02:00:00Z'));
    const worker = await createWorker(t);
    const { employer } = await createEmployer(t, { countyCode: '371702' });
    const staff = await login(t, 'operator', '371702');
    const input = complaintInput({
      category: 'wage_arrears',
      respondent: { employerId: employer.id },
      amountFen: 250000,
      periodFrom: '2026-09-01',
      periodTo: '2026-09-20',
    });
    const first = await t.http().post('/api/complaints').set(worker.auth).send(input).expect(201);
    expect(first.body).toMatchObject({ status: 'submitted', acceptanceDueOn: '2026-10-12', countyCode: '371702' });
    expect((await t.http().post('/api/complaints').set(worker.auth).send(input).expect(200)).body.id).toBe(first.body.id);
    const id = first.body.id;

    const pdf = EVIDENCE_FILES.pdf();
    const uploaded = await t
      .http()
      .post(`/api/complaints/${id}/evidence`)
      .set(worker.auth)
      .attach('files', pdf, { filename: '工资条.pdf', contentType: 'application/pdf' })
      .expect(201);
    const evidenceId = uploaded.body.evidence[0].id;
    const file = await t.http().get(`/api/complaints/${id}/evidence/${evidenceId}`).set(staff.auth).expect(200);
    expect(file.headers['content-type']).toBe('application/pdf');

    const other = await t
      .http()
      .post('/api/complaints')
      .set(worker.auth)
      .send(complaintInput({ countyCode: '371702' }))
      .expect(201);
    await t.http().post(`/api/calendar/exceptions`).set(staff.auth).send({ date: '2026-12-01', working: false, reason: '县里调休' }).expect(201);
    for (const action of ['accept', 'investigate']) await t.http().post(`/api/complaints/${id}/transitions`).set(staff.auth).send({ action }).expect(200);
    const queue = await t.http().get('/api/complaints').set(staff.auth).expect(200);
    expect(queue.body.items.map((s: { id: number; dueOn: string }) => [s.id, s.dueOn])).toEqual([
      [other.body.id, '2026-10-12'],
      [id, '2026-12-29'],
    ]);

    expect((await app.get(ComplaintDeadlinesJob).markOverdue('2026-10-13')).marked).toEqual([other.body.id]);
    await t.http().post(`/api/complaints/${id}/transitions`).set(staff.auth).send({ action: 'resolve', reason: '已追回', recoveredFen: 250000 }).expect(200);
    const stats = await t.http().get('/api/complaints/stats').set(staff.auth).query({ from: '2026-09-01', to: '2026-09-30' }).expect(200);
    expect(stats.body.counties[0]).toMatchObject({
      countyCode: '371702',
      received: 2,
      decidedWithinDeadline: 1,
      resolvedWithinDeadline: 1,
      wagesRecoveredFen: 250000,
    });
    const seen = await t.http().get(`/api/complaints/${other.body.id}`).set(worker.auth).expect(200);
    expect(seen.body.history.map((h: { action: string }) => h.action)).toEqual(['submit']);
  });
});
