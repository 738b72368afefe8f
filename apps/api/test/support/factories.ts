import { randomInt } from 'node:crypto';
import { closeSync, mkdirSync, openSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ComplaintDetail, CreateComplaintRequest, CreatePostingRequest, Role, UpsertEmployerRequest, UpsertWorkerRequest } from '@lingong/shared';
import { creditCodeCheckChar, HEZE_COUNTIES, PII_CONSENT_VERSION, residentIdCheckChar, shanghaiDate } from '@lingong/shared';
import type { TestApp } from './test-app';

let counter = 0;
/** A unique suffix per call, also unique across test files sharing the run's database. */
export function unique(prefix = 'u'): string {
  counter += 1;
  return `${prefix}${process.pid.toString(36)}${Date.now().toString(36)}${counter}${randomInt(1000)}`;
}

/** A valid GB 11643 number for a random adult (born 1961-2000) of a Heze county, or the given one. */
export function residentId(birthDate = randomBirthDate(), gender: 'male' | 'female' = 'male', area = HEZE_COUNTIES[randomInt(HEZE_COUNTIES.length)].code): string {
  const seq = randomInt(0, 500) * 2 + (gender === 'male' ? 1 : 0);
  const first17 = `${area}${birthDate.replace(/-/g, '')}${String(seq).padStart(3, '0')}`;
  return first17 + residentIdCheckChar(first17);
}

function randomBirthDate(): string {
  const day = new Date(Date.UTC(1961, 0, 1) + randomInt(0, 40 * 365) * 86400000);
  return day.toISOString().slice(0, 10);
}

/** A valid GB 32100 code with a random registration part. */
export function creditCode(): string {
  const chars = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  let body = '91371702';
  for (let i = 0; i < 9; i += 1) body += chars[randomInt(chars.length)];
  return body + creditCodeCheckChar(body);
}

export function mobile(): string {
  return `13${randomInt(0, 10)}${String(randomInt(0, 1e8)).padStart(8, '0')}`;
}

export interface LoggedIn {
  token: string;
  userId: number;
  auth: { Authorization: string };
}

export async function login(t: TestApp, role: Role, countyCode?: string, openid = unique(role)): Promise<LoggedIn> {
  const res = await t.http().post('/api/auth/dev-login').send({ openid, role, ...(countyCode ? { countyCode } : {}) }).expect(200);
  return { token: res.body.accessToken, userId: res.body.user.id, auth: { Authorization: `Bearer ${res.body.accessToken}` } };
}

export function workerInput(overrides: Partial<UpsertWorkerRequest> = {}): UpsertWorkerRequest {
  return {
    realName: '李春生',
    idNumber: residentId(),
    phone: mobile(),
    trades: ['construction.mason'],
    countyCode: '371702',
    location: { lat: 35.2526, lng: 115.4418 },
    consent: { version: PII_CONSENT_VERSION, agreed: true },
    ...overrides,
  };
}

export function employerInput(overrides: Partial<UpsertEmployerRequest> = {}): UpsertEmployerRequest {
  return {
    kind: 'organisation',
    name: `菏泽测试建筑劳务有限公司${randomInt(10000)}`,
    creditCode: creditCode(),
    contactName: '王经理',
    phone: mobile(),
    address: '牡丹区中华路1号',
    countyCode: '371702',
    ...overrides,
  };
}

/** Logs in a fresh user and registers them as a worker. */
export async function registeredWorker(t: TestApp, overrides: Partial<UpsertWorkerRequest> = {}) {
  const user = await login(t, 'worker');
  const input = workerInput(overrides);
  const res = await t.http().put('/api/workers/me').set(user.auth).send(input).expect(201);
  return { ...user, input, worker: res.body };
}

/** Logs in a fresh user and registers them as an employer (unverified until an operator verifies). */
export async function registeredEmployer(t: TestApp, overrides: Partial<UpsertEmployerRequest> = {}) {
  const user = await login(t, 'employer');
  const input = employerInput(overrides);
  const res = await t.http().put('/api/employers/me').set(user.auth).send(input).expect(201);
  return { ...user, input, employer: res.body };
}

