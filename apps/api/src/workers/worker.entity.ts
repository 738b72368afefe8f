import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { coordinateColumn, timeColumn } from '../database/columns';

/** A registered gig worker. Personal fields are nulled when the worker deletes the account. */
@Entity('worker')
@Index('IDX_worker_location', ['lat', 'lng'])
export class Worker {
  @PrimaryGeneratedColumn()
  id: number;

  @Index('UQ_worker_user', { unique: true })
  @Column({ type: 'int' })
  userId: number;

  @Column({ type: 'varchar', length: 50 })
  realName: string;

  /** AES-256-GCM ciphertext of the resident ID number (see PiiService); never leaves the API. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  idCipher: string | null;

  /** HMAC-SHA256 of the ID number: one account per person without storing the number in clear. */
  @Index('UQ_worker_id_hash', { unique: true })
  @Column({ type: 'varchar', length: 64, nullable: true })
  idHash: string | null;

  @Column({ type: 'varchar', length: 18, nullable: true })
  idMasked: string | null;

  @Column({ type: 'date', nullable: true })
  birthDate: string | null;

  @Column({ type: 'varchar', length: 6, nullable: true })
  gender: 'male' | 'female' | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  phone: string | null;

  @Column({ type: 'boolean', default: false })
  phoneVerified: boolean;

  @Column({ type: 'simple-json' })
  trades: string[];

  @Column({ type: 'varchar', length: 6 })
  countyCode: string;

  @Column(coordinateColumn({ nullable: true }))
  lat: number | null;

  @Column(coordinateColumn({ nullable: true }))
  lng: number | null;

  @Column(timeColumn({ nullable: true }))
  locationUpdatedAt: Date | null;

  @Column({ type: 'varchar', length: 32 })
  consentVersion: string;

  @Column(timeColumn())
  consentAt: Date;

  @Column(timeColumn({ nullable: true }))
  anonymisedAt: Date | null;

  @CreateDateColumn(timeColumn())
  createdAt: Date;

  @UpdateDateColumn(timeColumn())
  updatedAt: Date;
}
