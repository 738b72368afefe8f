import type { HireSide } from '@lingong/shared';
import type { AuthUser } from './auth-user';
import { isStaffOf } from './staff-scope';

/** What the hire rules look at: its county and its two parties. */
export interface HireFacts {
  countyCode: string;
  workerId: number;
  employerId: number;
}

/** The caller's worker and employer ids, when they are one (a user may be both). */
export interface CallerParties {
  workerId?: number;
  employerId?: number;
}

/**
 * `hire.act`: which side of the hire the caller is on, or undefined for anyone else (the worker side
 * is asked first). Confirming, reporting payment, completing and rating are for a side only.
 */
export function hireSideOf(hire: HireFacts, caller: CallerParties): HireSide | undefined {
  if (caller.workerId !== undefined && caller.workerId === hire.workerId) return 'worker';
  if (caller.employerId !== undefined && caller.employerId === hire.employerId) return 'employer';
  return undefined;
}

/** `hire.read`: its two parties, and staff of its county. */
export function canReadHire(user: AuthUser, hire: HireFacts, caller: CallerParties): boolean {
  return hireSideOf(hire, caller) !== undefined || isStaffOf(user, hire.countyCode);
}
