import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { timeColumn } from '../database/columns';

/** Who did what to which record, and why: kept for operators' decisions and for each user's export. */
@Entity('audit_event')
@Index('IDX_audit_event_entity', ['entityType', 'entityId'])
@Index('IDX_audit_event_actor', ['actorUserId'])
@Index('IDX_audit_event_at', ['at'])
export class AuditEvent {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int', nullable: true })
  actorUserId: number | null;

  @Column({ type: 'varchar', length: 64 })
  action: string;

  @Column({ type: 'varchar', length: 32 })
  entityType: string;

  @Column({ type: 'int' })
  entityId: number;

  @Column({ type: 'varchar', length: 6, nullable: true })
  countyCode: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  reason: string | null;

  @Column({ type: 'simple-json', nullable: true })
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- free-form JSON detail of the event
  data: Record<string, any> | null;

  @CreateDateColumn(timeColumn())
  at: Date;
}
