import { Injectable } from '@nestjs/common';
import { Brackets, In, IsNull, LessThan } from 'typeorm';
import type { EnrollmentStatus } from '@lingong/shared';
import { TransactionHost } from '../database/transaction';
import { InsuranceEnrollment } from './insurance-enrollment.entity';

/** Whose enrollments a list shows: a county's (every county's when none), or one person's (insured or enrolling). */
export type EnrollmentListScope = { staff: true; countyCode?: string } | { staff: false; userId: number };

/** What the settled days add to an enrollment's running sums. */
export interface SettledSums {
  days: number;
  workerFen: number;
  employerFen: number;
  governmentFen: number;
}

@Injectable()
export class InsuranceEnrollmentRepository {
  constructor(private readonly tx: TransactionHost) {}

  private get repo() {
    return this.tx.repository(InsuranceEnrollment);
  }

  findById(id: number): Promise<InsuranceEnrollment | null> {
    return this.repo.findOne({ where: { id } });
  }

  getById(id: number): Promise<InsuranceEnrollment> {
    return this.repo.findOneByOrFail({ id });
  }

  findByKey(requestedByUserId: number, idempotencyKey: string): Promise<InsuranceEnrollment | null> {
    return this.repo.findOne({ where: { requestedByUserId, idempotencyKey } });
  }

  add(fields: Partial<InsuranceEnrollment>): Promise<InsuranceEnrollment> {
    return this.repo.save(this.repo.create(fields));
  }

  /** Newest first, ids below `beforeId`. */
  list(scope: EnrollmentListScope, query: { status?: EnrollmentStatus; beforeId?: number; take: number }): Promise<InsuranceEnrollment[]> {
    const qb = this.repo.createQueryBuilder('e').orderBy('e.id', 'DESC').take(query.take);
    if (scope.staff && scope.countyCode) qb.andWhere('e.countyCode = :scope', { scope: scope.countyCode });
    if (!scope.staff)
      qb.andWhere(new Brackets((w) => w.where('e.workerUserId = :uid', { uid: scope.userId }).orWhere('e.requestedByUserId = :uid', { uid: scope.userId })));
    if (query.status) qb.andWhere('e.status = :status', { status: query.status });
    if (query.beforeId !== undefined) qb.andWhere('e.id < :after', { after: query.beforeId });
    return qb.getMany();
  }

  /** Pending enrollments not sent since `before` (or never sent), oldest first. */
  findPendingSince(before: Date, take: number): Promise<InsuranceEnrollment[]> {
    return this.repo.find({
      where: [
        { status: 'pending', lastSubmittedAt: LessThan(before) },
        { status: 'pending', lastSubmittedAt: IsNull() },
      ],
      order: { id: 'ASC' },
      take,
    });
  }

  /** Issued enrollments that started before `today` and have days not settled yet, by id after `afterId`. */
  findWithUnsettledDays(today: string, afterId: number, take: number): Promise<InsuranceEnrollment[]> {
    return this.repo
      .createQueryBuilder('e')
      .where("e.status = 'issued'")
      .andWhere('e.startDate < :today', { today })
      .andWhere('e.settledDays < e.days')
      .andWhere('e.id > :afterId', { afterId })
      .orderBy('e.id', 'ASC')
      .take(take)
      .getMany();
  }

  /** Counts one more attempt at the insurer, while still pending. */
  async markSubmitted(id: number, at: Date): Promise<void> {
    await this.repo.increment({ id, status: 'pending' }, 'submitAttempts', 1);
    await this.repo.update({ id, status: 'pending' }, { lastSubmittedAt: at });
  }

  /** Only the insurer's policy number makes an enrollment issued; false when it was no longer pending. */
  async issueIfPending(id: number, policyNo: string, at: Date): Promise<boolean> {
    return !!(await this.repo.update({ id, status: 'pending' }, { status: 'issued', policyNo, issuedAt: at })).affected;
  }

  async failIfPending(id: number, reason: string): Promise<boolean> {
    return !!(await this.repo.update({ id, status: 'pending' }, { status: 'failed', failureReason: reason })).affected;
  }

  async cancelIfOpen(id: number, at: Date): Promise<boolean> {
    return !!(await this.repo.update({ id, status: In(['pending', 'issued']) }, { status: 'cancelled', cancelledAt: at })).affected;
  }

  async addSettled(id: number, sums: SettledSums): Promise<void> {
    await this.repo
      .createQueryBuilder()
      .update(InsuranceEnrollment)
      .set({
        settledDays: () => `settledDays + ${sums.days}`,
        settledWorkerShareFen: () => `settledWorkerShareFen + ${sums.workerFen}`,
        settledEmployerShareFen: () => `settledEmployerShareFen + ${sums.employerFen}`,
        settledGovernmentShareFen: () => `settledGovernmentShareFen + ${sums.governmentFen}`,
      })
      .where('id = :id', { id })
      .execute();
  }
}
