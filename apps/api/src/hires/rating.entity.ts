import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { timeColumn } from '../database/columns';

/** One rating per side per hire: the worker rates the employer and the employer the worker. */
@Entity('rating')
@Index('UQ_rating_hire_side', ['hireId', 'fromSide'], { unique: true })
@Index('IDX_rating_subject', ['subjectType', 'subjectId'])
export class Rating {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  hireId: number;

  @Column({ type: 'varchar', length: 8 })
  fromSide: 'worker' | 'employer';

  /** Who is rated: the worker or the employer of the hire. */
  @Column({ type: 'varchar', length: 8 })
  subjectType: 'worker' | 'employer';

  @Column({ type: 'int' })
  subjectId: number;

  @Column({ type: 'int' })
  score: number;

  @Column({ type: 'simple-json' })
  tags: string[];

  @CreateDateColumn(timeColumn())
  createdAt: Date;
}
