import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { GateTokenKind } from '@lingong/shared';
import { timeColumn } from '../database/columns';

/**
 * One worker present at one market on one day (Asia/Shanghai). The unique index is what keeps a
 * burst of repeated scans to one row; (day, marketId) serves the day's lists, figures and the
 * "present today near the site" ranking. No defaults or generated dates on purpose: the insert on
 * the morning-peak path is then a single statement on every engine (TypeORM reloads such columns
 * with an extra SELECT on MySQL).
 */
@Entity('checkin')
@Index('UQ_checkin_worker_market_day', ['workerId', 'marketId', 'day'], { unique: true })
@Index('IDX_checkin_day_market', ['day', 'marketId'])
export class Checkin {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  marketId: number;

  @Column({ type: 'int' })
  workerId: number;

  /** The market's day, Asia/Shanghai, YYYY-MM-DD. */
  @Column({ type: 'varchar', length: 10 })
  day: string;

  @Column(timeColumn())
  checkedInAt: Date;

  /** Which code was scanned (a poster scan was location-checked). */
  @Column({ type: 'varchar', length: 8 })
  kind: GateTokenKind;
}
