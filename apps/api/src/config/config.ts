import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
// Types only: the migration CLI loads this file without a built @lingong/shared.
import type { SubscribeTemplateKey } from '@lingong/shared';

export type DatabaseConfig =
  | { type: 'sqlite'; path: string }
  | { type: 'mysql' | 'mariadb'; host: string; port: number; username: string; password: string; database: string };

export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  host: string;
  database: DatabaseConfig;
  /** Apply pending migrations when the API starts (default on for the embedded SQLite file only). */
  migrateOnStart: boolean;
  /** Load Heze's demo data into an empty database at start (default on for the embedded SQLite file only). */
  seedDemoData: boolean;
  jwtSecret: string;
  jwtTtlSeconds: number;
  /** 32-byte key for AES-256-GCM encryption of ID numbers (and, derived from it, their look-up hash). */
  piiKey: Buffer;
  wechat: {
    apiBase: string;
    appId: string;
    secret: string;
    timeoutMs: number;
    /** Subscribe-message template ids by purpose (see notifications/subscribe-templates.ts); empty: sending is off. */
    subscribeTemplates: Partial<Record<SubscribeTemplateKey, string>>;
  };
  authDevLogin: boolean;
  bodyLimitBytes: number;
  corsOrigins: string[] | true;
  /** Where generated development secrets are kept, when any were generated. */
  devSecretsFile?: string;
  /** Human-readable notes for the start-up log (e.g. "generated development secrets"). */
  notices: string[];
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`配置有误，API 无法启动：\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

const DEFAULT_DATABASE_URL = 'sqlite:.data/lingong.sqlite';

/**
 * Reads the environment once and validates all of it, so a wrong deployment fails at start-up with
 * the full list of what is wrong instead of failing later on the first request that needs a value.
 */
export function loadConfig(env: Env = process.env, cwd = process.cwd()): AppConfig {
  const problems: string[] = [];
  const notices: string[] = [];

  const nodeEnvRaw = env.NODE_ENV ?? 'development';
  if (!['development', 'production', 'test'].includes(nodeEnvRaw)) {
    problems.push(`NODE_ENV 只能是 development、production 或 test，现在是 "${nodeEnvRaw}"`);
  }
  const nodeEnv = (['development', 'production', 'test'].includes(nodeEnvRaw) ? nodeEnvRaw : 'development') as AppConfig['nodeEnv'];
  const production = nodeEnv === 'production';

  const port = parseInteger(env.PORT, 3000, 'PORT', 0, 65535, problems);
  const host = env.HOST ?? '0.0.0.0';
  const database = parseDatabaseUrl(env.DATABASE_URL ?? DEFAULT_DATABASE_URL, cwd, problems);
  const embedded = database?.type === 'sqlite';
  const migrateOnStart = parseBoolean(env.DB_MIGRATE_ON_START, embedded, 'DB_MIGRATE_ON_START', problems);
  const seedDemoData = parseBoolean(env.DB_SEED_DEMO, embedded && !production, 'DB_SEED_DEMO', problems);

  const authDevLogin = parseBoolean(env.AUTH_DEV_LOGIN, false, 'AUTH_DEV_LOGIN', problems);
  if (production && authDevLogin) {
    problems.push('AUTH_DEV_LOGIN 不能在 NODE_ENV=production 时打开（开发登录会绕过微信身份验证）');
  }

  // Development and test runs may use generated secrets, kept in a file so that encrypted ID numbers
  // stay readable across restarts. Production must be given real ones.
  const devSecretsFile = resolve(cwd, env.DEV_SECRETS_FILE ?? '.data/dev-secrets.json');
  let generated: { jwtSecret?: string; piiKey?: string } | undefined;
  const devSecret = (name: 'jwtSecret' | 'piiKey'): string => {
    generated ??= readOrCreateDevSecrets(devSecretsFile);
    return generated[name] as string;
  };

  let jwtSecret = env.JWT_SECRET ?? '';
  if (!jwtSecret) {
    if (production) problems.push('JWT_SECRET 未设置（生产环境必须提供至少32个字符的随机密钥）');
    else jwtSecret = devSecret('jwtSecret');
  } else if (jwtSecret.length < 32) {
    problems.push('JWT_SECRET 太短，至少需要32个字符');
  }
  const jwtTtlSeconds = parseInteger(env.JWT_TTL_SECONDS, 7 * 24 * 3600, 'JWT_TTL_SECONDS', 60, 90 * 24 * 3600, problems);

  let piiKeyRaw = env.PII_KEY ?? '';
  if (!piiKeyRaw) {
    if (production) problems.push('PII_KEY 未设置（生产环境必须提供32字节密钥：64位十六进制或 base64）');
    else piiKeyRaw = devSecret('piiKey');
  }
  const piiKey = parseKey(piiKeyRaw);
  if (piiKeyRaw && !piiKey) problems.push('PII_KEY 必须是32字节的密钥：64位十六进制字符，或 base64 编码');

  const wechatApiBase = (env.WECHAT_API_BASE ?? 'https://api.weixin.qq.com').replace(/\/+$/, '');
  if (!isHttpUrl(wechatApiBase)) problems.push(`WECHAT_API_BASE 不是有效的 http(s) 地址："${wechatApiBase}"`);
  const appId = env.WECHAT_APPID ?? '';
  const secret = env.WECHAT_SECRET ?? '';
  if (production && !appId) problems.push('WECHAT_APPID 未设置（生产环境必须提供小程序 AppID）');
  if (production && !secret) problems.push('WECHAT_SECRET 未设置（生产环境必须提供小程序 AppSecret）');
  const timeoutMs = parseInteger(env.WECHAT_TIMEOUT_MS, 5000, 'WECHAT_TIMEOUT_MS', 100, 60000, problems);
  const subscribeTemplates = parseSubscribeTemplates(env.WECHAT_SUBSCRIBE_TEMPLATES ?? '', problems);

  const bodyLimitBytes = parseInteger(env.HTTP_BODY_LIMIT_BYTES, 1024 * 1024, 'HTTP_BODY_LIMIT_BYTES', 1024, 50 * 1024 * 1024, problems);
  const corsRaw = env.CORS_ORIGINS ?? (production ? '' : '*');
  const corsOrigins: string[] | true = corsRaw === '*' ? true : corsRaw.split(',').map((s) => s.trim()).filter(Boolean);

  if (problems.length) throw new ConfigError(problems);
  if (generated) notices.push(`使用自动生成的开发密钥（保存在 ${devSecretsFile}），生产环境请设置 JWT_SECRET 和 PII_KEY`);
  if (authDevLogin) notices.push('开发登录 /api/auth/dev-login 已打开（仅用于演示和测试）');

  return {
    nodeEnv,
    port,
    host,
    database: database as DatabaseConfig,
    migrateOnStart,
    seedDemoData,
    jwtSecret,
    jwtTtlSeconds,
    piiKey: piiKey as Buffer,
    wechat: { apiBase: wechatApiBase, appId, secret, timeoutMs, subscribeTemplates },
    authDevLogin,
    bodyLimitBytes,
    corsOrigins,
    devSecretsFile: generated ? devSecretsFile : undefined,
    notices,
  };
}

export function parseDatabaseUrl(url: string, cwd: string, problems: string[]): DatabaseConfig | undefined {
  if (url.startsWith('sqlite:')) {
    const path = url.slice('sqlite:'.length);
    if (!path) {
      problems.push('DATABASE_URL 的 sqlite 文件路径为空，例如 sqlite:.data/lingong.sqlite');
      return undefined;
    }
    return { type: 'sqlite', path: path === ':memory:' ? path : resolve(cwd, path) };
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    problems.push('DATABASE_URL 格式不对，应为 sqlite:<文件> 或 mysql://用户:密码@主机:端口/数据库');
    return undefined;
  }
  const scheme = parsed.protocol.replace(/:$/, '');
  if (scheme !== 'mysql' && scheme !== 'mariadb') {
    problems.push(`DATABASE_URL 不支持 "${scheme}"，只支持 sqlite:、mysql:// 和 mariadb://`);
    return undefined;
  }
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  if (!database) problems.push('DATABASE_URL 缺少数据库名，例如 mysql://root@127.0.0.1:3306/lingong');
  return {
    type: scheme,
    host: parsed.hostname || '127.0.0.1',
    port: parsed.port ? Number(parsed.port) : 3306,
    username: decodeURIComponent(parsed.username || 'root'),
    password: decodeURIComponent(parsed.password),
    database,
  };
}

