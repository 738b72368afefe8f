/**
 * Postings, matching and hiring: request/response shapes and the pure ranking rules, shared by the API
 * and the mini-program. Field names are the public contract of issue 3: add beside them, never rename.
 */
import { TRADES, tradeAndAncestors, tradeName } from './trades';

export const PAY_UNITS = ['day', 'hour', 'piece'] as const;
export type PayUnit = (typeof PAY_UNITS)[number];
export const SETTLEMENTS = ['daily', 'weekly', 'on_completion'] as const;
export type Settlement = (typeof SETTLEMENTS)[number];
export const SETTLEMENT_NAMES: Record<Settlement, string> = { daily: '日结', weekly: '周结', on_completion: '完工结' };
export const PAY_UNIT_NAMES: Record<PayUnit, string> = { day: '天', hour: '小时', piece: '件' };
export const POSTING_STATUSES = ['open', 'pending_review', 'rejected', 'filled', 'closed', 'expired'] as const;
export type PostingStatus = (typeof POSTING_STATUSES)[number];
export const POSTING_REPORT_REASONS = ['fake', 'unlawful', 'fees', 'other'] as const;
export type PostingReportReason = (typeof POSTING_REPORT_REASONS)[number];

export interface PostingInput {
  trade: string;
  title: string;
  description: string;
  headcount: number;
  payAmountFen: number;
  payUnit: PayUnit;
  settlement: Settlement;
  address: string;
  lat: number;
  lng: number;
  /** 'YYYY-MM-DD', Asia/Shanghai. */
  startDate: string;
  durationDays: number;
  /** e.g. '07:00-17:00，中午休息1小时'. */
  workHours: string;
  requirements?: string;
  contactPhone: string;
  /** ISO 8601 time after which the posting is no longer shown (closed as `expired`). */
  validUntil: string;
}
export type CreatePostingRequest = PostingInput;
export type UpdatePostingRequest = Partial<PostingInput>;

export interface ContentNote {
  category: string;
  phrase: string;
  reason: string;
}

export interface Posting extends PostingInput {
  id: number;
  status: PostingStatus;
  employerId: number;
  filledCount: number;
  /** Employer's name as registered. */
  employerName: string;
  countyCode: string;
  /** Last day of work, 'YYYY-MM-DD'. */
  endDate: string;
  /** Why the posting waits for review or was rejected (shown to the employer). */
  statusReason?: string;
  /** Findings of the content check that sent it to review. */
  reviewNotes?: ContentNote[];
  createdAt: string;
  updatedAt: string;
}

/**
 * What a card of the feed shows: the posting without its long texts and contact (description,
 * requirements, contactPhone, review notes). The detail page (`GET /api/postings/:id`) has the rest.
 */
export const FEED_POSTING_FIELDS = [
  'id',
  'status',
  'employerId',
  'employerName',
  'countyCode',
  'trade',
  'title',
  'headcount',
  'filledCount',
  'payAmountFen',
  'payUnit',
  'settlement',
  'address',
  'lat',
  'lng',
  'startDate',
  'durationDays',
  'endDate',
  'workHours',
  'validUntil',
  'createdAt',
  'updatedAt',
] as const satisfies readonly (keyof Posting)[];
export type FeedPosting = Pick<Posting, (typeof FEED_POSTING_FIELDS)[number]>;

export interface FeedItem extends FeedPosting {
  distanceKm: number;
  score: number;
  matchReasons: string[];
}

export interface CandidateItem {
  workerId: number;
  /** Surname + 师傅 until the worker applied or accepted an invitation, then the full name. */
  displayName: string;
  /** Masked (138****5678) until the worker applied or accepted an invitation. */
  phone: string;
  contactVisible: boolean;
  trades: string[];
  distanceKm: number;
  score: number;
  matchReasons: string[];
  presentToday: boolean;
  ratingAverage?: number;
  ratingCount: number;
}

export const APPLICATION_STATUSES = ['pending', 'accepted', 'declined', 'cancelled'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];
export type ApplicationKind = 'application' | 'invitation';

export interface Application {
  id: number;
  postingId: number;
  workerId: number;
  employerId: number;
  kind: ApplicationKind;
  status: ApplicationStatus;
  cancelReason?: string;
  hireId?: number;
  postingTitle: string;
  /** For the employer: the worker's name and phone once the worker applied or accepted the invitation, else surname + 师傅 and a masked phone. */
  worker?: { name: string; phone: string; contactVisible: boolean };
  createdAt: string;
  updatedAt: string;
}
export type Invitation = Application;

export const PAYMENT_STATUSES = ['pending', 'paid', 'unpaid'] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

