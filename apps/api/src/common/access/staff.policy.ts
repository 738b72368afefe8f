import { hasStaffRole, type Role } from '@lingong/shared';
import type { AuthUser } from './auth-user';
import { staffCountyScope } from './staff-scope';

/** An account as the staff rules need it. */
export interface StaffAccountFacts {
  id: number;
  roles: readonly Role[];
  countyCode: string | null;
  closed: boolean;
}

/** The county whose staff the caller may list: an operator only their own, the admin the one asked for (or all). */
export function staffListCounty(user: AuthUser, requested?: string): string | undefined {
  return staffCountyScope(user) ?? requested;
}

/** An open account holding the operator role for a county: who can take (be assigned) that county's cases. */
export function isOperatorOf(account: StaffAccountFacts, countyCode: string): boolean {
  return !account.closed && account.roles.includes('operator') && account.countyCode === countyCode;
}

/** An operator account listed as a colleague: holds the operator role and has a county. */
export function isListedOperator(account: Pick<StaffAccountFacts, 'roles' | 'countyCode'>): boolean {
  return account.roles.includes('operator') && !!account.countyCode;
}

/** The admin removes staff access, never their own, so the city always keeps the admin who is acting. */
export function canRemoveStaffAccess(admin: AuthUser, targetUserId: number): boolean {
  return admin.roles.includes('admin') && admin.id !== targetUserId;
}

/** Whether the account holds a staff role that can be removed (or blocks redeeming an invitation). */
export function holdsStaffRole(account: { roles: readonly string[] }): boolean {
  return hasStaffRole(account.roles);
}
