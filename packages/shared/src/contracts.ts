/**
 * Request and response shapes of the public API, used by the API's DTOs and the mini-program's
 * client. Field names here are the public contract: add beside them, never rename.
 */
import type { LatLng } from './geo';
import type { StaffRole } from './staff';

export const ROLES = ['worker', 'employer', 'operator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Lists answer `{ items, nextCursor? }`; pass `nextCursor` back as `cursor` for the next page. */
export interface ListResponse<T> {
  items: T[];
  nextCursor?: string;
}

export interface HealthResponse {
  status: 'ok' | 'error';
  database: 'up' | 'down';
  time: string;
}

// ---- Login ----------------------------------------------------------------------------------

export interface WechatLoginRequest {
  code: string;
}
export interface DevLoginRequest {
  openid: string;
  role: Role;
  countyCode?: string;
}
export interface BindPhoneRequest {
  code: string;
}
export interface UserSummary {
  id: number;
  roles: Role[];
  countyCode?: string;
  phone?: string;
}
export interface LoginResponse {
  accessToken: string;
  /** Seconds until `accessToken` expires. */
  expiresIn: number;
  user: UserSummary;
}

// ---- Workers --------------------------------------------------------------------------------

export interface ConsentInput {
  version: string;
  agreed: true;
}
export interface UpsertWorkerRequest {
  realName: string;
  idNumber: string;
  phone: string;
  trades: string[];
  countyCode: string;
  location?: LatLng;
  consent: ConsentInput;
}
export interface WorkerProfile {
  id: number;
  realName: string;
  idNumberMasked: string;
  phone: string;
  trades: string[];
  countyCode: string;
  location?: LatLng & { updatedAt: string };
  birthDate: string;
  age: number;
  gender: 'male' | 'female';
  consent: { version: string; agreedAt: string };
  phoneVerified: boolean;
  createdAt: string;
  updatedAt: string;
}

// ---- Staff ----------------------------------------------------------------------------------

/**
 * An operator as colleagues see them when assigning a case. Accounts carry no name, so
 * `displayName` is built from what the account has (its number, and the phone's last digits once bound).
 */
export interface StaffMember {
  id: number;
  countyCode: string;
  displayName: string;
}

/** `POST /api/staff/invitations` (admin): an operator's invitation names their county; an admin's none. */
export interface CreateStaffInvitationRequest {
  role: StaffRole;
  countyCode?: string;
}

/** An open invitation, as the admin lists it: the code itself is never shown again. */
export interface StaffInvitation {
  id: number;
  role: StaffRole;
  countyCode: string | null;
  /** Null for the invitation printed by the command line (the first admin). */
  createdByUserId: number | null;
  createdAt: string;
  expiresAt: string;
}

/** The answer to creating one: the only time the code is shown. */
export interface CreatedStaffInvitation extends StaffInvitation {
  code: string;
}

/** `POST /api/staff/invitations/redeem`: answers the caller's `UserSummary` with the role granted. */
export interface RedeemStaffInvitationRequest {
  code: string;
}

// ---- Employers ------------------------------------------------------------------------------

export const EMPLOYER_KINDS = ['person', 'organisation'] as const;
export type EmployerKind = (typeof EMPLOYER_KINDS)[number];
export const EMPLOYER_STATUSES = ['unverified', 'pending_review', 'verified', 'suspended'] as const;
export type EmployerStatus = (typeof EMPLOYER_STATUSES)[number];

export interface UpsertEmployerRequest {
  kind: EmployerKind;
  name: string;
  creditCode?: string;
  contactName: string;
  phone: string;
  address: string;
  countyCode: string;
}
export interface EmployerProfile extends UpsertEmployerRequest {
  id: number;
  status: EmployerStatus;
  /** Why the employer is in this status (review note, suspension reason), shown to the employer. */
  statusReason?: string;
  statusChangedAt?: string;
  createdAt: string;
  updatedAt: string;
}
export interface EmployerStatusChangeRequest {
  reason?: string;
}

// ---- Markets --------------------------------------------------------------------------------

export const MARKET_TYPES = ['public', 'commercial', 'self_formed'] as const;
export type MarketType = (typeof MARKET_TYPES)[number];
export const MARKET_STATUSES = ['open', 'closed'] as const;
export type MarketStatus = (typeof MARKET_STATUSES)[number];
export const MARKET_SERVICES = [
  { code: 'matching', name: '岗位对接' },
  { code: 'training', name: '技能培训' },
  { code: 'policy', name: '政策咨询' },
  { code: 'rights', name: '维权服务' },
  { code: 'rest_area', name: '休息区' },
  { code: 'insurance', name: '保险咨询' },
  { code: 'registration', name: '招工用工登记' },
  { code: 'agreement', name: '用工协议指导' },
  { code: 'drinking_water', name: '饮水' },
  { code: 'meals', name: '平价餐' },
] as const;
export type MarketServiceCode = (typeof MARKET_SERVICES)[number]['code'];

export interface MarketInput {
  name: string;
  type: MarketType;
  countyCode: string;
  address: string;
  lat: number;
  lng: number;
  /** 'HH:MM-HH:MM' in Asia/Shanghai; '00:00-24:00' for always open. */
  openingHours: string;
  services: MarketServiceCode[];
  phone: string;
  trades: string[];
  status: MarketStatus;
}
export type CreateMarketRequest = MarketInput;
export type UpdateMarketRequest = Partial<MarketInput>;
export interface Market extends MarketInput {
  id: number;
  /** Whether the market is open at the moment of the answer (opening hours and status). */
  openNow: boolean;
  distanceKm?: number;
  createdAt: string;
  updatedAt: string;
}

// ---- Catalogues -----------------------------------------------------------------------------

export interface CountyItem {
  code: string;
  name: string;
}
