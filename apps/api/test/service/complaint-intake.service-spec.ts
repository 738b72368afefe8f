import { Clock } from '../../src/common/clock';
import { ComplaintIntakeService } from '../../src/complaints/complaint-intake.service';
import { Complaint } from '../../src/complaints/complaint.entity';
import { ComplaintEvent } from '../../src/complaints/complaint-event.entity';
import { AppException } from '../../src/common/app-exception';
import { complaintInput, unique } from '../support/factories';
import { account, employerRecord, workerRecord } from './support/records';
import { bootServiceApp, ServiceApp } from './support/service-app';

describe(`${ComplaintIntakeService.name} (service tier, real MariaDB)`, () => {
  let s: ServiceApp;
  let sut: ComplaintIntakeService;

  beforeAll(async () => {
    s = await bootServiceApp();
    sut = s.get(ComplaintIntakeService);
  });
  afterAll(() => s.close());
  afterEach(() => jest.restoreAllMocks());

  const onDay = (isoInstant: string) => jest.spyOn(s.get(Clock), 'now').mockReturnValue(new Date(isoInstant));
  const wageClaim = (overrides: Parameters<typeof complaintInput>[0] = {}) =>
    complaintInput({ category: 'wage_arrears', amountFen: 400000, periodFrom: '2026-10-01', periodTo: '2026-10-20', request: '要回工钱4000元', ...overrides });
  const codeOf = (promise: Promise<unknown>) =>
    promise.then(
      () => 'filed',
      (e: AppException) => e.code,
    );

  it("files a named worker's wage claim in the respondent employer's county, with the acceptance deadline five working days on", async () => {
    onDay('2026-11-02T02:00:00Z'); // Monday 10:00 in Shanghai
    const { user, worker } = await workerRecord(s, { realName: ' 王五 ' });
    const { employer } = await employerRecord(s, '371728');
    const { complaint, created } = await sut.create(user, wageClaim({ respondent: { employerId: employer.id }, facts: unique('十月干了二十天没给钱') }));

    expect(created).toBe(true);
    expect(complaint).toMatchObject({
      status: 'submitted',
      countyCode: '371728',
      submittedOn: '2026-11-02',
      acceptanceDueOn: '2026-11-09',
      respondent: { employerId: employer.id, name: employer.name },
    });
    expect(complaint.history).toEqual([expect.objectContaining({ action: 'submit', to: 'submitted', by: 'complainant' })]);
    const row = await s.dataSource.getRepository(Complaint).findOneByOrFail({ id: complaint.id });
    // What the case keeps of the complainant: the trimmed real name and the worker's phone.
    expect(row).toMatchObject({ complainantUserId: user.id, complainantName: '王五', complainantPhone: worker.phone, nextDueOn: '2026-11-09', source: 'app' });
  });

  it('answers the same case, not a second one, when the same complaint is sent again within the window', async () => {
    onDay('2026-11-03T02:00:00Z');
    const { user } = await workerRecord(s);
    const input = complaintInput({ facts: unique('同一件事') });
    const first = await sut.create(user, input);
    // Different whitespace and punctuation are still the same complaint.
    const again = await sut.create(user, { ...input, facts: ` ${input.facts}。` });
    expect(again).toEqual({ complaint: expect.objectContaining({ id: first.complaint.id }), created: false });
  });

  it('refuses a wage claim without a real name, staff filing complaints, and an unknown respondent', async () => {
    onDay('2026-11-03T02:00:00Z');
    const anonymised = await workerRecord(s, { anonymisedAt: new Date() });
    expect(await codeOf(sut.create(anonymised.user, wageClaim()))).toBe('COMPLAINT.NAMED_COMPLAINANT_REQUIRED');
    const noWorker = await account(s, ['employer']);
    expect(await codeOf(sut.create(noWorker, wageClaim()))).toBe('COMPLAINT.NAMED_COMPLAINANT_REQUIRED');
    const operator = await account(s, ['operator'], '371702');
    expect(await codeOf(sut.create(operator, wageClaim()))).toBe('AUTH.FORBIDDEN');
    const { user } = await workerRecord(s);
    expect(await codeOf(sut.create(user, complaintInput({ respondent: { employerId: 987654321 } })))).toBe('COMPLAINT.RESPONDENT_NOT_FOUND');
    expect(await codeOf(sut.create(user, complaintInput({ hireId: 987654321 })))).toBe('COMPLAINT.HIRE_NOT_FOUND');
  });

  it('keeps nothing of the case when work attached to its intake fails (one transaction)', async () => {
    onDay('2026-11-03T02:00:00Z');
    const { user } = await workerRecord(s);
    const facts = unique('附件失败');
    await expect(
      sut.create(user, complaintInput({ facts }), async () => {
        throw new Error('evidence could not be stored');
      }),
    ).rejects.toThrow('evidence could not be stored');
    expect(await s.dataSource.getRepository(Complaint).count({ where: { complainantUserId: user.id } })).toBe(0);
    expect(await s.dataSource.getRepository(ComplaintEvent).count({ where: { actorUserId: user.id } })).toBe(0);
  });
});
