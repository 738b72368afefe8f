import { toHalfWidth } from './text';

/** The roles an invitation can give: county staff (运营人员) and the city's admin (管理员). */
export const STAFF_ROLES = ['operator', 'admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/**
 * Invitation codes are read aloud or over the phone and typed by hand: no 0/O, 1/I/L look-alikes.
 * 31 characters to the power of 8 is about 8.5 × 10¹¹ codes.
 */
export const STAFF_INVITATION_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const STAFF_INVITATION_CODE_LENGTH = 8;

/**
 * What was typed, as the code is stored: upper case, half-width, without the spaces and dashes people
 * put in when copying it from a message. Anything else is left for the server to refuse.
 */
export function normalizeInvitationCode(raw: string): string {
  return toHalfWidth(raw)
    .replace(/[\s-]+/g, '')
    .toUpperCase();
}

/** Whether an account holds a staff role (县区工作人员 or 市里管理员). */
export function hasStaffRole(roles: readonly string[]): boolean {
  return roles.some((role) => (STAFF_ROLES as readonly string[]).includes(role));
}
