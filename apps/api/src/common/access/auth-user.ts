import type { Role } from '@lingong/shared';

/** The caller, as loaded from the database for this request. */
export interface AuthUser {
  id: number;
  roles: Role[];
  /** An operator's county; admins and others have none. */
  countyCode: string | null;
}
