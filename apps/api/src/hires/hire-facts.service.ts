import { Injectable } from '@nestjs/common';
import { IsNull, LessThanOrEqual, MoreThanOrEqual } from 'typeorm';
import { TransactionHost } from '../database/transaction';
import { Hire } from './hire.entity';

/** A hiring record as an insurer's enrollment needs it: who hired whom, for which days and trade. */
export interface HireForInsurance {
  id: number;
  employerId: number;
  workerId: number;
  startDate: string;
  endDate: string;
  trade: string;
}

/** The plain facts of hiring records that complaints and insurance ask about, never the record itself. */
@Injectable()
export class HireFactsService {
  constructor(private readonly tx: TransactionHost) {}

  /** The worker a hiring record (cancelled or not) was for, or null when there is no such record. */
  async workerOf(hireId: number): Promise<number | null> {
    const hire = await this.tx.repository(Hire).findOne({ where: { id: hireId }, select: { id: true, workerId: true } });
    return hire?.workerId ?? null;
  }

  /** A hiring record that was not cancelled. */
  async activeForInsurance(hireId: number): Promise<HireForInsurance | null> {
    const hire = await this.tx.repository(Hire).findOne({ where: { id: hireId, cancelledAt: IsNull() } });
    return hire
      ? { id: hire.id, employerId: hire.employerId, workerId: hire.workerId, startDate: hire.startDate, endDate: hire.endDate, trade: hire.trade }
      : null;
  }

  /** The days of `days` on which the worker has a hiring record that was not cancelled. */
  async daysHired(workerId: number, days: string[]): Promise<Set<string>> {
    if (!days.length) return new Set();
    const sorted = [...days].sort();
    const hires = await this.tx.repository(Hire).find({
      where: { workerId, cancelledAt: IsNull(), startDate: LessThanOrEqual(sorted[sorted.length - 1]), endDate: MoreThanOrEqual(sorted[0]) },
    });
    return new Set(days.filter((day) => hires.some((h) => h.startDate <= day && day <= h.endDate)));
  }
}