export interface Hire {
  id: number;
  postingId: number;
  workerId: number;
  employerId: number;
  workerName: string;
  /** The worker's mobile, for the employer's 打电话 (both sides see it in the agreement already); '' once the account is deleted. */
  workerPhone: string;
  employerName: string;
  trade: string;
  payAmountFen: number;
  payUnit: PayUnit;
  settlement: Settlement;
  startDate: string;
  endDate: string;
  address: string;
  workHours: string;
  agreement: { text: string; workerConfirmedAt: string | null; employerConfirmedAt: string | null; hash?: string };
  payment: { status: PaymentStatus; reportedAt?: string };
  /** Present when the job was cancelled before it started. */
  cancelled?: { at: string; reason: string };
  /** When the employer marked the work done (完工), or null. */
  completedAt: string | null;
  /** For the worker who reported "not paid": the wage claim opened for this hire (their own case). */
  complaintId?: number;
  /** Each side rates the other once; absent until that side has rated. */
  ratings: { byWorker?: Rating; byEmployer?: Rating };
  createdAt: string;
}

/** A worker's or an employer's record on the platform (`GET /api/workers|employers/:id/reputation`). */
export interface Reputation {
  ratingAverage?: number;
  ratingCount: number;
  hireCount: number;
  /** Worker profiles: times an employer reported the worker did not come. */
  noShowCount?: number;
  /** Employer profiles: hires where the worker reported not being paid. */
  unpaidCount?: number;
}

// ---- Ratings ----------------------------------------------------------------------------------

export type HireSide = 'worker' | 'employer';

/** Tags a worker gives an employer. */
export const WORKER_RATING_TAGS = ['按时结钱', '安全措施好', '态度好', '拖欠工钱', '活和说的不一样'] as const;
/** Tags an employer gives a worker. */
export const EMPLOYER_RATING_TAGS = ['准时', '活干得好', '踏实肯干', '态度好', '没来上工'] as const;
/** Every tag a rating may carry; each side may use only its own list (`RATING_TAGS_BY_SIDE`). */
export const RATING_TAGS = ['准时', '活干得好', '踏实肯干', '按时结钱', '安全措施好', '态度好', '没来上工', '拖欠工钱', '活和说的不一样'] as const;
export type RatingTag = (typeof RATING_TAGS)[number];
export const RATING_TAGS_BY_SIDE: Record<HireSide, readonly RatingTag[]> = { worker: WORKER_RATING_TAGS, employer: EMPLOYER_RATING_TAGS };
/** The tag an employer gives a worker who did not come; it counts as a no-show on the worker's profile. */
export const NO_SHOW_TAG: RatingTag = '没来上工';
export const RATING_MAX_TAGS = 5;

export interface RatingRequest {
  /** 1-5 stars. */
  score: number;
  tags?: RatingTag[];
}

export interface Rating {
  hireId: number;
  /** Who gave it: the worker rates the employer, the employer the worker. */
  fromSide: HireSide;
  score: number;
  tags: string[];
  createdAt: string;
}

// ---- Ranking ----------------------------------------------------------------------------------

/** Hours of work in a paid day, to compare hourly pay with daily pay. */
export const HOURS_PER_WORKING_DAY = 8;
/** Day pay below the floor scores 0 and at the ceiling 1 (Heze: about 160-200 元 a day is typical). */
export const PAY_FLOOR_FEN_PER_DAY = 10000;
export const PAY_CEILING_FEN_PER_DAY = 40000;
/** A posting loses all its freshness points after three days. */
export const FRESHNESS_HOURS = 72;
/**
 * The feed score, 0-100: distance 40 (linear to 0 at the edge of the radius), trade 30 (the worker's
 * own trade 30, a parent or child trade 18, no trade given 10), pay 20 (per-day pay between the floor
 * and the ceiling; piece rates cannot be compared and score 10) and freshness 10 (linear over 72 h).
 */
export const FEED_WEIGHTS = { distance: 40, trade: 30, pay: 20, freshness: 10 } as const;

/** Day pay in fen, or undefined for piece rates. */
export function payPerDayFen(amountFen: number, unit: PayUnit): number | undefined {
  if (unit === 'day') return amountFen;
  if (unit === 'hour') return amountFen * HOURS_PER_WORKING_DAY;
  return undefined;
}

/**
 * The trade, its ancestors and its descendants: the codes a search for `code` should find, as a plain
 * list so SQL can use `IN (...)` on an index (建筑 finds 瓦工, and 瓦工 finds postings for 建筑 in general).
 */
export function relatedTradeCodes(code: string): string[] {
  const codes = new Set(tradeAndAncestors(code));
  for (const trade of TRADES) if (tradeAndAncestors(trade.code).includes(code)) codes.add(trade.code);
  return [...codes];
}

export type TradeMatch = 'exact' | 'related' | 'none';

/** Whether a posting's trade is one of the worker's, or a parent or child of one. */
export function tradeMatch(postingTrade: string, workerTrades: readonly string[]): TradeMatch {
  if (workerTrades.includes(postingTrade)) return 'exact';
  const postingLine = tradeAndAncestors(postingTrade);
  const related = workerTrades.some((t) => postingLine.includes(t) || tradeAndAncestors(t).includes(postingTrade));
  return related ? 'related' : 'none';
}

export interface FeedScoreInput {
  distanceKm: number;
  radiusKm: number;
  postingTrade: string;
  workerTrades: readonly string[];
  payAmountFen: number;
  payUnit: PayUnit;
  settlement: Settlement;
  ageHours: number;
}

