/**
 * Accident injury insurance (意外伤害保险) for gig workers: products, day-by-day enrollments with a
 * premium split between worker, employer and government, and accident reports.
 */
import { addDays, isValidDateString } from './time';

export const COVER_KINDS = ['death_disability', 'medical', 'hospital_allowance'] as const;
export type CoverKind = (typeof COVER_KINDS)[number];

export interface CoverItem {
  kind: CoverKind;
  /** e.g. 意外身故/伤残 */
  name: string;
  /** Sum insured in fen; for the hospital allowance, the amount per day in hospital. */
  amountFen: number;
  /** Medical cover: the part of each claim the insured pays themselves, in fen. */
  deductibleFen?: number;
}

export interface InsuranceProduct {
  id: number;
  insurer: string;
  insurerHotline: string;
  planCode: string;
  name: string;
  pricePerDayFen: number;
  minAge: number;
  maxAge: number;
  occupationClasses: number[];
  cover: CoverItem[];
  terms: string;
  active: boolean;
  /** Only in a worker's list: whether their trades and age allow the product. */
  eligible?: boolean;
  /** Only when not eligible: why, in plain Chinese. */
  ineligibleReason?: string;
}

export interface InsuranceProductInput {
  insurer: string;
  insurerHotline: string;
  planCode: string;
  name: string;
  pricePerDayFen: number;
  minAge: number;
  maxAge: number;
  occupationClasses: number[];
  cover: CoverItem[];
  terms: string;
  active?: boolean;
}

export const SUBSIDY_CONDITIONS = ['always', 'checked_in_that_day', 'hired_that_day', 'checked_in_or_hired'] as const;
export type SubsidyCondition = (typeof SUBSIDY_CONDITIONS)[number];

/** Shares in basis points (1/100 of a percent); the three add up to 10000. */
export interface SubsidyRuleInput {
  countyCode: string;
  /** Only this product, or every product when absent. */
  productId?: number;
  name: string;
  condition: SubsidyCondition;
  workerShareBp: number;
  employerShareBp: number;
  governmentShareBp: number;
  active?: boolean;
}

export interface SubsidyRule extends SubsidyRuleInput {
  id: number;
  active: boolean;
}

export const ENROLLMENT_STATUSES = ['pending', 'issued', 'failed', 'cancelled'] as const;
export type EnrollmentStatus = (typeof ENROLLMENT_STATUSES)[number];

export interface CreateEnrollmentRequest {
  productId: number;
  startDate: string;
  endDate: string;
  /** Employers: the hiring record whose days are insured. */
  hireId?: number;
  /** Any string the client makes once per intended enrollment (8-64 chars); a retry sends the same one. */
  idempotencyKey: string;
}

export interface DaySplit {
  day: string;
  ruleId?: number;
  workerFen: number;
  employerFen: number;
  governmentFen: number;
}

/** One covered day as settled after it, from the check-ins and hiring records that actually happened. */
export interface SettledDay extends DaySplit {
  checkedIn: boolean;
  hired: boolean;
  settledAt: string;
}

/**
 * The premium split after the covered days (check-in subsidies can only be known after the day).
 * `workerShareFen` etc. sum the settled days; `complete` once every covered day is settled.
 */
export interface EnrollmentSettlement {
  settledDays: number;
  complete: boolean;
  workerShareFen: number;
  employerShareFen: number;
  governmentShareFen: number;
  /** What the worker paid at purchase for the settled days, minus the settled worker share: the subsidy owed back. */
  workerRefundFen: number;
  /** Only in the detail: day by day. */
  days?: SettledDay[];
}

export interface Enrollment {
  id: number;
  productId: number;
  workerId: number;
  startDate: string;
  endDate: string;
  days: number;
  premiumFen: number;
  workerShareFen: number;
  employerShareFen: number;
  governmentShareFen: number;
  status: EnrollmentStatus;
  policyNo?: string;
  failureReason?: string;
  /** The reference number sent to the insurer (the same on every retry). */
  reference: string;
  hireId?: number;
  employerId?: number;
  occupationClass: number;
  /** The split quoted at purchase (check-ins of future days unknown: see `settlement`). */
  dailySplit: DaySplit[];
  /** Present once at least one covered day is settled. */
  settlement?: EnrollmentSettlement;
  createdAt: string;
  issuedAt?: string;
  cancelledAt?: string;
}

