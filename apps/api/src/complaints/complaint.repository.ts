import { Injectable } from '@nestjs/common';
import { Between, FindOptionsWhere, In, LessThan, MoreThanOrEqual } from 'typeorm';
import { COMPLAINT_OPEN_STATUSES, ComplaintStatus } from '@lingong/shared';
import { TransactionHost } from '../database/transaction';
import { Complaint } from './complaint.entity';

/** The queue's filters: the county (every county when none), status, the operator's own, overdue ones. */
export interface ComplaintQueueFilter {
  countyCode?: string;
  status?: ComplaintStatus;
  assignedTo?: number;
  overdueOn?: string;
}

/** The columns the figures are computed from. */
export type ComplaintFigureRow = Pick<
  Complaint,
  'id' | 'countyCode' | 'category' | 'status' | 'acceptanceDueOn' | 'decidedOn' | 'acceptedOn' | 'resolutionDueOn' | 'resolvedOn' | 'recoveredFen'
>;

@Injectable()
export class ComplaintRepository {
  constructor(private readonly tx: TransactionHost) {}

  private get repo() {
    return this.tx.repository(Complaint);
  }

  findById(id: number): Promise<Complaint | null> {
    return this.repo.findOne({ where: { id } });
  }

  getById(id: number): Promise<Complaint> {
    return this.repo.findOneByOrFail({ id });
  }

  findByHire(hireId: number): Promise<Complaint | null> {
    return this.repo.findOne({ where: { hireId } });
  }

  /** The complainant's latest identical submission since `since` (the duplicate window). */
  findRecentDuplicate(complainantUserId: number, dedupeHash: string, since: Date): Promise<Complaint | null> {
    return this.repo.findOne({ where: { complainantUserId, dedupeHash, createdAt: MoreThanOrEqual(since) }, order: { id: 'DESC' } });
  }

  /** The submission that won the race for the same duplicate slot. */
  getTwin(complainantUserId: number, dedupeHash: string, dedupeSlot: number): Promise<Complaint> {
    return this.repo.findOneOrFail({ where: { complainantUserId, dedupeHash, dedupeSlot } });
  }

  add(fields: Omit<Complaint, 'id'>): Promise<Complaint> {
    return this.repo.save(this.repo.create(fields));
  }

  /**
   * Applies `changes` only if the case is still as the caller read it (`expected`): two people acting
   * at once cannot both move it. Answers whether it changed.
   */
  async changeIfStill(
    id: number,
    expected: Partial<Pick<Complaint, 'status' | 'extended' | 'nextDueOn' | 'overdue'>>,
    changes: Partial<Complaint>,
  ): Promise<boolean> {
    const result = await this.repo.update({ id, ...expected } as FindOptionsWhere<Complaint>, changes);
    return !!result.affected;
  }

  async assignOperator(id: number, operatorUserId: number, now: Date): Promise<void> {
    await this.repo.update({ id }, { assignedOperatorId: operatorUserId, updatedAt: now });
  }

  /** The complainant's own cases, newest first, ids below `beforeId`. */
  listOfComplainant(complainantUserId: number, query: { status?: ComplaintStatus; beforeId?: number; take: number }): Promise<Complaint[]> {
    const where: FindOptionsWhere<Complaint> = { complainantUserId };
    if (query.status) where.status = query.status;
    if (query.beforeId !== undefined) where.id = LessThan(query.beforeId);
    return this.repo.find({ where, order: { id: 'DESC' }, take: query.take });
  }

  /** Open cases by their next deadline, earliest first; cases with no deadline after them. */
  queue(filter: ComplaintQueueFilter, offset: number, take: number): Promise<Complaint[]> {
    const qb = this.repo.createQueryBuilder('c');
    if (filter.countyCode) qb.andWhere('c.countyCode = :scope', { scope: filter.countyCode });
    if (filter.status) qb.andWhere('c.status = :status', { status: filter.status });
    if (filter.assignedTo) qb.andWhere('c.assignedOperatorId = :me', { me: filter.assignedTo });
    if (filter.overdueOn) qb.andWhere('c.status IN (:...open) AND c.nextDueOn < :today', { open: COMPLAINT_OPEN_STATUSES, today: filter.overdueOn });
    qb.orderBy('CASE WHEN c.nextDueOn IS NULL THEN 1 ELSE 0 END', 'ASC').addOrderBy('c.nextDueOn', 'ASC').addOrderBy('c.id', 'ASC').offset(offset).limit(take);
    return qb.getMany();
  }

  /** Open cases on a legal clock whose deadline is before `today` and not marked overdue yet. */
  findPastDeadline(today: string, take: number): Promise<Complaint[]> {
    return this.repo.find({
      where: { status: In(['submitted', 'accepted', 'investigating']), nextDueOn: LessThan(today), overdue: false },
      order: { id: 'ASC' },
      take,
    });
  }

  /** Cases received (submitted) between the two days in the counties, with the columns the figures need. */
  findReceivedBetween(countyCodes: string[], from: string, to: string): Promise<ComplaintFigureRow[]> {
    return this.repo.find({
      where: { countyCode: In(countyCodes), submittedOn: Between(from, to) },
      select: ['id', 'countyCode', 'category', 'status', 'acceptanceDueOn', 'decidedOn', 'acceptedOn', 'resolutionDueOn', 'resolvedOn', 'recoveredFen'],
    });
  }
}
