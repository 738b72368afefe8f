import type { AuthUser } from './auth-user';
import { isStaffOf } from './staff-scope';

/** `market.manage`: staff of the market's county (the city admin: every county) may create, edit and run its gate. */
export function canManageMarket(user: AuthUser, market: { countyCode: string }): boolean {
  return isStaffOf(user, market.countyCode);
}
