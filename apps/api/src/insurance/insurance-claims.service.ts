import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { Brackets, DataSource, In, Repository } from 'typeorm';
import { Claim, ClaimStatus, ListResponse, shanghaiDate } from '@lingong/shared';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../auth/auth.decorators';
import { staffCanSee, staffCountyScope } from '../auth/county-scope';
import { AppException } from '../common/app-exception';
import { decodeCursor, encodeCursor } from '../common/pagination';
import { ClaimDecisionDto, CreateClaimDto, ListClaimsQuery } from './dto/insurance.dto';
import { InsuranceClaim } from './insurance-claim.entity';
import { InsuranceEnrollment } from './insurance-enrollment.entity';
import { InsuranceEnrollmentsService } from './insurance-enrollments.service';
import { toClaimView } from './insurance.mapper';
import { InsurerClient } from './insurer.client';

const STAFF = ['operator', 'admin'];

/** Accident reports: reported by the insured worker or the enrolling employer, then forwarded and closed by the county's operators. */
@Injectable()
export class InsuranceClaimsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(InsuranceClaim) private readonly claims: Repository<InsuranceClaim>,
    private readonly enrollments: InsuranceEnrollmentsService,
    private readonly insurer: InsurerClient,
    private readonly audit: AuditService,
  ) {}

  async report(user: AuthUser, dto: CreateClaimDto): Promise<Claim> {
    const enrollment = await this.enrollments.requireVisible(user, dto.enrollmentId, false);
    const accidentAt = new Date(dto.accidentAt);
    if (Number.isNaN(accidentAt.getTime())) throw new AppException('COMMON.VALIDATION_FAILED', { errors: [{ field: 'accidentAt', message: '出事时间格式不对' }] });
    if (!isInsideCover(enrollment, accidentAt)) {
      throw new AppException('INSURANCE.CLAIM_OUTSIDE_COVER', {
        details: { coverStart: enrollment.startDate, coverEnd: enrollment.endDate, accidentDay: shanghaiDate(accidentAt), status: enrollment.status },
      });
    }
    const saved = await this.dataSource.transaction(async (manager) => {
      const claim = await manager.getRepository(InsuranceClaim).save(
        manager.getRepository(InsuranceClaim).create({
          enrollmentId: enrollment.id,
          workerId: enrollment.workerId,
          workerUserId: enrollment.workerUserId,
          countyCode: enrollment.countyCode,
          reportedByUserId: user.id,
          accidentAt,
          place: dto.place.trim(),
          description: dto.description.trim(),
          injuries: dto.injuries.trim(),
          status: 'reported',
          statusReason: null,
          insurerClaimNo: null,
        }),
      );
      await this.audit.record({ actorUserId: user.id, action: 'insurance.claim.reported', entityType: 'insurance_claim', entityId: claim.id, countyCode: claim.countyCode }, manager);
      return claim;
    });
    return toClaimView(saved);
  }

  async list(user: AuthUser, query: ListClaimsQuery): Promise<ListResponse<Claim>> {
    const limit = query.limit ?? 50;
    const after = decodeCursor<{ id: number }>(query.cursor, ['id']);
    const qb = this.claims.createQueryBuilder('c').orderBy('c.id', 'DESC').take(limit + 1);
    if (user.roles.some((r) => STAFF.includes(r))) {
      const scope = staffCountyScope(user);
      if (scope) qb.andWhere('c.countyCode = :scope', { scope });
    } else {
      qb.andWhere(new Brackets((w) => w.where('c.workerUserId = :uid', { uid: user.id }).orWhere('c.reportedByUserId = :uid', { uid: user.id })));
    }
    if (query.status) qb.andWhere('c.status = :status', { status: query.status });
    if (after) qb.andWhere('c.id < :after', { after: after.id });
    const rows = await qb.getMany();
    const page = rows.slice(0, limit);
    return { items: page.map(toClaimView), ...(rows.length > limit ? { nextCursor: encodeCursor({ id: page[page.length - 1].id }) } : {}) };
  }

  async get(user: AuthUser, id: number): Promise<Claim> {
    return toClaimView(await this.requireVisible(user, id));
  }

  /** Sends the report to the insurer (its claim number is kept) and marks it forwarded. */
  async forward(staff: AuthUser, id: number, dto: ClaimDecisionDto): Promise<Claim> {
    const claim = await this.requireVisible(staff, id);
    if (claim.status !== 'reported') throw new AppException('INSURANCE.CLAIM_STATUS_INVALID');
    const enrollment = await this.dataSource.getRepository(InsuranceEnrollment).findOneByOrFail({ id: claim.enrollmentId });
    const claimNo = await this.insurer.submitClaim({
      reference: `${enrollment.reference}-C${claim.id}`,
      policyNo: enrollment.policyNo as string,
      accidentAt: claim.accidentAt.toISOString(),
      place: claim.place,
      description: claim.description,
      injuries: claim.injuries,
    });
    return this.transition(staff, claim, ['reported'], 'forwarded', dto.reason, { insurerClaimNo: claimNo });
  }

  async close(staff: AuthUser, id: number, dto: ClaimDecisionDto): Promise<Claim> {
    const claim = await this.requireVisible(staff, id);
    return this.transition(staff, claim, ['reported', 'forwarded'], 'closed', dto.reason);
  }

  private async transition(staff: AuthUser, claim: InsuranceClaim, from: ClaimStatus[], to: ClaimStatus, reason: string, extra: Partial<InsuranceClaim> = {}): Promise<Claim> {
    const changed = await this.dataSource.transaction(async (manager) => {
      const result = await manager.getRepository(InsuranceClaim).update({ id: claim.id, status: In(from) }, { status: to, statusReason: reason.trim(), ...extra });
      if (!result.affected) return false;
      await this.audit.record(
        { actorUserId: staff.id, action: `insurance.claim.${to}`, entityType: 'insurance_claim', entityId: claim.id, countyCode: claim.countyCode, reason: reason.trim() },
        manager,
      );
      return true;
    });
    if (!changed) throw new AppException('INSURANCE.CLAIM_STATUS_INVALID');
    return toClaimView(await this.claims.findOneByOrFail({ id: claim.id }));
  }

  private async requireVisible(user: AuthUser, id: number): Promise<InsuranceClaim> {
    const claim = await this.claims.findOne({ where: { id } });
    const own = claim && (claim.workerUserId === user.id || claim.reportedByUserId === user.id);
    const staff = claim && user.roles.some((r) => STAFF.includes(r)) && staffCanSee(user, claim.countyCode);
    if (!claim || !(own || staff)) throw new AppException('INSURANCE.CLAIM_NOT_FOUND');
    return claim;
  }
}

/** Inside cover: an issued enrollment, and the Asia/Shanghai day of the accident is one of its days, not in the future. */
export function isInsideCover(enrollment: Pick<InsuranceEnrollment, 'status' | 'startDate' | 'endDate'>, accidentAt: Date, now = new Date()): boolean {
  if (enrollment.status !== 'issued' || accidentAt.getTime() > now.getTime()) return false;
  const day = shanghaiDate(accidentAt);
  return day >= enrollment.startDate && day <= enrollment.endDate;
}
