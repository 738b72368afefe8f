import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { SubsidyCondition } from '@lingong/shared';
import { timeColumn } from '../database/columns';

/** Who pays which share of a day's premium in a county, and on which condition. */
@Entity('insurance_subsidy_rule')
@Index('IDX_insurance_subsidy_rule_county', ['countyCode', 'active'])
export class InsuranceSubsidyRule {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 6 })
  countyCode: string;

  /** Only for this product; null applies to every product. */
  @Column({ type: 'int', nullable: true })
  productId: number | null;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 24 })
  condition: SubsidyCondition;

  @Column({ type: 'int' })
  workerShareBp: number;

  @Column({ type: 'int' })
  employerShareBp: number;

  @Column({ type: 'int' })
  governmentShareBp: number;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @CreateDateColumn(timeColumn())
  createdAt: Date;

  @UpdateDateColumn(timeColumn())
  updatedAt: Date;
}
