import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { EmployerKind, EmployerStatus } from '@lingong/shared';
import { timeColumn } from '../database/columns';

@Entity('employer')
@Index('IDX_employer_county_status', ['countyCode', 'status'])
export class Employer {
  @PrimaryGeneratedColumn()
  id: number;

  @Index('UQ_employer_user', { unique: true })
  @Column({ type: 'int' })
  userId: number;

  @Column({ type: 'varchar', length: 12 })
  kind: EmployerKind;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Index('UQ_employer_credit_code', { unique: true })
  @Column({ type: 'varchar', length: 18, nullable: true })
  creditCode: string | null;

  @Column({ type: 'varchar', length: 50 })
  contactName: string;

  @Column({ type: 'varchar', length: 20 })
  phone: string;

  @Column({ type: 'varchar', length: 200 })
  address: string;

  @Column({ type: 'varchar', length: 6 })
  countyCode: string;

  @Column({ type: 'varchar', length: 16 })
  status: EmployerStatus;

  @Column({ type: 'varchar', length: 500, nullable: true })
  statusReason: string | null;

  @Column(timeColumn({ nullable: true }))
  statusChangedAt: Date | null;

  @Column({ type: 'int', nullable: true })
  statusChangedBy: number | null;

  @CreateDateColumn(timeColumn())
  createdAt: Date;

  @UpdateDateColumn(timeColumn())
  updatedAt: Date;
}
