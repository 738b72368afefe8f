import { Injectable } from '@nestjs/common';
import { EmployerProfile, EmployerStatus, isServedCounty, ListResponse, normalizeCreditCode, normalizeMobile, validateCreditCode } from '@lingong/shared';
import { AuditService } from '../audit/audit.service';
import { AuthUser, canReviewEmployer, staffCountyScope } from '../common/access';
import { AppException } from '../common/app-exception';
import { decodeCursor, pageById, pageSize } from '../common/pagination';
import { isUniqueViolationOf } from '../database/errors';
import { TransactionHost } from '../database/transaction';
import { NotificationsService } from '../notifications/notifications.service';
import { UsersService } from '../users/users.service';
import { ListEmployersQuery, UpsertEmployerDto } from './dto/employer.dto';
import { Employer } from './employer.entity';
import { toEmployerProfile } from './employer.mapper';
import { EmployerRepository } from './employer.repository';
import { AgreementEmployer, EmployerFacts } from './employers.types';

function toFacts(e: Employer): EmployerFacts {
  return { id: e.id, userId: e.userId, name: e.name, countyCode: e.countyCode, status: e.status };
}

const CHECKSUM_REVIEW_REASON = '统一社会信用代码校验位未通过，可能是早期试点代码，已转工作人员人工核实。';

