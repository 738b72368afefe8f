import type { AuthUser } from './auth-user';
import { isStaffOf } from './staff-scope';

/** `employer.review`: staff of the employer's county may read its registration, verify or suspend it. */
export function canReviewEmployer(user: AuthUser, employer: { countyCode: string }): boolean {
  return isStaffOf(user, employer.countyCode);
}
