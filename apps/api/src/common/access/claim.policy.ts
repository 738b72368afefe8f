import type { AuthUser } from './auth-user';
import { isStaff, isStaffOf, staffCountyScope } from './staff-scope';

/**
 * Who may do what with an accident report (claim): its parties are the insured worker, whoever
 * reported it and the employer who enrolled the worker; the staff of the county read, forward and
 * close it. To anyone else it does not exist.
 */
export interface ClaimFacts {
  countyCode: string;
  workerUserId: number;
  reportedByUserId: number;
  employerUserId: number | null;
}

export function isClaimParty(user: AuthUser, claim: ClaimFacts): boolean {
  return claim.workerUserId === user.id || claim.reportedByUserId === user.id || claim.employerUserId === user.id;
}

/** claim.read: a party, or staff of the claim's county (its photos too). */
export function canReadClaim(user: AuthUser, claim: ClaimFacts): boolean {
  return isClaimParty(user, claim) || isStaffOf(user, claim.countyCode);
}

/** claim.add-photos: only its parties add photos. */
export function canAddClaimPhotos(user: AuthUser, claim: ClaimFacts): boolean {
  return isClaimParty(user, claim);
}

/** Whose claims a list shows: an operator their county's, the admin the county asked for (or all), anyone else their own. */
export function claimListScope(user: AuthUser, requestedCounty?: string): { staff: true; countyCode?: string } | { staff: false; userId: number } {
  return isStaff(user) ? { staff: true, countyCode: staffCountyScope(user) ?? requestedCounty } : { staff: false, userId: user.id };
}
