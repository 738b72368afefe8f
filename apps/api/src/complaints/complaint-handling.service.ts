import { Injectable } from '@nestjs/common';
import {
  COMPLAINT_ACCEPTANCE_WORKING_DAYS,
  COMPLAINT_EXTENSION_WORKING_DAYS,
  COMPLAINT_OPEN_STATUSES,
  COMPLAINT_RESOLUTION_WORKING_DAYS,
  COMPLAINT_STATUS_LABELS,
  COMPLAINT_TRANSITIONS,
  COMPLAINT_WITHDRAWABLE,
  ComplaintAction,
  ComplaintDetail,
  ComplaintStatus,
  ErrorCode,
  shanghaiDate,
} from '@lingong/shared';
import { AuditService } from '../audit/audit.service';
import { AuthUser, complaintActorRole, isOperatorOf } from '../common/access';
import { AppException } from '../common/app-exception';
import { Clock } from '../common/clock';
import { CalendarService } from '../calendar/calendar.service';
import { TransactionHost } from '../database/transaction';
import { EmployersService } from '../employers/employers.service';
import { StaffAccountsService } from '../users/staff-accounts.service';
import { Complaint } from './complaint.entity';
import { ComplaintEventRepository } from './complaint-event.repository';
import { ComplaintReadingService } from './complaint-reading.service';
import { dueOnFor } from './complaint.mapper';
import { ComplaintRepository } from './complaint.repository';
import { AssignComplaintDto, ComplaintMaterialDto, ComplaintNoteDto, ComplaintTransitionDto, WithdrawComplaintDto } from './dto/complaint.dto';

function fieldError(code: ErrorCode, field: string, message?: string): AppException {
  return new AppException(code, { ...(message ? { message } : {}), errors: [{ field, message: message ?? '请填写' }] });
}

/**
 * Handling a case: operators move it along the legal steps, annotate, assign and suspend the
 * respondent; the complainant withdraws it or adds material. Each change is conditional on the state
 * just read, and lands with its history entry (and audit record) in one transaction.
 */
