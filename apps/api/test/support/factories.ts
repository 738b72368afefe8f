import { randomInt } from 'node:crypto';
import { closeSync, mkdirSync, openSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type {
  Application,
  CheckinResponse,
  ComplaintDetail,
  CreateComplaintRequest,
  CreateMarketRequest,
  CreatePostingRequest,
  EmployerProfile,
  GateTokenResponse,
  Hire,
  InsuranceProduct,
  InsuranceProductInput,
  LoginResponse,
  Market,
  Posting,
  Role,
  UpsertEmployerRequest,
  UpsertWorkerRequest,
  WorkerProfile,
} from '@lingong/shared';
import { creditCodeCheckChar, HEZE_COUNTIES, PII_CONSENT_VERSION, residentIdCheckChar, shanghaiDate } from '@lingong/shared';
import type { ApiClient } from './api-client';

/** What the factories need of a booted app: its typed client (a TestApp, or `{ api: apiClientFor(app) }`). */
export interface Harness {
  api: ApiClient;
}

let counter = 0;
/** A unique suffix per call, also unique across test files sharing the run's database. */
export function unique(prefix = 'u'): string {
  counter += 1;
  return `${prefix}${process.pid.toString(36)}${Date.now().toString(36)}${counter}${randomInt(1000)}`;
}

/** A valid GB 11643 number for a random adult (born 1961-2000) of a Heze county, or the given one. */
export function residentId(
  birthDate = randomBirthDate(),
  gender: 'male' | 'female' = 'male',
  area = HEZE_COUNTIES[randomInt(HEZE_COUNTIES.length)].code,
): string {
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

/** Signs in through the dev login (a fresh openid unless given): workers, employers, and staff (an operator passes their county, an admin none). */
export async function login(t: Harness, role: Role, countyCode?: string, openid = unique(role)): Promise<LoggedIn> {
  const res = await t.api.post<LoginResponse>('/api/auth/dev-login', { openid, role, ...(countyCode ? { countyCode } : {}) }).expect(200);
  return { token: res.body.accessToken, userId: res.body.user.id, auth: { Authorization: `Bearer ${res.body.accessToken}` } };
}

/** A fresh operator of the given county. */
export function loginOperator(t: Harness, countyCode: string, openid?: string): Promise<LoggedIn> {
  return login(t, 'operator', countyCode, openid);
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

export interface CreatedWorker extends LoggedIn {
  input: UpsertWorkerRequest;
  worker: WorkerProfile;
}

export interface CreatedEmployer extends LoggedIn {
  input: UpsertEmployerRequest;
  employer: EmployerProfile;
}

/** Logs in a fresh user (or the given openid, to sign in as them in a browser later) and registers them as a worker. */
export async function createWorker(t: Harness, overrides: Partial<UpsertWorkerRequest> = {}, options: { openid?: string } = {}): Promise<CreatedWorker> {
  const user = await login(t, 'worker', undefined, options.openid);
  const input = workerInput(overrides);
  const res = await t.api.as(user).put<WorkerProfile>('/api/workers/me', input).expect(201);
  return { ...user, input, worker: res.body };
}

/** Logs in a fresh user and registers them as an employer (unverified until an operator verifies). */
export async function createEmployer(t: Harness, overrides: Partial<UpsertEmployerRequest> = {}, options: { openid?: string } = {}): Promise<CreatedEmployer> {
  const user = await login(t, 'employer', undefined, options.openid);
  const input = employerInput(overrides);
  const res = await t.api.as(user).put<EmployerProfile>('/api/employers/me', input).expect(201);
  return { ...user, input, employer: res.body };
}

/** A registered employer that an operator of its county has verified, so it may post. */
export async function createVerifiedEmployer(
  t: Harness,
  overrides: Partial<UpsertEmployerRequest> = {},
  options: { openid?: string; operator?: LoggedIn } = {},
): Promise<CreatedEmployer> {
  const registered = await createEmployer(t, overrides, options);
  await verifyEmployer(t, registered.employer.id, registered.input.countyCode, options.operator);
  return registered;
}

/** An operator of the county (a fresh one unless given) verifies the employer. */
export async function verifyEmployer(t: Harness, employerId: number, countyCode: string, operator?: LoggedIn): Promise<void> {
  const by = operator ?? (await loginOperator(t, countyCode));
  await t.api.as(by).post(`/api/employers/${employerId}/verify`, {}).expect(200);
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

/** Publishes a posting (postingInput with the overrides) as the employer; 201 expected. */
export async function createPosting(t: Harness, employer: LoggedIn, overrides: Partial<CreatePostingRequest> = {}): Promise<Posting> {
  return (await t.api.as(employer).post<Posting>('/api/postings', postingInput(overrides)).expect(201)).body;
}

/** The worker applies to the posting; 201 expected. */
export async function applyTo(t: Harness, worker: LoggedIn, postingId: number): Promise<Application> {
  return (await t.api.as(worker).post<Application>(`/api/postings/${postingId}/applications`).expect(201)).body;
}

/**
 * A hire made through an application the employer accepted: a fresh verified employer and worker
 * unless given, and a posting built from `posting` (postingInput's overrides).
 */
export async function createHire(
  t: Harness,
  parties: { employer?: CreatedEmployer; worker?: CreatedWorker; posting?: Partial<CreatePostingRequest> } = {},
): Promise<{ employer: CreatedEmployer; worker: CreatedWorker; posting: Posting; application: Application; hire: Hire }> {
  const employer = parties.employer ?? (await createVerifiedEmployer(t));
  const worker = parties.worker ?? (await createWorker(t));
  const posting = await createPosting(t, employer, parties.posting);
  const application = await applyTo(t, worker, posting.id);
  const hire = (await t.api.as(employer).post<Hire>(`/api/applications/${application.id}/accept`).expect(200)).body;
  return { employer, worker, posting, application, hire };
}

/** Creates a market as the given staff member (an admin, or an operator of its county); 201 expected. */
export async function createMarket(t: Harness, by: LoggedIn, input: CreateMarketRequest): Promise<Market> {
  return (await t.api.as(by).post<Market>('/api/markets', input).expect(201)).body;
}

/** The cover of the factories' day product: death/disability, medical with a deductible, hospital allowance. */
export const INSURANCE_COVER: InsuranceProductInput['cover'] = [
  { kind: 'death_disability', name: '意外身故/伤残', amountFen: 65000000 },
  { kind: 'medical', name: '意外医疗', amountFen: 5000000, deductibleFen: 10000 },
  { kind: 'hospital_allowance', name: '意外住院津贴', amountFen: 5000 },
];

/** A day accident-cover product (3 元 a day, ages 16-65, occupation classes 1-4) with a unique plan code. */
export function insuranceProductInput(overrides: Partial<InsuranceProductInput> = {}): InsuranceProductInput {
  return {
    insurer: '测试财产保险股份有限公司菏泽中心支公司',
    insurerHotline: '95518',
    planCode: unique('P').slice(0, 40),
    name: '零工日保测试',
    pricePerDayFen: 300,
    minAge: 16,
    maxAge: 65,
    occupationClasses: [1, 2, 3, 4],
    cover: INSURANCE_COVER,
    terms: '保险期间按天计算，自所选日期0时起至结束日期24时止。',
    ...overrides,
  };
}

/** Adds an insurance product as the admin; 201 expected. */
export async function createInsuranceProduct(t: Harness, admin: LoggedIn, input: InsuranceProductInput): Promise<InsuranceProduct> {
  return (await t.api.as(admin).post<InsuranceProduct>('/api/insurance/products', input).expect(201)).body;
}

/** The worker checks in at the market with the rotating code its staff member (operator or admin) shows; 201 expected. */
export async function checkIn(t: Harness, worker: LoggedIn, marketId: number, staff: LoggedIn): Promise<CheckinResponse> {
  const gate = (await t.api.as(staff).get<GateTokenResponse>(`/api/markets/${marketId}/gate-token`).expect(200)).body;
  return (await t.api.as(worker).post<CheckinResponse>('/api/checkins', { token: gate.token }).expect(201)).body;
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
export async function fileComplaint(t: Harness, user: LoggedIn, overrides: Partial<CreateComplaintRequest> = {}): Promise<ComplaintDetail> {
  return (await t.api.as(user).post<ComplaintDetail>('/api/complaints', complaintInput(overrides)).expect(201)).body;
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
