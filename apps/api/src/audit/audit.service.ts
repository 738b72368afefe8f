import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
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

  findByActor(actorUserId: number): Promise<AuditEvent[]> {
    return this.events.find({ where: { actorUserId }, order: { id: 'ASC' } });
  }
}
