import { randomBytes } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { Brackets, DataSource, In, IsNull, LessThan, Repository } from 'typeorm';
import {
  addDays,
  DaySplit,
  daysBetween,
  Enrollment,
  EnrollmentDetail,
  findTrade,
  isValidDateString,
  ListResponse,
  MAX_ENROLLMENT_DAYS,
  MAX_ENROLLMENT_LEAD_DAYS,
  occupationClassOf,
  shanghaiDate,
  splitDayPremium,
} from '@lingong/shared';
import { AuditService } from '../audit/audit.service';
import { AuthUser, staffCanSee, staffCountyScope } from '../common/access';
import { AppException } from '../common/app-exception';
import { decodeCursor, encodeCursor } from '../common/pagination';
import { isUniqueViolation } from '../database/errors';
import { Employer } from '../employers/employer.entity';
import { PiiService } from '../pii/pii.service';
import { Worker } from '../workers/worker.entity';
import { CreateEnrollmentDto, ListEnrollmentsQuery } from './dto/insurance.dto';
import { InsuranceCoverageDay } from './insurance-coverage-day.entity';
import { InsuranceEnrollment } from './insurance-enrollment.entity';
import { InsuranceProduct } from './insurance-product.entity';
import { InsuranceSettledDay } from './insurance-settled-day.entity';
import { ineligibleReason, InsuranceProductsService } from './insurance-products.service';
import { InsuranceSubsidyRule } from './insurance-subsidy-rule.entity';
import { toEnrollmentView, toSettledDayView } from './insurance.mapper';
import { InsurerClient } from './insurer.client';
import type { InsurerPolicyRequest } from './insurer-protocol';
import { HireForEnrollment, SUBSIDY_EVIDENCE, SubsidyEvidence } from './subsidy-evidence';

const STAFF = ['operator', 'admin'];

/**
 * InnoDB may answer two transactions inserting neighbouring keys of the same unique index with a
 * deadlock instead of a duplicate-key error; the loser is rolled back whole and can simply run again.
 */
async function retryOnDeadlock<T>(work: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work();
    } catch (error) {
      const e = error as { code?: string; errno?: number; driverError?: { code?: string; errno?: number } };
      const deadlock = (e?.driverError?.errno ?? e?.errno) === 1213 || (e?.driverError?.code ?? e?.code) === 'ER_LOCK_DEADLOCK';
      if (!deadlock || attempt >= attempts) throw error;
    }
  }
}

export interface SettleResult {
  enrollments: number;
  days: number;
}

export interface ReconcileResult {
  checked: number;
  issued: number;
  failed: number;
  stillPending: number;
}

/**
 * Enrollment: the rules (dates, age, occupation class, overlapping cover, idempotency), the premium
 * split, and the conversation with the insurer. An enrollment is issued only with a policy number the
 * insurer gave; anything else leaves it pending for the reconciliation job.
 */
type SplitRule = Pick<InsuranceSubsidyRule, 'id' | 'condition' | 'workerShareBp' | 'employerShareBp' | 'governmentShareBp'>;

/**
 * Day by day, the first rule (in the order given) whose condition holds decides the shares; with no
 * rule the worker pays. An employer's share falls to the worker when no employer enrolled.
 */
export function splitPremiumByDay(input: { priceFen: number; days: string[]; rules: SplitRule[]; checkinDays: Set<string>; hireDays: Set<string>; employerPays: boolean }): DaySplit[] {
  const { priceFen, rules, checkinDays, hireDays, employerPays } = input;
  const holds = (rule: SplitRule, day: string): boolean => {
    switch (rule.condition) {
      case 'always':
        return true;
      case 'checked_in_that_day':
        return checkinDays.has(day);
      case 'hired_that_day':
        return hireDays.has(day);
      case 'checked_in_or_hired':
        return checkinDays.has(day) || hireDays.has(day);
    }
  };
  return input.days.map((day) => {
    const rule = rules.find((r) => holds(r, day));
    if (!rule) return { day, workerFen: priceFen, employerFen: 0, governmentFen: 0 };
    const split = splitDayPremium(priceFen, rule);
    const employerFen = employerPays ? split.employerFen : 0;
    return { day, ruleId: rule.id, workerFen: split.workerFen + split.employerFen - employerFen, employerFen, governmentFen: split.governmentFen };
  });
}

