import { Injectable } from '@nestjs/common';
import { EntityManager, MoreThan } from 'typeorm';
import { TransactionHost } from '../database/transaction';
import { AuditEvent } from './audit-event.entity';
import type { AuditRecord } from './audit.types';

@Injectable()
export class AuditEventRepository {
  constructor(private readonly tx: TransactionHost) {}

  /**
   * Inside `tx.run()` the event joins the open transaction by itself; `manager` is for callers that
   * still hand their transaction's EntityManager around.
   */
  async add(event: Omit<AuditEvent, 'id' | 'at'>, manager?: EntityManager): Promise<void> {
    await (manager ? manager.getRepository(AuditEvent) : this.tx.repository(AuditEvent)).insert(event);
  }

  countByActorSince(actorUserId: number, action: string, since: Date): Promise<number> {
    return this.tx.repository(AuditEvent).count({ where: { actorUserId, action, at: MoreThan(since) } });
  }

  findByActor(actorUserId: number): Promise<AuditRecord[]> {
    return this.tx.repository(AuditEvent).find({ where: { actorUserId }, order: { id: 'ASC' } });
  }
}