/** Mirrors SUBSCRIBE_TEMPLATE_KEYS of @lingong/shared (a unit test keeps them equal). */
export const SUBSCRIBE_PURPOSES: readonly SubscribeTemplateKey[] = ['application', 'invitation', 'accepted', 'posting_rejected'];

/** `application:TEMPLATE_ID,invitation:TEMPLATE_ID,...`: the template chosen in the WeChat console for each purpose. */
function parseSubscribeTemplates(raw: string, problems: string[]): Partial<Record<SubscribeTemplateKey, string>> {
  const templates: Partial<Record<SubscribeTemplateKey, string>> = {};
  for (const entry of raw.split(',').map((e) => e.trim()).filter(Boolean)) {
    const [key, id] = entry.split(':').map((part) => part.trim());
    if (!SUBSCRIBE_PURPOSES.includes(key as SubscribeTemplateKey) || !id || !/^[\w-]{1,64}$/.test(id)) {
      problems.push(`WECHAT_SUBSCRIBE_TEMPLATES 的 "${entry}" 不对，应为 用途:模板ID，用途只能是 ${SUBSCRIBE_PURPOSES.join('、')}`);
      continue;
    }
    templates[key as SubscribeTemplateKey] = id;
  }
  return templates;
}

function parseInteger(raw: string | undefined, fallback: number, name: string, min: number, max: number, problems: string[]): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    problems.push(`${name} 应为 ${min} 到 ${max} 之间的整数，现在是 "${raw}"`);
    return fallback;
  }
  return n;
}

