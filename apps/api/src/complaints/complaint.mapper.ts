import {
  allowedComplaintActions,
  COMPLAINT_OPEN_STATUSES,
  ComplaintDetail,
  ComplaintEvidenceItem,
  ComplaintHistoryEntry,
  ComplaintStatus,
  ComplaintSummary,
} from '@lingong/shared';
import type { ComplaintViewer } from '../common/access';
import { Complaint } from './complaint.entity';
import { ComplaintEvent } from './complaint-event.entity';
import { ComplaintEvidence } from './complaint-evidence.entity';

export type { ComplaintViewer } from '../common/access';

/** The deadline that applies in this status: acceptance while submitted, resolution while being worked on. */
export function dueOnFor(status: ComplaintStatus, c: Pick<Complaint, 'acceptanceDueOn' | 'resolutionDueOn'>): string | null {
  if (status === 'submitted') return c.acceptanceDueOn;
  if (status === 'accepted' || status === 'investigating') return c.resolutionDueOn;
  return null;
}

/** Overdue the day after the due day (the due day itself is still in time). */
export function isOverdue(c: Pick<Complaint, 'status' | 'nextDueOn'>, today: string): boolean {
  return COMPLAINT_OPEN_STATUSES.includes(c.status) && !!c.nextDueOn && c.nextDueOn < today;
}

function toHistoryEntry(e: ComplaintEvent, viewer: ComplaintViewer): ComplaintHistoryEntry {
  return {
    from: e.fromStatus,
    to: e.toStatus,
    action: e.action,
    reason: e.reason,
    at: e.at.toISOString(),
    by: e.actorRole,
    ...(viewer === 'staff' ? { ...(e.actorUserId ? { byUserId: e.actorUserId } : {}), internal: e.internal } : {}),
  };
}

function toEvidenceItem(e: ComplaintEvidence): ComplaintEvidenceItem {
  return {
    id: e.id,
    fileName: e.fileName,
    contentType: e.contentType,
    sizeBytes: e.sizeBytes,
    sha256: e.sha256,
    uploadedAt: e.createdAt.toISOString(),
    uploadedBy: e.uploaderRole,
  };
}

export function toComplaintDetail(
  c: Complaint,
  events: ComplaintEvent[],
  evidence: ComplaintEvidence[],
  viewer: ComplaintViewer,
  today: string,
): ComplaintDetail {
  const staff = viewer === 'staff';
  return {
    id: c.id,
    category: c.category,
    status: c.status,
    respondent: {
      ...(c.respondentEmployerId ? { employerId: c.respondentEmployerId } : {}),
      name: c.respondentName,
      ...(c.respondentAddress ? { address: c.respondentAddress } : {}),
      ...(c.respondentPersonInCharge ? { personInCharge: c.respondentPersonInCharge } : {}),
    },
    facts: c.facts,
    request: c.request,
    ...(c.amountFen !== null ? { amountFen: c.amountFen } : {}),
    ...(c.periodFrom ? { periodFrom: c.periodFrom } : {}),
    ...(c.periodTo ? { periodTo: c.periodTo } : {}),
    ...(c.postingId ? { postingId: c.postingId } : {}),
    ...(c.hireId ? { hireId: c.hireId } : {}),
    countyCode: c.countyCode,
    anonymous: c.anonymous,
    submittedOn: c.submittedOn,
    acceptanceDueOn: c.acceptanceDueOn,
    ...(c.resolutionDueOn ? { resolutionDueOn: c.resolutionDueOn } : {}),
    extended: c.extended,
    overdue: isOverdue(c, today),
    ...(c.referredTo ? { referredTo: c.referredTo } : {}),
    ...(c.recoveredFen !== null ? { recoveredFen: c.recoveredFen } : {}),
    history: events.filter((e) => staff || !e.internal).map((e) => toHistoryEntry(e, viewer)),
    evidence: evidence.map(toEvidenceItem),
    ...(staff && !c.anonymous && c.complainantName
      ? { complainant: { name: c.complainantName, ...(c.complainantPhone ? { phone: c.complainantPhone } : {}) } }
      : {}),
    ...(staff && c.assignedOperatorId ? { assignedOperatorId: c.assignedOperatorId } : {}),
    ...(staff ? { allowedActions: allowedComplaintActions(c.status, c.extended) } : {}),
  };
}

export function toComplaintSummary(c: Complaint, viewer: ComplaintViewer, today: string): ComplaintSummary {
  return {
    id: c.id,
    category: c.category,
    status: c.status,
    respondentName: c.respondentName,
    countyCode: c.countyCode,
    submittedOn: c.submittedOn,
    acceptanceDueOn: c.acceptanceDueOn,
    ...(c.resolutionDueOn ? { resolutionDueOn: c.resolutionDueOn } : {}),
    ...(c.nextDueOn ? { dueOn: c.nextDueOn } : {}),
    overdue: isOverdue(c, today),
    ...(viewer === 'staff' && c.assignedOperatorId ? { assignedOperatorId: c.assignedOperatorId } : {}),
  };
}
