import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  ANONYMOUS_CATEGORIES,
  COMPLAINT_ACCEPTANCE_WORKING_DAYS,
  ErrorCode,
  isServedCounty,
  isValidDateString,
  shanghaiDate,
  yuanForDocument,
} from '@lingong/shared';
import { AuthUser, canFileComplaint } from '../common/access';
import { AppException } from '../common/app-exception';
import { Clock } from '../common/clock';
import { CalendarService } from '../calendar/calendar.service';
import { COMPLAINTS_CONFIG, ComplaintsConfig } from '../config/complaints.config';
import { isUniqueViolationOf } from '../database/errors';
import { TransactionHost } from '../database/transaction';
import { EmployerFactsService } from '../employers/employer-facts.service';
import { HireFactsService } from '../hires/hire-facts.service';
import { PostingFactsService } from '../postings/posting-facts.service';
import { UserContactService } from '../users/user-contact.service';
import { ComplainantIdentity, ComplainantIdentityService } from '../workers/complainant-identity.service';
import { Complaint } from './complaint.entity';
import { ComplaintEventRepository } from './complaint-event.repository';
import { ComplaintReadingService } from './complaint-reading.service';
import { ComplaintRepository } from './complaint.repository';
import type { IntakeAttachment, IntakeResult, WageClaimFromHireInput } from './complaints.types';
import { CreateComplaintDto } from './dto/complaint.dto';

type Intake = CreateComplaintDto & { source: Complaint['source'] };

interface Respondent {
  employerId: number | null;
  name: string;
  address: string | null;
  personInCharge: string | null;
  countyCode: string;
}

/** How a resubmission by mistake is recognised: the same content, in the same window slot. */
interface Dedupe {
  hash: string;
  slot: number;
  windowMs: number;
}

const HIRE_TAKEN = () => new AppException('COMMON.VALIDATION_FAILED', { errors: [{ field: 'hireId', message: '这条用工记录已经有人投诉过了' }] });

function fieldError(code: ErrorCode, field: string, message?: string): AppException {
  return new AppException(code, { ...(message ? { message } : {}), errors: [{ field, message: message ?? '请填写' }] });
}

/** Whitespace, punctuation and width differences do not make a resubmission a different complaint. */
function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '');
}

/**
 * A complaint's intake: who may file what (a wage claim is the named worker's own), the respondent and
 * the county the case belongs to, links to the complainant's own hiring record, duplicates, and the
 * acceptance deadline on the county's working-day calendar.
 */
@Injectable()
export class ComplaintIntakeService {
  constructor(
    private readonly complaints: ComplaintRepository,
    private readonly events: ComplaintEventRepository,
    private readonly reading: ComplaintReadingService,
    private readonly tx: TransactionHost,
    private readonly calendar: CalendarService,
    private readonly complainants: ComplainantIdentityService,
    private readonly contacts: UserContactService,
    private readonly employers: EmployerFactsService,
    private readonly hires: HireFactsService,
    private readonly postings: PostingFactsService,
    @Inject(COMPLAINTS_CONFIG) private readonly config: ComplaintsConfig,
    private readonly clock: Clock,
  ) {}

  /** Files a complaint; the same one sent again within the duplicate window answers the existing case. */
  async create(user: AuthUser, dto: CreateComplaintDto, attach?: IntakeAttachment): Promise<IntakeResult> {
    if (!canFileComplaint(user)) throw new AppException('AUTH.FORBIDDEN');
    return this.intake(user.id, { ...dto, source: 'app' }, attach);
  }

  /**
   * For the hiring module: a worker's "not paid" report on a hiring record opens a wage claim with the
   * respondent, amount and dates filled in. Idempotent per hire: a second report answers the same case.
   */
  async wageClaimIdOfHire(hireId: number, userId: number): Promise<number | undefined> {
    const claim = await this.complaints.findByHire(hireId);
    return claim && claim.complainantUserId === userId ? claim.id : undefined;
  }

