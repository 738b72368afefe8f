import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ClaimStatus } from '@lingong/shared';
import { timeColumn } from '../database/columns';

/** An accident report on an issued enrollment, followed by the worker and the county's operators. */
@Entity('insurance_claim')
@Index('IDX_insurance_claim_worker_user', ['workerUserId', 'id'])
@Index('IDX_insurance_claim_reporter', ['reportedByUserId', 'id'])
@Index('IDX_insurance_claim_employer', ['employerUserId', 'id'])
@Index('IDX_insurance_claim_county', ['countyCode', 'status', 'id'])
@Index('IDX_insurance_claim_enrollment', ['enrollmentId'])
export class InsuranceClaim {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  enrollmentId: number;

  @Column({ type: 'int' })
  workerId: number;

  @Column({ type: 'int' })
  workerUserId: number;

  @Column({ type: 'varchar', length: 6 })
  countyCode: string;

  @Column({ type: 'int' })
  reportedByUserId: number;

  /** The employer's account when an employer enrolled the worker: it follows the report too. */
  @Column({ type: 'int', nullable: true })
  employerUserId: number | null;

  @Column(timeColumn())
  accidentAt: Date;

  @Column({ type: 'varchar', length: 200 })
  place: string;

  @Column({ type: 'varchar', length: 2000 })
  description: string;

  @Column({ type: 'varchar', length: 1000 })
  injuries: string;

  @Column({ type: 'varchar', length: 12 })
  status: ClaimStatus;

  @Column({ type: 'varchar', length: 500, nullable: true })
  statusReason: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  insurerClaimNo: string | null;

  @CreateDateColumn(timeColumn())
  createdAt: Date;

  @UpdateDateColumn(timeColumn())
  updatedAt: Date;
}
