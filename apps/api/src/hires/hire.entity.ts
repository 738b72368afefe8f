import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { PaymentStatus, PayUnit, Settlement } from '@lingong/shared';
import { coordinateColumn, timeColumn } from '../database/columns';

/**
 * A hiring record (招工用工登记) with its labour agreement (用工协议). Kept at least 3 years
 * (保障农民工工资支付条例): the agreement text, once confirmed by both, is never rewritten.
 */
@Entity('hire')
@Index('UQ_hire_application', ['applicationId'], { unique: true })
@Index('IDX_hire_worker_dates', ['workerId', 'startDate', 'endDate'])
@Index('IDX_hire_employer', ['employerId', 'id'])
@Index('IDX_hire_posting', ['postingId'])
export class Hire {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  applicationId: number;

  @Column({ type: 'int' })
  postingId: number;

  @Column({ type: 'int' })
  workerId: number;

  @Column({ type: 'int' })
  employerId: number;

  @Column({ type: 'varchar', length: 6 })
  countyCode: string;

  @Column({ type: 'varchar', length: 40 })
  trade: string;

  @Column({ type: 'int' })
  payAmountFen: number;

  @Column({ type: 'varchar', length: 8 })
  payUnit: PayUnit;

  @Column({ type: 'varchar', length: 16 })
  settlement: Settlement;

  @Column({ type: 'date' })
  startDate: string;

  @Column({ type: 'date' })
  endDate: string;

  @Column({ type: 'varchar', length: 200 })
  address: string;

  @Column(coordinateColumn())
  lat: number;

  @Column(coordinateColumn())
  lng: number;

  @Column({ type: 'varchar', length: 100 })
  workHours: string;

  @Column({ type: 'text' })
  agreementText: string;

  /** SHA-256 of the agreement text, set when both sides have confirmed it. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  agreementHash: string | null;

  @Column(timeColumn({ nullable: true }))
  workerConfirmedAt: Date | null;

  @Column(timeColumn({ nullable: true }))
  employerConfirmedAt: Date | null;

  @Column({ type: 'varchar', length: 8, default: 'pending' })
  paymentStatus: PaymentStatus;

  @Column(timeColumn({ nullable: true }))
  paymentReportedAt: Date | null;

  /** Set when either side cancelled the accepted job before it started; the place went back to the posting. */
  @Column(timeColumn({ nullable: true }))
  cancelledAt: Date | null;

  @Column({ type: 'int', nullable: true })
  cancelledBy: number | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  cancelReason: string | null;

  /** When the employer marked the work done (完工); the worker is told and both may then rate. */
  @Column(timeColumn({ nullable: true }))
  completedAt: Date | null;

  /** The employer reported that the worker did not come. */
  @Column({ type: 'boolean', default: false })
  noShow: boolean;

  @CreateDateColumn(timeColumn())
  createdAt: Date;

  @UpdateDateColumn(timeColumn())
  updatedAt: Date;
}