@Injectable()
export class ComplaintHandlingService {
  constructor(
    private readonly complaints: ComplaintRepository,
    private readonly events: ComplaintEventRepository,
    private readonly reading: ComplaintReadingService,
    private readonly tx: TransactionHost,
    private readonly calendar: CalendarService,
    private readonly accounts: StaffAccountsService,
    private readonly employers: EmployersService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  // ---- Operators move a case -----------------------------------------------------------------

  async transition(staff: AuthUser, id: number, dto: ComplaintTransitionDto): Promise<ComplaintDetail> {
    const complaint = await this.reading.requireStaffAccess(staff, id);
    const { reason, referredTo } = this.checkTransition(complaint, dto);
    const now = this.clock.now();
    const from = complaint.status;
    const to: ComplaintStatus = COMPLAINT_TRANSITIONS[dto.action].to ?? from;
    const changes = await this.changesFor(complaint, dto, to, referredTo, now);
    await this.tx.run(async () => {
      if (!(await this.complaints.changeIfStill(id, { status: from, extended: complaint.extended }, changes))) {
        throw new AppException('COMPLAINT.ACTION_NOT_ALLOWED', { message: '这件投诉刚刚被其他工作人员办理过了，请刷新后再看。' });
      }
      await this.events.record(id, {
        actorUserId: staff.id,
        actorRole: complaintActorRole(staff),
        action: dto.action,
        fromStatus: from,
        toStatus: to,
        reason,
        internal: false,
        at: now,
        data: {
          ...(referredTo && dto.action === 'refer' ? { referredTo } : {}),
          ...(dto.action === 'resolve' && changes.recoveredFen !== null ? { recoveredFen: changes.recoveredFen } : {}),
          ...(changes.resolutionDueOn ? { resolutionDueOn: changes.resolutionDueOn } : {}),
        },
      });
      await this.audit.record({
        actorUserId: staff.id,
        action: `complaint.${dto.action}`,
        entityType: 'complaint',
        entityId: id,
        countyCode: complaint.countyCode,
        reason,
        data: { from, to },
      });
    });
    return this.reading.reload(id, 'staff');
  }

  /** Whether the step may be taken from the case's status, with what it needs; answers the cleaned texts. */
  private checkTransition(complaint: Complaint, dto: ComplaintTransitionDto): { reason: string | null; referredTo: string | null } {
    const rule = COMPLAINT_TRANSITIONS[dto.action];
    const from = complaint.status;
    if (!rule.from.includes(from)) {
      throw new AppException('COMPLAINT.ACTION_NOT_ALLOWED', {
        message: `这件投诉现在是“${COMPLAINT_STATUS_LABELS[from]}”，不能这样办理。`,
        details: { status: from, allowedFrom: rule.from },
      });
    }
    const reason = dto.reason?.trim() || null;
    if (rule.reasonRequired && (!reason || reason.length < 2))
      throw fieldError('COMPLAINT.REASON_REQUIRED', 'reason', dto.action === 'resolve' ? '请写明处理结果。' : undefined);
    if (dto.action === 'extend' && complaint.extended) throw new AppException('COMPLAINT.ALREADY_EXTENDED');
    const referredTo = dto.referredTo?.trim() || null;
    if (dto.action === 'refer' && !referredTo) throw fieldError('COMPLAINT.REFERRED_TO_REQUIRED', 'referredTo');
    return { reason, referredTo };
  }

  /** The columns a step changes, its deadlines on the county's working-day calendar included. */
  private async changesFor(
    complaint: Complaint,
    dto: ComplaintTransitionDto,
    to: ComplaintStatus,
    referredTo: string | null,
    now: Date,
  ): Promise<Partial<Complaint>> {
    const today = shanghaiDate(now);
    const changes: Partial<Complaint> = { status: to, updatedAt: now };
    switch (dto.action) {
      case 'accept':
        changes.decidedOn = today;
        changes.acceptedOn = today;
        changes.resolutionDueOn = await this.calendar.addWorkingDays(complaint.countyCode, today, COMPLAINT_RESOLUTION_WORKING_DAYS);
        break;
      case 'reject':
        changes.decidedOn = today;
        break;
      case 'refer':
        changes.decidedOn = today;
        changes.referredTo = referredTo;
        break;
      case 'resolve':
        changes.resolvedOn = today;
        changes.recoveredFen = dto.recoveredFen ?? (complaint.category === 'wage_arrears' ? 0 : null);
        break;
      case 'extend':
        // 劳动保障监察条例 Art 17: 60 working days, extendable once by 30 from the current deadline.
        changes.extended = true;
        changes.resolutionDueOn = await this.calendar.addWorkingDays(
          complaint.countyCode,
          complaint.resolutionDueOn as string,
          COMPLAINT_EXTENSION_WORKING_DAYS,
        );
        break;
      default:
        break;
    }
    changes.nextDueOn = dueOnFor(to, { acceptanceDueOn: complaint.acceptanceDueOn, resolutionDueOn: changes.resolutionDueOn ?? complaint.resolutionDueOn });
    changes.overdue = changes.nextDueOn ? complaint.overdue && changes.nextDueOn === complaint.nextDueOn : false;
    return changes;
  }

  async addNote(staff: AuthUser, id: number, dto: ComplaintNoteDto): Promise<ComplaintDetail> {
    const complaint = await this.reading.requireStaffAccess(staff, id);
    await this.events.record(id, {
      actorUserId: staff.id,
      actorRole: complaintActorRole(staff),
      action: 'note',
      fromStatus: null,
      toStatus: null,
      reason: dto.text.trim(),
      internal: dto.internal,
      at: this.clock.now(),
    });
    return this.reading.detail(complaint, 'staff');
  }

  async assign(staff: AuthUser, id: number, dto: AssignComplaintDto): Promise<ComplaintDetail> {
    const complaint = await this.reading.requireStaffAccess(staff, id);
    const assignee = await this.accounts.account(dto.operatorUserId);
    // Only a colleague serving the case's county can take it.
    if (!assignee || !isOperatorOf(assignee, complaint.countyCode)) {
      throw new AppException('COMPLAINT.ASSIGNEE_INVALID', { errors: [{ field: 'operatorUserId', message: '只能分派给本县（区）的工作人员' }] });
    }
    const now = this.clock.now();
    await this.tx.run(async () => {
      await this.complaints.assignOperator(id, assignee.id, now);
      await this.events.record(id, {
        actorUserId: staff.id,
        actorRole: complaintActorRole(staff),
        action: 'assign',
        fromStatus: null,
        toStatus: null,
        reason: null,
        internal: true,
        at: now,
        data: { from: complaint.assignedOperatorId, to: assignee.id },
      });
      await this.audit.record({
        actorUserId: staff.id,
        action: 'complaint.assign',
        entityType: 'complaint',
        entityId: id,
        countyCode: complaint.countyCode,
        data: { to: assignee.id },
      });
    });
    return this.reading.reload(id, 'staff');
  }

  /** Suspends the respondent employer (its postings are hidden) and records it on the case. */
  async suspendRespondent(staff: AuthUser, id: number, reason: string): Promise<ComplaintDetail> {
    const complaint = await this.reading.requireStaffAccess(staff, id);
    if (!complaint.respondentEmployerId) throw new AppException('COMPLAINT.NO_EMPLOYER_ON_PLATFORM');
    await this.employers.suspend(staff, complaint.respondentEmployerId, reason.trim());
    await this.events.record(id, {
      actorUserId: staff.id,
      actorRole: complaintActorRole(staff),
      action: 'suspend-employer',
      fromStatus: null,
      toStatus: null,
      reason: reason.trim(),
      internal: false,
      at: this.clock.now(),
      data: { employerId: complaint.respondentEmployerId },
    });
    return this.reading.detail(complaint, 'staff');
  }

  // ---- The complainant -----------------------------------------------------------------------

  async withdraw(user: AuthUser, id: number, dto: WithdrawComplaintDto): Promise<ComplaintDetail> {
    const complaint = await this.reading.requireComplainant(user, id);
    const from = complaint.status;
    if (!COMPLAINT_WITHDRAWABLE.includes(from)) {
      throw new AppException('COMPLAINT.ACTION_NOT_ALLOWED', { message: `这件投诉现在是“${COMPLAINT_STATUS_LABELS[from]}”，不能撤回了。` });
    }
    const now = this.clock.now();
    await this.tx.run(async () => {
      if (!(await this.complaints.changeIfStill(id, { status: from }, { status: 'withdrawn', nextDueOn: null, overdue: false, updatedAt: now }))) {
        throw new AppException('COMPLAINT.ACTION_NOT_ALLOWED');
      }
      await this.events.record(id, {
        actorUserId: user.id,
        actorRole: 'complainant',
        action: 'withdraw',
        fromStatus: from,
        toStatus: 'withdrawn',
        reason: dto.reason?.trim() || null,
        internal: false,
        at: now,
      });
    });
    return this.reading.reload(id, 'complainant');
  }

  /**
   * The complainant adds a written statement. A case waiting for material goes back to `submitted`
   * with a fresh acceptance clock (5 working days from the day the material arrives); an open case
   * just gets the statement in its history.
   */
  async addMaterial(user: AuthUser, id: number, dto: ComplaintMaterialDto): Promise<ComplaintDetail> {
    const complaint = await this.reading.requireComplainant(user, id);
    await this.recordMaterial(complaint, user.id, 'add-material', dto.text.trim(), this.clock.now());
    return this.reading.reload(id, 'complainant');
  }

  /** Shared by the statement and the evidence upload: both count as the material asked for. Joins an open transaction. */
  async recordMaterial(
    complaint: Complaint,
    userId: number,
    action: ComplaintAction,
    reason: string | null,
    now: Date,
    data?: Record<string, unknown>,
  ): Promise<void> {
    if (!COMPLAINT_OPEN_STATUSES.includes(complaint.status)) throw new AppException('COMPLAINT.CLOSED');
    await this.tx.run(async () => {
      const from = complaint.status;
      let to: ComplaintStatus | null = null;
      if (from === 'needs_material') {
        const acceptanceDueOn = await this.calendar.addWorkingDays(complaint.countyCode, shanghaiDate(now), COMPLAINT_ACCEPTANCE_WORKING_DAYS);
        if (
          !(await this.complaints.changeIfStill(
            complaint.id,
            { status: from },
            { status: 'submitted', acceptanceDueOn, nextDueOn: acceptanceDueOn, overdue: false, updatedAt: now },
          ))
        ) {
          throw new AppException('COMPLAINT.ACTION_NOT_ALLOWED', { message: '这件投诉刚刚有了变化，请刷新后再提交。' });
        }
        to = 'submitted';
      }
      await this.events.record(complaint.id, {
        actorUserId: userId,
        actorRole: 'complainant',
        action,
        fromStatus: to ? from : null,
        toStatus: to,
        reason,
        internal: false,
        at: now,
        data,
      });
    });
  }
}