/** What the electronic certificate shows; the ID number is masked. */
export interface EnrollmentCertificate {
  insuredName: string;
  insuredIdMasked: string;
  insurer: string;
  insurerHotline: string;
  planCode: string;
  productName: string;
  cover: CoverItem[];
  startDate: string;
  endDate: string;
  policyNo: string;
  premiumFen: number;
}

export interface EnrollmentDetail extends Enrollment {
  certificate?: EnrollmentCertificate;
}

export const CLAIM_STATUSES = ['reported', 'forwarded', 'closed'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export const CLAIM_STATUS_LABELS: Record<ClaimStatus, string> = {
  reported: '已报案，等待工作人员处理',
  forwarded: '已转给保险公司理赔',
  closed: '已结案',
};

/** The API's default for photos per accident report (INSURANCE_CLAIM_MAX_PHOTOS; a unit test keeps them equal). */
export const CLAIM_MAX_PHOTOS = 20;

export interface CreateClaimRequest {
  enrollmentId: number;
  /** ISO 8601 time of the accident. */
  accidentAt: string;
  place: string;
  description: string;
  injuries: string;
}

/** Lengths of an accident report's texts, in characters: the API's DTO and the mini-program's form. */
export const CLAIM_TEXT_LIMITS = {
  place: { min: 2, max: 200 },
  description: { min: 4, max: 2000 },
  injuries: { min: 2, max: 1000 },
} as const;

export interface ClaimPhoto {
  id: number;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  uploadedAt: string;
}

export interface Claim {
  id: number;
  enrollmentId: number;
  workerId: number;
  accidentAt: string;
  place: string;
  description: string;
  injuries: string;
  /** Photos of the accident and injuries (download: `GET /api/insurance/claims/:id/photos/:photoId`). */
  photos: ClaimPhoto[];
  /** Who reported: the insured worker or the employer who enrolled them. */
  reportedBy: 'worker' | 'employer';
  status: ClaimStatus;
  statusReason?: string;
  insurerClaimNo?: string;
  reportedAt: string;
  updatedAt: string;
}

/** Staff forwarding a report to the insurer (the insurer's case number comes back on the report) or closing it with the result. */
export interface ClaimDecisionRequest {
  /** What was done or decided; the worker and the employer see it on the report. */
  reason: string;
}

/** Length of a decision's reason, in characters (the API's DTO and the operator's page). */
export const CLAIM_DECISION_LIMITS = { min: 2, max: 500 } as const;

/** Longest enrollment, in days. */
export const MAX_ENROLLMENT_DAYS = 30;
/** How far ahead cover may start, in days after today. */
export const MAX_ENROLLMENT_LEAD_DAYS = 30;

/** Every day from start to end inclusive, or [] when the range is backwards or invalid. */
export function daysBetween(startDate: string, endDate: string): string[] {
  if (!isValidDateString(startDate) || !isValidDateString(endDate) || endDate < startDate) return [];
  const days: string[] = [];
  for (let day = startDate; day <= endDate && days.length <= 366; day = addDays(day, 1)) days.push(day);
  return days;
}

/**
 * One day's premium split. Employer and government shares are rounded down to whole fen and the
 * worker's is the rest, so the three always add up to the price exactly and a subsidy never pays
 * a fraction of a fen more than its share.
 */
export function splitDayPremium(
  priceFen: number,
  shares: { employerShareBp: number; governmentShareBp: number },
): { workerFen: number; employerFen: number; governmentFen: number } {
  const employerFen = Math.floor((priceFen * shares.employerShareBp) / 10000);
  const governmentFen = Math.floor((priceFen * shares.governmentShareBp) / 10000);
  return { workerFen: priceFen - employerFen - governmentFen, employerFen, governmentFen };
}

/** 65000000 → "650,000元"; 5000 → "50元"; 150 → "1.50元". */
export function formatYuan(fen: number): string {
  const yuan = Math.floor(Math.abs(fen) / 100);
  const rest = Math.abs(fen) % 100;
  const sign = fen < 0 ? '-' : '';
  const whole = yuan.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${whole}${rest ? `.${String(rest).padStart(2, '0')}` : ''}元`;
}
