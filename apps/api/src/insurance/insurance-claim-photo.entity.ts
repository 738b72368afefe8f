import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { timeColumn } from '../database/columns';

/** A photo of an accident report. The bytes live under EVIDENCE_DIR under a random name, never in the database. */
@Entity('insurance_claim_photo')
@Index('IDX_insurance_claim_photo_claim', ['claimId', 'id'])
export class InsuranceClaimPhoto {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  claimId: number;

  @Column({ type: 'int' })
  uploaderUserId: number;

  @Index('UQ_insurance_claim_photo_storage', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  storageName: string;

  @Column({ type: 'varchar', length: 200 })
  fileName: string;

  /** The type found from the file's first bytes, not the one the client declared. */
  @Column({ type: 'varchar', length: 40 })
  contentType: string;

  @Column({ type: 'int' })
  sizeBytes: number;

  @Column({ type: 'varchar', length: 64 })
  sha256: string;

  @CreateDateColumn(timeColumn())
  createdAt: Date;
}
