import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { TransactionHost } from '../database/transaction';
import { InsuranceClaimPhoto } from './insurance-claim-photo.entity';

@Injectable()
export class InsuranceClaimPhotoRepository {
  constructor(private readonly tx: TransactionHost) {}

  countOf(claimId: number): Promise<number> {
    return this.tx.repository(InsuranceClaimPhoto).count({ where: { claimId } });
  }

  /** Stores the rows of photos already written; answers their ids in order. */
  async addAll(rows: Omit<InsuranceClaimPhoto, 'id' | 'createdAt'>[]): Promise<number[]> {
    const result = await this.tx.repository(InsuranceClaimPhoto).insert(rows);
    return result.identifiers.map((i) => i.id as number);
  }

  async ofClaims(claimIds: number[]): Promise<InsuranceClaimPhoto[]> {
    if (!claimIds.length) return [];
    return this.tx.repository(InsuranceClaimPhoto).find({ where: { claimId: In(claimIds) }, order: { id: 'ASC' } });
  }

  findOfClaim(claimId: number, photoId: number): Promise<InsuranceClaimPhoto | null> {
    return this.tx.repository(InsuranceClaimPhoto).findOne({ where: { id: photoId, claimId } });
  }
}
