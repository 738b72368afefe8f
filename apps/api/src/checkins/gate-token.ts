import { createHmac, timingSafeEqual } from 'node:crypto';
import type { GateTokenKind } from '@lingong/shared';

/**
 * The gate token is WeChat's `scene` itself (≤ 32 chars), so it is compact rather than a JWT:
 *
 *   r<market>.<expiry>.<mac>            rotating code on the gate screen
 *   p<market>.<expiry>.<mac>            printed poster code (needs a location check)
 *   u|v<market>.<expiry>.<user>.<mac>   resume token of one user whose valid scan (of a rotating
 *                                       or a poster code) came before they had registered
 *
 * market, expiry (Unix seconds) and user are base36; mac is HMAC-SHA256 over everything before it,
 * truncated to 9 bytes (72 bits) in base64url. A rotating code is at most 1+7+1+8+1+12 = 30 chars.
 */
export interface GateTokenClaims {
  /** The code that was scanned (for a resume token: the code of the original scan). */
  kind: GateTokenKind;
  marketId: number;
  /** Unix seconds. */
  expiresAt: number;
  /** Only in a resume token: the one user it was issued to. */
  userId?: number;
}

export type GateTokenCheck = { ok: true; claims: GateTokenClaims } | { ok: false; reason: 'invalid' | 'expired' };

const PREFIX: Record<GateTokenKind, { scene: string; resume: string }> = { rotating: { scene: 'r', resume: 'u' }, poster: { scene: 'p', resume: 'v' } };
const READ: Record<string, { kind: GateTokenKind; resume: boolean }> = {
  r: { kind: 'rotating', resume: false },
  p: { kind: 'poster', resume: false },
  u: { kind: 'rotating', resume: true },
  v: { kind: 'poster', resume: true },
};
const MAC_BYTES = 9;
const TOKEN_PATTERN = /^([rpuv])([0-9a-z]{1,7})\.([0-9a-z]{1,8})(?:\.([0-9a-z]{1,9}))?\.([A-Za-z0-9_-]{12})$/;

export class GateTokenCodec {
  constructor(
    private readonly key: Buffer,
    /** Seconds accepted after expiry (clock of the screen, the scan, a slow network). */
    private readonly graceSeconds: number,
  ) {}

  sign(claims: GateTokenClaims): string {
    if (!Number.isSafeInteger(claims.marketId) || claims.marketId <= 0) throw new RangeError('marketId');
    const prefix = claims.userId === undefined ? PREFIX[claims.kind].scene : PREFIX[claims.kind].resume;
    const body = [
      `${prefix}${claims.marketId.toString(36)}`,
      Math.floor(claims.expiresAt).toString(36),
      ...(claims.userId !== undefined ? [claims.userId.toString(36)] : []),
    ].join('.');
    return `${body}.${this.mac(body)}`;
  }

  verify(token: string, now: Date = new Date()): GateTokenCheck {
    const match = TOKEN_PATTERN.exec(token);
    if (!match) return { ok: false, reason: 'invalid' };
    const [, prefix, market36, expiry36, user36, mac] = match;
    const { kind, resume } = READ[prefix];
    if (resume !== (user36 !== undefined)) return { ok: false, reason: 'invalid' };
    const body = token.slice(0, token.length - mac.length - 1);
    const expected = Buffer.from(this.mac(body), 'base64url');
    const given = Buffer.from(mac, 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'invalid' };
    const claims: GateTokenClaims = {
      kind,
      marketId: parseInt(market36, 36),
      expiresAt: parseInt(expiry36, 36),
      ...(user36 !== undefined ? { userId: parseInt(user36, 36) } : {}),
    };
    // Checked after the signature, so "expired" never tells a forger anything.
    if (now.getTime() / 1000 > claims.expiresAt + this.graceSeconds) return { ok: false, reason: 'expired' };
    return { ok: true, claims };
  }

  private mac(body: string): string {
    return createHmac('sha256', this.key).update(body).digest().subarray(0, MAC_BYTES).toString('base64url');
  }
}
