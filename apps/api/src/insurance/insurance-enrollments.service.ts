import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { Enrollment, EnrollmentDetail, ListResponse, shanghaiDate } from '@lingong/shared';
import { AuditService } from '../audit/audit.service';
import { AuthUser, canActOnEnrollment, canEnrollHiredWorker, canEnrollSelf, canReadEnrollment, enrollmentListScope } from '../common/access';
import { AppException } from '../common/app-exception';
import { Clock } from '../common/clock';
import { decodeCursor, pageById, pageSize } from '../common/pagination';
import { isUniqueViolation } from '../database/errors';
import { TransactionHost } from '../database/transaction';
import { EmployerAccount, EmployerFactsService } from '../employers/employer-facts.service';
import { InsurableWorker, InsuredPersonService } from '../workers/insured-person.service';
import { CreateEnrollmentDto, ListEnrollmentsQuery } from './dto/insurance.dto';
import { InsuranceCoverageDayRepository } from './insurance-coverage-day.repository';
import { InsuranceEnrollment } from './insurance-enrollment.entity';
import { InsuranceEnrollmentRepository } from './insurance-enrollment.repository';
import { InsuranceProduct } from './insurance-product.entity';
import { InsuranceProductsService } from './insurance-products.service';
import { InsuranceQuotesService, Quote } from './insurance-quotes.service';
import { InsuranceSettledDayRepository } from './insurance-settled-day.repository';
import { toEnrollmentView, toSettledDayView } from './insurance.mapper';
import { InsurerSubmissionService } from './insurer-submission.service';
import { HireForEnrollment, SUBSIDY_EVIDENCE, SubsidyEvidence } from './subsidy-evidence';

export { splitPremiumByDay } from './insurance-quotes.service';

/** Whom an enrollment covers, and the hire and employer when an employer enrolls a hired worker. */
interface Insured {
  worker: InsurableWorker;
  hire: HireForEnrollment | null;
  employer: EmployerAccount | null;
}

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

/**
 * Enrollments: the rules of who may insure whom for which days (idempotent per request key, no day
 * covered twice), reading them, their certificate, and cancelling before cover starts. The quote is
 * InsuranceQuotesService's, the insurer's answer InsurerSubmissionService's.
 */
@Injectable()
export class InsuranceEnrollmentsService {
  constructor(
    private readonly enrollments: InsuranceEnrollmentRepository,
    private readonly coverage: InsuranceCoverageDayRepository,
    private readonly settledDays: InsuranceSettledDayRepository,
    private readonly products: InsuranceProductsService,
    private readonly quotes: InsuranceQuotesService,
    private readonly submission: InsurerSubmissionService,
    private readonly insured: InsuredPersonService,
    private readonly employers: EmployerFactsService,
    @Inject(SUBSIDY_EVIDENCE) private readonly evidence: SubsidyEvidence,
    private readonly audit: AuditService,
    private readonly tx: TransactionHost,
    private readonly clock: Clock,
  ) {}

  async create(user: AuthUser, dto: CreateEnrollmentDto): Promise<{ enrollment: Enrollment; created: boolean }> {
    const repeated = await this.enrollments.findByKey(user.id, dto.idempotencyKey);
    if (repeated) return { enrollment: toEnrollmentView(repeated), created: false };

    const product = await this.products.requireProduct(dto.productId);
    if (!product.active) throw new AppException('INSURANCE.PRODUCT_INACTIVE');
    const days = this.quotes.coverDays(dto.startDate, dto.endDate);
    const insured = dto.hireId !== undefined ? await this.hiredWorker(user, dto.hireId, days) : await this.self(user);
    const quote = await this.quotes.quote({
      product,
      worker: insured.worker,
      tradeCode: insured.hire?.tradeCode,
      days,
      employerPays: insured.employer !== null,
    });
    const fields = this.newEnrollment(user, dto, product, insured, days, quote);

    let saved: InsuranceEnrollment;
    try {
      saved = await retryOnDeadlock(() =>
        this.tx.run(async () => {
          // The enrollment first: a concurrent duplicate then waits on the idempotency index and loses there.
          const enrollment = await this.enrollments.add(fields);
          await this.coverage.cover(insured.worker.workerId, days, enrollment.id);
          await this.audit.record({
            actorUserId: user.id,
            action: 'insurance.enrollment.created',
            entityType: 'insurance_enrollment',
            entityId: enrollment.id,
            countyCode: insured.worker.countyCode,
          });
          return enrollment;
        }),
      );
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const first = await this.enrollments.findByKey(user.id, dto.idempotencyKey);
      if (first) return { enrollment: toEnrollmentView(first), created: false };
      throw new AppException('INSURANCE.DAYS_ALREADY_COVERED', { details: { days: await this.coverage.coveredAmong(insured.worker.workerId, days) } });
    }
    return { enrollment: toEnrollmentView(await this.submission.submit(saved, user.id)), created: true };
  }

