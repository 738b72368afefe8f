import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { timeColumn } from '../database/columns';

/**
 * The outbox: an event is recorded in the same transaction as the change it announces, and a job
 * delivers it later, so a WeChat outage never loses or blocks a hire.
 */
@Entity('notification')
@Index('IDX_notification_status', ['status', 'id'])
@Index('IDX_notification_user', ['userId', 'id'])
export class Notification {
  @PrimaryGeneratedColumn()
  id: number;

  /** The user to notify; null for events other modules consume (e.g. hire.unpaid). */
  @Column({ type: 'int', nullable: true })
  userId: number | null;

  @Column({ type: 'varchar', length: 40 })
  event: string;

  @Column({ type: 'simple-json' })
  payload: Record<string, string | number | null>;

  /** pending → sending → sent | no_credit | failed | skipped (no template, no active user). */
  @Column({ type: 'varchar', length: 12, default: 'pending' })
  status: string;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ type: 'varchar', length: 200, nullable: true })
  lastError: string | null;

  @CreateDateColumn(timeColumn())
  createdAt: Date;

  /** When a sender took the row; a row left `sending` longer than a few minutes (a crash) is taken again. */
  @Column(timeColumn({ nullable: true }))
  claimedAt: Date | null;

  @Column(timeColumn({ nullable: true }))
  sentAt: Date | null;
}
