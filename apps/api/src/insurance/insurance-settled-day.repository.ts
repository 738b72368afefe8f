import { Injectable } from '@nestjs/common';
import { TransactionHost } from '../database/transaction';
import { InsuranceSettledDay } from './insurance-settled-day.entity';

@Injectable()
export class InsuranceSettledDayRepository {
  constructor(private readonly tx: TransactionHost) {}

  daysOf(enrollmentId: number): Promise<InsuranceSettledDay[]> {
    return this.tx.repository(InsuranceSettledDay).find({ where: { enrollmentId }, order: { day: 'ASC' } });
  }

  async settledDatesOf(enrollmentId: number): Promise<Set<string>> {
    const rows = await this.tx.repository(InsuranceSettledDay).find({ select: { day: true }, where: { enrollmentId } });
    return new Set(rows.map((d) => d.day));
  }

  /** Each day once (unique (enrollmentId, day)): a second run's insert fails on the index. */
  async addAll(rows: Omit<InsuranceSettledDay, 'id'>[]): Promise<void> {
    await this.tx.repository(InsuranceSettledDay).insert(rows);
  }
}
