import type { PostingStatus } from '@lingong/shared';
import type { AuthUser } from './auth-user';
import { isStaffOf } from './staff-scope';

/** What the posting rules look at. */
export interface PostingFacts {
  status: PostingStatus;
  countyCode: string;
  employerId: number;
  /** Whether the posting's employer is suspended (its postings leave public view). */
  employerSuspended: boolean;
}

/** Whether the posting is shown to every logged-in user: open or filled, of an employer not suspended. */
export function isPostingPublic(posting: PostingFacts): boolean {
  return (posting.status === 'open' || posting.status === 'filled') && !posting.employerSuspended;
}

/**
 * `posting.read`: public postings to anyone logged in; the rest to their employer (`callerEmployerId`,
 * the caller's own employer id when they are one) and the county's staff.
 */
export function canReadPosting(user: AuthUser | undefined, posting: PostingFacts, callerEmployerId?: number): boolean {
  return isPostingPublic(posting) || canManagePosting(posting, callerEmployerId) || (user !== undefined && isStaffOf(user, posting.countyCode));
}

/** `posting.manage`: only the posting's employer edits, closes it, sees its applicants and candidates. */
export function canManagePosting(posting: { employerId: number }, callerEmployerId?: number): boolean {
  return callerEmployerId !== undefined && callerEmployerId === posting.employerId;
}

/** `posting.review`: staff of the posting's county approve or reject it. */
export function canReviewPosting(user: AuthUser, posting: { countyCode: string }): boolean {
  return isStaffOf(user, posting.countyCode);
}
