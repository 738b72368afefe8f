import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { timeColumn } from '../database/columns';

/** A local change to the official working-day calendar, for one county or the whole city. */
@Entity('calendar_exception')
@Index('UQ_calendar_exception_scope_date', ['scopeCode', 'date'], { unique: true })
export class CalendarExceptionEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'date' })
  date: string;

  /** A county's GB/T 2260 code, or the city's (371700) for a city-wide exception. */
  @Column({ type: 'varchar', length: 6 })
  scopeCode: string;

  @Column({ type: 'boolean' })
  working: boolean;

  @Column({ type: 'varchar', length: 200 })
  reason: string;

  @Column({ type: 'int' })
  createdBy: number;

  @CreateDateColumn(timeColumn())
  createdAt: Date;
}
