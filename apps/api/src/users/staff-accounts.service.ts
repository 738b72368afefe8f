import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import type { Role, UserSummary } from '@lingong/shared';
import { TransactionHost } from '../database/transaction';
import { toUserSummary } from './user-summary';
import { UserAccessCache } from './user-access.cache';
import { User } from './user.entity';

/** An account as the staff rules see it: its roles and county, whether it is still open. */
export interface StaffAccount {
  id: number;
  roles: Role[];
  countyCode: string | null;
  phone: string | null;
  closed: boolean;
}

function toStaffAccount(user: User): StaffAccount {
  return { id: user.id, roles: user.roles, countyCode: user.countyCode, phone: user.phone, closed: user.closedAt !== null };
}

/**
 * What the staff module (granting and removing staff roles, listing a county's operators) and the
 * complaints module (assigning a case to a colleague) need of accounts. Role changes are conditional
 * on the roles the caller read, so a concurrent change is never overwritten.
 */
@Injectable()
export class StaffAccountsService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly access: UserAccessCache,
  ) {}

  async account(userId: number): Promise<StaffAccount | null> {
    const user = await this.tx.repository(User).findOneBy({ id: userId });
    return user ? toStaffAccount(user) : null;
  }

  /** Open accounts that may hold the operator role, in the county (every county when none), by id after `afterId`. */
  async operatorCandidates(query: { countyCode?: string; afterId?: number; take: number }): Promise<StaffAccount[]> {
    const qb = this.tx
      .repository(User)
      .createQueryBuilder('u')
      .where({ closedAt: IsNull() })
      .andWhere('u.countyCode IS NOT NULL')
      // roles is a JSON array in a text column on both engines; the caller checks the exact role.
      .andWhere('u.roles LIKE :operator', { operator: '%"operator"%' });
    if (query.countyCode) qb.andWhere('u.countyCode = :county', { county: query.countyCode });
    if (query.afterId !== undefined) qb.andWhere('u.id > :after', { after: query.afterId });
    return (await qb.orderBy('u.id', 'ASC').limit(query.take).getMany()).map(toStaffAccount);
  }

  /** Sets the account's roles and county, if its roles are still `before`. Answers whether it changed. */
  async changeRoles(userId: number, before: Role[], roles: Role[], countyCode: string | null): Promise<boolean> {
    const updated = await this.tx
      .repository(User)
      .createQueryBuilder()
      .update(User)
      .set({ roles, countyCode })
      .where('id = :id AND roles = :before', { id: userId, before: JSON.stringify(before) })
      .execute();
    this.access.invalidate(userId);
    return !!updated.affected;
  }

  async summary(userId: number): Promise<UserSummary> {
    return toUserSummary(await this.tx.repository(User).findOneByOrFail({ id: userId }));
  }
}
