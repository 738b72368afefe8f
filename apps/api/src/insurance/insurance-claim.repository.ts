import { Injectable } from '@nestjs/common';
import { Brackets, In } from 'typeorm';
import type { ClaimStatus } from '@lingong/shared';
import { TransactionHost } from '../database/transaction';
import { InsuranceClaim } from './insurance-claim.entity';

/** Whose claims a list shows: a county's (every county's when none), or one party's. */
export type ClaimListScope = { staff: true; countyCode?: string } | { staff: false; userId: number };

@Injectable()
export class InsuranceClaimRepository {
  constructor(private readonly tx: TransactionHost) {}

  private get repo() {
    return this.tx.repository(InsuranceClaim);
  }

  findById(id: number): Promise<InsuranceClaim | null> {
    return this.repo.findOne({ where: { id } });
  }

  getById(id: number): Promise<InsuranceClaim> {
    return this.repo.findOneByOrFail({ id });
  }

  add(fields: Partial<InsuranceClaim>): Promise<InsuranceClaim> {
    return this.repo.save(this.repo.create(fields));
  }

  /** Newest first, ids below `beforeId`; a party sees the claims they are insured on, reported or follow as employer. */
  list(scope: ClaimListScope, query: { status?: ClaimStatus; beforeId?: number; take: number }): Promise<InsuranceClaim[]> {
    const qb = this.repo.createQueryBuilder('c').orderBy('c.id', 'DESC').take(query.take);
    if (scope.staff && scope.countyCode) qb.andWhere('c.countyCode = :scope', { scope: scope.countyCode });
    if (!scope.staff) {
      const uid = scope.userId;
      qb.andWhere(
        new Brackets((w) =>
          w.where('c.workerUserId = :uid', { uid }).orWhere('c.reportedByUserId = :uid', { uid }).orWhere('c.employerUserId = :uid', { uid }),
        ),
      );
    }
    if (query.status) qb.andWhere('c.status = :status', { status: query.status });
    if (query.beforeId !== undefined) qb.andWhere('c.id < :after', { after: query.beforeId });
    return qb.getMany();
  }

  /** Moves the claim if it is still in one of `from`; false when someone moved it first. */
  async moveIfIn(id: number, from: ClaimStatus[], changes: Partial<InsuranceClaim>): Promise<boolean> {
    return !!(await this.repo.update({ id, status: In(from) }, changes)).affected;
  }
}
