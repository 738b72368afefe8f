import { Injectable } from '@nestjs/common';
import { IsNull, LessThan, Not } from 'typeorm';
import { TransactionHost } from '../database/transaction';
import { Notification } from './notification.entity';

/** The outbox: events recorded with the change they announce, then delivered by the sender. */
@Injectable()
export class NotificationRepository {
  constructor(private readonly tx: TransactionHost) {}

  private get rows() {
    return this.tx.repository(Notification);
  }

  async add(input: Pick<Notification, 'userId' | 'event' | 'payload'>): Promise<void> {
    await this.rows.insert({ ...input, status: 'pending', attempts: 0, lastError: null, claimedAt: null, sentAt: null });
  }

  /** Rows a sender claimed before `before` and never finished go back to pending. */
  async releaseStaleClaims(before: Date): Promise<void> {
    await this.rows.update({ status: 'sending', claimedAt: LessThan(before) }, { status: 'pending' });
  }

  findPendingForUsers(limit: number): Promise<Notification[]> {
    return this.rows.find({ where: { status: 'pending', userId: Not(IsNull()) }, order: { id: 'ASC' }, take: limit });
  }

  /** Claims a pending row for this sender; false when another took it first. */
  async claim(row: Notification, at: Date): Promise<boolean> {
    const claimed = await this.rows.update({ id: row.id, status: 'pending' }, { status: 'sending', attempts: row.attempts + 1, claimedAt: at });
    return !!claimed.affected;
  }

  async finish(id: number, status: string, lastError: string | null, at: Date): Promise<void> {
    await this.rows.update({ id }, { status, lastError, ...(status === 'sent' ? { sentAt: at } : {}) });
  }

  async retryLater(id: number, lastError: string): Promise<void> {
    await this.rows.update({ id }, { status: 'pending', lastError });
  }
}
