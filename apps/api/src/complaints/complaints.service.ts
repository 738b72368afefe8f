import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { Between, DataSource, EntityManager, FindOptionsWhere, In, LessThan, MoreThanOrEqual, Repository } from 'typeorm';
import {
  addDays,
  ANONYMOUS_CATEGORIES,
  COMPLAINT_ACCEPTANCE_WORKING_DAYS,
  COMPLAINT_CATEGORIES,
  COMPLAINT_EXTENSION_WORKING_DAYS,
  COMPLAINT_OPEN_STATUSES,
  COMPLAINT_RESOLUTION_WORKING_DAYS,
  COMPLAINT_STATUS_LABELS,
  COMPLAINT_TRANSITIONS,
  COMPLAINT_WITHDRAWABLE,
  ComplaintAction,
  ComplaintCategory,
  ComplaintCountyFigures,
  ComplaintDetail,
  ComplaintReminderItem,
  ComplaintStats,
  ComplaintStatus,
  ComplaintSummary,
  countyName,
  ErrorCode,
  HEZE_COUNTIES,
  isServedCounty,
  isValidDateString,
  ListResponse,
  shanghaiDate,
  yuanForDocument,
} from '@lingong/shared';
import { AuditService } from '../audit/audit.service';
import { AuthUser, isStaff, staffCanSee, staffCountyScope } from '../common/access';
import { CalendarService } from '../calendar/calendar.service';
import { AppException } from '../common/app-exception';
import { decodeCursor, encodeCursor } from '../common/pagination';
import { APP_CONFIG } from '../config/config.module';
import { AppConfig } from '../config/config';
import { isUniqueViolation, isUniqueViolationOf } from '../database/errors';
import { Employer } from '../employers/employer.entity';
import { EmployersService } from '../employers/employers.service';
import { User } from '../users/user.entity';
import { Worker } from '../workers/worker.entity';
import { Hire } from '../hires/hire.entity';
import { Posting } from '../postings/posting.entity';
import { Complaint } from './complaint.entity';
import { ComplaintEvent } from './complaint-event.entity';
import { ComplaintEvidence } from './complaint-evidence.entity';
import { ComplaintReminder } from './complaint-reminder.entity';
import { ComplaintViewer, dueOnFor, isOverdue, toComplaintDetail, toComplaintSummary } from './complaint.mapper';
import { Clock } from '../common/clock';
import {
  AssignComplaintDto,
  ComplaintMaterialDto,
  ComplaintNoteDto,
  ComplaintStatsQuery,
  ComplaintTransitionDto,
  CreateComplaintDto,
  ListComplaintsQuery,
  WithdrawComplaintDto,
} from './dto/complaint.dto';

/** What the hiring module passes when a worker reports "not paid" on a hiring record. */
export interface WageClaimFromHireInput {
  workerUserId: number;
  employerId: number;
  hireId: number;
  postingId?: number;
  amountFen: number;
  periodFrom: string;
  periodTo: string;
  facts: string;
}

export interface ComplaintAccess {
  complaint: Complaint;
  viewer: ComplaintViewer;
}

/** Work done in the intake's transaction once the case exists (evidence sent with the complaint). */
export type IntakeAttachment = (manager: EntityManager, complaint: Complaint, now: Date) => Promise<void>;

type Intake = Omit<CreateComplaintDto, 'respondent'> & { respondent: CreateComplaintDto['respondent']; source: Complaint['source'] };

const MAX_STATS_DAYS = 3 * 366;

function fieldError(code: ErrorCode, field: string, message?: string): AppException {
  return new AppException(code, { ...(message ? { message } : {}), errors: [{ field, message: message ?? '请填写' }] });
}

/** Whitespace, punctuation and width differences do not make a resubmission a different complaint. */
function normaliseText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');
}

@Injectable()
export class ComplaintsService {
  private readonly logger = new Logger(ComplaintsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Complaint) private readonly complaints: Repository<Complaint>,
    @InjectRepository(ComplaintEvent) private readonly events: Repository<ComplaintEvent>,
    @InjectRepository(ComplaintEvidence) private readonly evidence: Repository<ComplaintEvidence>,
    @InjectRepository(Worker) private readonly workers: Repository<Worker>,
    @InjectRepository(Employer) private readonly employers: Repository<Employer>,
    @InjectRepository(User) private readonly users: Repository<User>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly calendar: CalendarService,
    private readonly employersService: EmployersService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  today(): string {
    return shanghaiDate(this.clock.now());
  }

