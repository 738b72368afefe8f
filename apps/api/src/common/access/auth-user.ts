import type { Role, SessionKind } from '@lingong/shared';

/** The caller, as loaded from the database for this request. */
export interface AuthUser {
  id: number;
  roles: Role[];
  /** An operator's county; admins and others have none. */
  countyCode: string | null;
  /** The server-side session the token names (staff tokens only; see auth/sessions.service.ts). */
  session?: { id: number; kind: SessionKind; stage: 'full' | 'totp-enrollment' };
}
