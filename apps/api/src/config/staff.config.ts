import { hkdfSync } from 'node:crypto';
import { ConfigContext, parseInteger } from './env';

/** The staff slice. */
export interface StaffConfig {
  /** How long a staff invitation code stays usable (see docs/api.md "Roles and staff access"). */
  invitationTtlHours: number;
  /** HMAC key of the stored invitation-code hashes, derived from PII_KEY under its own label (PII_KEY itself stays with PiiService). */
  invitationCodeKey: Buffer;
}

export const STAFF_CONFIG = Symbol('STAFF_CONFIG');

/** `piiKey`: the validated PII_KEY (undefined when it was refused: the start-up fails anyway). */
export function parseStaffConfig(ctx: ConfigContext, piiKey: Buffer | undefined): StaffConfig {
  return {
    invitationTtlHours: parseInteger(ctx.env.STAFF_INVITATION_TTL_HOURS, 72, 'STAFF_INVITATION_TTL_HOURS', 1, 30 * 24, ctx.problems),
    invitationCodeKey: deriveInvitationCodeKey(piiKey ?? Buffer.alloc(32)),
  };
}

/** Its own label: the same secret as the ID-number look-up hash, never the same key. */
export function deriveInvitationCodeKey(piiKey: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', piiKey, Buffer.alloc(0), 'lingong:staff:invitation-code', 32));
}