  // ---- Intake --------------------------------------------------------------------------------

  /** Files a complaint; the same one sent again within the duplicate window answers the existing case. */
  async create(user: AuthUser, dto: CreateComplaintDto, attach?: IntakeAttachment): Promise<{ complaint: ComplaintDetail; created: boolean }> {
    // Staff take complaints through their own queue; a case is always tied to the complainant's account.
    if (isStaff(user)) throw new AppException('AUTH.FORBIDDEN');
    return this.intake(user.id, { ...dto, source: 'app' }, attach);
  }

  /**
   * For the hiring module: a worker's "not paid" report on a hiring record opens a wage claim with the
   * respondent, amount and dates filled in. Idempotent per hire: a second report answers the same case.
   */
  async openWageClaimFromHire(input: WageClaimFromHireInput): Promise<{ complaint: ComplaintDetail; created: boolean }> {
    const existing = await this.complaints.findOne({ where: { hireId: input.hireId } });
    // Never hand one person's case to another, whoever linked the hire first.
    if (existing && existing.complainantUserId !== input.workerUserId) {
      throw new AppException('COMMON.VALIDATION_FAILED', { errors: [{ field: 'hireId', message: '这条用工记录已经有人投诉过了' }] });
    }
    if (existing) return { complaint: await this.detail(existing, 'complainant'), created: false };
    return this.intake(input.workerUserId, {
      category: 'wage_arrears',
      respondent: { employerId: input.employerId },
      facts: input.facts,
      request: `要回被欠的工钱${yuanForDocument(input.amountFen)}元`,
      amountFen: input.amountFen,
      periodFrom: input.periodFrom,
      periodTo: input.periodTo,
      hireId: input.hireId,
      ...(input.postingId ? { postingId: input.postingId } : {}),
      source: 'hire',
    });
  }

