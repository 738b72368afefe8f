import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, FindOptionsWhere, LessThan, Repository } from 'typeorm';
import { EmployerProfile, EmployerStatus, isServedCounty, ListResponse, normalizeCreditCode, normalizeMobile, validateCreditCode } from '@lingong/shared';
import { AuditService } from '../audit/audit.service';
import { AuthUser, staffCanSee, staffCountyScope } from '../common/access';
import { AppException } from '../common/app-exception';
import { decodeCursor, encodeCursor } from '../common/pagination';
import { isUniqueViolationOf } from '../database/errors';
import { UsersService } from '../users/users.service';
import { ListEmployersQuery, UpsertEmployerDto } from './dto/employer.dto';
import { Employer } from './employer.entity';
import { toEmployerProfile } from './employer.mapper';

const CHECKSUM_REVIEW_REASON = '统一社会信用代码校验位未通过，可能是早期试点代码，已转工作人员人工核实。';

@Injectable()
export class EmployersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Employer) private readonly employers: Repository<Employer>,
    private readonly users: UsersService,
    private readonly audit: AuditService,
  ) {}

  async getMine(userId: number): Promise<EmployerProfile> {
    return toEmployerProfile(await this.requireByUser(userId));
  }

  async requireByUser(userId: number): Promise<Employer> {
    const employer = await this.employers.findOne({ where: { userId } });
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

    let creditCode: string | null = null;
    let checksumFailed = false;
    if (dto.kind === 'organisation' && !dto.creditCode?.trim()) throw new AppException('EMPLOYER.CREDIT_CODE_REQUIRED');
    if (dto.creditCode?.trim()) {
      const result = validateCreditCode(dto.creditCode);
      if (!result.ok && result.reason === 'format') {
        throw new AppException('EMPLOYER.CREDIT_CODE_INVALID', { message: result.message, errors: [{ field: 'creditCode', message: result.message }] });
      }
      creditCode = result.ok ? result.value : normalizeCreditCode(dto.creditCode);
      checksumFailed = !result.ok;
    }

    const existing = await this.employers.findOne({ where: { userId } });
    const identityChanged = !existing || existing.kind !== dto.kind || existing.name !== dto.name.trim() || existing.creditCode !== creditCode;
    let status: EmployerStatus = existing?.status ?? 'unverified';
    let statusReason = existing?.statusReason ?? null;
    if (status !== 'suspended' && identityChanged) {
      status = checksumFailed ? 'pending_review' : 'unverified';
      statusReason = checksumFailed ? CHECKSUM_REVIEW_REASON : null;
    }

    try {
      const saved = await this.dataSource.transaction(async (manager) => {
        const repo = manager.getRepository(Employer);
        const employer = existing ?? repo.create({ userId });
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
        const result = await repo.save(employer);
        await this.users.grantRole(manager, userId, 'employer');
        await this.audit.record(
          { actorUserId: userId, action: existing ? 'employer.updated' : 'employer.registered', entityType: 'employer', entityId: result.id, countyCode: result.countyCode, data: { status } },
          manager,
        );
        return result;
      });
      return { profile: toEmployerProfile(saved), created: !existing };
    } catch (error) {
      // The same account submitting twice at once: the second becomes an update of the first.
      if (!retried && isUniqueViolationOf(error, { name: 'UQ_employer_user', table: 'employer', column: 'userId' })) return this.upsertMine(userId, dto, true);
      if (isUniqueViolationOf(error, { name: 'UQ_employer_credit_code', table: 'employer', column: 'creditCode' })) throw new AppException('EMPLOYER.CREDIT_CODE_TAKEN');
      throw error;
    }
  }

  async list(staff: AuthUser, query: ListEmployersQuery): Promise<ListResponse<EmployerProfile>> {
    const scope = staffCountyScope(staff);
    const limit = query.limit ?? 20;
    const cursor = decodeCursor<{ id: number }>(query.cursor, ['id']);
    const where: FindOptionsWhere<Employer> = {};
    if (scope) where.countyCode = scope;
    else if (query.countyCode) where.countyCode = query.countyCode;
    if (query.status) where.status = query.status;
    if (cursor) where.id = LessThan(cursor.id);
    const rows = await this.employers.find({ where, order: { id: 'DESC' }, take: limit + 1 });
    const page = rows.slice(0, limit);
    return { items: page.map(toEmployerProfile), ...(rows.length > limit ? { nextCursor: encodeCursor({ id: page[page.length - 1].id }) } : {}) };
  }

  async getForStaff(staff: AuthUser, id: number): Promise<EmployerProfile> {
    return toEmployerProfile(await this.requireVisible(staff, id));
  }

  verify(staff: AuthUser, id: number, reason?: string): Promise<EmployerProfile> {
    return this.changeStatus(staff, id, 'verified', ['unverified', 'pending_review', 'suspended'], reason ?? null, 'employer.verified');
  }

  suspend(staff: AuthUser, id: number, reason: string): Promise<EmployerProfile> {
    return this.changeStatus(staff, id, 'suspended', ['unverified', 'pending_review', 'verified'], reason, 'employer.suspended');
  }

  private async requireVisible(staff: AuthUser, id: number): Promise<Employer> {
    const employer = await this.employers.findOne({ where: { id } });
    // Another county's employer is "not found" to an operator: existence is not disclosed.
    if (!employer || !staffCanSee(staff, employer.countyCode)) throw new AppException('EMPLOYER.NOT_FOUND');
    return employer;
  }

  private async changeStatus(staff: AuthUser, id: number, to: EmployerStatus, from: EmployerStatus[], reason: string | null, action: string): Promise<EmployerProfile> {
    const employer = await this.requireVisible(staff, id);
    const invalid = () =>
      new AppException('EMPLOYER.STATUS_CHANGE_INVALID', { message: to === 'verified' ? '该用工方已经是“已核实”状态。' : '该用工方已经被暂停了。' });
    if (!from.includes(employer.status)) throw invalid();
    const previous = employer.status;
    const changes = { status: to, statusReason: reason, statusChangedAt: new Date(), statusChangedBy: staff.id };
    await this.dataSource.transaction(async (manager) => {
      // Conditional on the status just read, so two operators acting at once cannot both succeed.
      const result = await manager.getRepository(Employer).update({ id, status: previous }, changes);
      if (!result.affected) throw invalid();
      await this.audit.record({ actorUserId: staff.id, action, entityType: 'employer', entityId: employer.id, countyCode: employer.countyCode, reason, data: { from: previous, to } }, manager);
    });
    return toEmployerProfile(await this.employers.findOneByOrFail({ id }));
  }
}
