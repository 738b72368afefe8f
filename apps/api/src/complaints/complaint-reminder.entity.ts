import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { timeColumn } from '../database/columns';

/** A reminder to the assigned operator (or the county's queue when nobody is assigned) that a deadline passed. */
@Entity('complaint_reminder')
// The job may run many times a day: one reminder per case, kind and deadline.
@Index('UQ_complaint_reminder', ['complaintId', 'kind', 'dueOn'], { unique: true })
@Index('IDX_complaint_reminder_operator', ['operatorUserId', 'id'])
export class ComplaintReminder {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  complaintId: number;

  @Column({ type: 'varchar', length: 6 })
  countyCode: string;

  @Column({ type: 'int', nullable: true })
  operatorUserId: number | null;

  @Column({ type: 'varchar', length: 12 })
  kind: 'acceptance' | 'resolution';

  @Column({ type: 'date' })
  dueOn: string;

  @CreateDateColumn(timeColumn())
  createdAt: Date;
}
