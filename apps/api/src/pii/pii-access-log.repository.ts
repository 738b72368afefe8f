import { Injectable } from '@nestjs/common';
import { TransactionHost } from '../database/transaction';
import { PiiAccessLog } from './pii-access-log.entity';
import type { PiiAccess } from './pii.types';

@Injectable()
export class PiiAccessLogRepository {
  constructor(private readonly tx: TransactionHost) {}

  /** Joins the open transaction (TransactionHost), so the log and the caller's work land together. */
  async insert(entry: Omit<PiiAccessLog, 'id' | 'at'>): Promise<void> {
    await this.tx.repository(PiiAccessLog).insert(entry);
  }

  findBySubject(subjectUserId: number): Promise<PiiAccess[]> {
    return this.tx.repository(PiiAccessLog).find({ where: { subjectUserId }, order: { id: 'ASC' } });
  }
}