@Injectable()
export class InsuranceEnrollmentsService {
  private readonly logger = new Logger(InsuranceEnrollmentsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(InsuranceEnrollment) private readonly enrollments: Repository<InsuranceEnrollment>,
    @InjectRepository(Worker) private readonly workers: Repository<Worker>,
    @InjectRepository(Employer) private readonly employers: Repository<Employer>,
    @Inject(SUBSIDY_EVIDENCE) private readonly evidence: SubsidyEvidence,
    private readonly products: InsuranceProductsService,
    private readonly insurer: InsurerClient,
    private readonly pii: PiiService,
    private readonly audit: AuditService,
  ) {}

  async create(user: AuthUser, dto: CreateEnrollmentDto): Promise<{ enrollment: Enrollment; created: boolean }> {
    const repeated = await this.findByKey(user.id, dto.idempotencyKey);
    if (repeated) return { enrollment: toEnrollmentView(repeated), created: false };

    const product = await this.products.requireProduct(dto.productId);
    if (!product.active) throw new AppException('INSURANCE.PRODUCT_INACTIVE');
    const days = this.checkDates(dto.startDate, dto.endDate);

    let worker: Worker;
    let hire: HireForEnrollment | null = null;
    let employer: Employer | null = null;
    if (dto.hireId !== undefined) {
      if (!user.roles.includes('employer')) throw new AppException('AUTH.FORBIDDEN');
      employer = await this.employers.findOne({ where: { userId: user.id } });
      if (!employer) throw new AppException('EMPLOYER.NOT_REGISTERED');
      if (employer.status === 'suspended') throw new AppException('EMPLOYER.SUSPENDED');
      hire = await this.evidence.hireForEnrollment(dto.hireId);
      if (!hire || hire.employerUserId !== user.id) throw new AppException('INSURANCE.HIRE_NOT_FOUND');
      const hired = new Set(hire.days);
      const notHired = days.filter((d) => !hired.has(d));
      if (notHired.length) throw new AppException('INSURANCE.DAYS_NOT_HIRED', { details: { days: notHired } });
      const hiredWorker = await this.workers.findOne({ where: { id: hire.workerId, anonymisedAt: IsNull() } });
      if (!hiredWorker) throw new AppException('INSURANCE.HIRE_NOT_FOUND');
      worker = hiredWorker;
    } else {
      if (!user.roles.includes('worker')) throw new AppException('AUTH.FORBIDDEN', { message: '只有零工本人可以给自己投保；用工方请从用工记录为雇用的零工投保。' });
      const own = await this.workers.findOne({ where: { userId: user.id, anonymisedAt: IsNull() } });
      if (!own) throw new AppException('WORKER.NOT_REGISTERED');
      worker = own;
    }

    const occupationClass = hire?.tradeCode && findTrade(hire.tradeCode) ? occupationClassOf([hire.tradeCode]) : occupationClassOf(worker.trades);
    const reason = ineligibleReason(product, occupationClass, worker.birthDate, dto.startDate, dto.endDate);
    if (reason) {
      const code = occupationClass === 0 || !product.occupationClasses.includes(occupationClass) ? 'INSURANCE.OCCUPATION_NOT_COVERED' : 'INSURANCE.AGE_NOT_COVERED';
      throw new AppException(code, { message: reason });
    }

    const dailySplit = await this.splitPremium(product, worker, days, employer !== null);
    const sum = (key: keyof Omit<DaySplit, 'day' | 'ruleId'>) => dailySplit.reduce((total, d) => total + d[key], 0);
    const fields: Partial<InsuranceEnrollment> = {
      reference: `LG${dto.startDate.replace(/-/g, '')}${randomBytes(6).toString('hex').toUpperCase()}`,
      productId: product.id,
      productSnapshot: { insurer: product.insurer, insurerHotline: product.insurerHotline, planCode: product.planCode, name: product.name, pricePerDayFen: product.pricePerDayFen, cover: product.cover },
      workerId: worker.id,
      workerUserId: worker.userId,
      countyCode: worker.countyCode,
      requestedByUserId: user.id,
      idempotencyKey: dto.idempotencyKey,
      employerId: employer?.id ?? null,
      hireId: hire?.hireId ?? null,
      startDate: dto.startDate,
      endDate: dto.endDate,
      days: days.length,
      occupationClass,
      premiumFen: product.pricePerDayFen * days.length,
      workerShareFen: sum('workerFen'),
      employerShareFen: sum('employerFen'),
      governmentShareFen: sum('governmentFen'),
      dailySplit,
      status: 'pending',
      policyNo: null,
      failureReason: null,
      submitAttempts: 0,
      lastSubmittedAt: null,
      issuedAt: null,
      cancelledAt: null,
    };

    let saved: InsuranceEnrollment;
    try {
      saved = await retryOnDeadlock(() => this.dataSource.transaction(async (manager) => {
        // The enrollment first: a concurrent duplicate then waits on the idempotency index and loses there.
        const enrollment = await manager.getRepository(InsuranceEnrollment).save(manager.getRepository(InsuranceEnrollment).create(fields));
        await manager.getRepository(InsuranceCoverageDay).insert(days.map((day) => ({ workerId: worker.id, day, enrollmentId: enrollment.id })));
        await this.audit.record(
          { actorUserId: user.id, action: 'insurance.enrollment.created', entityType: 'insurance_enrollment', entityId: enrollment.id, countyCode: worker.countyCode },
          manager,
        );
        return enrollment;
      }));
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const first = await this.findByKey(user.id, dto.idempotencyKey);
      if (first) return { enrollment: toEnrollmentView(first), created: false };
      const covered = await this.dataSource.getRepository(InsuranceCoverageDay).find({ where: { workerId: worker.id, day: In(days) }, order: { day: 'ASC' } });
      throw new AppException('INSURANCE.DAYS_ALREADY_COVERED', { details: { days: covered.map((c) => c.day) } });
    }

    return { enrollment: toEnrollmentView(await this.submit(saved, user.id)), created: true };
  }

