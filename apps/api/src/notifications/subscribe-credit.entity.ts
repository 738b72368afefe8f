import { Column, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { timeColumn } from '../database/columns';

/** One-time subscribe-message credits: each `accept` in wx.requestSubscribeMessage allows one send. */
@Entity('subscribe_credit')
@Index('UQ_subscribe_credit_openid_template', ['openid', 'templateId'], { unique: true })
export class SubscribeCredit {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 64 })
  openid: string;

  @Column({ type: 'varchar', length: 64 })
  templateId: string;

  @Column({ type: 'int', default: 0 })
  credits: number;

  @UpdateDateColumn(timeColumn())
  updatedAt: Date;
}
