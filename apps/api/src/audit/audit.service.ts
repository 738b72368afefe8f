import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditEventRepository } from './audit-event.repository';
import type { AuditInput, AuditRecord } from './audit.types';

export type { AuditInput, AuditRecord } from './audit.types';

@Injectable()
export class AuditService {
  constructor(private readonly events: AuditEventRepository) {}

  /**
   * Records an event inside the current transaction (TransactionHost), so both land or neither;
   * `manager`, for callers still handing one around, does the same.
   */
  async record(input: AuditInput, manager?: EntityManager): Promise<void> {
    await this.events.add({ countyCode: null, reason: null, data: null, ...input }, manager);
  }

  /** How often this user did this since then (e.g. wrong invitation codes, for the attempt limit). */
  countByActorSince(actorUserId: number, action: string, since: Date): Promise<number> {
    return this.events.countByActorSince(actorUserId, action, since);
  }

  findByActor(actorUserId: number): Promise<AuditRecord[]> {
    return this.events.findByActor(actorUserId);
  }
}
