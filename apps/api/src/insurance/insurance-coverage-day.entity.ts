import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One covered day of a worker. The unique (workerId, day) index is what refuses overlapping cover,
 * also when two enrollments race; rows go when their enrollment fails or is cancelled.
 */
@Entity('insurance_coverage_day')
@Index('UQ_insurance_coverage_day_worker_day', ['workerId', 'day'], { unique: true })
@Index('IDX_insurance_coverage_day_enrollment', ['enrollmentId'])
export class InsuranceCoverageDay {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  workerId: number;

  @Column({ type: 'date' })
  day: string;

  @Column({ type: 'int' })
  enrollmentId: number;
}
