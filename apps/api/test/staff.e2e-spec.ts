import type { Response } from 'supertest';
import type { ListResponse, StaffMember } from '@lingong/shared';
import { fileComplaint, LoggedIn, login, registeredWorker } from './support/factories';
import { bootTestApp, TestApp } from './support/test-app';

const CJK = /[\u4e00-\u9fff]/;
const CHENGWU = '371723';
const SHANXIAN = '371722';

function expectError(res: Response, status: number, code: string): void {
  expect({ status: res.status, code: res.body.code }).toEqual({ status, code });
  expect(res.body.message).toMatch(CJK);
}

describe('Staff list (e2e)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await bootTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  /** Every page of the list, so the run's other operators of the county cannot push ours off the first. */
  async function staffOf(by: LoggedIn, query: Record<string, string> = {}): Promise<StaffMember[]> {
    const all: StaffMember[] = [];
    let cursor: string | undefined;
    do {
      const res = await t.http().get('/api/staff').set(by.auth).query({ ...query, limit: '50', ...(cursor ? { cursor } : {}) }).expect(200);
      const body = res.body as ListResponse<StaffMember>;
      all.push(...body.items);
      cursor = body.nextCursor;
    } while (cursor);
    return all;
  }

  it('gives an operator the open operator accounts of their own county, named without leaking the phone', async () => {
    const [me, colleague, closed, outsider] = await Promise.all([login(t, 'operator', CHENGWU), login(t, 'operator', CHENGWU), login(t, 'operator', CHENGWU), login(t, 'operator', SHANXIAN)]);
    await t.dataSource.query('UPDATE app_user SET phone = ? WHERE id = ?', ['13905306789', colleague.userId]);
    await t.dataSource.query('UPDATE app_user SET closedAt = ? WHERE id = ?', [new Date(), closed.userId]);
    const worker = await registeredWorker(t, { countyCode: CHENGWU });

    const list = await staffOf(me);
    expect(list).toContainEqual({ id: me.userId, countyCode: CHENGWU, displayName: `工作人员${me.userId}号` });
    expect(list).toContainEqual({ id: colleague.userId, countyCode: CHENGWU, displayName: `工作人员${colleague.userId}号 · 手机尾号6789` });
    const ids = list.map((s) => s.id);
    expect(ids).not.toContain(closed.userId);
    expect(ids).not.toContain(outsider.userId);
    expect(ids).not.toContain(worker.userId);
    expect(list.every((s) => s.countyCode === CHENGWU)).toBe(true);
    expect(JSON.stringify(list)).not.toContain('13905306789');
    // Ids ascend, so paging by cursor neither repeats nor skips anyone.
    expect([...ids].sort((a, b) => a - b)).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);

    // Asking for another county does not widen an operator's view.
    const asked = await staffOf(me, { countyCode: SHANXIAN });
    expect(asked.map((s) => s.id)).not.toContain(outsider.userId);
    expect(asked.every((s) => s.countyCode === CHENGWU)).toBe(true);
  });

  it('lists exactly the colleagues a case of the county can be assigned to', async () => {
    const [me, colleague] = await Promise.all([login(t, 'operator', CHENGWU), login(t, 'operator', CHENGWU)]);
    const worker = await registeredWorker(t);
    const c = await fileComplaint(t, worker, { countyCode: CHENGWU });
    const listed = (await staffOf(me)).find((s) => s.id === colleague.userId);
    expect(listed).toBeDefined();
    const res = await t.http().post(`/api/complaints/${c.id}/assign`).set(me.auth).send({ operatorUserId: listed!.id }).expect(200);
    expect(res.body.assignedOperatorId).toBe(colleague.userId);
  });

  it('lets the admin choose a county, or see every county', async () => {
    const [chengwu, shanxian, admin] = await Promise.all([login(t, 'operator', CHENGWU), login(t, 'operator', SHANXIAN), login(t, 'admin')]);
    const one = await staffOf(admin, { countyCode: SHANXIAN });
    expect(one.map((s) => s.id)).toContain(shanxian.userId);
    expect(one.map((s) => s.id)).not.toContain(chengwu.userId);
    expect(one.every((s) => s.countyCode === SHANXIAN)).toBe(true);
    const all = await staffOf(admin);
    expect(all.map((s) => s.id)).toEqual(expect.arrayContaining([chengwu.userId, shanxian.userId]));
    expect(all.map((s) => s.id)).not.toContain(admin.userId);
  });

  it('refuses workers, employers, callers without a token and a malformed county', async () => {
    const [worker, employer, admin] = await Promise.all([login(t, 'worker'), login(t, 'employer'), login(t, 'admin')]);
    expectError(await t.http().get('/api/staff').set(worker.auth), 403, 'AUTH.FORBIDDEN');
    expectError(await t.http().get('/api/staff').set(employer.auth), 403, 'AUTH.FORBIDDEN');
    expect((await t.http().get('/api/staff')).status).toBe(401);
    expectError(await t.http().get('/api/staff').set(admin.auth).query({ countyCode: '37172' }), 400, 'COMMON.VALIDATION_FAILED');
    expectError(await t.http().get('/api/staff').set(admin.auth).query({ cursor: 'not-a-cursor' }), 400, 'COMMON.VALIDATION_FAILED');
  });
});