  /** An employer insures a worker it hired, for hired days only. */
  private async hiredWorker(user: AuthUser, hireId: number, days: string[]): Promise<Insured> {
    if (!canEnrollHiredWorker(user)) throw new AppException('AUTH.FORBIDDEN');
    const employer = await this.employers.accountOfUser(user.id);
    if (!employer) throw new AppException('EMPLOYER.NOT_REGISTERED');
    if (employer.status === 'suspended') throw new AppException('EMPLOYER.SUSPENDED');
    const hire = await this.evidence.hireForEnrollment(hireId);
    if (!hire || hire.employerUserId !== user.id) throw new AppException('INSURANCE.HIRE_NOT_FOUND');
    const hired = new Set(hire.days);
    const notHired = days.filter((d) => !hired.has(d));
    if (notHired.length) throw new AppException('INSURANCE.DAYS_NOT_HIRED', { details: { days: notHired } });
    const worker = await this.insured.insurable(hire.workerId);
    if (!worker) throw new AppException('INSURANCE.HIRE_NOT_FOUND');
    return { worker, hire, employer };
  }

  private async self(user: AuthUser): Promise<Insured> {
    if (!canEnrollSelf(user)) throw new AppException('AUTH.FORBIDDEN', { message: '只有零工本人可以给自己投保；用工方请从用工记录为雇用的零工投保。' });
    const worker = await this.insured.insurableOfUser(user.id);
    if (!worker) throw new AppException('WORKER.NOT_REGISTERED');
    return { worker, hire: null, employer: null };
  }

  private newEnrollment(
    user: AuthUser,
    dto: CreateEnrollmentDto,
    product: InsuranceProduct,
    insured: Insured,
    days: string[],
    quote: Quote,
  ): Partial<InsuranceEnrollment> {
    return {
      reference: `LG${dto.startDate.replace(/-/g, '')}${randomBytes(6).toString('hex').toUpperCase()}`,
      productId: product.id,
      productSnapshot: {
        insurer: product.insurer,
        insurerHotline: product.insurerHotline,
        planCode: product.planCode,
        name: product.name,
        pricePerDayFen: product.pricePerDayFen,
        cover: product.cover,
      },
      workerId: insured.worker.workerId,
      workerUserId: insured.worker.userId,
      countyCode: insured.worker.countyCode,
      requestedByUserId: user.id,
      idempotencyKey: dto.idempotencyKey,
      employerId: insured.employer?.id ?? null,
      hireId: insured.hire?.hireId ?? null,
      startDate: dto.startDate,
      endDate: dto.endDate,
      days: days.length,
      ...quote,
      status: 'pending',
      policyNo: null,
      failureReason: null,
      submitAttempts: 0,
      lastSubmittedAt: null,
      issuedAt: null,
      cancelledAt: null,
    };
  }

  async list(user: AuthUser, query: ListEnrollmentsQuery): Promise<ListResponse<Enrollment>> {
    const limit = pageSize(query);
    const after = decodeCursor<{ id: number }>(query.cursor, ['id']);
    const rows = await this.enrollments.list(enrollmentListScope(user), { status: query.status, beforeId: after?.id, take: limit + 1 });
    const { rows: page, nextCursor } = pageById(rows, limit);
    return { items: page.map(toEnrollmentView), ...(nextCursor ? { nextCursor } : {}) };
  }

  async get(user: AuthUser, id: number): Promise<EnrollmentDetail> {
    const enrollment = await this.requireVisible(user, id);
    const view: EnrollmentDetail = toEnrollmentView(enrollment);
    if (view.settlement) view.settlement.days = (await this.settledDays.daysOf(id)).map(toSettledDayView);
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
    if (!['pending', 'issued'].includes(enrollment.status) || enrollment.startDate <= shanghaiDate(this.clock.now()))
      throw new AppException('INSURANCE.CANCEL_NOT_ALLOWED');
    await this.submission.cancelAtInsurer(enrollment);
    const now = this.clock.now();
    const changed = await this.tx.run(async () => {
      if (!(await this.enrollments.cancelIfOpen(id, now))) return false;
      await this.coverage.release(id);
      await this.audit.record({
        actorUserId: user.id,
        action: 'insurance.enrollment.cancelled',
        entityType: 'insurance_enrollment',
        entityId: id,
        countyCode: enrollment.countyCode,
      });
      return true;
    });
    if (!changed) throw new AppException('INSURANCE.CANCEL_NOT_ALLOWED');
    return toEnrollmentView(await this.enrollments.getById(id));
  }

  /** enrollment.read (or, with `staffMaySee` false, enrollment.act): anyone else is told it does not exist. */
  async requireVisible(user: AuthUser, id: number, staffMaySee = true): Promise<InsuranceEnrollment> {
    const enrollment = await this.enrollments.findById(id);
    const allowed = enrollment && (staffMaySee ? canReadEnrollment(user, enrollment) : canActOnEnrollment(user, enrollment));
    if (!enrollment || !allowed) throw new AppException('INSURANCE.ENROLLMENT_NOT_FOUND');
    return enrollment;
  }

  private async certificateOf(enrollment: InsuranceEnrollment) {
    const holder = await this.insured.certificateHolder(enrollment.workerId);
    const product = enrollment.productSnapshot;
    return {
      insuredName: holder.name,
      insuredIdMasked: holder.idMasked,
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
