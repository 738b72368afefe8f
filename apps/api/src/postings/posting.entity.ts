import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ContentNote, PayUnit, PostingStatus, Settlement } from '@lingong/shared';
import { coordinateColumn, timeColumn } from '../database/columns';

/** A job posting (招工信息). */
@Entity('posting')
// The feed reads the few latitude bands of its box and a longitude range in each (see latCellOf).
// The index also holds every column the feed ranks by, so the search never reads the table rows
// (docs/benchmarks.md: 200,000 open postings).
@Index('IDX_posting_status_cell', [
  'status',
  'latCell',
  'lng',
  'lat',
  'validUntil',
  'employerId',
  'trade',
  'payAmountFen',
  'payUnit',
  'settlement',
  'publishedAt',
])
@Index('IDX_posting_status_valid_until', ['status', 'validUntil'])
@Index('IDX_posting_employer', ['employerId', 'id'])
@Index('IDX_posting_county_status', ['countyCode', 'status'])
export class Posting {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  employerId: number;

  /** The employer's county: its operators review the posting. */
  @Column({ type: 'varchar', length: 6 })
  countyCode: string;

  @Column({ type: 'varchar', length: 40 })
  trade: string;

  @Column({ type: 'varchar', length: 60 })
  title: string;

  @Column({ type: 'varchar', length: 2000 })
  description: string;

  @Column({ type: 'int' })
  headcount: number;

  @Column({ type: 'int', default: 0 })
  filledCount: number;

  @Column({ type: 'int' })
  payAmountFen: number;

  @Column({ type: 'varchar', length: 8 })
  payUnit: PayUnit;

  @Column({ type: 'varchar', length: 16 })
  settlement: Settlement;

  @Column({ type: 'varchar', length: 200 })
  address: string;

  @Column(coordinateColumn())
  lat: number;

  @Column(coordinateColumn())
  lng: number;

  /** `latCellOf(lat)`, for the grid search of the feed. */
  @Column({ type: 'int' })
  latCell: number;

  @Column({ type: 'date' })
  startDate: string;

  @Column({ type: 'int' })
  durationDays: number;

  @Column({ type: 'date' })
  endDate: string;

  @Column({ type: 'varchar', length: 100 })
  workHours: string;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  requirements: string | null;

  @Column({ type: 'varchar', length: 20 })
  contactPhone: string;

  @Column(timeColumn())
  validUntil: Date;

  @Column({ type: 'varchar', length: 16 })
  status: PostingStatus;

  @Column({ type: 'varchar', length: 500, nullable: true })
  statusReason: string | null;

  @Column({ type: 'simple-json', nullable: true })
  reviewNotes: ContentNote[] | null;

  @Column(timeColumn({ nullable: true }))
  reviewedAt: Date | null;

  @Column({ type: 'int', nullable: true })
  reviewedBy: number | null;

  /** When the posting was first shown to workers (freshness counts from here). */
  @Column(timeColumn({ nullable: true }))
  publishedAt: Date | null;

  @CreateDateColumn(timeColumn())
  createdAt: Date;

  @UpdateDateColumn(timeColumn())
  updatedAt: Date;
}
