import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { CoverItem, DaySplit, EnrollmentStatus } from '@lingong/shared';

/** The product as it was sold: a later change of the product never changes an enrollment's cover. */
export interface ProductSnapshot {
  insurer: string;
  insurerHotline: string;
  planCode: string;
  name: string;
  pricePerDayFen: number;
  cover: CoverItem[];
}
import { timeColumn } from '../database/columns';

/** One purchase of day cover for one worker; issued only with the insurer's policy number. */
@Entity('insurance_enrollment')
@Index('UQ_insurance_enrollment_idempotency', ['requestedByUserId', 'idempotencyKey'], { unique: true })
@Index('IDX_insurance_enrollment_worker', ['workerId', 'id'])
@Index('IDX_insurance_enrollment_requester', ['requestedByUserId', 'id'])
@Index('IDX_insurance_enrollment_county', ['countyCode', 'id'])
@Index('IDX_insurance_enrollment_status', ['status', 'lastSubmittedAt'])
export class InsuranceEnrollment {
  @PrimaryGeneratedColumn()
  id: number;

  /** Our reference number for the insurer: fixed at creation, sent unchanged on every retry. */
  @Index('UQ_insurance_enrollment_reference', { unique: true })
  @Column({ type: 'varchar', length: 32 })
  reference: string;

  @Column({ type: 'int' })
  productId: number;

  @Column({ type: 'simple-json' })
  productSnapshot: ProductSnapshot;

  @Column({ type: 'int' })
  workerId: number;

  @Column({ type: 'int' })
  workerUserId: number;

  /** The worker's county: its subsidy rules apply and its operators see the enrollment. */
  @Column({ type: 'varchar', length: 6 })
  countyCode: string;

  @Column({ type: 'int' })
  requestedByUserId: number;

  @Column({ type: 'varchar', length: 64 })
  idempotencyKey: string;

  @Column({ type: 'int', nullable: true })
  employerId: number | null;

  @Column({ type: 'int', nullable: true })
  hireId: number | null;

  @Column({ type: 'date' })
  startDate: string;

  @Column({ type: 'date' })
  endDate: string;

  @Column({ type: 'int' })
  days: number;

  @Column({ type: 'int' })
  occupationClass: number;

  @Column({ type: 'int' })
  premiumFen: number;

  @Column({ type: 'int' })
  workerShareFen: number;

  @Column({ type: 'int' })
  employerShareFen: number;

  @Column({ type: 'int' })
  governmentShareFen: number;

  /** The split quoted at purchase, day by day (see InsuranceSettledDay for the split after each day). */
  @Column({ type: 'simple-json' })
  dailySplit: DaySplit[];

  /** Covered days settled so far, and their settled shares (sums of insurance_settled_day). */
  @Column({ type: 'int', default: 0 })
  settledDays: number;

  @Column({ type: 'int', default: 0 })
  settledWorkerShareFen: number;

  @Column({ type: 'int', default: 0 })
  settledEmployerShareFen: number;

  @Column({ type: 'int', default: 0 })
  settledGovernmentShareFen: number;

  @Column({ type: 'varchar', length: 12 })
  status: EnrollmentStatus;

  @Column({ type: 'varchar', length: 64, nullable: true })
  policyNo: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  failureReason: string | null;

  @Column({ type: 'int', default: 0 })
  submitAttempts: number;

  @Column(timeColumn({ nullable: true }))
  lastSubmittedAt: Date | null;

  @Column(timeColumn({ nullable: true }))
  issuedAt: Date | null;

  @Column(timeColumn({ nullable: true }))
  cancelledAt: Date | null;

  @CreateDateColumn(timeColumn())
  createdAt: Date;

  @UpdateDateColumn(timeColumn())
  updatedAt: Date;
}