  async list(user: AuthUser, query: ListEnrollmentsQuery): Promise<ListResponse<Enrollment>> {
    const limit = query.limit ?? 50;
    const after = decodeCursor<{ id: number }>(query.cursor, ['id']);
    const qb = this.enrollments.createQueryBuilder('e').orderBy('e.id', 'DESC').take(limit + 1);
    if (user.roles.some((r) => STAFF.includes(r))) {
      const scope = staffCountyScope(user);
      if (scope) qb.andWhere('e.countyCode = :scope', { scope });
    } else {
      qb.andWhere(new Brackets((w) => w.where('e.workerUserId = :uid', { uid: user.id }).orWhere('e.requestedByUserId = :uid', { uid: user.id })));
    }
    if (query.status) qb.andWhere('e.status = :status', { status: query.status });
    if (after) qb.andWhere('e.id < :after', { after: after.id });
    const rows = await qb.getMany();
    const page = rows.slice(0, limit);
    return { items: page.map(toEnrollmentView), ...(rows.length > limit ? { nextCursor: encodeCursor({ id: page[page.length - 1].id }) } : {}) };
  }

  async get(user: AuthUser, id: number): Promise<EnrollmentDetail> {
    const enrollment = await this.requireVisible(user, id);
    const view: EnrollmentDetail = toEnrollmentView(enrollment);
    if (view.settlement) {
      const days = await this.dataSource.getRepository(InsuranceSettledDay).find({ where: { enrollmentId: id }, order: { day: 'ASC' } });
      view.settlement.days = days.map(toSettledDayView);
    }
    if (enrollment.status === 'issued') view.certificate = await this.certificateOf(enrollment);
    return view;
  }

  async certificate(user: AuthUser, id: number) {
    const enrollment = await this.requireVisible(user, id);
    if (enrollment.status === 'cancelled') throw new AppException('INSURANCE.CERTIFICATE_NOT_READY', { message: '这份保险已经退保，没有电子保单。' });
    if (enrollment.status === 'failed') throw new AppException('INSURANCE.CERTIFICATE_NOT_READY', { message: '保险公司没有承保这份投保，没有电子保单。' });
    if (enrollment.status !== 'issued') throw new AppException('INSURANCE.CERTIFICATE_NOT_READY');
    return this.certificateOf(enrollment);
  }

