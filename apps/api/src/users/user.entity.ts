import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Role } from '@lingong/shared';
import { timeColumn } from '../database/columns';

@Entity('app_user')
export class User {
  @PrimaryGeneratedColumn()
  id: number;

  /** WeChat openid of this mini-program; `closed:<id>` once the account is closed. */
  @Index('UQ_app_user_openid', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  openid: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  unionid: string | null;

  @Column({ type: 'simple-json' })
  roles: Role[];

  /** For operators: the county (GB/T 2260) they serve; they only ever see that county. */
  @Column({ type: 'varchar', length: 6, nullable: true })
  countyCode: string | null;

  /** Bound through WeChat's getPhoneNumber, so it is known to be the user's. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  phone: string | null;

  @Column(timeColumn({ nullable: true }))
  phoneVerifiedAt: Date | null;

  @Column(timeColumn({ nullable: true }))
  lastLoginAt: Date | null;

  @Column(timeColumn({ nullable: true }))
  closedAt: Date | null;

  @CreateDateColumn(timeColumn())
  createdAt: Date;

  @UpdateDateColumn(timeColumn())
  updatedAt: Date;
}
