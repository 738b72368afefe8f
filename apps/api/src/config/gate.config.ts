import { hkdfSync } from 'node:crypto';
import { ConfigContext, parseInteger } from './env';

/** The gate code of market check-in (see docs/checkin.md). */
export interface GateConfig {
  /** HMAC key of gate tokens, derived from GATE_TOKEN_SECRET or, by default, from JWT_SECRET. */
  tokenKey: Buffer;
  ttlSeconds: number;
  /** Accepted after expiry: the worker's phone clock, the scan and a slow network take time. */
  graceSeconds: number;
  posterTtlDays: number;
  posterRadiusMeters: number;
  /** How long a valid scan of an unregistered worker stays usable while they register. */
  resumeTtlSeconds: number;
  /** The https address the QR code holds, with `?scene=` appended. */
  qrUrlBase: string;
}

export const GATE_CONFIG = Symbol('GATE_CONFIG');

/** `jwtSecret`: the key's fallback secret when GATE_TOKEN_SECRET is not set. */
export function parseGateConfig(ctx: ConfigContext, jwtSecret: string): GateConfig {
  const { env, problems } = ctx;
  const gateSecret = env.GATE_TOKEN_SECRET ?? '';
  if (gateSecret && gateSecret.length < 32) problems.push('GATE_TOKEN_SECRET 太短，至少需要32个字符');
  const qrUrlBase = env.GATE_QR_URL_BASE ?? (ctx.production ? '' : 'https://lingong.example.cn/checkin');
  if (!qrUrlBase) problems.push('GATE_QR_URL_BASE 未设置（生产环境必须提供签到二维码的 https 地址，并在小程序后台配置“扫普通链接二维码打开小程序”）');
  else if (!/^https:\/\/[^?#\s]+$/.test(qrUrlBase)) problems.push(`GATE_QR_URL_BASE 应为不带参数的 https 地址，现在是 "${qrUrlBase}"`);
  return {
    // Its own label, so a gate token can never pass as (or reveal anything about) an access token.
    tokenKey: Buffer.from(hkdfSync('sha256', gateSecret || jwtSecret, '', 'lingong/gate-token/v1', 32)),
    ttlSeconds: parseInteger(env.GATE_TOKEN_TTL_SECONDS, 60, 'GATE_TOKEN_TTL_SECONDS', 1, 3600, problems),
    graceSeconds: parseInteger(env.GATE_TOKEN_GRACE_SECONDS, 15, 'GATE_TOKEN_GRACE_SECONDS', 0, 300, problems),
    posterTtlDays: parseInteger(env.GATE_POSTER_TTL_DAYS, 365, 'GATE_POSTER_TTL_DAYS', 1, 3650, problems),
    posterRadiusMeters: parseInteger(env.GATE_POSTER_RADIUS_METERS, 500, 'GATE_POSTER_RADIUS_METERS', 50, 20000, problems),
    resumeTtlSeconds: parseInteger(env.GATE_RESUME_TTL_SECONDS, 1800, 'GATE_RESUME_TTL_SECONDS', 60, 86400, problems),
    qrUrlBase,
  };
}
