import { AppException } from '../common/app-exception';
import { AuthUser } from './auth.decorators';

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
