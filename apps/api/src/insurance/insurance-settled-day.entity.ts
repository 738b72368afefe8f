import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { timeColumn } from '../database/columns';

/**
 * The premium split of one covered day as settled after the day, from what actually happened (the
 * worker's check-ins and hiring records that day). Written once per day: the unique index stops a
 * second settlement, also when two runs of the job overlap.
 */
@Entity('insurance_settled_day')
@Index('UQ_insurance_settled_day', ['enrollmentId', 'day'], { unique: true })
export class InsuranceSettledDay {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  enrollmentId: number;

  @Column({ type: 'date' })
  day: string;

  /** The subsidy rule that applied, or null when none did (the worker pays). */
  @Column({ type: 'int', nullable: true })
  ruleId: number | null;

  @Column({ type: 'boolean' })
  checkedIn: boolean;

  @Column({ type: 'boolean' })
  hired: boolean;

  @Column({ type: 'int' })
  workerFen: number;

  @Column({ type: 'int' })
  employerFen: number;

  @Column({ type: 'int' })
  governmentFen: number;

  @Column(timeColumn())
  settledAt: Date;
}
