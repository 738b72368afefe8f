import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { timeColumn } from '../database/columns';

/** A file sent as evidence. The bytes live under EVIDENCE_DIR under a random name, never in the database. */
@Entity('complaint_evidence')
@Index('IDX_complaint_evidence_complaint', ['complaintId', 'id'])
export class ComplaintEvidence {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  complaintId: number;

  @Column({ type: 'int' })
  uploaderUserId: number;

  @Column({ type: 'varchar', length: 12 })
  uploaderRole: 'complainant' | 'staff';

  @Index('UQ_complaint_evidence_storage', { unique: true })
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
