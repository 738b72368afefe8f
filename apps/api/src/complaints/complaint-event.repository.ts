import { Injectable } from '@nestjs/common';
import { TransactionHost } from '../database/transaction';
import { ComplaintEvent } from './complaint-event.entity';

/** One step as the services write it; `data` is dropped when empty. */
export type ComplaintStep = Pick<ComplaintEvent, 'actorUserId' | 'actorRole' | 'action' | 'fromStatus' | 'toStatus' | 'reason' | 'internal' | 'at'> & {
  data?: Record<string, unknown>;
};

@Injectable()
export class ComplaintEventRepository {
  constructor(private readonly tx: TransactionHost) {}

  /** Adds a step to the case's history, inside the open transaction when there is one. */
  async record(complaintId: number, step: ComplaintStep): Promise<void> {
    const data = (step.data && Object.keys(step.data).length ? step.data : null) as ComplaintEvent['data'];
    await this.tx.repository(ComplaintEvent).insert({ complaintId, ...step, data });
  }

  historyOf(complaintId: number): Promise<ComplaintEvent[]> {
    return this.tx.repository(ComplaintEvent).find({ where: { complaintId }, order: { id: 'ASC' } });
  }
}
