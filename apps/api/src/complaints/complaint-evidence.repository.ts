import { Injectable } from '@nestjs/common';
import { TransactionHost } from '../database/transaction';
import { ComplaintEvidence } from './complaint-evidence.entity';

@Injectable()
export class ComplaintEvidenceRepository {
  constructor(private readonly tx: TransactionHost) {}

  countOf(complaintId: number): Promise<number> {
    return this.tx.repository(ComplaintEvidence).count({ where: { complaintId } });
  }

  /** Stores the rows of files already written; answers their ids in order. */
  async addAll(rows: Omit<ComplaintEvidence, 'id'>[]): Promise<number[]> {
    const result = await this.tx.repository(ComplaintEvidence).insert(rows);
    return result.identifiers.map((i) => i.id as number);
  }

  listOf(complaintId: number): Promise<ComplaintEvidence[]> {
    return this.tx.repository(ComplaintEvidence).find({ where: { complaintId }, order: { id: 'ASC' } });
  }

  findOfComplaint(complaintId: number, evidenceId: number): Promise<ComplaintEvidence | null> {
    return this.tx.repository(ComplaintEvidence).findOne({ where: { id: evidenceId, complaintId } });
  }
}
