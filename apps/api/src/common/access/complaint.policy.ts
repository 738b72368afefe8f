import { HEZE_COUNTIES } from '@lingong/shared';
import type { AuthUser } from './auth-user';
import { isStaff, isStaffOf, staffCountyScope } from './staff-scope';

/**
 * Who may do what with a complaint: every rule in this one file. Staff of the case's county (or the
 * city's admin) see it as staff; the complainant sees their own; to everyone else it does not exist
 * ("not found", never "forbidden").
 */
export interface ComplaintFacts {
  countyCode: string;
  complainantUserId: number;
}

export type ComplaintViewer = 'complainant' | 'staff';

/** complaint.read: how the caller sees the case, or null when they may not see it at all. */
export function complaintViewer(user: AuthUser, complaint: ComplaintFacts): ComplaintViewer | null {
  if (isStaffOf(user, complaint.countyCode)) return 'staff';
  if (complaint.complainantUserId === user.id) return 'complainant';
  return null;
}

export function canReadComplaint(user: AuthUser, complaint: ComplaintFacts): boolean {
  return complaintViewer(user, complaint) !== null;
}

/** complaint.handle: operators move, annotate and assign a case of their county; the admin any case. */
export function canHandleComplaint(user: AuthUser, complaint: ComplaintFacts): boolean {
  return complaintViewer(user, complaint) === 'staff';
}

/** complaint.follow: only the complainant withdraws their case or adds material to it. */
export function isComplainant(user: AuthUser, complaint: ComplaintFacts): boolean {
  return complaint.complainantUserId === user.id;
}

/** complaint.file: staff take complaints through their own queue; a case is tied to the complainant's account. */
export function canFileComplaint(user: AuthUser): boolean {
  return !isStaff(user);
}

/** Staff get the county queue; everyone else the list of their own complaints. */
export function seesComplaintQueue(user: AuthUser): boolean {
  return isStaff(user);
}

/** The county a staff member's queue shows: an operator's own, whatever they ask; the admin's choice (or all). */
export function complaintQueueCounty(staff: AuthUser, requested?: string): string | undefined {
  return staffCountyScope(staff) ?? requested;
}

/** The counties a staff member's figures cover: an operator's own; the admin's choice, or every county. */
export function complaintFiguresCounties(staff: AuthUser, requested?: string): string[] {
  const operatorCounty = staffCountyScope(staff);
  if (operatorCounty) return [operatorCounty];
  return requested ? [requested] : HEZE_COUNTIES.map((c) => c.code);
}

/**
 * The overdue reminders a staff member sees: an operator those of their county meant for them or for
 * nobody in particular (`county`), the admin all of them (undefined).
 */
export function complaintReminderCounty(staff: AuthUser): string | undefined {
  return staffCountyScope(staff);
}

/** How a staff member's step is signed in the case's history. */
export function complaintActorRole(staff: AuthUser): 'operator' | 'admin' {
  return staff.roles.includes('admin') ? 'admin' : 'operator';
}
