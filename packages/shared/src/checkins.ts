/**
 * Check-in at the market gate (签到): the gate code's `scene`, and the shapes of the check-in routes.
 * The scene is what WeChat hands the mini-program page (`decodeURIComponent(query.scene)`); the
 * mini-program posts it back unchanged as `token`.
 */

import { MINIAPP_PAGES } from './pages';

/** The mini-program page a gate code opens. */
export const CHECKIN_PAGE = MINIAPP_PAGES.checkin;

/** WeChat's limit on `scene` (getwxacodeunlimit): at most 32 of these characters. */
export const WECHAT_SCENE_PATTERN = /^[0-9A-Za-z!#$&'()*+,/:;=?@\-._~]{1,32}$/;

export function isWechatScene(value: string): boolean {
  return WECHAT_SCENE_PATTERN.test(value);
}

/**
 * `rotating`: shown on the screen at the gate, valid for about a minute (presence is proven by
 * seeing the screen). `poster`: printed, long-lived, so a check-in through it also needs the
 * worker's location within the market's radius (a photo of a poster proves nothing).
 */
export const GATE_TOKEN_KINDS = ['rotating', 'poster'] as const;
export type GateTokenKind = (typeof GATE_TOKEN_KINDS)[number];

export interface GateTokenResponse {
  /** The signed token; the same string as `scene`. */
  token: string;
  scene: string;
  /** The mini-program page the code opens. */
  page: string;
  expiresAt: string;
  /** The QR code as an SVG document; it encodes `url`. */
  qrSvg: string;
  /** The https address the QR code holds (WeChat's "扫普通链接二维码打开小程序" opens the page with `scene`). */
  url: string;
  kind: GateTokenKind;
  /** Seconds the token lives, so a screen can refresh it without trusting its own clock. */
  ttlSeconds: number;
  marketId: number;
}

export interface CheckinRequest {
  token: string;
  /** GCJ-02, from `getLocation({type:'gcj02'})`; required for a poster code. */
  lat?: number;
  lng?: number;
}

export interface CheckinResponse {
  id: number;
  marketId: number;
  workerId: number;
  /** The market's day, Asia/Shanghai, YYYY-MM-DD. */
  day: string;
  checkedInAt: string;
  /** True when this worker had already checked in at this market today: the same check-in is answered. */
  repeated: boolean;
}

/**
 * Details of `WORKER.NOT_REGISTERED` answered to a valid scan: after the shortest registration the
 * mini-program posts `{ token: resumeToken }` and is checked in, even if the gate code has expired
 * meanwhile.
 */
export interface CheckinResumeDetails {
  resumeToken: string;
  resumeExpiresAt: string;
}

export interface MyCheckin {
  id: number;
  marketId: number;
  marketName: string;
  day: string;
  checkedInAt: string;
}

/** A check-in as the market's operators see it: name and trades, the phone masked. */
export interface MarketCheckin {
  id: number;
  workerId: number;
  realName: string;
  phoneMasked: string | null;
  trades: string[];
  kind: GateTokenKind;
  checkedInAt: string;
}

export interface MarketCheckinStats {
  marketId: number;
  date: string;
  /** Check-ins of the day (one per worker, so equal to uniqueWorkers). */
  count: number;
  uniqueWorkers: number;
  /** Hours 0..23 of Asia/Shanghai that had check-ins, in order. */
  byHour: { hour: number; count: number }[];
  /** Per trade code the workers registered (a worker with two trades counts in both), most first. */
  byTrade: { trade: string; count: number }[];
}

/** `李*生`, `王*`: the gate screen shows arrivals to everyone standing there. */
export function maskPersonName(name: string): string {
  const chars = Array.from(name.trim());
  if (chars.length <= 1) return chars.join('');
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}