  private async intake(userId: number, dto: Intake, attach?: IntakeAttachment): Promise<{ complaint: ComplaintDetail; created: boolean }> {
    const now = this.clock.now();
    const today = shanghaiDate(now);
    const anonymous = dto.anonymous ?? false;
    const worker = await this.workers.findOne({ where: { userId } });
    const realName = worker && !worker.anonymisedAt && worker.realName.trim() ? worker.realName.trim() : null;

    if (dto.category === 'wage_arrears') {
      // 保障农民工工资支付条例: a wage claim is the named worker's own; an anonymous tip cannot be paid out.
      if (anonymous || !realName) throw new AppException('COMPLAINT.NAMED_COMPLAINANT_REQUIRED');
      if (!dto.amountFen) throw fieldError('COMPLAINT.WAGE_DETAILS_REQUIRED', 'amountFen');
      if (!dto.periodFrom) throw fieldError('COMPLAINT.WAGE_DETAILS_REQUIRED', 'periodFrom');
      if (!dto.periodTo) throw fieldError('COMPLAINT.WAGE_DETAILS_REQUIRED', 'periodTo');
    } else if (anonymous && !ANONYMOUS_CATEGORIES.includes(dto.category)) {
      throw new AppException('COMPLAINT.ANONYMOUS_NOT_ALLOWED');
    }
    for (const field of ['periodFrom', 'periodTo'] as const) {
      const value = dto[field];
      if (value && (!isValidDateString(value) || value > today)) throw fieldError('COMPLAINT.PERIOD_INVALID', field);
    }
    if (dto.periodFrom && dto.periodTo && dto.periodFrom > dto.periodTo) throw fieldError('COMPLAINT.PERIOD_INVALID', 'periodTo');

    const respondent = await this.resolveRespondent(dto);

    // A complaint may only link the complainant's own hiring record, and a posting that exists.
    if (dto.hireId) {
      const hire = await this.dataSource.getRepository(Hire).findOne({ where: { id: dto.hireId } });
      if (!hire || !worker || hire.workerId !== worker.id) throw fieldError('COMPLAINT.HIRE_NOT_FOUND', 'hireId');
    }
    if (dto.postingId && !(await this.dataSource.getRepository(Posting).exists({ where: { id: dto.postingId } }))) {
      throw fieldError('COMPLAINT.POSTING_NOT_FOUND', 'postingId');
    }

    if (dto.hireId) {
      const forHire = await this.complaints.findOne({ where: { hireId: dto.hireId } });
      if (forHire && forHire.complainantUserId === userId) return { complaint: await this.detail(forHire, 'complainant'), created: false };
      if (forHire) throw new AppException('COMMON.VALIDATION_FAILED', { errors: [{ field: 'hireId', message: '这条用工记录已经有人投诉过了' }] });
    }

    const respondentKey = respondent.employerId ? `e:${respondent.employerId}` : `n:${normaliseText(respondent.name)}`;
    const dedupeHash = createHash('sha256').update(JSON.stringify([dto.category, respondentKey, normaliseText(dto.facts)])).digest('hex');
    const windowMs = this.config.complaintDuplicateWindowMinutes * 60000;
    if (windowMs > 0) {
      const recent = await this.complaints.findOne({
        where: { complainantUserId: userId, dedupeHash, createdAt: MoreThanOrEqual(new Date(now.getTime() - windowMs)) },
        order: { id: 'DESC' },
      });
      if (recent) return { complaint: await this.detail(recent, 'complainant'), created: false };
    }
    // Within one slot the unique index stops a double tap that raced past the look-up above.
    const dedupeSlot = windowMs > 0 ? Math.floor(now.getTime() / windowMs) : -Math.floor(Math.random() * 2 ** 31);

    const acceptanceDueOn = await this.calendar.addWorkingDays(respondent.countyCode, today, COMPLAINT_ACCEPTANCE_WORKING_DAYS);
    const user = await this.users.findOne({ where: { id: userId } });
    try {
      const saved = await this.dataSource.transaction(async (manager) => {
        const repo = manager.getRepository(Complaint);
        const complaint = await repo.save(
          repo.create({
            complainantUserId: userId,
            anonymous,
            complainantName: anonymous ? null : realName,
            complainantPhone: anonymous ? null : (worker?.phone ?? user?.phone ?? null),
            category: dto.category,
            respondentEmployerId: respondent.employerId,
            respondentName: respondent.name,
            respondentAddress: respondent.address,
            respondentPersonInCharge: respondent.personInCharge,
            facts: dto.facts.trim(),
            request: dto.request.trim(),
            amountFen: dto.amountFen ?? null,
            periodFrom: dto.periodFrom ?? null,
            periodTo: dto.periodTo ?? null,
            postingId: dto.postingId ?? null,
            hireId: dto.hireId ?? null,
            countyCode: respondent.countyCode,
            status: 'submitted',
            submittedOn: today,
            acceptanceDueOn,
            decidedOn: null,
            acceptedOn: null,
            resolutionDueOn: null,
            extended: false,
            resolvedOn: null,
            nextDueOn: acceptanceDueOn,
            overdue: false,
            referredTo: null,
            recoveredFen: null,
            assignedOperatorId: null,
            source: dto.source,
            dedupeHash,
            dedupeSlot,
            createdAt: now,
            updatedAt: now,
          }),
        );
        await this.addEvent(manager, complaint.id, { actorUserId: userId, actorRole: 'complainant', action: 'submit', fromStatus: null, toStatus: 'submitted', reason: null, internal: false, at: now });
        if (attach) await attach(manager, complaint, now);
        return complaint;
      });
      return { complaint: await this.detail(saved, 'complainant'), created: true };
    } catch (error) {
      if (isUniqueViolationOf(error, { name: 'UQ_complaint_dedupe', table: 'complaint', column: 'complainantUserId' })) {
        const twin = await this.complaints.findOneOrFail({ where: { complainantUserId: userId, dedupeHash, dedupeSlot } });
        return { complaint: await this.detail(twin, 'complainant'), created: false };
      }
      if (dto.hireId && isUniqueViolationOf(error, { name: 'UQ_complaint_hire', table: 'complaint', column: 'hireId' })) {
        const twin = await this.complaints.findOneOrFail({ where: { hireId: dto.hireId } });
        if (twin.complainantUserId === userId) return { complaint: await this.detail(twin, 'complainant'), created: false };
      }
      throw error;
    }
  }