const clamp01 = (x: number) => Math.max(0, Math.min(1, x));
const round1 = (x: number) => Math.round(x * 10) / 10;

export function feedScore(input: FeedScoreInput): { score: number; matchReasons: string[] } {
  const reasons: string[] = [];
  const distance = input.radiusKm > 0 ? clamp01(1 - input.distanceKm / input.radiusKm) : 0;
  reasons.push(`离您${round1(input.distanceKm)}公里`);

  let trade = 0;
  if (!input.workerTrades.length) trade = 10 / FEED_WEIGHTS.trade;
  else {
    const match = tradeMatch(input.postingTrade, input.workerTrades);
    const name = tradeName(input.postingTrade) ?? input.postingTrade;
    if (match === 'exact') {
      trade = 1;
      reasons.push(`工种对口：${name}`);
    } else if (match === 'related') {
      trade = 0.6;
      reasons.push(`工种相近：${name}`);
    }
  }

  const perDay = payPerDayFen(input.payAmountFen, input.payUnit);
  const pay = perDay === undefined ? 0.5 : clamp01((perDay - PAY_FLOOR_FEN_PER_DAY) / (PAY_CEILING_FEN_PER_DAY - PAY_FLOOR_FEN_PER_DAY));
  if (perDay !== undefined) reasons.push(`约${Math.round(perDay / 100)}元/天`);
  if (input.settlement === 'daily') reasons.push('日结');

  const freshness = clamp01(1 - input.ageHours / FRESHNESS_HOURS);
  if (input.ageHours < 24) reasons.push('今天新发布');

  const score = FEED_WEIGHTS.distance * distance + FEED_WEIGHTS.trade * trade + FEED_WEIGHTS.pay * pay + FEED_WEIGHTS.freshness * freshness;
  return { score: round1(score), matchReasons: reasons };
}

/**
 * The candidate score, 0-100: present at a market near the site today 40, trade 30 (exact) or 18
 * (related), distance 20 (linear to the radius), rating 10 (average / 5; unrated workers 6).
 */
export function candidateScore(input: { distanceKm: number; radiusKm: number; match: TradeMatch; presentToday: boolean; ratingAverage?: number }): {
  score: number;
  matchReasons: string[];
} {
  const reasons: string[] = [];
  if (input.presentToday) reasons.push('今天已在附近零工市场签到');
  if (input.match === 'exact') reasons.push('工种对口');
  else if (input.match === 'related') reasons.push('工种相近');
  reasons.push(`离工地${round1(input.distanceKm)}公里`);
  if (input.ratingAverage !== undefined) reasons.push(`评分${input.ratingAverage.toFixed(1)}`);
  const score =
    (input.presentToday ? 40 : 0) +
    (input.match === 'exact' ? 30 : input.match === 'related' ? 18 : 0) +
    20 * (input.radiusKm > 0 ? clamp01(1 - input.distanceKm / input.radiusKm) : 0) +
    10 * (input.ratingAverage === undefined ? 0.6 : clamp01(input.ratingAverage / 5));
  return { score: round1(score), matchReasons: reasons };
}

/** "李师傅": how a worker is shown to an employer before contact is agreed. */
export function workerDisplayName(realName: string): string {
  const surname = [...realName.trim()][0] ?? '';
  return `${surname}师傅`;
}

// ---- Subscribe messages -----------------------------------------------------------------------

/**
 * Purposes of the one-time subscribe messages. The mini-program asks for the template ids of
 * `GET /api/notifications/templates` with `wx.requestSubscribeMessage` inside a tap, then reports
 * the accepted ones to `POST /api/notifications/subscriptions`; each accept allows one message.
 */
export const SUBSCRIBE_TEMPLATE_KEYS = ['application', 'invitation', 'accepted', 'posting_rejected', 'completed', 'employer_review'] as const;
export type SubscribeTemplateKey = (typeof SUBSCRIBE_TEMPLATE_KEYS)[number];

export interface SubscribeTemplatesResponse {
  templates: Partial<Record<SubscribeTemplateKey, string>>;
}
export interface ReportSubscriptionsRequest {
  /** Template ids answered `accept` by wx.requestSubscribeMessage. */
  accepted: string[];
}
export interface SubscriptionCredit {
  templateId: string;
  credits: number;
}

// ---- Grid cells for geographic search ------------------------------------------------------------

/**
 * Latitude bands of 1/20 degree (about 5.6 km). Postings and workers store the band of their point;
 * a search enumerates the few bands of its bounding box (`latCell IN (...)`) and ranges over
 * longitude inside each, so an index on (…, latCell, lng) reads about the box and not a whole
 * latitude strip across the city. See docs/benchmarks.md for the measurement behind the choice.
 */
export const LAT_CELLS_PER_DEGREE = 20;

export function latCellOf(lat: number): number {
  return Math.floor(lat * LAT_CELLS_PER_DEGREE);
}

/** Every band between two latitudes, inclusive. */
export function latCellsBetween(minLat: number, maxLat: number): number[] {
  const cells: number[] = [];
  for (let cell = latCellOf(minLat); cell <= latCellOf(maxLat); cell += 1) cells.push(cell);
  return cells;
}
