import type { UserSummary } from '@lingong/shared';
import type { UserAccount } from './users.types';

/** The account as the mini-program keeps it beside the token: login, GET /auth/me and a redeemed invitation answer it. */
export function toUserSummary(user: Pick<UserAccount, 'id' | 'roles' | 'countyCode' | 'phone'>): UserSummary {
  return { id: user.id, roles: user.roles, ...(user.countyCode ? { countyCode: user.countyCode } : {}), ...(user.phone ? { phone: user.phone } : {}) };
}
