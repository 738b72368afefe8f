import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { TransactionHost } from '../database/transaction';
import { InsuranceCoverageDay } from './insurance-coverage-day.entity';

/** One row per worker and covered day: the unique index keeps two enrollments from covering the same day. */
@Injectable()
export class InsuranceCoverageDayRepository {
  constructor(private readonly tx: TransactionHost) {}

  async cover(workerId: number, days: string[], enrollmentId: number): Promise<void> {
    await this.tx.repository(InsuranceCoverageDay).insert(days.map((day) => ({ workerId, day, enrollmentId })));
  }

  /** Frees the days of an enrollment that covers nothing any more (refused, cancelled). */
  async release(enrollmentId: number): Promise<void> {
    await this.tx.repository(InsuranceCoverageDay).delete({ enrollmentId });
  }

  /** Which of `days` the worker is covered on already, in order. */
  async coveredAmong(workerId: number, days: string[]): Promise<string[]> {
    const rows = await this.tx.repository(InsuranceCoverageDay).find({ where: { workerId, day: In(days) }, order: { day: 'ASC' } });
    return rows.map((r) => r.day);
  }
}
