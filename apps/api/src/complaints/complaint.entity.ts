import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ComplaintCategory, ComplaintStatus } from '@lingong/shared';
import { timeColumn } from '../database/columns';

/**
 * A complaint or tip. The county is the respondent employer's when it is on the platform, else the
 * place of work; operators see only their county's cases. Dates (`...On`) are Asia/Shanghai days.
 */
@Entity('complaint')
@Index('IDX_complaint_county_due', ['countyCode', 'nextDueOn'])
@Index('IDX_complaint_county_submitted', ['countyCode', 'submittedOn'])
@Index('IDX_complaint_complainant', ['complainantUserId', 'id'])
@Index('IDX_complaint_overdue_scan', ['status', 'nextDueOn'])
// Two identical submissions in the same window slot (a double tap) cannot both be stored.
@Index('UQ_complaint_dedupe', ['complainantUserId', 'dedupeHash', 'dedupeSlot'], { unique: true })
export class Complaint {
  @PrimaryGeneratedColumn()
  id: number;

  /** Always kept, also for anonymous tips, so the tipster can follow the case. */
  @Column({ type: 'int' })
  complainantUserId: number;

  @Column({ type: 'boolean' })
  anonymous: boolean;

  /** The worker's real name at intake (wage claims need one); null for anonymous tips. */
  @Column({ type: 'varchar', length: 50, nullable: true })
  complainantName: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  complainantPhone: string | null;

  @Column({ type: 'varchar', length: 20 })
  category: ComplaintCategory;

  @Column({ type: 'int', nullable: true })
  respondentEmployerId: number | null;

  @Column({ type: 'varchar', length: 100 })
  respondentName: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  respondentAddress: string | null;

  @Column({ type: 'varchar', length: 50, nullable: true })
  respondentPersonInCharge: string | null;

  @Column({ type: 'text' })
  facts: string;

  @Column({ type: 'varchar', length: 1000 })
  request: string;

  @Column({ type: 'int', nullable: true })
  amountFen: number | null;

  @Column({ type: 'date', nullable: true })
  periodFrom: string | null;

  @Column({ type: 'date', nullable: true })
  periodTo: string | null;

  @Column({ type: 'int', nullable: true })
  postingId: number | null;

  /** A "not paid" report on a hiring record opens at most one complaint per hire. */
  @Index('UQ_complaint_hire', { unique: true })
  @Column({ type: 'int', nullable: true })
  hireId: number | null;

  @Column({ type: 'varchar', length: 6 })
  countyCode: string;

  @Column({ type: 'varchar', length: 16 })
  status: ComplaintStatus;

  @Column({ type: 'date' })
  submittedOn: string;

  @Column({ type: 'date' })
  acceptanceDueOn: string;

  /** When the acceptance decision (accept, reject or refer) was taken. */
  @Column({ type: 'date', nullable: true })
  decidedOn: string | null;

  @Column({ type: 'date', nullable: true })
  acceptedOn: string | null;

  @Column({ type: 'date', nullable: true })
  resolutionDueOn: string | null;

  @Column({ type: 'boolean', default: false })
  extended: boolean;

  @Column({ type: 'date', nullable: true })
  resolvedOn: string | null;

  /** The deadline that applies now (acceptance while submitted, resolution once accepted), for the queue. */
  @Column({ type: 'date', nullable: true })
  nextDueOn: string | null;

  /** Set by the overdue job; cleared when the case moves on or its deadline moves. */
  @Column({ type: 'boolean', default: false })
  overdue: boolean;

  @Column({ type: 'varchar', length: 100, nullable: true })
  referredTo: string | null;

  @Column({ type: 'int', nullable: true })
  recoveredFen: number | null;

  @Column({ type: 'int', nullable: true })
  assignedOperatorId: number | null;

  /** 'app' for the complaint form, 'hire' for a "not paid" report on a hiring record. */
  @Column({ type: 'varchar', length: 8 })
  source: 'app' | 'hire';

  /** SHA-256 of category, respondent and normalised facts: a resubmission by mistake is recognised. */
  @Column({ type: 'varchar', length: 64 })
  dedupeHash: string;

  @Column({ type: 'int' })
  dedupeSlot: number;

  @CreateDateColumn(timeColumn())
  createdAt: Date;

  @UpdateDateColumn(timeColumn())
  updatedAt: Date;
}