function parseBoolean(raw: string | undefined, fallback: boolean, name: string, problems: string[]): boolean {
  if (raw === undefined || raw === '') return fallback;
  if (['true', '1', 'yes', 'on'].includes(raw.toLowerCase())) return true;
  if (['false', '0', 'no', 'off'].includes(raw.toLowerCase())) return false;
  problems.push(`${name} 应为 true 或 false，现在是 "${raw}"`);
  return fallback;
}

function parseKey(raw: string): Buffer | undefined {
  if (/^[0-9a-fA-F]{64}$/.test(raw)) return Buffer.from(raw, 'hex');
  if (/^[A-Za-z0-9+/]{43}=?$/.test(raw)) {
    const key = Buffer.from(raw, 'base64');
    if (key.length === 32) return key;
  }
  return undefined;
}

function isHttpUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

function readOrCreateDevSecrets(file: string): { jwtSecret: string; piiKey: string } {
  if (existsSync(file)) {
    let stored: { jwtSecret?: string; piiKey?: string };
    try {
      stored = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      // Regenerating would make every encrypted ID number unreadable: stop and say so instead.
      throw new ConfigError([`开发密钥文件 ${file} 已损坏（不是有效的 JSON）。请修复它，或删除它连同 .data 下的演示数据库后重新启动`]);
    }
    if (stored.jwtSecret && stored.piiKey) return { jwtSecret: stored.jwtSecret, piiKey: stored.piiKey };
  }
  const secrets = { jwtSecret: randomBytes(32).toString('hex'), piiKey: randomBytes(32).toString('hex') };
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}