  /** The case belongs to the respondent employer's county when it is on the platform, else the place of work. */
  private async resolveRespondent(dto: Intake): Promise<{ employerId: number | null; name: string; address: string | null; personInCharge: string | null; countyCode: string }> {
    const given = dto.respondent ?? {};
    const address = given.address?.trim() || null;
    const personInCharge = given.personInCharge?.trim() || null;
    if (given.employerId) {
      const employer = await this.employers.findOne({ where: { id: given.employerId } });
      if (!employer) throw new AppException('COMPLAINT.RESPONDENT_NOT_FOUND', { errors: [{ field: 'respondent.employerId', message: '没有找到这个用工方' }] });
      return { employerId: employer.id, name: employer.name, address: address ?? employer.address, personInCharge: personInCharge ?? employer.contactName, countyCode: employer.countyCode };
    }
    const name = given.name?.trim();
    if (!name) throw new AppException('COMPLAINT.RESPONDENT_REQUIRED', { errors: [{ field: 'respondent.name', message: '请填写被投诉方的名称' }] });
    if (!dto.countyCode) throw new AppException('COMPLAINT.COUNTY_REQUIRED', { errors: [{ field: 'countyCode', message: '请选择县（区）' }] });
    if (!isServedCounty(dto.countyCode)) throw new AppException('COMPLAINT.COUNTY_NOT_SERVED', { errors: [{ field: 'countyCode', message: '不在服务范围内' }] });
    return { employerId: null, name, address, personInCharge, countyCode: dto.countyCode };
  }

  // ---- Reading -------------------------------------------------------------------------------

  /**
   * The one access rule: staff of the case's county (or the admin) see the case as staff, the
   * complainant sees their own; everyone else is told it does not exist.
   */
  async requireAccess(user: AuthUser, id: number): Promise<ComplaintAccess> {
    const complaint = await this.complaints.findOne({ where: { id } });
    if (complaint && isStaff(user) && staffCanSee(user, complaint.countyCode)) return { complaint, viewer: 'staff' };
    if (complaint && complaint.complainantUserId === user.id) return { complaint, viewer: 'complainant' };
    throw new AppException('COMPLAINT.NOT_FOUND');
  }

  private async requireStaffAccess(user: AuthUser, id: number): Promise<Complaint> {
    const { complaint, viewer } = await this.requireAccess(user, id);
    if (viewer !== 'staff') throw new AppException('AUTH.FORBIDDEN');
    return complaint;
  }

  private async requireComplainant(user: AuthUser, id: number): Promise<Complaint> {
    const complaint = await this.complaints.findOne({ where: { id } });
    if (!complaint || complaint.complainantUserId !== user.id) throw new AppException('COMPLAINT.NOT_FOUND');
    return complaint;
  }

  async get(user: AuthUser, id: number): Promise<ComplaintDetail> {
    const { complaint, viewer } = await this.requireAccess(user, id);
    return this.detail(complaint, viewer);
  }

  async detail(complaint: Complaint, viewer: ComplaintViewer): Promise<ComplaintDetail> {
    const [events, evidence] = await Promise.all([
      this.events.find({ where: { complaintId: complaint.id }, order: { id: 'ASC' } }),
      this.evidence.find({ where: { complaintId: complaint.id }, order: { id: 'ASC' } }),
    ]);
    return toComplaintDetail(complaint, events, evidence, viewer, this.today());
  }

  /** Staff get their county's queue, due first; everyone else their own complaints, newest first. */
  list(user: AuthUser, query: ListComplaintsQuery): Promise<ListResponse<ComplaintSummary>> {
    return isStaff(user) ? this.queue(user, query) : this.listMine(user, query);
  }

  private async listMine(user: AuthUser, query: ListComplaintsQuery): Promise<ListResponse<ComplaintSummary>> {
    const limit = query.limit ?? 20;
    const cursor = decodeCursor<{ id: number }>(query.cursor, ['id']);
    const where: FindOptionsWhere<Complaint> = { complainantUserId: user.id };
    if (query.status) where.status = query.status;
    if (cursor) where.id = LessThan(cursor.id);
    const rows = await this.complaints.find({ where, order: { id: 'DESC' }, take: limit + 1 });
    const page = rows.slice(0, limit);
    const today = this.today();
    return { items: page.map((c) => toComplaintSummary(c, 'complainant', today)), ...(rows.length > limit ? { nextCursor: encodeCursor({ id: page[page.length - 1].id }) } : {}) };
  }

