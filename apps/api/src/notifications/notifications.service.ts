import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Notification } from './notification.entity';

export type NotificationEvent =
  | 'application.created'
  | 'invitation.created'
  | 'application.accepted'
  | 'invitation.accepted'
  | 'posting.rejected'
  | 'hire.unpaid'
  | 'hire.completed';

export interface NotificationInput {
  userId: number | null;
  event: NotificationEvent;
  payload: Record<string, string | number | null>;
}

@Injectable()
export class NotificationsService {
  /** Records the event in the caller's transaction: it exists exactly when the change it announces does. */
  async record(manager: EntityManager, input: NotificationInput): Promise<void> {
    await manager.getRepository(Notification).insert({ ...input, status: 'pending', attempts: 0, lastError: null, claimedAt: null, sentAt: null });
  }
}
