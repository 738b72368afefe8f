import { Injectable } from '@nestjs/common';
import { TransactionHost } from '../database/transaction';
import { NotificationRepository } from './notification.repository';

export type NotificationEvent =
  | 'application.created'
  | 'invitation.created'
  | 'application.accepted'
  | 'invitation.accepted'
  | 'posting.rejected'
  | 'hire.unpaid'
  | 'hire.completed'
  | 'employer.reviewed';

export interface NotificationInput {
  userId: number | null;
  event: NotificationEvent;
  payload: Record<string, string | number | null>;
}

@Injectable()
export class NotificationsService {
  constructor(
    private readonly outbox: NotificationRepository,
    private readonly tx: TransactionHost,
  ) {}

  /** Records the event in the caller's transaction: it exists exactly when the change it announces does. */
  record(input: NotificationInput): Promise<void> {
    return this.tx.run(() => this.outbox.add(input));
  }
}
