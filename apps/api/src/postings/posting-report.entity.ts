import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { PostingReportReason } from '@lingong/shared';
import { timeColumn } from '../database/columns';

/** A worker's report that a posting is fake or unlawful; the posting's county operators handle it. */
@Entity('posting_report')
@Index('UQ_posting_report_reporter', ['postingId', 'reporterUserId'], { unique: true })
@Index('IDX_posting_report_county', ['countyCode', 'id'])
export class PostingReport {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  postingId: number;

  @Column({ type: 'int' })
  reporterUserId: number;

  @Column({ type: 'varchar', length: 6 })
  countyCode: string;

  @Column({ type: 'varchar', length: 12 })
  reason: PostingReportReason;

  @Column({ type: 'varchar', length: 500, nullable: true })
  detail: string | null;

  @CreateDateColumn(timeColumn())
  createdAt: Date;
}