  private async queue(staff: AuthUser, query: ListComplaintsQuery): Promise<ListResponse<ComplaintSummary>> {
    const scope = staffCountyScope(staff) ?? query.countyCode;
    const limit = query.limit ?? 20;
    const cursor = decodeCursor<{ offset: number }>(query.cursor, ['offset']);
    const offset = cursor?.offset ?? 0;
    const today = this.today();
    const qb = this.complaints.createQueryBuilder('c');
    if (scope) qb.andWhere('c.countyCode = :scope', { scope });
    if (query.status) qb.andWhere('c.status = :status', { status: query.status });
    if (query.assignedToMe === 'true') qb.andWhere('c.assignedOperatorId = :me', { me: staff.id });
    if (query.overdue === 'true') qb.andWhere('c.status IN (:...open) AND c.nextDueOn < :today', { open: COMPLAINT_OPEN_STATUSES, today });
    // Open cases by their next deadline, earliest first; cases with no deadline after them.
    qb.orderBy('CASE WHEN c.nextDueOn IS NULL THEN 1 ELSE 0 END', 'ASC').addOrderBy('c.nextDueOn', 'ASC').addOrderBy('c.id', 'ASC').offset(offset).limit(limit + 1);
    const rows = await qb.getMany();
    const page = rows.slice(0, limit);
    return { items: page.map((c) => toComplaintSummary(c, 'staff', today)), ...(rows.length > limit ? { nextCursor: encodeCursor({ offset: offset + limit }) } : {}) };
  }

  // ---- Operators move a case -----------------------------------------------------------------

  async transition(staff: AuthUser, id: number, dto: ComplaintTransitionDto): Promise<ComplaintDetail> {
    const complaint = await this.requireStaffAccess(staff, id);
    const rule = COMPLAINT_TRANSITIONS[dto.action];
    const from = complaint.status;
    if (!rule.from.includes(from)) {
      throw new AppException('COMPLAINT.ACTION_NOT_ALLOWED', {
        message: `这件投诉现在是“${COMPLAINT_STATUS_LABELS[from]}”，不能这样办理。`,
        details: { status: from, allowedFrom: rule.from },
      });
    }
    const reason = dto.reason?.trim() || null;
    if (rule.reasonRequired && (!reason || reason.length < 2)) throw fieldError('COMPLAINT.REASON_REQUIRED', 'reason', dto.action === 'resolve' ? '请写明处理结果。' : undefined);
    if (dto.action === 'extend' && complaint.extended) throw new AppException('COMPLAINT.ALREADY_EXTENDED');
    const referredTo = dto.referredTo?.trim() || null;
    if (dto.action === 'refer' && !referredTo) throw fieldError('COMPLAINT.REFERRED_TO_REQUIRED', 'referredTo');

    const now = this.clock.now();
    const today = shanghaiDate(now);
    const to: ComplaintStatus = rule.to ?? from;
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
        changes.resolutionDueOn = await this.calendar.addWorkingDays(complaint.countyCode, complaint.resolutionDueOn as string, COMPLAINT_EXTENSION_WORKING_DAYS);
        break;
      default:
        break;
    }
    changes.nextDueOn = dueOnFor(to, { acceptanceDueOn: complaint.acceptanceDueOn, resolutionDueOn: changes.resolutionDueOn ?? complaint.resolutionDueOn });
    changes.overdue = changes.nextDueOn ? complaint.overdue && changes.nextDueOn === complaint.nextDueOn : false;

