import { Injectable } from '@nestjs/common';
import { isUniqueViolation } from '../database/errors';
import { TransactionHost } from '../database/transaction';
import { ComplaintReminder } from './complaint-reminder.entity';

@Injectable()
export class ComplaintReminderRepository {
  constructor(private readonly tx: TransactionHost) {}

  /** One reminder per case, kind and deadline: false when this one exists already. */
  async addOnce(row: Pick<ComplaintReminder, 'complaintId' | 'countyCode' | 'operatorUserId' | 'kind' | 'dueOn'>): Promise<boolean> {
    try {
      await this.tx.repository(ComplaintReminder).insert(row);
      return true;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      return false;
    }
  }

  /**
   * Newest first, ids below `beforeId`. With a county: that county's reminders for `operatorUserId`
   * or for nobody in particular; without one: all.
   */
  listFor(scope: { countyCode?: string; operatorUserId: number }, beforeId: number | undefined, take: number): Promise<ComplaintReminder[]> {
    const qb = this.tx.repository(ComplaintReminder).createQueryBuilder('r');
    if (scope.countyCode)
      qb.andWhere('r.countyCode = :scope AND (r.operatorUserId = :me OR r.operatorUserId IS NULL)', { scope: scope.countyCode, me: scope.operatorUserId });
    if (beforeId !== undefined) qb.andWhere('r.id < :before', { before: beforeId });
    return qb.orderBy('r.id', 'DESC').limit(take).getMany();
  }

  listOfComplaint(complaintId: number): Promise<ComplaintReminder[]> {
    return this.tx.repository(ComplaintReminder).find({ where: { complaintId }, order: { id: 'ASC' } });
  }
}
