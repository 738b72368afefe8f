// The staff console's login (a one-time ticket shown as a QR code, approved in the mini-program,
// then a TOTP code), and its server-side sessions. See docs/console.md.

/** The mini-program page a scanned console login QR code opens (operator subpackage). */
export const CONSOLE_LOGIN_PAGE = '/operator/console-login/index';

export const LOGIN_TICKET_STATUSES = ['pending', 'approved', 'used', 'expired'] as const;
export type LoginTicketStatus = (typeof LOGIN_TICKET_STATUSES)[number];

/** `POST /api/console/login-tickets`: a new ticket and its QR code (SVG), valid until `expiresAt`. */
export interface CreatedLoginTicket {
  id: string;
  qrSvg: string;
  expiresAt: string;
}

/** `GET /api/console/login-tickets/:id`: what the console polls and the mini-program shows before approving. */
export interface LoginTicket {
  id: string;
  status: LoginTicketStatus;
  createdAt: string;
  expiresAt: string;
  /** Where the console asking to log in is (its address and browser), for 批准登录 to show. */
  requestedFrom: { ip: string | null; userAgent: string | null };
}

/** `POST /api/console/login-tickets/:id/session`: `totp` is the authenticator's 6 digits or a recovery code. */
export interface CreateConsoleSessionRequest {
  totp?: string;
}

export interface ConsoleSession {
  accessToken: string;
  /** The absolute end of the session (ISO time), whatever the activity. */
  expiresAt: string;
  /** The session ends after this many seconds without a request. */
  idleTimeoutSeconds: number;
  /**
   * True when the account has no authenticator yet: the session may only enroll one
   * (`/api/auth/totp/enroll`, `/confirm`); everything else answers AUTH.TOTP_ENROLLMENT_REQUIRED.
   */
  totpEnrollmentRequired: boolean;
}

/** `POST /api/auth/totp/enroll`. */
export interface TotpEnrollment {
  otpauthUrl: string;
  qrSvg: string;
}

/** `POST /api/auth/totp/confirm`. */
export interface TotpConfirmRequest {
  code: string;
}

/** Shown once; each works once instead of a TOTP code. */
export interface TotpRecoveryCodes {
  recoveryCodes: string[];
}

export const SESSION_KINDS = ['console', 'miniapp'] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

/** `GET /api/auth/sessions` (one's own) and `GET /api/auth/sessions/all` (the admin: every staff member's). */
export interface AuthSessionSummary {
  id: number;
  userId: number;
  kind: SessionKind;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  ip: string | null;
  userAgent: string | null;
  /** The session the request itself was made with. */
  current: boolean;
}