/** A registered employer that an operator of its county has verified, so it may post. */
export async function verifiedEmployer(t: TestApp, overrides: Partial<UpsertEmployerRequest> = {}) {
  const registered = await registeredEmployer(t, overrides);
  const operator = await login(t, 'operator', registered.input.countyCode);
  await t.http().post(`/api/employers/${registered.employer.id}/verify`).set(operator.auth).send({}).expect(200);
  return registered;
}

/** A lawful posting starting today (Asia/Shanghai) at the given point, valid for two days. */
export function postingInput(overrides: Partial<CreatePostingRequest> = {}): CreatePostingRequest {
  return {
    trade: 'construction.mason',
    title: '急招瓦工砌墙',
    description: '新建厂房砌墙抹灰，管午饭。',
    headcount: 2,
    payAmountFen: 20000,
    payUnit: 'day',
    settlement: 'daily',
    address: '牡丹区中华路与人民路交叉口东100米',
    lat: 35.2526,
    lng: 115.4418,
    startDate: shanghaiDate(),
    durationDays: 1,
    workHours: '07:00-17:00，中午休息1小时',
    contactPhone: mobile(),
    validUntil: new Date(Date.now() + 2 * 86400000).toISOString(),
    ...overrides,
  };
}

export function complaintInput(overrides: Partial<CreateComplaintRequest> = {}): CreateComplaintRequest {
  return {
    category: 'fake_posting',
    respondent: { name: `菏泽某某劳务中介${randomInt(10000)}`, address: '牡丹区人民路88号', personInCharge: '赵老板' },
    facts: `招工信息说日结200元，到了地方先要交300元报名费。${unique('facts')}`,
    request: '请查处这家中介，退回报名费',
    countyCode: '371702',
    ...overrides,
  };
}

/** Files a complaint as the given user and returns the answer's body (201 expected). */
export async function fileComplaint(t: TestApp, user: LoggedIn, overrides: Partial<CreateComplaintRequest> = {}) {
  const res = await t.http().post('/api/complaints').set(user.auth).send(complaintInput(overrides)).expect(201);
  return res.body as ComplaintDetail;
}

/** Minimal files whose first bytes are those of real JPEG, PNG and PDF files. */
export const EVIDENCE_FILES = {
  jpeg: () => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]), Buffer.from(unique('jpeg-body'))]),
  png: () => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from(unique('png-body'))]),
  pdf: () => Buffer.from(`%PDF-1.4\n% 工资条 ${unique('pdf')}\n%%EOF\n`),
};

/**
 * A point no other test of the run uses: cells 0.5° × 0.6° apart (over 50 km) across lat 25-43,
 * lng 100-124, far from the factories' default point (牡丹区), so a feed or candidates search around
 * it sees only the data its test put there. Test files run in separate module registries and
 * processes, so the cell number is claimed by creating a file exclusively in a folder of the run.
 */
export function isolatedPoint(): { lat: number; lng: number } {
  const dir = join(tmpdir(), `lingong-points-${process.env.E2E_DATABASE_NAME ?? process.pid}`);
  mkdirSync(dir, { recursive: true });
  for (let cell = 0; cell < 36 * 40; cell += 1) {
    try {
      closeSync(openSync(join(dir, String(cell)), 'wx'));
      return { lat: 25 + Math.floor(cell / 40) * 0.5, lng: 100 + (cell % 40) * 0.6 };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  throw new Error('no isolated point left for this run');
}

/** Moves a point by about `northKm` and `eastKm`. */
export function offsetPoint(p: { lat: number; lng: number }, northKm: number, eastKm = 0): { lat: number; lng: number } {
  const lat = p.lat + northKm / 111.195;
  const lng = p.lng + eastKm / (111.195 * Math.cos((p.lat * Math.PI) / 180));
  return { lat: Math.round(lat * 1e6) / 1e6, lng: Math.round(lng * 1e6) / 1e6 };
}