  async openWageClaimFromHire(input: WageClaimFromHireInput): Promise<IntakeResult> {
    const existing = await this.complaints.findByHire(input.hireId);
    // Never hand one person's case to another, whoever linked the hire first.
    if (existing && existing.complainantUserId !== input.workerUserId) throw HIRE_TAKEN();
    if (existing) return this.answerExisting(existing);
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

  private async intake(userId: number, dto: Intake, attach?: IntakeAttachment): Promise<IntakeResult> {
    const now = this.clock.now();
    const today = shanghaiDate(now);
    const complainant = await this.complainants.of(userId);
    this.checkCategory(dto, complainant.realName);
    this.checkPeriod(dto, today);
    const respondent = await this.resolveRespondent(dto);
    await this.checkLinks(dto, complainant.workerId);

    const forHire = dto.hireId ? await this.complaints.findByHire(dto.hireId) : null;
    if (forHire && forHire.complainantUserId === userId) return this.answerExisting(forHire);
    if (forHire) throw HIRE_TAKEN();

    const dedupe = this.dedupeOf(dto, respondent, now);
    const recent = dedupe.windowMs > 0 ? await this.complaints.findRecentDuplicate(userId, dedupe.hash, new Date(now.getTime() - dedupe.windowMs)) : null;
    if (recent) return this.answerExisting(recent);

    const acceptanceDueOn = await this.calendar.addWorkingDays(respondent.countyCode, today, COMPLAINT_ACCEPTANCE_WORKING_DAYS);
    const fields = this.newCase(userId, dto, complainant, await this.contacts.phoneOf(userId), respondent, dedupe, { now, today, acceptanceDueOn });
    try {
      const saved = await this.tx.run(async () => {
        const complaint = await this.complaints.add(fields);
        await this.events.record(complaint.id, {
          actorUserId: userId,
          actorRole: 'complainant',
          action: 'submit',
          fromStatus: null,
          toStatus: 'submitted',
          reason: null,
          internal: false,
          at: now,
        });
        if (attach) await attach(complaint, now);
        return complaint;
      });
      return { complaint: await this.reading.detail(saved, 'complainant'), created: true };
    } catch (error) {
      const twin = await this.twinOf(error, userId, dto, dedupe);
      if (twin) return this.answerExisting(twin);
      throw error;
    }
  }

  private async answerExisting(complaint: Complaint): Promise<IntakeResult> {
    return { complaint: await this.reading.detail(complaint, 'complainant'), created: false };
  }

  private checkCategory(dto: Intake, realName: string | null): void {
    const anonymous = dto.anonymous ?? false;
    if (dto.category === 'wage_arrears') {
      // 保障农民工工资支付条例: a wage claim is the named worker's own; an anonymous tip cannot be paid out.
      if (anonymous || !realName) throw new AppException('COMPLAINT.NAMED_COMPLAINANT_REQUIRED');
      if (!dto.amountFen) throw fieldError('COMPLAINT.WAGE_DETAILS_REQUIRED', 'amountFen');
      if (!dto.periodFrom) throw fieldError('COMPLAINT.WAGE_DETAILS_REQUIRED', 'periodFrom');
      if (!dto.periodTo) throw fieldError('COMPLAINT.WAGE_DETAILS_REQUIRED', 'periodTo');
    } else if (anonymous && !ANONYMOUS_CATEGORIES.includes(dto.category)) {
      throw new AppException('COMPLAINT.ANONYMOUS_NOT_ALLOWED');
    }
  }

  private checkPeriod(dto: Intake, today: string): void {
    for (const field of ['periodFrom', 'periodTo'] as const) {
      const value = dto[field];
      if (value && (!isValidDateString(value) || value > today)) throw fieldError('COMPLAINT.PERIOD_INVALID', field);
    }
    if (dto.periodFrom && dto.periodTo && dto.periodFrom > dto.periodTo) throw fieldError('COMPLAINT.PERIOD_INVALID', 'periodTo');
  }

  /** The case belongs to the respondent employer's county when it is on the platform, else the place of work. */
  private async resolveRespondent(dto: Intake): Promise<Respondent> {
    const given = dto.respondent ?? {};
    const address = given.address?.trim() || null;
    const personInCharge = given.personInCharge?.trim() || null;
    if (given.employerId) {
      const employer = await this.employers.asRespondent(given.employerId);
      if (!employer) throw new AppException('COMPLAINT.RESPONDENT_NOT_FOUND', { errors: [{ field: 'respondent.employerId', message: '没有找到这个用工方' }] });
      return {
        employerId: employer.id,
        name: employer.name,
        address: address ?? employer.address,
        personInCharge: personInCharge ?? employer.contactName,
        countyCode: employer.countyCode,
      };
    }
    const name = given.name?.trim();
    if (!name) throw new AppException('COMPLAINT.RESPONDENT_REQUIRED', { errors: [{ field: 'respondent.name', message: '请填写被投诉方的名称' }] });
    if (!dto.countyCode) throw new AppException('COMPLAINT.COUNTY_REQUIRED', { errors: [{ field: 'countyCode', message: '请选择县（区）' }] });
    if (!isServedCounty(dto.countyCode))
      throw new AppException('COMPLAINT.COUNTY_NOT_SERVED', { errors: [{ field: 'countyCode', message: '不在服务范围内' }] });
    return { employerId: null, name, address, personInCharge, countyCode: dto.countyCode };
  }

  /** A complaint may only link the complainant's own hiring record, and a posting that exists. */
  private async checkLinks(dto: Intake, workerId: number | null): Promise<void> {
    if (dto.hireId) {
      const hiredWorker = await this.hires.workerOf(dto.hireId);
      if (hiredWorker === null || workerId === null || hiredWorker !== workerId) throw fieldError('COMPLAINT.HIRE_NOT_FOUND', 'hireId');
    }
    if (dto.postingId && !(await this.postings.exists(dto.postingId))) throw fieldError('COMPLAINT.POSTING_NOT_FOUND', 'postingId');
  }

  private dedupeOf(dto: Intake, respondent: Respondent, now: Date): Dedupe {
    const respondentKey = respondent.employerId ? `e:${respondent.employerId}` : `n:${normaliseText(respondent.name)}`;
    const hash = createHash('sha256')
      .update(JSON.stringify([dto.category, respondentKey, normaliseText(dto.facts)]))
      .digest('hex');
    const windowMs = this.config.duplicateWindowMinutes * 60000;
    // Within one slot the unique index stops a double tap that raced past the look-up of recent ones.
    const slot = windowMs > 0 ? Math.floor(now.getTime() / windowMs) : -Math.floor(Math.random() * 2 ** 31);
    return { hash, slot, windowMs };
  }

  /** The case a lost race was about: the same submission in the same slot, or the complainant's case for the hire. */
  private async twinOf(error: unknown, userId: number, dto: Intake, dedupe: Dedupe): Promise<Complaint | null> {
    if (isUniqueViolationOf(error, { name: 'UQ_complaint_dedupe', table: 'complaint', column: 'complainantUserId' })) {
      return this.complaints.getTwin(userId, dedupe.hash, dedupe.slot);
    }
    if (dto.hireId && isUniqueViolationOf(error, { name: 'UQ_complaint_hire', table: 'complaint', column: 'hireId' })) {
      const twin = await this.complaints.findByHire(dto.hireId);
      if (twin && twin.complainantUserId === userId) return twin;
    }
    return null;
  }

  private newCase(
    userId: number,
    dto: Intake,
    complainant: ComplainantIdentity,
    accountPhone: string | null,
    respondent: Respondent,
    dedupe: Dedupe,
    when: { now: Date; today: string; acceptanceDueOn: string },
  ): Omit<Complaint, 'id'> {
    const anonymous = dto.anonymous ?? false;
    return {
      complainantUserId: userId,
      anonymous,
      complainantName: anonymous ? null : complainant.realName,
      complainantPhone: anonymous ? null : (complainant.phone ?? accountPhone ?? null),
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
      submittedOn: when.today,
      acceptanceDueOn: when.acceptanceDueOn,
      decidedOn: null,
      acceptedOn: null,
      resolutionDueOn: null,
      extended: false,
      resolvedOn: null,
      nextDueOn: when.acceptanceDueOn,
      overdue: false,
      referredTo: null,
      recoveredFen: null,
      assignedOperatorId: null,
      source: dto.source,
      dedupeHash: dedupe.hash,
      dedupeSlot: dedupe.slot,
      createdAt: when.now,
      updatedAt: when.now,
    };
  }
}
