import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { CoverItem } from '@lingong/shared';
import { timeColumn } from '../database/columns';

/** An accident insurance plan the city offers; managed by the city's admin. */
@Entity('insurance_product')
export class InsuranceProduct {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 100 })
  insurer: string;

  @Column({ type: 'varchar', length: 20 })
  insurerHotline: string;

  @Index('UQ_insurance_product_plan_code', { unique: true })
  @Column({ type: 'varchar', length: 40 })
  planCode: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'int' })
  pricePerDayFen: number;

  @Column({ type: 'int' })
  minAge: number;

  @Column({ type: 'int' })
  maxAge: number;

  @Column({ type: 'simple-json' })
  occupationClasses: number[];

  @Column({ type: 'simple-json' })
  cover: CoverItem[];

  @Column({ type: 'text' })
  terms: string;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @CreateDateColumn(timeColumn())
  createdAt: Date;

  @UpdateDateColumn(timeColumn())
  updatedAt: Date;
}