  /** The worker or the employer who enrolled, before cover starts; the insurer cancels first. */
  async cancel(user: AuthUser, id: number): Promise<Enrollment> {
    const enrollment = await this.requireVisible(user, id, false);
    if (!['pending', 'issued'].includes(enrollment.status) || enrollment.startDate <= shanghaiDate()) throw new AppException('INSURANCE.CANCEL_NOT_ALLOWED');
    await this.insurer.cancelPolicy(enrollment.reference);
    const now = new Date();
    const changed = await this.dataSource.transaction(async (manager) => {
      const result = await manager.getRepository(InsuranceEnrollment).update({ id, status: In(['pending', 'issued']) }, { status: 'cancelled', cancelledAt: now });
      if (!result.affected) return false;
      await manager.getRepository(InsuranceCoverageDay).delete({ enrollmentId: id });
      await this.audit.record({ actorUserId: user.id, action: 'insurance.enrollment.cancelled', entityType: 'insurance_enrollment', entityId: id, countyCode: enrollment.countyCode }, manager);
      return true;
    });
    if (!changed) throw new AppException('INSURANCE.CANCEL_NOT_ALLOWED');
    return toEnrollmentView(await this.enrollments.findOneByOrFail({ id }));
  }

  /**
   * The scheduled job's work: sends pending enrollments again with their own reference (the
   * insurer answers a reference it has seen with the policy it issued, so nothing is bought twice).
   */
  async reconcilePending(options: { minAgeMs?: number; limit?: number } = {}): Promise<ReconcileResult> {
    const before = new Date(Date.now() - (options.minAgeMs ?? 60000));
    const pending = await this.enrollments.find({
      where: [
        { status: 'pending', lastSubmittedAt: LessThan(before) },
        { status: 'pending', lastSubmittedAt: IsNull() },
      ],
      order: { id: 'ASC' },
      take: options.limit ?? 100,
    });
    const result: ReconcileResult = { checked: pending.length, issued: 0, failed: 0, stillPending: 0 };
    for (const enrollment of pending) {
      const after = await this.submit(enrollment, null);
      if (after.status === 'issued') result.issued += 1;
      else if (after.status === 'failed') result.failed += 1;
      else result.stillPending += 1;
    }
    if (pending.length) this.logger.log(`reconciled ${pending.length} pending enrollment(s): ${JSON.stringify(result)}`);
    return result;
  }

  async requireVisible(user: AuthUser, id: number, staffMaySee = true): Promise<InsuranceEnrollment> {
    const enrollment = await this.enrollments.findOne({ where: { id } });
    const own = enrollment && (enrollment.workerUserId === user.id || enrollment.requestedByUserId === user.id);
    const staff = enrollment && staffMaySee && user.roles.some((r) => STAFF.includes(r)) && staffCanSee(user, enrollment.countyCode);
    if (!enrollment || !(own || staff)) throw new AppException('INSURANCE.ENROLLMENT_NOT_FOUND');
    return enrollment;
  }

  private async findByKey(userId: number, key: string): Promise<InsuranceEnrollment | null> {
    return this.enrollments.findOne({ where: { requestedByUserId: userId, idempotencyKey: key } });
  }

  /** Cover starts at 0:00 (Asia/Shanghai) the day after the enrollment at the earliest. */
  private checkDates(startDate: string, endDate: string): string[] {
    if (!isValidDateString(startDate) || !isValidDateString(endDate) || endDate < startDate) throw new AppException('INSURANCE.DATES_INVALID');
    const today = shanghaiDate();
    if (startDate <= today) throw new AppException('INSURANCE.DATE_IN_PAST');
    if (startDate > addDays(today, MAX_ENROLLMENT_LEAD_DAYS)) throw new AppException('INSURANCE.TOO_FAR_AHEAD');
    const days = daysBetween(startDate, endDate);
    if (days.length > MAX_ENROLLMENT_DAYS) throw new AppException('INSURANCE.TOO_MANY_DAYS');
    return days;
  }

  /**
   * The quote at purchase. Every covered day is in the future, so a check-in condition cannot hold
   * yet: only hiring records (known ahead) count. Check-ins count when the day is settled.
   */
  private async splitPremium(product: InsuranceProduct, worker: Worker, days: string[], employerPays: boolean): Promise<DaySplit[]> {
    const rules = await this.products.rulesFor(worker.countyCode, product.id);
    const needsHires = rules.some((r) => r.condition === 'hired_that_day' || r.condition === 'checked_in_or_hired');
    const hireDays = needsHires ? await this.evidence.daysWithHire(worker.id, days) : new Set<string>();
    return splitPremiumByDay({ priceFen: product.pricePerDayFen, days, rules, checkinDays: new Set<string>(), hireDays, employerPays });
  }

