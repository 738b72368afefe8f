import type { Role } from '@lingong/shared';

/** An account as other modules see it: who it is and what it may do, never the WeChat identifiers. */
/** What the auth guard needs of an open account on every request. */
export interface UserAccess {
  id: number;
  roles: Role[];
  countyCode: string | null;
}

export interface UserAccount {
  id: number;
  roles: Role[];
  countyCode: string | null;
  phone: string | null;
  phoneVerifiedAt: Date | null;
  lastLoginAt: Date | null;
  closedAt: Date | null;
  createdAt: Date;
}

/** Where a WeChat subscribe message for a user goes, and whether the account is still open. */
export interface WechatRecipient {
  openid: string;
  closed: boolean;
}
