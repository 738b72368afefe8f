import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { timeColumn } from '../database/columns';

/** Proof of each separate consent (PIPL Art 29): which text version, when, and when withdrawn. */
@Entity('consent_record')
@Index('IDX_consent_record_user', ['userId'])
export class ConsentRecord {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  userId: number;

  /** What was consented to, e.g. `pii.id_number_location`. */
  @Column({ type: 'varchar', length: 40 })
  scope: string;

  @Column({ type: 'varchar', length: 32 })
  version: string;

  @CreateDateColumn(timeColumn())
  agreedAt: Date;

  @Column(timeColumn({ nullable: true }))
  withdrawnAt: Date | null;
}