@Injectable()
export class EmployersService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly employers: EmployerRepository,
    private readonly users: UsersService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  async getMine(userId: number): Promise<EmployerProfile> {
    return toEmployerProfile(await this.requireByUser(userId));
  }

  private async requireByUser(userId: number): Promise<Employer> {
    const employer = await this.employers.findByUser(userId);
    if (!employer) throw new AppException('EMPLOYER.NOT_REGISTERED');
    return employer;
  }

  /**
   * Registers or updates the caller as an employer. A credit code that fails only its checksum goes to
   * operator review (some early pilot codes are lawful); changing who the employer is (kind, name or
   * code) after verification needs verification again; a suspension is never lifted by an edit.
   */
  async upsertMine(userId: number, dto: UpsertEmployerDto, retried = false): Promise<{ profile: EmployerProfile; created: boolean }> {
    const phone = normalizeMobile(dto.phone);
    if (!phone) throw new AppException('EMPLOYER.PHONE_INVALID', { errors: [{ field: 'phone', message: '请填写11位手机号' }] });
    if (!isServedCounty(dto.countyCode)) throw new AppException('EMPLOYER.COUNTY_NOT_SERVED', { errors: [{ field: 'countyCode', message: '不在服务范围内' }] });

    const { creditCode, checksumFailed } = this.checkCreditCode(dto);

    const existing = await this.employers.findByUser(userId);
    const identityChanged = !existing || existing.kind !== dto.kind || existing.name !== dto.name.trim() || existing.creditCode !== creditCode;
    let status: EmployerStatus = existing?.status ?? 'unverified';
    let statusReason = existing?.statusReason ?? null;
    if (status !== 'suspended' && identityChanged) {
      status = checksumFailed ? 'pending_review' : 'unverified';
      statusReason = checksumFailed ? CHECKSUM_REVIEW_REASON : null;
    }

    try {
      const saved = await this.tx.run(async () => {
        const employer = existing ?? this.employers.newEmployer(userId);
        const statusChanged = employer.status !== status;
        Object.assign(employer, {
          kind: dto.kind,
          name: dto.name.trim(),
          creditCode,
          contactName: dto.contactName.trim(),
          phone,
          address: dto.address.trim(),
          countyCode: dto.countyCode,
          status,
          statusReason,
          ...(statusChanged ? { statusChangedAt: new Date(), statusChangedBy: userId } : {}),
        });
        const result = await this.employers.save(employer);
        await this.users.grantRole(userId, 'employer');
        await this.audit.record({
          actorUserId: userId,
          action: existing ? 'employer.updated' : 'employer.registered',
          entityType: 'employer',
          entityId: result.id,
          countyCode: result.countyCode,
          data: { status },
        });
        return result;
      });
      return { profile: toEmployerProfile(saved), created: !existing };
    } catch (error) {
      // The same account submitting twice at once: the second becomes an update of the first.
      if (!retried && isUniqueViolationOf(error, { name: 'UQ_employer_user', table: 'employer', column: 'userId' })) return this.upsertMine(userId, dto, true);
      if (isUniqueViolationOf(error, { name: 'UQ_employer_credit_code', table: 'employer', column: 'creditCode' }))
        throw new AppException('EMPLOYER.CREDIT_CODE_TAKEN');
      throw error;
    }
  }

  /** The normalised credit code; a format error is refused, a failed checksum only noted (it goes to review). */
  private checkCreditCode(dto: UpsertEmployerDto): { creditCode: string | null; checksumFailed: boolean } {
    if (dto.kind === 'organisation' && !dto.creditCode?.trim()) throw new AppException('EMPLOYER.CREDIT_CODE_REQUIRED');
    if (!dto.creditCode?.trim()) return { creditCode: null, checksumFailed: false };
    const result = validateCreditCode(dto.creditCode);
    if (!result.ok && result.reason === 'format') {
      throw new AppException('EMPLOYER.CREDIT_CODE_INVALID', { message: result.message, errors: [{ field: 'creditCode', message: result.message }] });
    }
    return { creditCode: result.ok ? result.value : normalizeCreditCode(dto.creditCode), checksumFailed: !result.ok };
  }

  async list(staff: AuthUser, query: ListEmployersQuery): Promise<ListResponse<EmployerProfile>> {
    const scope = staffCountyScope(staff);
    const limit = pageSize(query);
    const cursor = decodeCursor<{ id: number }>(query.cursor, ['id']);
    const rows = await this.employers.findPage({ countyCode: scope ?? query.countyCode, status: query.status, q: query.q, beforeId: cursor?.id }, limit);
    const page = pageById(rows, limit);
    return { items: page.rows.map(toEmployerProfile), ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) };
  }

  async getForStaff(staff: AuthUser, id: number): Promise<EmployerProfile> {
    return toEmployerProfile(await this.requireVisible(staff, id));
  }

  verify(staff: AuthUser, id: number, reason?: string): Promise<EmployerProfile> {
    return this.changeStatus(staff, id, 'verified', ['unverified', 'pending_review', 'suspended'], reason ?? null, 'employer.verified');
  }

  /** Lifts a suspension; the reason is shown to the employer like a suspension's. */
  reinstate(staff: AuthUser, id: number, reason: string): Promise<EmployerProfile> {
    return this.changeStatus(staff, id, 'verified', ['suspended'], reason, 'employer.reinstated');
  }

  suspend(staff: AuthUser, id: number, reason: string): Promise<EmployerProfile> {
    return this.changeStatus(staff, id, 'suspended', ['unverified', 'pending_review', 'verified'], reason, 'employer.suspended');
  }

  private async requireVisible(staff: AuthUser, id: number): Promise<Employer> {
    const employer = await this.employers.findById(id);
    // Another county's employer is "not found" to an operator: existence is not disclosed.
    if (!employer || !canReviewEmployer(staff, employer)) throw new AppException('EMPLOYER.NOT_FOUND');
    return employer;
  }

  private async changeStatus(
    staff: AuthUser,
    id: number,
    to: EmployerStatus,
    from: EmployerStatus[],
    reason: string | null,
    action: string,
  ): Promise<EmployerProfile> {
    const employer = await this.requireVisible(staff, id);
    const invalid = () =>
      new AppException('EMPLOYER.STATUS_CHANGE_INVALID', {
        message:
          action === 'employer.reinstated' ? '该用工方没有被暂停，不需要恢复。' : to === 'verified' ? '该用工方已经是“已核实”状态。' : '该用工方已经被暂停了。',
      });
    if (!from.includes(employer.status)) throw invalid();
    const previous = employer.status;
    const changes = { status: to, statusReason: reason, statusChangedAt: new Date(), statusChangedBy: staff.id };
    await this.tx.run(async () => {
      // Conditional on the status just read, so two operators acting at once cannot both succeed.
      if (!(await this.employers.changeStatusIf(id, previous, changes))) throw invalid();
      await this.audit.record({
        actorUserId: staff.id,
        action,
        entityType: 'employer',
        entityId: employer.id,
        countyCode: employer.countyCode,
        reason,
        data: { from: previous, to },
      });
      // The employer hears the outcome (subscribe message); their registration page shows status and reason.
      await this.notifications.record({ userId: employer.userId, event: 'employer.reviewed', payload: { name: employer.name, status: to, reason } });
    });
    return toEmployerProfile((await this.employers.findById(id)) as Employer);
  }

  // ---- Read by other modules (plain read models) ------------------------------------------------

  /** The caller's employer, or EMPLOYER.NOT_REGISTERED. */
  async requireFactsByUser(userId: number): Promise<EmployerFacts> {
    return toFacts(await this.requireByUser(userId));
  }

  async findFacts(id: number): Promise<EmployerFacts | undefined> {
    const employer = await this.employers.findById(id);
    return employer ? toFacts(employer) : undefined;
  }

  /** The employer id of a user, or undefined when they registered none. */
  async idOfUser(userId: number): Promise<number | undefined> {
    return (await this.employers.findByUser(userId))?.id;
  }

  exists(id: number): Promise<boolean> {
    return this.employers.existsById(id);
  }

  /** Employers' names by id (unknown ids are absent). */
  namesOf(ids: number[]): Promise<Map<number, string>> {
    return this.employers.findNames([...new Set(ids)]);
  }

  /** The ids of suspended employers: their postings leave the feed. */
  suspendedIds(): Promise<number[]> {
    return this.employers.findSuspendedIds();
  }

  /** The employer as the labour agreement names it. */
  async agreementParty(id: number): Promise<AgreementEmployer> {
    const employer = await this.employers.findById(id);
    if (!employer) throw new Error(`employer ${id} not found`);
    return { name: employer.name, contactName: employer.contactName, creditCode: employer.creditCode };
  }
}
