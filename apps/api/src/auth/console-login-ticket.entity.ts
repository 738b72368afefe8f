import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { timeColumn } from '../database/columns';

/**
 * A one-time console login: shown as a QR code, approved by a staff member in the mini-program, then
 * exchanged once, with their TOTP code, for a console session. The id is random (unguessable).
 */
@Entity('console_login_ticket')
export class ConsoleLoginTicket {
  @PrimaryColumn({ type: 'varchar', length: 32 })
  id: string;

  @Column(timeColumn())
  expiresAt: Date;

  @Column({ type: 'int', nullable: true })
  approvedByUserId: number | null;

  @Column(timeColumn({ nullable: true }))
  approvedAt: Date | null;

  @Column(timeColumn({ nullable: true }))
  usedAt: Date | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip: string | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  userAgent: string | null;

  @CreateDateColumn(timeColumn())
  createdAt: Date;
}
