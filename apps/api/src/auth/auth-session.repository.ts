import { Injectable } from '@nestjs/common';
import { IsNull, LessThan, MoreThan } from 'typeorm';
import { TransactionHost } from '../database/transaction';
import { AuthSession, SessionStage } from './auth-session.entity';

@Injectable()
export class AuthSessionRepository {
  constructor(private readonly tx: TransactionHost) {}

  async open(session: Omit<AuthSession, 'id' | 'createdAt' | 'endedAt' | 'endReason'>): Promise<AuthSession> {
    const repo = this.tx.repository(AuthSession);
    return repo.save(repo.create({ ...session, endedAt: null, endReason: null }));
  }

  findById(id: number): Promise<AuthSession | null> {
    return this.tx.repository(AuthSession).findOneBy({ id });
  }

  /** Sessions not ended and not past their absolute end, newest first. */
  findOpenOf(userId: number, now: Date): Promise<AuthSession[]> {
    return this.tx.repository(AuthSession).find({ where: { userId, endedAt: IsNull(), expiresAt: MoreThan(now) }, order: { id: 'DESC' } });
  }

  /** Every staff member's open sessions (the admin's list), newest first, ids below `beforeId`. */
  findOpen(query: { userId?: number; beforeId?: number; take: number; now: Date }): Promise<AuthSession[]> {
    return this.tx.repository(AuthSession).find({
      where: {
        endedAt: IsNull(),
        expiresAt: MoreThan(query.now),
        ...(query.userId !== undefined ? { userId: query.userId } : {}),
        ...(query.beforeId !== undefined ? { id: LessThan(query.beforeId) } : {}),
      },
      order: { id: 'DESC' },
      take: query.take,
    });
  }

  /** Answers whether this call ended it (false when it had already ended). */
  async end(id: number, reason: string, at: Date): Promise<boolean> {
    const result = await this.tx.repository(AuthSession).update({ id, endedAt: IsNull() }, { endedAt: at, endReason: reason });
    return !!result.affected;
  }

  async endAllOf(userId: number, reason: string, at: Date): Promise<number> {
    const result = await this.tx.repository(AuthSession).update({ userId, endedAt: IsNull() }, { endedAt: at, endReason: reason });
    return result.affected ?? 0;
  }

  async touch(id: number, at: Date): Promise<void> {
    await this.tx.repository(AuthSession).update({ id, endedAt: IsNull() }, { lastSeenAt: at });
  }

  async setStage(id: number, stage: SessionStage): Promise<void> {
    await this.tx.repository(AuthSession).update({ id }, { stage });
  }
}
