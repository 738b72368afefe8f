import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { ComplaintAction, ComplaintStatus } from '@lingong/shared';
import { timeColumn } from '../database/columns';

/** One step in a complaint's history: who, when, from which state to which, and why. */
@Entity('complaint_event')
@Index('IDX_complaint_event_complaint', ['complaintId', 'id'])
export class ComplaintEvent {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  complaintId: number;

  /** Null for the system (the overdue job). */
  @Column({ type: 'int', nullable: true })
  actorUserId: number | null;

  @Column({ type: 'varchar', length: 12 })
  actorRole: 'complainant' | 'operator' | 'admin' | 'system';

  @Column({ type: 'varchar', length: 20 })
  action: ComplaintAction;

  @Column({ type: 'varchar', length: 16, nullable: true })
  fromStatus: ComplaintStatus | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  toStatus: ComplaintStatus | null;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  reason: string | null;

  /** Internal notes and system entries are never shown to the complainant. */
  @Column({ type: 'boolean' })
  internal: boolean;

  @Column({ type: 'simple-json', nullable: true })
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- free-form JSON detail of the step
  data: Record<string, any> | null;

  @CreateDateColumn(timeColumn())
  at: Date;
}
