import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { StaffRole } from '@lingong/shared';
import { timeColumn } from '../database/columns';

/**
 * A one-time code the city's admin gives to a new member of staff, who types it in 我的. Only a keyed
 * hash of the code is kept: a copy of the database does not hand out staff access.
 */
@Entity('staff_invitation')
export class StaffInvitation {
  @PrimaryGeneratedColumn()
  id: number;

  @Index('UQ_staff_invitation_code_hash', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  codeHash: string;

  @Column({ type: 'varchar', length: 16 })
  role: StaffRole;

  /** The county an operator will serve; null for an admin (the whole city). */
  @Column({ type: 'varchar', length: 6, nullable: true })
  countyCode: string | null;

  /** Null when printed by the command line (the first admin of a fresh server). */
  @Column({ type: 'int', nullable: true })
  createdByUserId: number | null;

  @Column(timeColumn())
  expiresAt: Date;

  @Column(timeColumn({ nullable: true }))
  usedAt: Date | null;

  @Column({ type: 'int', nullable: true })
  usedByUserId: number | null;

  @Column(timeColumn({ nullable: true }))
  revokedAt: Date | null;

  @Column({ type: 'int', nullable: true })
  revokedByUserId: number | null;

  @CreateDateColumn(timeColumn())
  createdAt: Date;
}
