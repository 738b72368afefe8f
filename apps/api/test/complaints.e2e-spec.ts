import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SchedulerRegistry } from '@nestjs/schedule';
import type { ComplaintDetail, ComplaintStats, ComplaintSummary } from '@lingong/shared';
import { Clock } from '../src/common/clock';
import { ComplaintDeadlinesJob } from '../src/complaints/complaint-deadlines.job';
import { ComplaintsService } from '../src/complaints/complaints.service';
import {
  complaintInput,
  createEmployer,
  createHire,
  createVerifiedEmployer,
  createWorker,
  EVIDENCE_FILES,
  fileComplaint,
  LoggedIn,
  login,
  loginOperator,
  unique,
} from './support/factories';
import { bootTestApp, TestApp } from './support/test-app';
import { CJK, expectError } from './support/expect-error';
import { binary } from './support/api-client';

const MAX_BYTES = 64 * 1024;

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

describe('Complaints (e2e)', () => {
  let t: TestApp;
  let evidenceDir: string;
  let service: ComplaintsService;
  let deadlines: ComplaintDeadlinesJob;
  let clock: Clock;

  beforeAll(async () => {
    evidenceDir = mkdtempSync(join(tmpdir(), 'lingong-evidence-'));
    t = await bootTestApp({ EVIDENCE_DIR: evidenceDir, EVIDENCE_MAX_BYTES: String(MAX_BYTES), EVIDENCE_MAX_FILES: '3' });
    // The hourly job must not run under the tests' feet: they call it themselves with a chosen day.
    t.app.get(SchedulerRegistry).getCronJob('complaints-overdue').stop();
    service = t.app.get(ComplaintsService);
    deadlines = t.app.get(ComplaintDeadlinesJob);
    clock = t.app.get(Clock);
  });
  afterAll(async () => {
    await t.close();
    rmSync(evidenceDir, { recursive: true, force: true });
  });
  afterEach(() => {
    jest.restoreAllMocks();
  });

  /** Puts the complaints' clock at 10:00 Shanghai time on the given day. */
  function onDay(day: string): void {
    jest.spyOn(clock, 'now').mockReturnValue(new Date(`${day}T02:00:00.000Z`));
  }

  function operator(countyCode = '371702'): Promise<LoggedIn> {
    return loginOperator(t, countyCode);
  }

  function move(staff: LoggedIn, id: number, body: Record<string, unknown>) {
    return t.api.as(staff).post(`/api/complaints/${id}/transitions`, body);
  }

  async function moveOk(staff: LoggedIn, id: number, body: Record<string, unknown>): Promise<ComplaintDetail> {
    const res = await move(staff, id, body);
    expect({ status: res.status, code: res.body.code }).toEqual({ status: 200, code: undefined });
    return res.body;
  }

  function upload(user: LoggedIn, id: number, files: { data: Buffer; name: string; type: string }[]) {
    let req = t.api.as(user).post(`/api/complaints/${id}/evidence`);
    for (const f of files) req = req.attach('files', f.data, { filename: f.name, contentType: f.type });
    return req;
  }

  async function wageClaim(worker: LoggedIn, employerId: number, overrides: Record<string, unknown> = {}): Promise<ComplaintDetail> {
    return fileComplaint(t, worker, {
      category: 'wage_arrears',
      respondent: { employerId },
      facts: `在工地干了20天小工，老板说月底结，到现在一分没给。${unique('wage')}`,
      request: '要回工钱4000元',
      amountFen: 400000,
      periodFrom: '2026-09-01',
      periodTo: '2026-09-20',
      countyCode: undefined,
      ...overrides,
    });
  }

  describe('intake', () => {
    it("files a named wage claim against an employer on the platform, in the employer's county, and shows it to the complainant", async () => {
      const worker = await createWorker(t);
      const { employer } = await createEmployer(t, { countyCode: '371721' });
      const res = await t
        .http()
        .post('/api/complaints')
        .set(worker.auth)
        .send(
          complaintInput({
            category: 'wage_arrears',
            respondent: { employerId: employer.id },
            amountFen: 400000,
            periodFrom: '2026-09-01',
            periodTo: '2026-09-20',
            countyCode: '371702',
            facts: `干了20天没拿到钱 ${unique()}`,
          }),
        )
        .expect(201);
      expect(res.body).toMatchObject({
        id: expect.any(Number),
        category: 'wage_arrears',
        status: 'submitted',
        countyCode: '371721',
        respondent: { employerId: employer.id, name: employer.name, personInCharge: employer.contactName, address: employer.address },
        amountFen: 400000,
        periodFrom: '2026-09-01',
        periodTo: '2026-09-20',
        anonymous: false,
        overdue: false,
        acceptanceDueOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        history: [{ from: null, to: 'submitted', action: 'submit', reason: null, at: expect.any(String), by: 'complainant' }],
        evidence: [],
      });
      expect(res.body).not.toHaveProperty('resolutionDueOn');
      expect(res.body).not.toHaveProperty('complainant');
      expect(res.body).not.toHaveProperty('allowedActions');

      const mine = await t.http().get('/api/complaints').set(worker.auth).expect(200);
      expect(mine.body.items.map((c: ComplaintSummary) => c.id)).toEqual([res.body.id]);
      const detail = await t.http().get(`/api/complaints/${res.body.id}`).set(worker.auth).expect(200);
      expect(detail.body).toEqual(res.body);

      const staff = await t
        .http()
        .get(`/api/complaints/${res.body.id}`)
        .set((await operator('371721')).auth)
        .expect(200);
      expect(staff.body.complainant).toEqual({ name: worker.input.realName, phone: worker.input.phone });
      expect(JSON.stringify(staff.body)).not.toContain(worker.input.idNumber);
      await t
        .http()
        .get(`/api/complaints/${res.body.id}`)
        .set((await operator('371702')).auth)
        .expect(404);
    });

    it('stores evidence files outside the database and serves them only to those entitled', async () => {
      const worker = await createWorker(t);
      const complaint = await fileComplaint(t, worker, { countyCode: '371722' });
      const jpeg = EVIDENCE_FILES.jpeg();
      const pdf = EVIDENCE_FILES.pdf();
      const res = await upload(worker, complaint.id, [
        { data: jpeg, name: '现场照片.jpg', type: 'image/jpeg' },
        // The declared type is wrong; the bytes say PDF, and PDF is what is stored.
        { data: pdf, name: '工资条.pdf', type: 'application/octet-stream' },
      ]).expect(201);
      expect(res.body.evidence).toEqual([
        {
          id: expect.any(Number),
          fileName: '现场照片.jpg',
          contentType: 'image/jpeg',
          sizeBytes: jpeg.length,
          sha256: sha256(jpeg),
          uploadedAt: expect.any(String),
          uploadedBy: 'complainant',
        },
        {
          id: expect.any(Number),
          fileName: '工资条.pdf',
          contentType: 'application/pdf',
          sizeBytes: pdf.length,
          sha256: sha256(pdf),
          uploadedAt: expect.any(String),
          uploadedBy: 'complainant',
        },
      ]);
      expect(res.body.history.at(-1)).toMatchObject({ action: 'add-evidence', by: 'complainant', from: null, to: null });

      const rows = await t.dataSource.query('SELECT storageName FROM complaint_evidence WHERE complaintId = ? ORDER BY id', [complaint.id]);
      const stored = readdirSync(evidenceDir);
      for (const { storageName } of rows) {
        expect(storageName).toMatch(/^[0-9a-f]{32}\.(jpg|pdf)$/);
        expect(stored).toContain(storageName);
      }
      expect(readFileSync(join(evidenceDir, rows[0].storageName))).toEqual(jpeg);
      expect(stored.some((name) => name.endsWith('.part'))).toBe(false);

      const [photo, payslip] = res.body.evidence;
      const download = (user: LoggedIn, evidenceId: number) =>
        t
          .http()
          .get(`/api/complaints/${complaint.id}/evidence/${evidenceId}`)
          .set(user.auth)
          .buffer(true)
          .parse(binary as never);
      const own = await download(worker, payslip.id).expect(200);
      expect(own.headers['content-type']).toBe('application/pdf');
      expect(own.headers['content-disposition']).toContain(encodeURIComponent('工资条.pdf'));
      expect(own.headers['x-content-type-options']).toBe('nosniff');
      expect(Buffer.compare(own.body, pdf)).toBe(0);

      const staff = await download(await operator('371722'), photo.id).expect(200);
      expect(Buffer.compare(staff.body, jpeg)).toBe(0);
      await download(await login(t, 'admin'), photo.id).expect(200);

      const refused = (user: LoggedIn, evidenceId: number) => t.http().get(`/api/complaints/${complaint.id}/evidence/${evidenceId}`).set(user.auth);
      expectError(await refused(await operator('371702'), photo.id), 404, 'COMPLAINT.NOT_FOUND');
      expectError(await refused(await createWorker(t), photo.id), 404, 'COMPLAINT.NOT_FOUND');
      const otherCase = await fileComplaint(t, worker, { countyCode: '371722' });
      expectError(await t.http().get(`/api/complaints/${otherCase.id}/evidence/${photo.id}`).set(worker.auth), 404, 'COMPLAINT.NOT_FOUND');
      expectError(
        await upload(await createWorker(t), complaint.id, [{ data: EVIDENCE_FILES.png(), name: 'x.png', type: 'image/png' }]),
        404,
        'COMPLAINT.NOT_FOUND',
      );
    });

    it('refuses a file that is too large, of the wrong type or too many files, and keeps nothing of the refused upload', async () => {
      const worker = await createWorker(t);
      const complaint = await fileComplaint(t, worker);
      const filesBefore = readdirSync(evidenceDir).length;

      const big = Buffer.concat([EVIDENCE_FILES.jpeg(), Buffer.alloc(MAX_BYTES, 1)]);
      expectError(
        await upload(worker, complaint.id, [
          { data: EVIDENCE_FILES.png(), name: 'ok.png', type: 'image/png' },
          { data: big, name: '大照片.jpg', type: 'image/jpeg' },
        ]),
        413,
        'COMPLAINT.EVIDENCE_TOO_LARGE',
      );

      const script = Buffer.from('MZ\x90\x00 this is a Windows program, not a photo');
      const wrong = await upload(worker, complaint.id, [
        { data: EVIDENCE_FILES.png(), name: 'ok.png', type: 'image/png' },
        { data: script, name: '照片.jpg', type: 'image/jpeg' },
      ]);
      expectError(wrong, 415, 'COMPLAINT.EVIDENCE_TYPE_NOT_ALLOWED');
      expect(wrong.body.fileName).toBe('照片.jpg');
      expectError(
        await upload(worker, complaint.id, [{ data: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), name: 'a.svg', type: 'image/svg+xml' }]),
        415,
        'COMPLAINT.EVIDENCE_TYPE_NOT_ALLOWED',
      );

      const four = [1, 2, 3, 4].map((i) => ({ data: EVIDENCE_FILES.png(), name: `${i}.png`, type: 'image/png' }));
      expectError(await upload(worker, complaint.id, four), 413, 'COMPLAINT.EVIDENCE_TOO_MANY');
      expectError(await t.http().post(`/api/complaints/${complaint.id}/evidence`).set(worker.auth).send({ file: 'x' }), 400, 'COMPLAINT.EVIDENCE_MISSING');

      const after = await t.http().get(`/api/complaints/${complaint.id}`).set(worker.auth).expect(200);
      expect(after.body.evidence).toEqual([]);
      expect(after.body.history.map((h: { action: string }) => h.action)).toEqual(['submit']);
      expect(readdirSync(evidenceDir).length).toBe(filesBefore);
    });

    it('takes a complaint and its evidence in one request, all or nothing', async () => {
      const worker = await createWorker(t);
      const input = complaintInput({ countyCode: '371722' });
      const photo = EVIDENCE_FILES.jpeg();
      const send = (body: string, files: { data: Buffer; name: string; type: string }[]) => {
        let req = t.http().post('/api/complaints/with-evidence').set(worker.auth).field('complaint', body);
        for (const f of files) req = req.attach('files', f.data, { filename: f.name, contentType: f.type });
        return req;
      };
      const filesBefore = readdirSync(evidenceDir).length;
      const res = await send(JSON.stringify(input), [{ data: photo, name: '招工广告截图.jpg', type: 'image/jpeg' }]).expect(201);
      expect(res.body).toMatchObject({ status: 'submitted', countyCode: '371722', facts: input.facts });
      expect(res.body.evidence).toEqual([
        expect.objectContaining({ fileName: '招工广告截图.jpg', contentType: 'image/jpeg', sha256: sha256(photo), uploadedBy: 'complainant' }),
      ]);
      expect(res.body.history.map((h: { action: string }) => h.action)).toEqual(['submit', 'add-evidence']);
      expect(readdirSync(evidenceDir).length).toBe(filesBefore + 1);

      // Sent twice by mistake: the existing case, and the resent file is not kept.
      const again = await send(JSON.stringify(input), [{ data: photo, name: '招工广告截图.jpg', type: 'image/jpeg' }]).expect(200);
      expect(again.body.id).toBe(res.body.id);
      expect(again.body.evidence).toHaveLength(1);
      expect(readdirSync(evidenceDir).length).toBe(filesBefore + 1);

      // A refused file, an invalid complaint or a refused claim keeps neither the case nor any file.
      const fresh = complaintInput({ countyCode: '371722' });
      expectError(
        await send(JSON.stringify(fresh), [
          { data: photo, name: 'ok.jpg', type: 'image/jpeg' },
          { data: Buffer.from('GIF89a'), name: 'x.gif', type: 'image/gif' },
        ]),
        415,
        'COMPLAINT.EVIDENCE_TYPE_NOT_ALLOWED',
      );
      const invalid = await send(JSON.stringify({ ...fresh, facts: '短' }), [{ data: photo, name: 'ok.jpg', type: 'image/jpeg' }]);
      expectError(invalid, 400, 'COMMON.VALIDATION_FAILED');
      expect(invalid.body.errors).toEqual([{ field: 'facts', message: expect.stringMatching(CJK) }]);
      expectError(await send('{not json', []), 400, 'COMMON.MALFORMED_BODY');
      const unnamed = await login(t, 'worker');
      const wage = complaintInput({ category: 'wage_arrears', amountFen: 1000, periodFrom: '2026-09-01', periodTo: '2026-09-02' });
      expectError(
        await t
          .http()
          .post('/api/complaints/with-evidence')
          .set(unnamed.auth)
          .field('complaint', JSON.stringify(wage))
          .attach('files', EVIDENCE_FILES.pdf(), { filename: '工资条.pdf', contentType: 'application/pdf' }),
        400,
        'COMPLAINT.NAMED_COMPLAINANT_REQUIRED',
      );
      expect(readdirSync(evidenceDir).length).toBe(filesBefore + 1);
      const [{ n }] = await t.dataSource.query('SELECT COUNT(*) AS n FROM complaint WHERE complainantUserId IN (?, ?)', [worker.userId, unnamed.userId]);
      expect(Number(n)).toBe(1);

      // Multipart sent to a JSON route is a client error, not a crash.
      const wrongRoute = await t.http().post('/api/complaints').set(worker.auth).field('complaint', JSON.stringify(fresh));
      expect(wrongRoute.status).toBeGreaterThanOrEqual(400);
      expect(wrongRoute.status).toBeLessThan(500);
    });

    it("takes an anonymous tip about a fake posting, keeps it on the tipster's account and hides who sent it", async () => {
      const tipster = await createWorker(t);
      const tip = await fileComplaint(t, tipster, { anonymous: true, category: 'fake_posting', countyCode: '371723' });
      expect(tip).toMatchObject({ anonymous: true, status: 'submitted', countyCode: '371723' });

      const staffView = await t
        .http()
        .get(`/api/complaints/${tip.id}`)
        .set((await operator('371723')).auth)
        .expect(200);
      expect(staffView.body.anonymous).toBe(true);
      expect(staffView.body).not.toHaveProperty('complainant');
      expect(JSON.stringify(staffView.body)).not.toContain(tipster.input.realName);
      expect(JSON.stringify(staffView.body)).not.toContain(tipster.input.phone);
      const [row] = await t.dataSource.query('SELECT complainantUserId, complainantName, complainantPhone FROM complaint WHERE id = ?', [tip.id]);
      expect(row).toEqual({ complainantUserId: tipster.userId, complainantName: null, complainantPhone: null });

      const mine = await t.http().get('/api/complaints').set(tipster.auth).expect(200);
      expect(mine.body.items.map((c: ComplaintSummary) => c.id)).toContain(tip.id);

      // A worker who never registered may tip too.
      const stranger = await login(t, 'worker');
      await t
        .http()
        .post('/api/complaints')
        .set(stranger.auth)
        .send(complaintInput({ anonymous: true, category: 'illegal_fee' }))
        .expect(201);
      for (const category of ['discrimination', 'other', 'safety'] as const) {
        expectError(
          await t
            .http()
            .post('/api/complaints')
            .set(tipster.auth)
            .send(complaintInput({ anonymous: true, category })),
          400,
          'COMPLAINT.ANONYMOUS_NOT_ALLOWED',
        );
      }
    });

    it('refuses a wage claim without a named, registered worker, or without the amount and period', async () => {
      const { employer } = await createEmployer(t);
      const wage = {
        category: 'wage_arrears' as const,
        respondent: { employerId: employer.id },
        amountFen: 100000,
        periodFrom: '2026-09-01',
        periodTo: '2026-09-10',
      };
      const unregistered = await login(t, 'worker');
      expectError(await t.http().post('/api/complaints').set(unregistered.auth).send(complaintInput(wage)), 400, 'COMPLAINT.NAMED_COMPLAINANT_REQUIRED');
      const worker = await createWorker(t);
      expectError(
        await t
          .http()
          .post('/api/complaints')
          .set(worker.auth)
          .send(complaintInput({ ...wage, anonymous: true })),
        400,
        'COMPLAINT.NAMED_COMPLAINANT_REQUIRED',
      );
      const noAmount = await t
        .http()
        .post('/api/complaints')
        .set(worker.auth)
        .send(complaintInput({ ...wage, amountFen: undefined }));
      expectError(noAmount, 400, 'COMPLAINT.WAGE_DETAILS_REQUIRED');
      expect(noAmount.body.errors).toEqual([{ field: 'amountFen', message: expect.any(String) }]);
      expectError(
        await t
          .http()
          .post('/api/complaints')
          .set(worker.auth)
          .send(complaintInput({ ...wage, periodTo: undefined })),
        400,
        'COMPLAINT.WAGE_DETAILS_REQUIRED',
      );
      expectError(
        await t
          .http()
          .post('/api/complaints')
          .set(worker.auth)
          .send(complaintInput({ ...wage, periodFrom: '2026-09-11' })),
        400,
        'COMPLAINT.PERIOD_INVALID',
      );
      expectError(
        await t
          .http()
          .post('/api/complaints')
          .set(worker.auth)
          .send(complaintInput({ ...wage, periodTo: '2099-01-01' })),
        400,
        'COMPLAINT.PERIOD_INVALID',
      );

      const [{ n }] = await t.dataSource.query('SELECT COUNT(*) AS n FROM complaint WHERE complainantUserId IN (?, ?)', [unregistered.userId, worker.userId]);
      expect(Number(n)).toBe(0);
    });

    it('needs a respondent and, when it is not on the platform, a served county; an unknown employer is refused', async () => {
      const worker = await createWorker(t);
      expectError(
        await t
          .http()
          .post('/api/complaints')
          .set(worker.auth)
          .send(complaintInput({ respondent: {} })),
        400,
        'COMPLAINT.RESPONDENT_REQUIRED',
      );
      expectError(
        await t
          .http()
          .post('/api/complaints')
          .set(worker.auth)
          .send(complaintInput({ countyCode: undefined })),
        400,
        'COMPLAINT.COUNTY_REQUIRED',
      );
      expectError(
        await t
          .http()
          .post('/api/complaints')
          .set(worker.auth)
          .send(complaintInput({ countyCode: '110105' })),
        400,
        'COMPLAINT.COUNTY_NOT_SERVED',
      );
      expectError(
        await t
          .http()
          .post('/api/complaints')
          .set(worker.auth)
          .send(complaintInput({ respondent: { employerId: 999999999 } })),
        400,
        'COMPLAINT.RESPONDENT_NOT_FOUND',
      );
      const bad = await t
        .http()
        .post('/api/complaints')
        .set(worker.auth)
        .send({ ...complaintInput(), category: 'gossip', facts: '短' });
      expectError(bad, 400, 'COMMON.VALIDATION_FAILED');
      expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['category', 'facts']);
      expectError(
        await t
          .http()
          .post('/api/complaints')
          .set((await operator()).auth)
          .send(complaintInput()),
        403,
        'AUTH.FORBIDDEN',
      );
      expectError(await t.http().post('/api/complaints').send(complaintInput()), 401, 'AUTH.UNAUTHENTICATED');
    });

    it('answers a complaint sent twice by mistake with the existing case, also when both arrive at once', async () => {
      const worker = await createWorker(t);
      const input = complaintInput();
      const first = await t.http().post('/api/complaints').set(worker.auth).send(input).expect(201);
      // The same facts typed with other spacing and punctuation are the same complaint.
      const again = await t
        .http()
        .post('/api/complaints')
        .set(worker.auth)
        .send({ ...input, facts: ` ${input.facts.replace('，', ',')}  ` })
        .expect(200);
      expect(again.body.id).toBe(first.body.id);
      const different = await t
        .http()
        .post('/api/complaints')
        .set(worker.auth)
        .send({ ...input, facts: `${input.facts} 另外还扣了我的身份证` })
        .expect(201);
      expect(different.body.id).not.toBe(first.body.id);
      const someoneElse = await t
        .http()
        .post('/api/complaints')
        .set((await createWorker(t)).auth)
        .send(input)
        .expect(201);
      expect(someoneElse.body.id).not.toBe(first.body.id);

      const racing = complaintInput();
      const both = await Promise.all([0, 1].map(() => t.http().post('/api/complaints').set(worker.auth).send(racing)));
      expect(both.map((r) => r.status).sort()).toEqual([200, 201]);
      expect(both[0].body.id).toBe(both[1].body.id);
      const [{ n }] = await t.dataSource.query('SELECT COUNT(*) AS n FROM complaint WHERE complainantUserId = ?', [worker.userId]);
      expect(Number(n)).toBe(3);
    });

    it('opens a prefilled wage claim from a "not paid" report on a hiring record, once per hire', async () => {
      const worker = await createWorker(t);
      const hiring = await createVerifiedEmployer(t, { countyCode: '371724' });
      const employer = hiring.employer;
      const { posting, hire } = await createHire(t, { employer: hiring, worker, posting: { lat: 35.3965, lng: 116.0947 } });
      const hireId = hire.id;
      const input = {
        workerUserId: worker.userId,
        employerId: employer.id,
        hireId,
        postingId: posting.id,
        amountFen: 360000,
        periodFrom: '2026-10-08',
        periodTo: '2026-10-25',
        facts: '用工记录显示已完工，工钱3600元未付。',
      };
      const { complaint, created } = await service.openWageClaimFromHire(input);
      expect(created).toBe(true);
      expect(complaint).toMatchObject({
        category: 'wage_arrears',
        status: 'submitted',
        respondent: { employerId: employer.id, name: employer.name },
        amountFen: 360000,
        periodFrom: '2026-10-08',
        periodTo: '2026-10-25',
        hireId,
        postingId: posting.id,
        countyCode: '371724',
        anonymous: false,
        facts: input.facts,
        request: expect.stringContaining('3600元'),
      });
      const again = await service.openWageClaimFromHire({ ...input, facts: '又点了一次' });
      expect(again).toEqual({ complaint: expect.objectContaining({ id: complaint.id }), created: false });

      const seen = await t.http().get(`/api/complaints/${complaint.id}`).set(worker.auth).expect(200);
      expect(seen.body).toMatchObject({ id: complaint.id, hireId, status: 'submitted' });
      const staff = await t
        .http()
        .get(`/api/complaints/${complaint.id}`)
        .set((await operator('371724')).auth)
        .expect(200);
      expect(staff.body.complainant.name).toBe(worker.input.realName);

      // The worker filing the same hire through the form gets the same case.
      const viaForm = await t
        .http()
        .post('/api/complaints')
        .set(worker.auth)
        .send(
          complaintInput({
            category: 'wage_arrears',
            respondent: { employerId: employer.id },
            hireId,
            amountFen: 360000,
            periodFrom: '2026-10-08',
            periodTo: '2026-10-25',
          }),
        )
        .expect(200);
      expect(viaForm.body.id).toBe(complaint.id);

      const stranger = await createWorker(t);
      await expect(service.openWageClaimFromHire({ ...input, workerUserId: stranger.userId })).rejects.toMatchObject({ code: 'COMMON.VALIDATION_FAILED' });
      // Nobody can link a hiring record that is not their own, nor one that does not exist.
      expectError(await t.http().post('/api/complaints').set(stranger.auth).send(complaintInput({ hireId })), 400, 'COMPLAINT.HIRE_NOT_FOUND');
      expectError(
        await t
          .http()
          .post('/api/complaints')
          .set(worker.auth)
          .send(complaintInput({ hireId: hireId + 100000 })),
        400,
        'COMPLAINT.HIRE_NOT_FOUND',
      );
      expectError(
        await t
          .http()
          .post('/api/complaints')
          .set(worker.auth)
          .send(complaintInput({ postingId: posting.id + 100000 })),
        400,
        'COMPLAINT.POSTING_NOT_FOUND',
      );

      const unregistered = await login(t, 'worker');
      await expect(service.openWageClaimFromHire({ ...input, workerUserId: unregistered.userId, hireId: hireId + 1 })).rejects.toMatchObject({
        code: 'COMPLAINT.NAMED_COMPLAINANT_REQUIRED',
      });
    });
  });

  describe('review', () => {
    it('walks a wage claim from submitted to closed, recording who, when, from, to and why, visible to the complainant', async () => {
      const worker = await createWorker(t);
      const { employer } = await createEmployer(t, { countyCode: '371725' });
      const staff = await operator('371725');
      const c = await wageClaim(worker, employer.id);
      expect((await t.http().get(`/api/complaints/${c.id}`).set(staff.auth).expect(200)).body.allowedActions).toEqual([
        'accept',
        'reject',
        'request-material',
        'refer',
      ]);

      const accepted = await moveOk(staff, c.id, { action: 'accept', reason: '事实清楚，予以受理' });
      expect(accepted).toMatchObject({
        status: 'accepted',
        resolutionDueOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        allowedActions: ['investigate', 'extend'],
      });
      await moveOk(staff, c.id, { action: 'investigate' });
      const extended = await moveOk(staff, c.id, { action: 'extend', reason: '用工方负责人外出，需延期调查' });
      expect(extended.status).toBe('investigating');
      expect(extended.extended).toBe(true);
      expect(extended.resolutionDueOn! > accepted.resolutionDueOn!).toBe(true);
      const resolved = await moveOk(staff, c.id, { action: 'resolve', reason: '已责令用工方支付全部工资', recoveredFen: 400000 });
      expect(resolved).toMatchObject({ status: 'resolved', recoveredFen: 400000 });
      await moveOk(staff, c.id, { action: 'close' });

      const mine = await t.http().get(`/api/complaints/${c.id}`).set(worker.auth).expect(200);
      expect(mine.body.status).toBe('closed');
      expect(mine.body.history).toEqual([
        { from: null, to: 'submitted', action: 'submit', reason: null, at: expect.any(String), by: 'complainant' },
        { from: 'submitted', to: 'accepted', action: 'accept', reason: '事实清楚，予以受理', at: expect.any(String), by: 'operator' },
        { from: 'accepted', to: 'investigating', action: 'investigate', reason: null, at: expect.any(String), by: 'operator' },
        { from: 'investigating', to: 'investigating', action: 'extend', reason: '用工方负责人外出，需延期调查', at: expect.any(String), by: 'operator' },
        { from: 'investigating', to: 'resolved', action: 'resolve', reason: '已责令用工方支付全部工资', at: expect.any(String), by: 'operator' },
        { from: 'resolved', to: 'closed', action: 'close', reason: null, at: expect.any(String), by: 'operator' },
      ]);
      const staffView = await t.http().get(`/api/complaints/${c.id}`).set(staff.auth).expect(200);
      expect(staffView.body.history.slice(1).every((h: { byUserId: number }) => h.byUserId === staff.userId)).toBe(true);
      const audit = await t.dataSource.query("SELECT action, actorUserId FROM audit_event WHERE entityType = 'complaint' AND entityId = ? ORDER BY id", [c.id]);
      expect(audit.map((a: { action: string }) => a.action)).toEqual([
        'complaint.accept',
        'complaint.investigate',
        'complaint.extend',
        'complaint.resolve',
        'complaint.close',
      ]);

      expectError(await t.http().post(`/api/complaints/${c.id}/withdraw`).set(worker.auth).send({}), 409, 'COMPLAINT.ACTION_NOT_ALLOWED');
      expectError(await upload(worker, c.id, [{ data: EVIDENCE_FILES.png(), name: 'late.png', type: 'image/png' }]), 409, 'COMPLAINT.CLOSED');
    });

    it('refuses to skip states', async () => {
      const worker = await createWorker(t);
      const staff = await operator('371726');
      const c = await fileComplaint(t, worker, { countyCode: '371726' });
      for (const action of ['investigate', 'resolve', 'close', 'extend']) {
        const res = await move(staff, c.id, { action, reason: '试图跳过步骤' });
        expectError(res, 409, 'COMPLAINT.ACTION_NOT_ALLOWED');
        expect(res.body.message).toContain('已提交');
      }
      await moveOk(staff, c.id, { action: 'accept' });
      for (const action of ['accept', 'reject', 'request-material', 'refer', 'resolve', 'close']) {
        expectError(await move(staff, c.id, { action, reason: '试图跳过步骤', referredTo: '某部门' }), 409, 'COMPLAINT.ACTION_NOT_ALLOWED');
      }
      await moveOk(staff, c.id, { action: 'investigate' });
      expectError(await move(staff, c.id, { action: 'close' }), 409, 'COMPLAINT.ACTION_NOT_ALLOWED');
      expectError(await move(staff, c.id, { action: 'fly' }), 400, 'COMMON.VALIDATION_FAILED');
      const [row] = await t.dataSource.query('SELECT status FROM complaint WHERE id = ?', [c.id]);
      expect(row.status).toBe('investigating');
    });

    it('requires reasons where the law asks for them, and a department for a referral', async () => {
      const worker = await createWorker(t);
      const staff = await operator('371726');
      const c = await fileComplaint(t, worker, { countyCode: '371726' });
      for (const action of ['reject', 'request-material']) {
        for (const reason of [undefined, '', '   ']) {
          const res = await move(staff, c.id, { action, ...(reason !== undefined ? { reason } : {}) });
          expectError(res, 400, 'COMPLAINT.REASON_REQUIRED');
          expect(res.body.errors).toEqual([{ field: 'reason', message: expect.any(String) }]);
        }
      }
      expectError(await move(staff, c.id, { action: 'refer' }), 400, 'COMPLAINT.REFERRED_TO_REQUIRED');
      const rejected = await moveOk(staff, c.id, { action: 'reject', reason: '已超过两年投诉时效，不予受理' });
      expect(rejected.status).toBe('rejected');
      const seen = await t.http().get(`/api/complaints/${c.id}`).set(worker.auth).expect(200);
      expect(seen.body.history.at(-1)).toMatchObject({ from: 'submitted', to: 'rejected', reason: '已超过两年投诉时效，不予受理' });
      await moveOk(staff, c.id, { action: 'close' });

      const d = await fileComplaint(t, worker, { countyCode: '371726' });
      const referred = await moveOk(staff, d.id, { action: 'refer', referredTo: '菏泽市市场监督管理局', reason: '属于市场监管部门职责' });
      expect(referred).toMatchObject({ status: 'referred', referredTo: '菏泽市市场监督管理局' });

      const e = await fileComplaint(t, worker, { countyCode: '371726' });
      await moveOk(staff, e.id, { action: 'accept' });
      await moveOk(staff, e.id, { action: 'investigate' });
      expectError(await move(staff, e.id, { action: 'extend' }), 400, 'COMPLAINT.REASON_REQUIRED');
      expectError(await move(staff, e.id, { action: 'resolve' }), 400, 'COMPLAINT.REASON_REQUIRED');
      await moveOk(staff, e.id, { action: 'extend', reason: '案情复杂' });
      expectError(await move(staff, e.id, { action: 'extend', reason: '还要再延' }), 409, 'COMPLAINT.ALREADY_EXTENDED');
    });

    it("asks for material; the complainant's material puts the case back on a fresh acceptance clock", async () => {
      const worker = await createWorker(t);
      const staff = await operator('371728');
      onDay('2026-10-09');
      const c = await fileComplaint(t, worker, { countyCode: '371728' });
      // Sat 10-10 is a make-up working day: 10-10 (1), 10-12 (2) ... 10-15 (5)
      expect(c.acceptanceDueOn).toBe('2026-10-15');
      const asked = await moveOk(staff, c.id, { action: 'request-material', reason: '请补充用工方的具体地址和负责人电话' });
      expect(asked.status).toBe('needs_material');
      const mine = await t.http().get(`/api/complaints/${c.id}`).set(worker.auth).expect(200);
      expect(mine.body.history.at(-1)).toMatchObject({ action: 'request-material', to: 'needs_material', reason: '请补充用工方的具体地址和负责人电话' });

      onDay('2026-10-14');
      const added = await t
        .http()
        .post(`/api/complaints/${c.id}/material`)
        .set(worker.auth)
        .send({ text: '地址是东明县城关镇工业园3号，负责人电话13900000000' })
        .expect(200);
      expect(added.body).toMatchObject({ status: 'submitted', acceptanceDueOn: '2026-10-21' });
      expect(added.body.history.at(-1)).toMatchObject({ action: 'add-material', from: 'needs_material', to: 'submitted', by: 'complainant' });
      // Material on a case not waiting for it is kept without a change of state.
      const more = await upload(worker, c.id, [{ data: EVIDENCE_FILES.png(), name: 'more.png', type: 'image/png' }]).expect(201);
      expect(more.body.status).toBe('submitted');
      expect(more.body.history.at(-1)).toMatchObject({ action: 'add-evidence', from: null, to: null });

      await moveOk(staff, c.id, { action: 'request-material', reason: '还缺工资条' });
      const viaFile = await upload(worker, c.id, [{ data: EVIDENCE_FILES.pdf(), name: '工资条.pdf', type: 'application/pdf' }]).expect(201);
      expect(viaFile.body.status).toBe('submitted');
      expect(viaFile.body.history.at(-1)).toMatchObject({ action: 'add-evidence', from: 'needs_material', to: 'submitted' });
      expectError(
        await t
          .http()
          .post(`/api/complaints/${c.id}/material`)
          .set((await createWorker(t)).auth)
          .send({ text: '不是我的投诉' }),
        404,
        'COMPLAINT.NOT_FOUND',
      );
    });

    it('lets the complainant withdraw an open case, and only their own', async () => {
      const worker = await createWorker(t);
      const c = await fileComplaint(t, worker);
      expectError(
        await t
          .http()
          .post(`/api/complaints/${c.id}/withdraw`)
          .set((await createWorker(t)).auth)
          .send({}),
        404,
        'COMPLAINT.NOT_FOUND',
      );
      const res = await t.http().post(`/api/complaints/${c.id}/withdraw`).set(worker.auth).send({ reason: '老板已经把钱给我了' }).expect(200);
      expect(res.body).toMatchObject({ status: 'withdrawn', overdue: false });
      expect(res.body.history.at(-1)).toMatchObject({
        action: 'withdraw',
        from: 'submitted',
        to: 'withdrawn',
        reason: '老板已经把钱给我了',
        by: 'complainant',
      });
      expectError(await move(await operator(), c.id, { action: 'accept' }), 409, 'COMPLAINT.ACTION_NOT_ALLOWED');
      expectError(await t.http().post(`/api/complaints/${c.id}/withdraw`).set(worker.auth).send({}), 409, 'COMPLAINT.ACTION_NOT_ALLOWED');
    });

    it('lets only staff move a case', async () => {
      const worker = await createWorker(t);
      const c = await fileComplaint(t, worker);
      expectError(await move(worker, c.id, { action: 'accept' }), 403, 'AUTH.FORBIDDEN');
      expectError(
        await t.http().post(`/api/complaints/${c.id}/notes`).set(worker.auth).send({ text: '我自己写个备注', internal: false }),
        403,
        'AUTH.FORBIDDEN',
      );
    });

    it('suspends the respondent employer from the case with a reason the employer sees', async () => {
      const worker = await createWorker(t);
      const employer = await createEmployer(t, { countyCode: '371725' });
      const staff = await operator('371725');
      const c = await wageClaim(worker, employer.employer.id);
      const res = await t
        .http()
        .post(`/api/complaints/${c.id}/suspend-employer`)
        .set(staff.auth)
        .send({ reason: '拖欠多名零工工资，立案调查期间暂停招工' })
        .expect(200);
      expect(res.body.history.at(-1)).toMatchObject({ action: 'suspend-employer', reason: '拖欠多名零工工资，立案调查期间暂停招工', internal: false });
      const own = await t.http().get('/api/employers/me').set(employer.auth).expect(200);
      expect(own.body).toMatchObject({ status: 'suspended', statusReason: '拖欠多名零工工资，立案调查期间暂停招工' });
      expectError(
        await t.http().post(`/api/complaints/${c.id}/suspend-employer`).set(staff.auth).send({ reason: '再暂停一次看看' }),
        409,
        'EMPLOYER.STATUS_CHANGE_INVALID',
      );

      const offPlatform = await fileComplaint(t, worker, { countyCode: '371725' });
      expectError(
        await t.http().post(`/api/complaints/${offPlatform.id}/suspend-employer`).set(staff.auth).send({ reason: '没有登记的用工方' }),
        409,
        'COMPLAINT.NO_EMPLOYER_ON_PLATFORM',
      );
      expectError(
        await t
          .http()
          .post(`/api/complaints/${c.id}/suspend-employer`)
          .set((await operator('371702')).auth)
          .send({ reason: '别的县的工作人员' }),
        404,
        'COMPLAINT.NOT_FOUND',
      );
    });
  });

  describe('county scoping, notes and assignment', () => {
    it("hides a case from another county's operator and from other workers, and internal notes from the complainant", async () => {
      const worker = await createWorker(t);
      const other = await createWorker(t);
      const staff = await operator('371723');
      const outsider = await operator('371724');
      const c = await fileComplaint(t, worker, { countyCode: '371723' });

      for (const res of [
        await t.http().get(`/api/complaints/${c.id}`).set(outsider.auth),
        await move(outsider, c.id, { action: 'accept' }),
        await t.http().post(`/api/complaints/${c.id}/notes`).set(outsider.auth).send({ text: '外县备注', internal: true }),
        await t.http().post(`/api/complaints/${c.id}/assign`).set(outsider.auth).send({ operatorUserId: outsider.userId }),
        await t.http().get(`/api/complaints/${c.id}`).set(other.auth),
        await t.http().get('/api/complaints/999999999').set(staff.auth),
      ]) {
        expectError(res, 404, 'COMPLAINT.NOT_FOUND');
      }
      const outsiderQueue = await t.http().get('/api/complaints').set(outsider.auth).query({ limit: 100 }).expect(200);
      expect(outsiderQueue.body.items.every((s: ComplaintSummary) => s.countyCode === '371724')).toBe(true);
      expect((await t.http().get('/api/complaints').set(other.auth).expect(200)).body.items).toEqual([]);

      await t.http().post(`/api/complaints/${c.id}/notes`).set(staff.auth).send({ text: '投诉人曾在别处投诉过同一老板，注意核实', internal: true }).expect(200);
      await t
        .http()
        .post(`/api/complaints/${c.id}/notes`)
        .set(staff.auth)
        .send({ text: '已电话联系用工方，约定下周一到市场调解', internal: false })
        .expect(200);

      const mine = await t.http().get(`/api/complaints/${c.id}`).set(worker.auth).expect(200);
      expect(mine.body.history.map((h: { action: string }) => h.action)).toEqual(['submit', 'note']);
      expect(mine.body.history[1]).toEqual({
        from: null,
        to: null,
        action: 'note',
        reason: '已电话联系用工方，约定下周一到市场调解',
        at: expect.any(String),
        by: 'operator',
      });
      expect(JSON.stringify(mine.body)).not.toContain('注意核实');
      const staffView = await t.http().get(`/api/complaints/${c.id}`).set(staff.auth).expect(200);
      expect(staffView.body.history.filter((h: { internal: boolean }) => h.internal).map((h: { reason: string }) => h.reason)).toEqual([
        '投诉人曾在别处投诉过同一老板，注意核实',
      ]);

      const admin = await login(t, 'admin');
      await t.http().get(`/api/complaints/${c.id}`).set(admin.auth).expect(200);
    });

    it('assigns a case to a colleague of the same county only, without telling the complainant who', async () => {
      const worker = await createWorker(t);
      const staff = await operator('371721');
      const colleague = await operator('371721');
      const c = await fileComplaint(t, worker, { countyCode: '371721' });
      expectError(
        await t
          .http()
          .post(`/api/complaints/${c.id}/assign`)
          .set(staff.auth)
          .send({ operatorUserId: (await operator('371722')).userId }),
        400,
        'COMPLAINT.ASSIGNEE_INVALID',
      );
      expectError(
        await t.http().post(`/api/complaints/${c.id}/assign`).set(staff.auth).send({ operatorUserId: worker.userId }),
        400,
        'COMPLAINT.ASSIGNEE_INVALID',
      );
      const res = await t.http().post(`/api/complaints/${c.id}/assign`).set(staff.auth).send({ operatorUserId: colleague.userId }).expect(200);
      expect(res.body.assignedOperatorId).toBe(colleague.userId);
      const queue = await t.http().get('/api/complaints').set(colleague.auth).query({ assignedToMe: 'true' }).expect(200);
      expect(queue.body.items.map((s: ComplaintSummary) => s.id)).toEqual([c.id]);
      const mine = await t.http().get(`/api/complaints/${c.id}`).set(worker.auth).expect(200);
      expect(mine.body).not.toHaveProperty('assignedOperatorId');
      expect(mine.body.history.map((h: { action: string }) => h.action)).toEqual(['submit']);
    });
  });

  describe('the legal clock', () => {
    it('counts 5 working days across 国庆 2026 and the make-up Saturday; 60 from acceptance; one extension of 30', async () => {
      const worker = await createWorker(t);
      const staff = await operator('371722');
      onDay('2026-09-29');
      const c = await fileComplaint(t, worker, { countyCode: '371722' });
      // Not the day of receipt: 09-30 (1), 10-01..07 holiday, 10-08 (2), 10-09 (3), Sat 10-10 make-up (4), 10-12 (5)
      expect(c).toMatchObject({ submittedOn: '2026-09-29', acceptanceDueOn: '2026-10-12' });

      onDay('2026-10-10');
      const onMakeUpDay = await fileComplaint(t, worker, { countyCode: '371722' });
      expect(onMakeUpDay.acceptanceDueOn).toBe('2026-10-16');

      onDay('2026-10-09');
      const accepted = await moveOk(staff, c.id, { action: 'accept' });
      expect(accepted.resolutionDueOn).toBe('2026-12-31');
      await moveOk(staff, c.id, { action: 'investigate' });
      const extended = await moveOk(staff, c.id, { action: 'extend', reason: '需要调取银行流水' });
      // 2027 is not in the official data yet: weekdays until operators add its holidays as exceptions.
      expect(extended.resolutionDueOn).toBe('2027-02-11');

      const calc = await t.http().get('/api/calendar/working-days').set(staff.auth).query({ from: '2026-09-29', days: '5' }).expect(200);
      expect(calc.body).toEqual({ from: '2026-09-29', days: 5, countyCode: '371722', dueOn: '2026-10-12' });
    });

    it("applies a county's local exception to its own cases only, and the city's to all", async () => {
      const worker = await createWorker(t);
      const dingtao = await operator('371703');
      const admin = await login(t, 'admin');
      const added = await t
        .http()
        .post('/api/calendar/exceptions')
        .set(dingtao.auth)
        .send({ date: '2026-10-12', working: false, reason: '县里防汛停工一天' })
        .expect(201);
      expect(added.body).toEqual({ id: expect.any(Number), date: '2026-10-12', scopeCode: '371703', working: false, reason: '县里防汛停工一天' });
      expectError(
        await t.http().post('/api/calendar/exceptions').set(dingtao.auth).send({ date: '2026-10-12', working: true, reason: '重复' }),
        409,
        'CALENDAR.EXCEPTION_EXISTS',
      );
      expectError(
        await t.http().post('/api/calendar/exceptions').set(dingtao.auth).send({ date: '2026-10-13', working: false, reason: '别的县', countyCode: '371702' }),
        403,
        'AUTH.COUNTY_SCOPE',
      );
      expectError(
        await t.http().post('/api/calendar/exceptions').set(worker.auth).send({ date: '2026-10-13', working: false, reason: '零工不能改' }),
        403,
        'AUTH.FORBIDDEN',
      );

      onDay('2026-09-29');
      const inDingtao = await fileComplaint(t, worker, { countyCode: '371703' });
      const elsewhere = await fileComplaint(t, worker, { countyCode: '371728' });
      expect(inDingtao.acceptanceDueOn).toBe('2026-10-13');
      expect(elsewhere.acceptanceDueOn).toBe('2026-10-12');

      // A city-wide working Sunday (e.g. a make-up day announced locally) counts everywhere.
      const city = await t.http().post('/api/calendar/exceptions').set(admin.auth).send({ date: '2026-10-11', working: true, reason: '全市补班' }).expect(201);
      expect(city.body.scopeCode).toBe('371700');
      onDay('2026-10-08');
      const afterCity = await fileComplaint(t, worker, { countyCode: '371728' });
      // 10-09 (1), Sat 10-10 make-up (2), Sun 10-11 city exception (3), 10-12 (4), 10-13 (5); without it 10-14
      expect(afterCity.acceptanceDueOn).toBe('2026-10-13');

      const listed = await t.http().get('/api/calendar/exceptions').set(dingtao.auth).query({ from: '2026-10-01', to: '2026-10-31' }).expect(200);
      expect(listed.body.items.map((e: { id: number }) => e.id)).toEqual(expect.arrayContaining([added.body.id, city.body.id]));
      expectError(await t.http().delete(`/api/calendar/exceptions/${city.body.id}`).set(dingtao.auth), 404, 'CALENDAR.EXCEPTION_NOT_FOUND');
      expectError(
        await t
          .http()
          .delete(`/api/calendar/exceptions/${added.body.id}`)
          .set((await operator('371702')).auth),
        404,
        'CALENDAR.EXCEPTION_NOT_FOUND',
      );
      await t.http().delete(`/api/calendar/exceptions/${city.body.id}`).set(admin.auth).expect(204);
      await t.http().delete(`/api/calendar/exceptions/${added.body.id}`).set(dingtao.auth).expect(204);
      onDay('2026-09-29');
      const afterRemoval = await fileComplaint(t, worker, { countyCode: '371703' });
      expect(afterRemoval.acceptanceDueOn).toBe('2026-10-12');
    });

    it('marks overdue cases once, reminds the assigned operator, and puts them first in the queue', async () => {
      const worker = await createWorker(t);
      const staff = await operator('371726');
      const colleague = await operator('371726');
      onDay('2026-09-29');
      const late = await fileComplaint(t, worker, { countyCode: '371726' });
      await t.http().post(`/api/complaints/${late.id}/assign`).set(staff.auth).send({ operatorUserId: colleague.userId }).expect(200);
      onDay('2026-10-09');
      const later = await fileComplaint(t, worker, { countyCode: '371726' });
      const accepted = await fileComplaint(t, worker, { countyCode: '371726' });
      await moveOk(staff, accepted.id, { action: 'accept' });
      jest.restoreAllMocks();

      const onDueDay = await deadlines.markOverdue('2026-10-12');
      expect(onDueDay.marked).not.toContain(late.id);
      expect(await deadlines.remindersOf(late.id)).toEqual([]);

      const next = await deadlines.markOverdue('2026-10-13');
      expect(next.marked).toContain(late.id);
      expect(next.marked).not.toContain(later.id);
      expect(next.marked).not.toContain(accepted.id);
      const reminders = await deadlines.remindersOf(late.id);
      expect(reminders).toEqual([
        expect.objectContaining({ complaintId: late.id, operatorUserId: colleague.userId, kind: 'acceptance', dueOn: '2026-10-12', countyCode: '371726' }),
      ]);
      const again = await deadlines.markOverdue('2026-10-14');
      expect(again.marked).not.toContain(late.id);
      expect(await deadlines.remindersOf(late.id)).toHaveLength(1);

      const forColleague = await t.http().get('/api/complaints/reminders').set(colleague.auth).query({ limit: 100 }).expect(200);
      expect(forColleague.body.items).toContainEqual({
        id: reminders[0].id,
        complaintId: late.id,
        countyCode: '371726',
        kind: 'acceptance',
        dueOn: '2026-10-12',
        operatorUserId: colleague.userId,
        createdAt: expect.any(String),
      });
      // The unassigned case, overdue from 10-16, reminds the county's queue.
      expect((await deadlines.markOverdue('2026-10-16')).marked).toContain(later.id);
      expect(await deadlines.remindersOf(later.id)).toEqual([expect.objectContaining({ operatorUserId: null, kind: 'acceptance', dueOn: '2026-10-15' })]);
      const forStaff = await t.http().get('/api/complaints/reminders').set(staff.auth).query({ limit: 100 }).expect(200);
      expect(forStaff.body.items.map((r: { complaintId: number }) => r.complaintId)).not.toContain(late.id);
      expect(forStaff.body.items.map((r: { complaintId: number }) => r.complaintId)).toContain(later.id);
      const elsewhere = await t
        .http()
        .get('/api/complaints/reminders')
        .set((await operator('371702')).auth)
        .query({ limit: 100 })
        .expect(200);
      expect(elsewhere.body.items.every((r: { countyCode: string }) => r.countyCode === '371702')).toBe(true);
      expectError(await t.http().get('/api/complaints/reminders').set(worker.auth), 403, 'AUTH.FORBIDDEN');

      const staffView = await t.http().get(`/api/complaints/${late.id}`).set(staff.auth).expect(200);
      expect(staffView.body.overdue).toBe(true);
      expect(staffView.body.history.at(-1)).toMatchObject({ action: 'overdue', by: 'system', internal: true, reason: expect.stringContaining('2026-10-12') });
      const mine = await t.http().get(`/api/complaints/${late.id}`).set(worker.auth).expect(200);
      expect(mine.body.overdue).toBe(true);
      expect(mine.body.history.map((h: { action: string }) => h.action)).toEqual(['submit']);
      const [row] = await t.dataSource.query('SELECT overdue FROM complaint WHERE id = ?', [late.id]);
      expect(Boolean(row.overdue)).toBe(true);

      // The queue: due first; the accepted case (due at the end of December) after the two waiting for a decision.
      const queue = await t.http().get('/api/complaints').set(staff.auth).query({ limit: 100 }).expect(200);
      const ours = queue.body.items.filter((s: ComplaintSummary) => [late.id, later.id, accepted.id].includes(s.id));
      expect(ours.map((s: ComplaintSummary) => [s.id, s.dueOn, s.overdue])).toEqual([
        [late.id, '2026-10-12', true],
        [later.id, '2026-10-15', true],
        [accepted.id, '2026-12-31', expect.any(Boolean)],
      ]);
      const overdueOnly = await t.http().get('/api/complaints').set(staff.auth).query({ overdue: 'true', limit: 100 }).expect(200);
      expect(overdueOnly.body.items.map((s: ComplaintSummary) => s.id)).toEqual(expect.arrayContaining([late.id, later.id]));
      expect(overdueOnly.body.items.every((s: ComplaintSummary) => s.overdue)).toBe(true);

      // Accepting the late case starts the resolution clock and clears the flag.
      onDay('2026-10-14');
      const decided = await moveOk(staff, late.id, { action: 'accept', reason: '补办受理' });
      expect(decided.overdue).toBe(false);
      const [after] = await t.dataSource.query('SELECT overdue, nextDueOn FROM complaint WHERE id = ?', [late.id]);
      expect(Boolean(after.overdue)).toBe(false);
    });

    it('pages the queue with a cursor', async () => {
      const worker = await createWorker(t);
      const staff = await operator('371721');
      for (let i = 0; i < 3; i += 1) await fileComplaint(t, worker, { countyCode: '371721' });
      const seen: number[] = [];
      let cursor: string | undefined;
      for (let page = 0; page < 50; page += 1) {
        const res = await t
          .http()
          .get('/api/complaints')
          .set(staff.auth)
          .query({ limit: 2, ...(cursor ? { cursor } : {}) })
          .expect(200);
        seen.push(...res.body.items.map((s: ComplaintSummary) => s.id));
        cursor = res.body.nextCursor;
        if (!cursor) break;
      }
      expect(new Set(seen).size).toBe(seen.length);
      const [{ n }] = await t.dataSource.query("SELECT COUNT(*) AS n FROM complaint WHERE countyCode = '371721'", []);
      expect(seen).toHaveLength(Number(n));
    });
  });

  describe('figures', () => {
    it('counts received cases by category, decisions and resolutions within the deadline, and wages recovered', async () => {
      // 成武县 (371723) in March 2026 is used by no other test.
      const county = '371723';
      const worker = await createWorker(t);
      const { employer } = await createEmployer(t, { countyCode: county });
      const staff = await operator(county);

      onDay('2026-03-02');
      const a = await wageClaim(worker, employer.id, { periodFrom: '2026-02-02', periodTo: '2026-02-27' }); // due 03-09
      onDay('2026-03-03');
      const b = await fileComplaint(t, worker, { anonymous: true, countyCode: county }); // due 03-10
      onDay('2026-03-05');
      const c = await fileComplaint(t, worker, { category: 'other', countyCode: county }); // due 03-12
      onDay('2026-03-06');
      await fileComplaint(t, worker, { category: 'other', countyCode: county }); // due 03-13, never decided
      onDay('2026-04-02');
      await fileComplaint(t, worker, { countyCode: county }); // outside the range

      onDay('2026-03-04');
      await moveOk(staff, a.id, { action: 'accept' });
      await moveOk(staff, a.id, { action: 'investigate' });
      onDay('2026-03-06');
      await moveOk(staff, c.id, { action: 'reject', reason: '不属于劳动保障监察范围' });
      onDay('2026-03-20');
      await moveOk(staff, a.id, { action: 'resolve', reason: '已追回全部工资', recoveredFen: 350000 });
      await moveOk(staff, b.id, { action: 'accept' }); // late: due 03-10

      onDay('2026-04-30');
      const res = await t.http().get('/api/complaints/stats').set(staff.auth).query({ from: '2026-03-01', to: '2026-03-31' }).expect(200);
      const expected = {
        countyCode: county,
        countyName: '成武县',
        received: 4,
        byCategory: { wage_arrears: 1, fake_posting: 1, illegal_fee: 0, discrimination: 0, safety: 0, injury: 0, insurance_claim: 0, other: 2 },
        acceptanceDecisionsDue: 4,
        decidedWithinDeadline: 2,
        acceptedWithinDeadlinePct: 50,
        resolutionsDue: 1,
        resolvedWithinDeadline: 1,
        resolvedWithinDeadlinePct: 100,
        wagesRecoveredFen: 350000,
      };
      expect(res.body as ComplaintStats).toEqual({ from: '2026-03-01', to: '2026-03-31', counties: [expected] });

      const admin = await login(t, 'admin');
      const city = await t.http().get('/api/complaints/stats').set(admin.auth).query({ from: '2026-03-01', to: '2026-03-31' }).expect(200);
      expect(city.body.counties).toHaveLength(9);
      expect(city.body.counties.find((f: { countyCode: string }) => f.countyCode === county)).toEqual(expected);
      const one = await t.http().get('/api/complaints/stats').set(admin.auth).query({ from: '2026-03-01', to: '2026-03-31', countyCode: county }).expect(200);
      expect(one.body.counties).toEqual([expected]);

      const elsewhere = await t
        .http()
        .get('/api/complaints/stats')
        .set((await operator('371702')).auth)
        .query({ from: '2026-03-01', to: '2026-03-31' })
        .expect(200);
      expect(elsewhere.body.counties.map((f: { countyCode: string }) => f.countyCode)).toEqual(['371702']);
      expectError(await t.http().get('/api/complaints/stats').set(worker.auth).query({ from: '2026-03-01', to: '2026-03-31' }), 403, 'AUTH.FORBIDDEN');
      expectError(await t.http().get('/api/complaints/stats').set(staff.auth).query({ from: '2026-03-31', to: '2026-03-01' }), 400, 'COMMON.VALIDATION_FAILED');
      expectError(await t.http().get('/api/complaints/stats').set(staff.auth).query({ from: '2026-02-30', to: '2026-03-01' }), 400, 'COMMON.VALIDATION_FAILED');
    });
  });
});
