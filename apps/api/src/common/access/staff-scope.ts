import { AppException } from '../app-exception';
import type { AuthUser } from './auth-user';

/**
 * The one rule for staff: an admin (the city) sees every county, an operator only their own.
 * Returns the county an operator is limited to, or undefined for an admin.
 */
export function staffCountyScope(user: AuthUser): string | undefined {
  if (user.roles.includes('admin')) return undefined;
  if (user.roles.includes('operator') && user.countyCode) return user.countyCode;
  throw new AppException('AUTH.FORBIDDEN');
}

/** Whether a staff user may see a record of this county. Outsiders get "not found", not "forbidden". */
export function staffCanSee(user: AuthUser, countyCode: string): boolean {
  const scope = staffCountyScope(user);
  return scope === undefined || scope === countyCode;
}

/** Staff: the city admin, or a county operator who has a county. The one definition every rule uses. */
export function isStaff(user: AuthUser): boolean {
  return user.roles.includes('admin') || (user.roles.includes('operator') && !!user.countyCode);
}

/** A staff user who may see a record of this county (anyone else: false, never an exception). */
export function isStaffOf(user: AuthUser, countyCode: string): boolean {
  return isStaff(user) && staffCanSee(user, countyCode);
}
