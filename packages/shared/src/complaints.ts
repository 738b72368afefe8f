// Complaints and rights protection (投诉维权): contracts and the state machine the API enforces and
// the mini-program uses to show which buttons apply.

export const COMPLAINT_CATEGORIES = ['wage_arrears', 'fake_posting', 'illegal_fee', 'discrimination', 'safety', 'injury', 'insurance_claim', 'other'] as const;
export type ComplaintCategory = (typeof COMPLAINT_CATEGORIES)[number];

export const COMPLAINT_CATEGORY_LABELS: Record<ComplaintCategory, string> = {
  wage_arrears: '欠薪',
  fake_posting: '虚假招聘',
  illegal_fee: '收费/扣证',
  discrimination: '歧视',
  safety: '安全',
  injury: '人身伤害/工伤',
  insurance_claim: '保险理赔',
  other: '其他',
};

/** Tips that may be sent without a name: fake postings and fees/withheld papers (reported about the
 * posting or the agent, not about the tipster's own claim). A wage claim always needs a named worker. */
export const ANONYMOUS_CATEGORIES: readonly ComplaintCategory[] = ['fake_posting', 'illegal_fee'];

export const COMPLAINT_STATUSES = [
  'submitted',
  'accepted',
  'rejected',
  'needs_material',
  'referred',
  'investigating',
  'resolved',
  'closed',
  'withdrawn',
] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

export const COMPLAINT_STATUS_LABELS: Record<ComplaintStatus, string> = {
  submitted: '已提交，等待受理',
  accepted: '已受理',
  rejected: '不予受理',
  needs_material: '需要补充材料',
  referred: '已转交其他部门',
  investigating: '调查处理中',
  resolved: '已处理',
  closed: '已结案',
  withdrawn: '已撤回',
};

/** What operators may do with `POST /api/complaints/:id/transitions`. */
export const COMPLAINT_OPERATOR_ACTIONS = ['accept', 'reject', 'request-material', 'refer', 'investigate', 'resolve', 'close', 'extend'] as const;
export type ComplaintOperatorAction = (typeof COMPLAINT_OPERATOR_ACTIONS)[number];

/** Every kind of history entry: the operator actions, the complainant's own and the system's. */
export type ComplaintAction =
  'submit' | ComplaintOperatorAction | 'withdraw' | 'add-material' | 'add-evidence' | 'note' | 'assign' | 'suspend-employer' | 'overdue';

export interface ComplaintTransitionRule {
  from: readonly ComplaintStatus[];
  /** Undefined: the status stays (an extension changes the deadline only). */
  to?: ComplaintStatus;
  /** A written reason is required (a refusal, what material is missing, why the deadline moves). */
  reasonRequired: boolean;
}

/**
 * The one table of operator moves. No skipping: a case is investigated only once accepted, resolved
 * only while investigated, closed only after a resolution, a refusal or a referral. Material the
 * complainant adds to a `needs_material` case puts it back to `submitted` with a fresh 5-day clock.
 */
export const COMPLAINT_TRANSITIONS: Record<ComplaintOperatorAction, ComplaintTransitionRule> = {
  accept: { from: ['submitted'], to: 'accepted', reasonRequired: false },
  reject: { from: ['submitted'], to: 'rejected', reasonRequired: true },
  'request-material': { from: ['submitted'], to: 'needs_material', reasonRequired: true },
  refer: { from: ['submitted'], to: 'referred', reasonRequired: false },
  investigate: { from: ['accepted'], to: 'investigating', reasonRequired: false },
  resolve: { from: ['investigating'], to: 'resolved', reasonRequired: true },
  close: { from: ['resolved', 'rejected', 'referred'], to: 'closed', reasonRequired: false },
  extend: { from: ['accepted', 'investigating'], reasonRequired: true },
};

/** The complainant may withdraw while the case is still open. */
export const COMPLAINT_WITHDRAWABLE: readonly ComplaintStatus[] = ['submitted', 'needs_material', 'accepted', 'investigating'];
/** Statuses whose case is still being worked on (evidence and notes may be added). */
export const COMPLAINT_OPEN_STATUSES: readonly ComplaintStatus[] = ['submitted', 'needs_material', 'accepted', 'investigating'];

/** The API's default for evidence files per complaint (EVIDENCE_MAX_FILES_PER_CASE; a unit test keeps them equal). */
export const COMPLAINT_MAX_EVIDENCE_FILES = 30;

/** Legal clock (关于实施《劳动保障监察条例》若干规定), in working days. */
export const COMPLAINT_ACCEPTANCE_WORKING_DAYS = 5;
export const COMPLAINT_RESOLUTION_WORKING_DAYS = 60;
export const COMPLAINT_EXTENSION_WORKING_DAYS = 30;

