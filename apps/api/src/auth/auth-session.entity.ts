import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { SessionKind } from '@lingong/shared';
import { timeColumn } from '../database/columns';

export type SessionStage = 'full' | 'totp-enrollment';

/**
 * A staff member's server-side session: every console token and every staff token of the
 * mini-program names one (`sid`), so it can be ended at once (logout, the admin, a role taken away,
 * a lock) and, on the console, times out when idle. Workers' and employers' tokens have none.
 */
@Entity('auth_session')
@Index('IDX_auth_session_user', ['userId', 'endedAt'])
export class AuthSession {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  userId: number;

  @Column({ type: 'varchar', length: 16 })
  kind: SessionKind;

  /** A console session of an account without an authenticator may only enroll one. */
  @Column({ type: 'varchar', length: 16, default: 'full' })
  stage: SessionStage;

  /** Seconds without a request after which the session ends; null: no idle timeout (the mini-program). */
  @Column({ type: 'int', nullable: true })
  idleTimeoutSeconds: number | null;

  @Column(timeColumn())
  lastSeenAt: Date;

  @Column(timeColumn())
  expiresAt: Date;

  @Column(timeColumn({ nullable: true }))
  endedAt: Date | null;

  /** logout, revoked, role_removed, locked, idle */
  @Column({ type: 'varchar', length: 16, nullable: true })
  endReason: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip: string | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  userAgent: string | null;

  @CreateDateColumn(timeColumn())
  createdAt: Date;
}