    await this.dataSource.transaction(async (manager) => {
      // Conditional on the state just read: two operators acting at once cannot both move the case.
      const result = await manager.getRepository(Complaint).update({ id, status: from, extended: complaint.extended }, changes);
      if (!result.affected) throw new AppException('COMPLAINT.ACTION_NOT_ALLOWED', { message: '这件投诉刚刚被其他工作人员办理过了，请刷新后再看。' });
      await this.addEvent(manager, id, {
        actorUserId: staff.id,
        actorRole: this.roleOf(staff),
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
      await this.audit.record({ actorUserId: staff.id, action: `complaint.${dto.action}`, entityType: 'complaint', entityId: id, countyCode: complaint.countyCode, reason, data: { from, to } }, manager);
    });
    return this.detail(await this.complaints.findOneByOrFail({ id }), 'staff');
  }

  async addNote(staff: AuthUser, id: number, dto: ComplaintNoteDto): Promise<ComplaintDetail> {
    const complaint = await this.requireStaffAccess(staff, id);
    await this.addEvent(this.dataSource.manager, id, { actorUserId: staff.id, actorRole: this.roleOf(staff), action: 'note', fromStatus: null, toStatus: null, reason: dto.text.trim(), internal: dto.internal, at: this.clock.now() });
    return this.detail(complaint, 'staff');
  }

  async assign(staff: AuthUser, id: number, dto: AssignComplaintDto): Promise<ComplaintDetail> {
    const complaint = await this.requireStaffAccess(staff, id);
    const assignee = await this.users.findOne({ where: { id: dto.operatorUserId } });
    // Only a colleague serving the case's county can take it.
    if (!assignee || assignee.closedAt || !assignee.roles.includes('operator') || assignee.countyCode !== complaint.countyCode) {
      throw new AppException('COMPLAINT.ASSIGNEE_INVALID', { errors: [{ field: 'operatorUserId', message: '只能分派给本县（区）的工作人员' }] });
    }
    const now = this.clock.now();
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(Complaint).update({ id }, { assignedOperatorId: assignee.id, updatedAt: now });
      await this.addEvent(manager, id, {
        actorUserId: staff.id,
        actorRole: this.roleOf(staff),
        action: 'assign',
        fromStatus: null,
        toStatus: null,
        reason: null,
        internal: true,
        at: now,
        data: { from: complaint.assignedOperatorId, to: assignee.id },
      });
      await this.audit.record({ actorUserId: staff.id, action: 'complaint.assign', entityType: 'complaint', entityId: id, countyCode: complaint.countyCode, data: { to: assignee.id } }, manager);
    });
    return this.detail(await this.complaints.findOneByOrFail({ id }), 'staff');
  }

  /** Suspends the respondent employer (its postings are hidden) and records it on the case. */
  async suspendRespondent(staff: AuthUser, id: number, reason: string): Promise<ComplaintDetail> {
    const complaint = await this.requireStaffAccess(staff, id);
    if (!complaint.respondentEmployerId) throw new AppException('COMPLAINT.NO_EMPLOYER_ON_PLATFORM');
    await this.employersService.suspend(staff, complaint.respondentEmployerId, reason.trim());
    await this.addEvent(this.dataSource.manager, id, {
      actorUserId: staff.id,
      actorRole: this.roleOf(staff),
      action: 'suspend-employer',
      fromStatus: null,
      toStatus: null,
      reason: reason.trim(),
      internal: false,
      at: this.clock.now(),
      data: { employerId: complaint.respondentEmployerId },
    });
    return this.detail(complaint, 'staff');
  }

  // ---- The complainant -----------------------------------------------------------------------

  async withdraw(user: AuthUser, id: number, dto: WithdrawComplaintDto): Promise<ComplaintDetail> {
    const complaint = await this.requireComplainant(user, id);
    const from = complaint.status;
    if (!COMPLAINT_WITHDRAWABLE.includes(from)) {
      throw new AppException('COMPLAINT.ACTION_NOT_ALLOWED', { message: `这件投诉现在是“${COMPLAINT_STATUS_LABELS[from]}”，不能撤回了。` });
    }
    const now = this.clock.now();
    await this.dataSource.transaction(async (manager) => {
      const result = await manager.getRepository(Complaint).update({ id, status: from }, { status: 'withdrawn', nextDueOn: null, overdue: false, updatedAt: now });
      if (!result.affected) throw new AppException('COMPLAINT.ACTION_NOT_ALLOWED');
      await this.addEvent(manager, id, { actorUserId: user.id, actorRole: 'complainant', action: 'withdraw', fromStatus: from, toStatus: 'withdrawn', reason: dto.reason?.trim() || null, internal: false, at: now });
    });
    return this.detail(await this.complaints.findOneByOrFail({ id }), 'complainant');
  }

  /**
   * The complainant adds a written statement. A case waiting for material goes back to `submitted`
   * with a fresh acceptance clock (5 working days from the day the material arrives); an open case
   * just gets the statement in its history.
   */
  async addMaterial(user: AuthUser, id: number, dto: ComplaintMaterialDto): Promise<ComplaintDetail> {
    const complaint = await this.requireComplainant(user, id);
    const now = this.clock.now();
    await this.recordMaterial(complaint, user.id, 'add-material', dto.text.trim(), now, undefined);
    return this.detail(await this.complaints.findOneByOrFail({ id }), 'complainant');
  }

  /** Shared by the statement and the evidence upload: both count as the material asked for. */
  async recordMaterial(complaint: Complaint, userId: number, action: ComplaintAction, reason: string | null, now: Date, manager: EntityManager | undefined, data?: Record<string, unknown>): Promise<void> {
    if (!COMPLAINT_OPEN_STATUSES.includes(complaint.status)) throw new AppException('COMPLAINT.CLOSED');
    const run = async (m: EntityManager) => {
      const from = complaint.status;
      let to: ComplaintStatus | null = null;
      if (from === 'needs_material') {
        const today = shanghaiDate(now);
        const acceptanceDueOn = await this.calendar.addWorkingDays(complaint.countyCode, today, COMPLAINT_ACCEPTANCE_WORKING_DAYS);
        const result = await m.getRepository(Complaint).update({ id: complaint.id, status: from }, { status: 'submitted', acceptanceDueOn, nextDueOn: acceptanceDueOn, overdue: false, updatedAt: now });
        if (!result.affected) throw new AppException('COMPLAINT.ACTION_NOT_ALLOWED', { message: '这件投诉刚刚有了变化，请刷新后再提交。' });
        to = 'submitted';
      }
      await this.addEvent(m, complaint.id, { actorUserId: userId, actorRole: 'complainant', action, fromStatus: to ? from : null, toStatus: to, reason, internal: false, at: now, data });
    };
    if (manager) await run(manager);
    else await this.dataSource.transaction(run);
  }

  // ---- The legal clock -----------------------------------------------------------------------

  @Cron('0 5 * * * *', { name: 'complaints-overdue', timeZone: 'Asia/Shanghai' })
  async markOverdueJob(): Promise<void> {
    try {
      const { marked } = await this.markOverdue();
      if (marked.length) this.logger.log(`marked ${marked.length} complaint(s) overdue`);
    } catch (error) {
      this.logger.error(`overdue job failed: ${(error as Error).message}`, (error as Error).stack);
    }
  }

  /**
   * Marks open cases whose deadline has passed and records one reminder per case and deadline for
   * the assigned operator (or the county's queue). Safe to run any number of times.
   */
  async markOverdue(today: string = this.today()): Promise<{ marked: number[] }> {
    const due = await this.complaints.find({
      where: { status: In(['submitted', 'accepted', 'investigating']), nextDueOn: LessThan(today), overdue: false },
      order: { id: 'ASC' },
      take: 1000,
    });
    const marked: number[] = [];
    for (const complaint of due) {
      const kind = complaint.status === 'submitted' ? 'acceptance' : 'resolution';
      const done = await this.dataSource.transaction(async (manager) => {
        const result = await manager.getRepository(Complaint).update({ id: complaint.id, status: complaint.status, nextDueOn: complaint.nextDueOn as string, overdue: false }, { overdue: true });
        if (!result.affected) return false;
        try {
          await manager.getRepository(ComplaintReminder).insert({ complaintId: complaint.id, countyCode: complaint.countyCode, operatorUserId: complaint.assignedOperatorId, kind, dueOn: complaint.nextDueOn as string });
        } catch (error) {
          if (!isUniqueViolation(error)) throw error;
          return false;
        }
        await this.addEvent(manager, complaint.id, {
          actorUserId: null,
          actorRole: 'system',
          action: 'overdue',
          fromStatus: null,
          toStatus: null,
          reason: kind === 'acceptance' ? `已超过受理期限（${complaint.nextDueOn}）` : `已超过办理期限（${complaint.nextDueOn}）`,
          internal: true,
          at: this.clock.now(),
          data: { kind, dueOn: complaint.nextDueOn, operatorUserId: complaint.assignedOperatorId },
        });
        return true;
      });
      if (done) marked.push(complaint.id);
    }
    return { marked };
  }

  /** An operator's reminders: those for them and those for nobody in particular in their county; the admin's: all. */
  async reminders(staff: AuthUser, query: { cursor?: string; limit?: number }): Promise<ListResponse<ComplaintReminderItem>> {
    const scope = staffCountyScope(staff);
    const limit = query.limit ?? 20;
    const cursor = decodeCursor<{ id: number }>(query.cursor, ['id']);
    const qb = this.dataSource.getRepository(ComplaintReminder).createQueryBuilder('r');
    if (scope) qb.andWhere('r.countyCode = :scope AND (r.operatorUserId = :me OR r.operatorUserId IS NULL)', { scope, me: staff.id });
    if (cursor) qb.andWhere('r.id < :before', { before: cursor.id });
    const rows = await qb.orderBy('r.id', 'DESC').limit(limit + 1).getMany();
    const page = rows.slice(0, limit);
    return {
      items: page.map((r) => ({
        id: r.id,
        complaintId: r.complaintId,
        countyCode: r.countyCode,
        kind: r.kind,
        dueOn: r.dueOn,
        ...(r.operatorUserId ? { operatorUserId: r.operatorUserId } : {}),
        createdAt: r.createdAt.toISOString(),
      })),
      ...(rows.length > limit ? { nextCursor: encodeCursor({ id: page[page.length - 1].id }) } : {}),
    };
  }

  async remindersOf(complaintId: number): Promise<ComplaintReminder[]> {
    return this.dataSource.getRepository(ComplaintReminder).find({ where: { complaintId }, order: { id: 'ASC' } });
  }

  // ---- Figures -------------------------------------------------------------------------------

  /**
   * Cases received (submitted) between `from` and `to`, per county. "Within the deadline" counts a
   * decision taken on or before its acceptance deadline, and a resolution on or before the
   * (possibly extended) resolution deadline; cases still open and not yet due are left out of both.
   */
  async stats(staff: AuthUser, query: ComplaintStatsQuery): Promise<ComplaintStats> {
    for (const field of ['from', 'to'] as const) {
      if (!isValidDateString(query[field])) throw new AppException('COMMON.VALIDATION_FAILED', { errors: [{ field, message: '不是有效的日期' }] });
    }
    if (query.from > query.to || addDays(query.from, MAX_STATS_DAYS) < query.to) {
      throw new AppException('COMMON.VALIDATION_FAILED', { errors: [{ field: 'to', message: '结束日期应不早于开始日期，且不超过三年' }] });
    }
    const operatorCounty = staffCountyScope(staff);
    const counties = operatorCounty ? [operatorCounty] : query.countyCode ? [query.countyCode] : HEZE_COUNTIES.map((c) => c.code);
    const rows = await this.complaints.find({
      where: { countyCode: In(counties), submittedOn: Between(query.from, query.to) },
      select: ['id', 'countyCode', 'category', 'status', 'acceptanceDueOn', 'decidedOn', 'acceptedOn', 'resolutionDueOn', 'resolvedOn', 'recoveredFen'],
    });
    const today = this.today();
    const pct = (n: number, d: number) => (d ? Math.round((n / d) * 1000) / 10 : null);
    const figures = counties.map((code): ComplaintCountyFigures => {
      const mine = rows.filter((r) => r.countyCode === code);
      const byCategory = Object.fromEntries(COMPLAINT_CATEGORIES.map((c) => [c, 0])) as Record<ComplaintCategory, number>;
      for (const r of mine) byCategory[r.category] += 1;
      const decisionsDue = mine.filter((r) => r.decidedOn || (r.status === 'submitted' && r.acceptanceDueOn < today));
      const decidedInTime = decisionsDue.filter((r) => r.decidedOn && r.decidedOn <= r.acceptanceDueOn);
      const resolutionsDue = mine.filter((r) => r.acceptedOn && (r.resolvedOn || (['accepted', 'investigating'].includes(r.status) && (r.resolutionDueOn as string) < today)));
      const resolvedInTime = resolutionsDue.filter((r) => r.resolvedOn && r.resolutionDueOn && r.resolvedOn <= r.resolutionDueOn);
      return {
        countyCode: code,
        countyName: countyName(code) ?? code,
        received: mine.length,
        byCategory,
        acceptanceDecisionsDue: decisionsDue.length,
        decidedWithinDeadline: decidedInTime.length,
        acceptedWithinDeadlinePct: pct(decidedInTime.length, decisionsDue.length),
        resolutionsDue: resolutionsDue.length,
        resolvedWithinDeadline: resolvedInTime.length,
        resolvedWithinDeadlinePct: pct(resolvedInTime.length, resolutionsDue.length),
        wagesRecoveredFen: mine.reduce((sum, r) => sum + (r.recoveredFen ?? 0), 0),
      };
    });
    return { from: query.from, to: query.to, counties: figures };
  }

  // ---- Helpers -------------------------------------------------------------------------------

  roleOf(staff: AuthUser): 'operator' | 'admin' {
    return staff.roles.includes('admin') ? 'admin' : 'operator';
  }

  async addEvent(
    manager: EntityManager,
    complaintId: number,
    event: Pick<ComplaintEvent, 'actorUserId' | 'actorRole' | 'action' | 'fromStatus' | 'toStatus' | 'reason' | 'internal' | 'at'> & { data?: Record<string, unknown> },
  ): Promise<void> {
    const data = (event.data && Object.keys(event.data).length ? event.data : null) as ComplaintEvent['data'];
    await manager.getRepository(ComplaintEvent).insert({ complaintId, ...event, data });
  }

  isOverdueNow(complaint: Complaint): boolean {
    return isOverdue(complaint, this.today());
  }
}
