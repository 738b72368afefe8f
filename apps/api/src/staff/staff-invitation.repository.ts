import { Injectable } from '@nestjs/common';
import { FindOptionsWhere, IsNull, LessThan, MoreThan } from 'typeorm';
import { TransactionHost } from '../database/transaction';
import { StaffInvitation } from './staff-invitation.entity';

/** Open: not used, not revoked, not expired at `now`. */
function open(now: Date): FindOptionsWhere<StaffInvitation> {
  return { usedAt: IsNull(), revokedAt: IsNull(), expiresAt: MoreThan(now) };
}

@Injectable()
export class StaffInvitationRepository {
  constructor(private readonly tx: TransactionHost) {}

  private get repo() {
    return this.tx.repository(StaffInvitation);
  }

  add(row: Pick<StaffInvitation, 'codeHash' | 'role' | 'countyCode' | 'createdByUserId' | 'expiresAt' | 'createdAt'>): Promise<StaffInvitation> {
    return this.repo.save(this.repo.create(row));
  }

  findById(id: number): Promise<StaffInvitation | null> {
    return this.repo.findOneBy({ id });
  }

  findByCodeHash(codeHash: string): Promise<StaffInvitation> {
    return this.repo.findOneByOrFail({ codeHash });
  }

  /** Open invitations (of a county, when given), newest first, ids below `beforeId`. */
  listOpen(now: Date, query: { countyCode?: string; beforeId?: number; take: number }): Promise<StaffInvitation[]> {
    const where = open(now);
    if (query.countyCode) where.countyCode = query.countyCode;
    if (query.beforeId !== undefined) where.id = LessThan(query.beforeId);
    return this.repo.find({ where, order: { id: 'DESC' }, take: query.take });
  }

  /** Closes an open invitation as revoked; false when it was no longer open. */
  async revokeOpen(id: number, now: Date, revokedByUserId: number): Promise<boolean> {
    const result = await this.repo.update({ id, ...open(now) }, { revokedAt: now, revokedByUserId });
    return !!result.affected;
  }

  /** Single use: of two redeems at once, only one finds the row still open when it updates it. */
  async useOpen(codeHash: string, now: Date, usedByUserId: number): Promise<boolean> {
    const result = await this.repo.update({ codeHash, ...open(now) }, { usedAt: now, usedByUserId });
    return !!result.affected;
  }
}
