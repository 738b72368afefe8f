import { ConfigContext, parseBoolean, parseInteger } from './env';

/** The auth slice: the access-token secret reaches the JWT module and nothing else. */
export interface AuthConfig {
  jwtSecret: string;
  jwtTtlSeconds: number;
  /** `/api/auth/dev-login` (demo and tests only; refused in production). */
  devLogin: boolean;
  /** Staff tokens of the mini-program: a server-side session row each, this short (see docs/console.md). */
  staffTokenTtlSeconds: number;
  console: ConsoleLoginConfig;
}

/** The staff console's login: ticket, second factor and session lifetimes. */
export interface ConsoleLoginConfig {
  ticketTtlSeconds: number;
  idleTimeoutSeconds: number;
  sessionTtlSeconds: number;
  /** Wrong TOTP codes in a row that lock the account's console login, and for how long. */
  maxFailedCodes: number;
  lockMinutes: number;
  /** The https address the login QR code holds, with `?ticket=` appended. */
  qrUrlBase: string;
}

export const AUTH_CONFIG = Symbol('AUTH_CONFIG');

export function parseAuthConfig(ctx: ConfigContext): AuthConfig {
  const { env, problems } = ctx;
  const devLogin = parseBoolean(env.AUTH_DEV_LOGIN, false, 'AUTH_DEV_LOGIN', problems);
  if (ctx.production && devLogin) {
    problems.push('AUTH_DEV_LOGIN 不能在 NODE_ENV=production 时打开（开发登录会绕过微信身份验证）');
  }
  let jwtSecret = env.JWT_SECRET ?? '';
  if (!jwtSecret) {
    if (ctx.production) problems.push('JWT_SECRET 未设置（生产环境必须提供至少32个字符的随机密钥）');
    else jwtSecret = ctx.devSecret('jwtSecret');
  } else if (jwtSecret.length < 32) {
    problems.push('JWT_SECRET 太短，至少需要32个字符');
  }
  const jwtTtlSeconds = parseInteger(env.JWT_TTL_SECONDS, 7 * 24 * 3600, 'JWT_TTL_SECONDS', 60, 90 * 24 * 3600, problems);
  const staffTokenTtlSeconds = parseInteger(env.STAFF_TOKEN_TTL_SECONDS, 12 * 3600, 'STAFF_TOKEN_TTL_SECONDS', 60, 7 * 24 * 3600, problems);
  return { jwtSecret, jwtTtlSeconds, devLogin, staffTokenTtlSeconds, console: parseConsoleLoginConfig(ctx) };
}

function parseConsoleLoginConfig(ctx: ConfigContext): ConsoleLoginConfig {
  const { env, problems } = ctx;
  // By default beside the check-in QR address (same domain, already set up for "扫普通链接二维码打开小程序").
  const gateOrigin = /^https:\/\/[^/?#\s]+/.exec(env.GATE_QR_URL_BASE ?? '')?.[0];
  const qrUrlBase =
    env.CONSOLE_LOGIN_QR_URL_BASE ?? (gateOrigin ? `${gateOrigin}/console-login` : ctx.production ? '' : 'https://lingong.example.cn/console-login');
  // Left empty only when GATE_QR_URL_BASE is missing or wrong, whose own problem says what to set.
  if (qrUrlBase && !/^https:\/\/[^?#\s]+$/.test(qrUrlBase)) problems.push(`CONSOLE_LOGIN_QR_URL_BASE 应为不带参数的 https 地址，现在是 "${qrUrlBase}"`);
  return {
    ticketTtlSeconds: parseInteger(env.CONSOLE_LOGIN_TICKET_TTL_SECONDS, 300, 'CONSOLE_LOGIN_TICKET_TTL_SECONDS', 30, 3600, problems),
    idleTimeoutSeconds: parseInteger(env.CONSOLE_IDLE_TIMEOUT_SECONDS, 30 * 60, 'CONSOLE_IDLE_TIMEOUT_SECONDS', 60, 24 * 3600, problems),
    sessionTtlSeconds: parseInteger(env.CONSOLE_SESSION_TTL_SECONDS, 12 * 3600, 'CONSOLE_SESSION_TTL_SECONDS', 300, 7 * 24 * 3600, problems),
    maxFailedCodes: 5,
    lockMinutes: parseInteger(env.CONSOLE_LOCK_MINUTES, 30, 'CONSOLE_LOCK_MINUTES', 1, 24 * 60, problems),
    qrUrlBase,
  };
}