export function allowedComplaintActions(status: ComplaintStatus, extended: boolean): ComplaintOperatorAction[] {
  return COMPLAINT_OPERATOR_ACTIONS.filter((action) => COMPLAINT_TRANSITIONS[action].from.includes(status) && !(action === 'extend' && extended));
}

export interface ComplaintRespondentInput {
  /** An employer registered on the platform; its name and county are taken from the register. */
  employerId?: number;
  name?: string;
  address?: string;
  personInCharge?: string;
}

export interface CreateComplaintRequest {
  category: ComplaintCategory;
  respondent: ComplaintRespondentInput;
  facts: string;
  request: string;
  amountFen?: number;
  periodFrom?: string;
  periodTo?: string;
  postingId?: number;
  hireId?: number;
  /** Where the work was, when the respondent is not on the platform. */
  countyCode?: string;
  anonymous?: boolean;
}

export interface ComplaintTransitionRequest {
  action: ComplaintOperatorAction;
  reason?: string;
  /** `refer`: the department the case goes to. */
  referredTo?: string;
  /** `resolve`: wages recovered for the complainant, in fen. */
  recoveredFen?: number;
}

export interface ComplaintHistoryEntry {
  from: ComplaintStatus | null;
  to: ComplaintStatus | null;
  action: ComplaintAction;
  reason: string | null;
  at: string;
  /** Who acted: the complainant, an operator, the city admin or the system (the overdue job). */
  by: 'complainant' | 'operator' | 'admin' | 'system';
  /** Staff only: the acting user and whether the entry is hidden from the complainant. */
  byUserId?: number;
  internal?: boolean;
}

export interface ComplaintEvidenceItem {
  id: number;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  uploadedAt: string;
  uploadedBy: 'complainant' | 'staff';
}

export interface ComplaintRespondent {
  employerId?: number;
  name: string;
  address?: string;
  personInCharge?: string;
}

export interface ComplaintDetail {
  id: number;
  category: ComplaintCategory;
  status: ComplaintStatus;
  respondent: ComplaintRespondent;
  facts: string;
  request: string;
  amountFen?: number;
  periodFrom?: string;
  periodTo?: string;
  postingId?: number;
  hireId?: number;
  countyCode: string;
  anonymous: boolean;
  submittedOn: string;
  acceptanceDueOn: string;
  resolutionDueOn?: string;
  extended: boolean;
  overdue: boolean;
  referredTo?: string;
  recoveredFen?: number;
  history: ComplaintHistoryEntry[];
  evidence: ComplaintEvidenceItem[];
  /** Staff only. Hidden for anonymous tips. */
  complainant?: { name: string; phone?: string };
  assignedOperatorId?: number;
  allowedActions?: ComplaintOperatorAction[];
}

export interface ComplaintSummary {
  id: number;
  category: ComplaintCategory;
  status: ComplaintStatus;
  respondentName: string;
  countyCode: string;
  submittedOn: string;
  acceptanceDueOn: string;
  resolutionDueOn?: string;
  /** The next deadline of an open case: acceptance while submitted, resolution once accepted. */
  dueOn?: string;
  overdue: boolean;
  assignedOperatorId?: number;
}

/** A deadline that passed, recorded by the overdue job for the assigned operator (or the county's queue). */
export interface ComplaintReminderItem {
  id: number;
  complaintId: number;
  countyCode: string;
  kind: 'acceptance' | 'resolution';
  dueOn: string;
  /** Absent when nobody was assigned: the reminder is for the county's queue. */
  operatorUserId?: number;
  createdAt: string;
}

export interface ComplaintCountyFigures {
  countyCode: string;
  countyName: string;
  received: number;
  byCategory: Record<ComplaintCategory, number>;
  /** Cases whose acceptance decision was made or fell due. */
  acceptanceDecisionsDue: number;
  decidedWithinDeadline: number;
  /** decidedWithinDeadline / acceptanceDecisionsDue in percent (one decimal), null when nothing was due. */
  acceptedWithinDeadlinePct: number | null;
  resolutionsDue: number;
  resolvedWithinDeadline: number;
  resolvedWithinDeadlinePct: number | null;
  wagesRecoveredFen: number;
}

export interface ComplaintStats {
  from: string;
  to: string;
  counties: ComplaintCountyFigures[];
}

export interface CalendarException {
  id: number;
  date: string;
  /** A county's code, or the city's (371700) for a city-wide exception. */
  scopeCode: string;
  working: boolean;
  reason: string;
}

export interface CreateCalendarExceptionRequest {
  date: string;
  working: boolean;
  reason: string;
  /** Admin only: a county, or omitted for the whole city. Operators always add for their county. */
  countyCode?: string;
}