  /**
   * The settlement job's work: for issued enrollments, every covered day before `today` (Asia/Shanghai)
   * not settled yet gets its split from what happened that day (check-ins at a public market, hiring
   * records), under the county's rules in force when it is settled. Each day is written once
   * (unique (enrollmentId, day)); the enrollment keeps the running sums.
   */
  async settleCoveredDays(today = shanghaiDate(), pageSize = 200): Promise<SettleResult> {
    const result: SettleResult = { enrollments: 0, days: 0 };
    // Paged by id through every enrollment with unsettled days: one still running has its passed days
    // settled and the rest waiting, and must not hold back the enrollments after it.
    for (let afterId = 0; ; ) {
      const due = await this.enrollments
        .createQueryBuilder('e')
        .where("e.status = 'issued'")
        .andWhere('e.startDate < :today', { today })
        .andWhere('e.settledDays < e.days')
        .andWhere('e.id > :afterId', { afterId })
        .orderBy('e.id', 'ASC')
        .take(pageSize)
        .getMany();
      for (const enrollment of due) {
        const settled = await this.settleEnrollment(enrollment, today);
        if (settled) {
          result.enrollments += 1;
          result.days += settled;
        }
      }
      if (due.length < pageSize) break;
      afterId = due[due.length - 1].id;
    }
    if (result.days) this.logger.log(`settled ${result.days} covered day(s) of ${result.enrollments} enrollment(s)`);
    return result;
  }

  private async settleEnrollment(enrollment: InsuranceEnrollment, today: string): Promise<number> {
    const last = enrollment.endDate < today ? enrollment.endDate : addDays(today, -1);
    const already = new Set(
      (await this.dataSource.getRepository(InsuranceSettledDay).find({ select: { day: true }, where: { enrollmentId: enrollment.id } })).map((d) => d.day),
    );
    const days = daysBetween(enrollment.startDate, last).filter((d) => !already.has(d));
    if (!days.length) return 0;
    const rules = await this.products.rulesFor(enrollment.countyCode, enrollment.productId);
    const [checkinDays, hireDays] = await Promise.all([this.evidence.daysWithCheckin(enrollment.workerId, days), this.evidence.daysWithHire(enrollment.workerId, days)]);
    const split = splitPremiumByDay({ priceFen: enrollment.productSnapshot.pricePerDayFen, days, rules, checkinDays, hireDays, employerPays: enrollment.employerId !== null });
    const settledAt = new Date();
    const sum = (key: 'workerFen' | 'employerFen' | 'governmentFen') => split.reduce((total, d) => total + d[key], 0);
    try {
      await this.dataSource.transaction(async (manager) => {
        await manager.getRepository(InsuranceSettledDay).insert(
          split.map((d) => ({ enrollmentId: enrollment.id, day: d.day, ruleId: d.ruleId ?? null, checkedIn: checkinDays.has(d.day), hired: hireDays.has(d.day), workerFen: d.workerFen, employerFen: d.employerFen, governmentFen: d.governmentFen, settledAt })),
        );
        await manager
          .createQueryBuilder()
          .update(InsuranceEnrollment)
          .set({
            settledDays: () => `settledDays + ${split.length}`,
            settledWorkerShareFen: () => `settledWorkerShareFen + ${sum('workerFen')}`,
            settledEmployerShareFen: () => `settledEmployerShareFen + ${sum('employerFen')}`,
            settledGovernmentShareFen: () => `settledGovernmentShareFen + ${sum('governmentFen')}`,
          })
          .where('id = :id', { id: enrollment.id })
          .execute();
      });
    } catch (error) {
      // Another run settled these days first.
      if (isUniqueViolation(error)) return 0;
      throw error;
    }
    return split.length;
  }

