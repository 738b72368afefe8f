import type { AuthUser } from './auth-user';
import { isStaff, isStaffOf, staffCountyScope } from './staff-scope';

/**
 * Who may do what with an insurance enrollment: the insured worker and whoever enrolled them (the
 * worker, or the employer for a hired worker) are its parties; the staff of the worker's county (and
 * the city's admin) may read it. To anyone else it does not exist.
 */
export interface EnrollmentFacts {
  countyCode: string;
  workerUserId: number;
  requestedByUserId: number;
}

export function isEnrollmentParty(user: AuthUser, enrollment: EnrollmentFacts): boolean {
  return enrollment.workerUserId === user.id || enrollment.requestedByUserId === user.id;
}

/** enrollment.read: a party, or staff of the enrollment's county. */
export function canReadEnrollment(user: AuthUser, enrollment: EnrollmentFacts): boolean {
  return isEnrollmentParty(user, enrollment) || isStaffOf(user, enrollment.countyCode);
}

/** enrollment.act: cancelling it, or reporting an accident on it, is for its parties only. */
export function canActOnEnrollment(user: AuthUser, enrollment: EnrollmentFacts): boolean {
  return isEnrollmentParty(user, enrollment);
}

/** A worker insures themself; an employer insures a worker it hired. */
export function canEnrollSelf(user: AuthUser): boolean {
  return user.roles.includes('worker');
}

export function canEnrollHiredWorker(user: AuthUser): boolean {
  return user.roles.includes('employer');
}

/** Whose enrollments a list shows: staff their county's (the admin every county's), anyone else their own. */
export function enrollmentListScope(user: AuthUser): { staff: true; countyCode?: string } | { staff: false; userId: number } {
  return isStaff(user) ? { staff: true, countyCode: staffCountyScope(user) } : { staff: false, userId: user.id };
}
