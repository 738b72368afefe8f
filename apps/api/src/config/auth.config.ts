import { ConfigContext, parseBoolean, parseInteger } from './env';

/** The auth slice: the access-token secret reaches the JWT module and nothing else. */
export interface AuthConfig {
  jwtSecret: string;
  jwtTtlSeconds: number;
  /** `/api/auth/dev-login` (demo and tests only; refused in production). */
  devLogin: boolean;
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
  return { jwtSecret, jwtTtlSeconds, devLogin };
}