  /** One attempt at the insurer. Only the insurer's policy number makes an enrollment issued. */
  private async submit(enrollment: InsuranceEnrollment, actorUserId: number | null): Promise<InsuranceEnrollment> {
    const id = enrollment.id;
    const worker = await this.workers.findOneByOrFail({ id: enrollment.workerId });
    if (!worker.idCipher || !worker.birthDate || !worker.gender) {
      await this.fail(enrollment, '被保险人已注销账号，无法投保。', actorUserId);
      return this.enrollments.findOneByOrFail({ id });
    }
    await this.enrollments.increment({ id, status: 'pending' }, 'submitAttempts', 1);
    await this.enrollments.update({ id, status: 'pending' }, { lastSubmittedAt: new Date() });
    const request = await this.policyRequest(enrollment, worker, actorUserId);
    const outcome = await this.insurer.submitPolicy(request);
    if (outcome.kind === 'issued') {
      const result = await this.enrollments.update({ id, status: 'pending' }, { status: 'issued', policyNo: outcome.policyNo, issuedAt: new Date() });
      if (result.affected) {
        await this.audit.record({ actorUserId, action: 'insurance.enrollment.issued', entityType: 'insurance_enrollment', entityId: id, countyCode: enrollment.countyCode, data: { policyNo: outcome.policyNo, duplicate: outcome.duplicate } });
      } else {
        this.logger.warn(`insurer issued ${outcome.policyNo} for enrollment ${id}, which is no longer pending`);
      }
    } else if (outcome.kind === 'rejected') {
      await this.fail(enrollment, outcome.reason, actorUserId);
    }
    return this.enrollments.findOneByOrFail({ id });
  }

  private async fail(enrollment: InsuranceEnrollment, reason: string, actorUserId: number | null): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const result = await manager.getRepository(InsuranceEnrollment).update({ id: enrollment.id, status: 'pending' }, { status: 'failed', failureReason: reason });
      if (!result.affected) return;
      // A refused enrollment covers nothing: its days are free for another try.
      await manager.getRepository(InsuranceCoverageDay).delete({ enrollmentId: enrollment.id });
      await this.audit.record({ actorUserId, action: 'insurance.enrollment.failed', entityType: 'insurance_enrollment', entityId: enrollment.id, countyCode: enrollment.countyCode, reason }, manager);
    });
  }

  private async policyRequest(enrollment: InsuranceEnrollment, worker: Worker, actorUserId: number | null): Promise<InsurerPolicyRequest> {
    const idNumber = await this.pii.decrypt(worker.idCipher as string, { actorUserId, subjectUserId: worker.userId, purpose: 'insurance.enrollment' });
    const insured = { name: worker.realName, idType: 'resident_id' as const, idNumber, birthDate: worker.birthDate as string, gender: worker.gender as 'male' | 'female', phone: worker.phone ?? '' };
    let policyholder: InsurerPolicyRequest['policyholder'] = { name: insured.name, idType: 'resident_id', idNumber, phone: insured.phone };
    if (enrollment.employerId !== null) {
      const employer = await this.employers.findOneByOrFail({ id: enrollment.employerId });
      policyholder = employer.creditCode
        ? { name: employer.name, idType: 'credit_code', idNumber: employer.creditCode, phone: employer.phone }
        : { name: employer.name, idType: 'none', phone: employer.phone };
    }
    return {
      reference: enrollment.reference,
      planCode: enrollment.productSnapshot.planCode,
      policyholder,
      insured,
      occupationClass: enrollment.occupationClass,
      startDate: enrollment.startDate,
      endDate: enrollment.endDate,
      days: enrollment.days,
      premiumFen: enrollment.premiumFen,
      payers: { workerFen: enrollment.workerShareFen, employerFen: enrollment.employerShareFen, governmentFen: enrollment.governmentShareFen },
    };
  }

  private async certificateOf(enrollment: InsuranceEnrollment) {
    const worker = await this.workers.findOneByOrFail({ id: enrollment.workerId });
    const product = enrollment.productSnapshot;
    return {
      insuredName: worker.realName,
      insuredIdMasked: worker.idMasked ?? '',
      insurer: product.insurer,
      insurerHotline: product.insurerHotline,
      planCode: product.planCode,
      productName: product.name,
      cover: product.cover,
      startDate: enrollment.startDate,
      endDate: enrollment.endDate,
      policyNo: enrollment.policyNo as string,
      premiumFen: enrollment.premiumFen,
    };
  }
}
