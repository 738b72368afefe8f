import { Injectable, Logger } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../common/clock';
import { TransactionHost } from '../database/transaction';
import { EmployerFactsService } from '../employers/employer-facts.service';
import { InsuredPersonService } from '../workers/insured-person.service';
import { InsuranceCoverageDayRepository } from './insurance-coverage-day.repository';
import { InsuranceEnrollment } from './insurance-enrollment.entity';
import { InsuranceEnrollmentRepository } from './insurance-enrollment.repository';
import { InsurerClient } from './insurer.client';
import type { InsurerPolicyRequest } from './insurer-protocol';

export interface ReconcileResult {
  checked: number;
  issued: number;
  failed: number;
  stillPending: number;
}

/**
 * The conversation with the insurer about policies. An enrollment is issued only with a policy number
 * the insurer gave; a refusal fails it (its days are free again); anything else leaves it pending for
 * the reconciliation job, which sends it again with its own reference.
 */
@Injectable()
export class InsurerSubmissionService {
  private readonly logger = new Logger(InsurerSubmissionService.name);

  constructor(
    private readonly enrollments: InsuranceEnrollmentRepository,
    private readonly coverage: InsuranceCoverageDayRepository,
    private readonly insured: InsuredPersonService,
    private readonly employers: EmployerFactsService,
    private readonly insurer: InsurerClient,
    private readonly audit: AuditService,
    private readonly tx: TransactionHost,
    private readonly clock: Clock,
  ) {}

  /** One attempt at the insurer; answers the enrollment as it is afterwards. */
  async submit(enrollment: InsuranceEnrollment, actorUserId: number | null): Promise<InsuranceEnrollment> {
    const id = enrollment.id;
    const request = await this.policyRequest(enrollment, actorUserId);
    if (!request) {
      await this.fail(enrollment, '被保险人已注销账号，无法投保。', actorUserId);
      return this.enrollments.getById(id);
    }
    const outcome = await this.insurer.submitPolicy(request);
    if (outcome.kind === 'issued') {
      if (await this.enrollments.issueIfPending(id, outcome.policyNo, this.clock.now())) {
        await this.audit.record({
          actorUserId,
          action: 'insurance.enrollment.issued',
          entityType: 'insurance_enrollment',
          entityId: id,
          countyCode: enrollment.countyCode,
          data: { policyNo: outcome.policyNo, duplicate: outcome.duplicate },
        });
      } else {
        this.logger.warn(`insurer issued ${outcome.policyNo} for enrollment ${id}, which is no longer pending`);
      }
    } else if (outcome.kind === 'rejected') {
      await this.fail(enrollment, outcome.reason, actorUserId);
    }
    return this.enrollments.getById(id);
  }

  /**
   * The scheduled job's work: sends pending enrollments again with their own reference (the insurer
   * answers a reference it has seen with the policy it issued, so nothing is bought twice).
   */
  async reconcilePending(options: { minAgeMs?: number; limit?: number } = {}): Promise<ReconcileResult> {
    const before = new Date(this.clock.now().getTime() - (options.minAgeMs ?? 60000));
    const pending = await this.enrollments.findPendingSince(before, options.limit ?? 100);
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

  /** Cancels at the insurer before cover starts (throws INSURANCE.INSURER_UNAVAILABLE when it cannot answer). */
  async cancelAtInsurer(enrollment: InsuranceEnrollment): Promise<void> {
    await this.insurer.cancelPolicy(enrollment.reference);
  }

  private async fail(enrollment: InsuranceEnrollment, reason: string, actorUserId: number | null): Promise<void> {
    await this.tx.run(async () => {
      if (!(await this.enrollments.failIfPending(enrollment.id, reason))) return;
      // A refused enrollment covers nothing: its days are free for another try.
      await this.coverage.release(enrollment.id);
      await this.audit.record({
        actorUserId,
        action: 'insurance.enrollment.failed',
        entityType: 'insurance_enrollment',
        entityId: enrollment.id,
        countyCode: enrollment.countyCode,
        reason,
      });
    });
  }

  /**
   * The request for the insurer, counting the attempt; null when the worker can no longer be insured.
   * The insured person's ID number is decrypted (and the access logged) by workers/ for this purpose.
   */
  private async policyRequest(enrollment: InsuranceEnrollment, actorUserId: number | null): Promise<InsurerPolicyRequest | null> {
    const insured = await this.insured.forInsurer(enrollment.workerId, actorUserId, 'insurance.enrollment');
    if (!insured) return null;
    await this.enrollments.markSubmitted(enrollment.id, this.clock.now());
    let policyholder: InsurerPolicyRequest['policyholder'] = { name: insured.name, idType: 'resident_id', idNumber: insured.idNumber, phone: insured.phone };
    if (enrollment.employerId !== null) {
      const employer = await this.employers.asPolicyholder(enrollment.employerId);
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
}
