import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, MoreThan, Repository } from 'typeorm';
import { AuditEvent } from './audit-event.entity';

export interface AuditInput {
  actorUserId: number | null;
  action: string;
  entityType: string;
  entityId: number;
  countyCode?: string | null;
  reason?: string | null;
  data?: AuditEvent['data'];
}

@Injectable()
export class AuditService {
  constructor(@InjectRepository(AuditEvent) private readonly events: Repository<AuditEvent>) {}

  /** Records an event, inside the caller's transaction when one is given, so both land or neither. */
  async record(input: AuditInput, manager?: EntityManager): Promise<void> {
    const repo = manager ? manager.getRepository(AuditEvent) : this.events;
    await repo.insert({ countyCode: null, reason: null, data: null, ...input });
  }

  /** How often this user did this since then (e.g. wrong invitation codes, for the attempt limit). */
  countByActorSince(actorUserId: number, action: string, since: Date): Promise<number> {
    return this.events.count({ where: { actorUserId, action, at: MoreThan(since) } });
  }

  findByActor(actorUserId: number): Promise<AuditEvent[]> {
    return this.events.find({ where: { actorUserId }, order: { id: 'ASC' } });
  }
}
