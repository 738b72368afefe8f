import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { timeColumn } from '../database/columns';

/** Every decryption of an ID number: who, whose, why and when (PIPL Art 51). */
@Entity('pii_access_log')
@Index('IDX_pii_access_log_subject', ['subjectUserId'])
export class PiiAccessLog {
  @PrimaryGeneratedColumn()
  id: number;

  /** The user (or `null` for a scheduled job) that decrypted it. */
  @Column({ type: 'int', nullable: true })
  actorUserId: number | null;

  @Column({ type: 'int' })
  subjectUserId: number;

  @Column({ type: 'varchar', length: 32 })
  field: string;

  @Column({ type: 'varchar', length: 100 })
  purpose: string;

  @CreateDateColumn(timeColumn())
  at: Date;
}
