import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { timeColumn } from '../database/columns';

/**
 * A staff member's authenticator (TOTP, RFC 6238) and the console-login lock. The secret is kept
 * encrypted (PiiService), the recovery codes only as hashes, each removed when used.
 */
@Entity('totp_credential')
export class TotpCredential {
  @PrimaryColumn({ type: 'int' })
  userId: number;

  @Column({ type: 'varchar', length: 255 })
  secretEncrypted: string;

  /** Null until the first code is confirmed: only then does the login ask for codes. */
  @Column(timeColumn({ nullable: true }))
  confirmedAt: Date | null;

  /** The last 30-second step a code was accepted for: a code is never accepted twice. */
  @Column({ type: 'int', default: 0 })
  lastUsedStep: number;

  @Column({ type: 'simple-json', nullable: true })
  recoveryCodeHashes: string[] | null;

  /** Wrong codes in a row; the lock's count. */
  @Column({ type: 'int', default: 0 })
  failedAttempts: number;

  @Column(timeColumn({ nullable: true }))
  lockedUntil: Date | null;

  @CreateDateColumn(timeColumn())
  createdAt: Date;

  @UpdateDateColumn(timeColumn())
  updatedAt: Date;
}
