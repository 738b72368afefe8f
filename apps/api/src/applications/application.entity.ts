import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ApplicationKind, ApplicationStatus } from '@lingong/shared';
import { timeColumn } from '../database/columns';

/** A worker's application to a posting, or an employer's invitation of a worker: one per pair. */
@Entity('application')
@Index('UQ_application_posting_worker', ['postingId', 'workerId'], { unique: true })
@Index('IDX_application_worker', ['workerId', 'id'])
export class Application {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  postingId: number;

  @Column({ type: 'int' })
  workerId: number;

  @Column({ type: 'int' })
  employerId: number;

  @Column({ type: 'varchar', length: 12 })
  kind: ApplicationKind;

  @Column({ type: 'varchar', length: 12 })
  status: ApplicationStatus;

  @Column({ type: 'varchar', length: 500, nullable: true })
  cancelReason: string | null;

  @Column({ type: 'int', nullable: true })
  hireId: number | null;

  @Column(timeColumn({ nullable: true }))
  decidedAt: Date | null;

  @CreateDateColumn(timeColumn())
  createdAt: Date;

  @UpdateDateColumn(timeColumn())
  updatedAt: Date;
}
