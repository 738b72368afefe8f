import { hkdfSync, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
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
  /**
   * The accident insurer's API. `apiBase` 'embedded' runs the in-repository insurer simulator inside
   * the API (demo and development only). `reconcileSeconds` 0 turns the reconciliation job off.
   */
  insurer: { apiBase: string; apiKey: string; timeoutMs: number; reconcileSeconds: number; settleSeconds: number; maxPhotosPerClaim: number };
  authDevLogin: boolean;
  bodyLimitBytes: number;
  /** The mini-program's H5 build, served at `/` when the directory exists (`H5_DIR`, empty = off). */
  h5Dir?: string;
  corsOrigins: string[] | true;
  /** Complaint evidence files: kept outside the database, served only to those entitled. */
  evidence: { dir: string; maxBytes: number; maxFilesPerUpload: number; maxFilesPerCase: number };
  /** The same complaint sent again within this many minutes is answered with the existing case. */
  complaintDuplicateWindowMinutes: number;
  /** How long a staff invitation code stays usable (see README "Roles"). */
  staffInvitationTtlHours: number;
  /** The gate code of market check-in (see README "Check-in at the gate"). */
  gate: GateConfig;
  /** Where generated development secrets are kept, when any were generated. */
  devSecretsFile?: string;
  /** Human-readable notes for the start-up log (e.g. "generated development secrets"). */
  notices: string[];
}

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

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`配置有误，API 无法启动：\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

const DEFAULT_DATABASE_URL = 'sqlite:.data/lingong.sqlite';
/** apps/miniapp/dist/h5 of this repository, from apps/api/src/config or apps/api/dist/config alike. */
const DEFAULT_H5_DIR = resolve(__dirname, '..', '..', '..', 'miniapp', 'dist', 'h5');

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

  const insurerApiBase = (env.INSURER_API_BASE ?? (production ? '' : 'embedded')).replace(/\/+$/, '');
  if (!insurerApiBase) problems.push('INSURER_API_BASE 未设置（生产环境必须提供保险公司接口地址）');
  else if (insurerApiBase === 'embedded' && production) problems.push('INSURER_API_BASE=embedded 只能用于演示和测试，生产环境必须提供保险公司接口地址');
  else if (insurerApiBase !== 'embedded' && !isHttpUrl(insurerApiBase)) problems.push(`INSURER_API_BASE 不是有效的 http(s) 地址，也不是 embedded："${insurerApiBase}"`);
  const insurerApiKey = env.INSURER_API_KEY ?? (production ? '' : 'dev-insurer-key');
  if (!insurerApiKey) problems.push('INSURER_API_KEY 未设置（生产环境必须提供保险公司分配的接口密钥）');
  const insurerTimeoutMs = parseInteger(env.INSURER_TIMEOUT_MS, 5000, 'INSURER_TIMEOUT_MS', 100, 60000, problems);
  // Tests share one database across suites: a job in every suite's app would touch others' enrollments.
  const reconcileSeconds = parseInteger(env.INSURANCE_RECONCILE_SECONDS, nodeEnv === 'test' ? 0 : 300, 'INSURANCE_RECONCILE_SECONDS', 0, 86400, problems);
  const settleSeconds = parseInteger(env.INSURANCE_SETTLE_SECONDS, nodeEnv === 'test' ? 0 : 3600, 'INSURANCE_SETTLE_SECONDS', 0, 86400, problems);
  // The defaults of this and EVIDENCE_MAX_FILES_PER_CASE are the mini-program's (@lingong/shared; config.spec keeps them equal).
  const maxPhotosPerClaim = parseInteger(env.INSURANCE_CLAIM_MAX_PHOTOS, 20, 'INSURANCE_CLAIM_MAX_PHOTOS', 1, 100, problems);

  const bodyLimitBytes = parseInteger(env.HTTP_BODY_LIMIT_BYTES, 1024 * 1024, 'HTTP_BODY_LIMIT_BYTES', 1024, 50 * 1024 * 1024, problems);
  const corsRaw = env.CORS_ORIGINS ?? (production ? '' : '*');
  const corsOrigins: string[] | true = corsRaw === '*' ? true : corsRaw.split(',').map((s) => s.trim()).filter(Boolean);

  const evidence = {
    dir: resolve(cwd, env.EVIDENCE_DIR ?? '.data/evidence'),
    maxBytes: parseInteger(env.EVIDENCE_MAX_BYTES, 5 * 1024 * 1024, 'EVIDENCE_MAX_BYTES', 1024, 50 * 1024 * 1024, problems),
    maxFilesPerUpload: parseInteger(env.EVIDENCE_MAX_FILES, 5, 'EVIDENCE_MAX_FILES', 1, 20, problems),
    maxFilesPerCase: parseInteger(env.EVIDENCE_MAX_FILES_PER_CASE, 30, 'EVIDENCE_MAX_FILES_PER_CASE', 1, 200, problems),
  };
  const complaintDuplicateWindowMinutes = parseInteger(env.COMPLAINT_DUPLICATE_WINDOW_MINUTES, 10, 'COMPLAINT_DUPLICATE_WINDOW_MINUTES', 0, 24 * 60, problems);
  const staffInvitationTtlHours = parseInteger(env.STAFF_INVITATION_TTL_HOURS, 72, 'STAFF_INVITATION_TTL_HOURS', 1, 30 * 24, problems);
  const gateSecret = env.GATE_TOKEN_SECRET ?? '';
  if (gateSecret && gateSecret.length < 32) problems.push('GATE_TOKEN_SECRET 太短，至少需要32个字符');
  const qrUrlBase = env.GATE_QR_URL_BASE ?? (production ? '' : 'https://lingong.example.cn/checkin');
  if (!qrUrlBase) problems.push('GATE_QR_URL_BASE 未设置（生产环境必须提供签到二维码的 https 地址，并在小程序后台配置“扫普通链接二维码打开小程序”）');
  else if (!/^https:\/\/[^?#\s]+$/.test(qrUrlBase)) problems.push(`GATE_QR_URL_BASE 应为不带参数的 https 地址，现在是 "${qrUrlBase}"`);
  const gate: Omit<GateConfig, 'tokenKey'> = {
    ttlSeconds: parseInteger(env.GATE_TOKEN_TTL_SECONDS, 60, 'GATE_TOKEN_TTL_SECONDS', 1, 3600, problems),
    graceSeconds: parseInteger(env.GATE_TOKEN_GRACE_SECONDS, 15, 'GATE_TOKEN_GRACE_SECONDS', 0, 300, problems),
    posterTtlDays: parseInteger(env.GATE_POSTER_TTL_DAYS, 365, 'GATE_POSTER_TTL_DAYS', 1, 3650, problems),
    posterRadiusMeters: parseInteger(env.GATE_POSTER_RADIUS_METERS, 500, 'GATE_POSTER_RADIUS_METERS', 50, 20000, problems),
    resumeTtlSeconds: parseInteger(env.GATE_RESUME_TTL_SECONDS, 1800, 'GATE_RESUME_TTL_SECONDS', 60, 86400, problems),
    qrUrlBase,
  };
  const h5DirRaw = env.H5_DIR ?? DEFAULT_H5_DIR;
  const h5Dir = h5DirRaw && existsSync(join(resolve(cwd, h5DirRaw), 'index.html')) ? resolve(cwd, h5DirRaw) : undefined;

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
    insurer: { apiBase: insurerApiBase, apiKey: insurerApiKey, timeoutMs: insurerTimeoutMs, reconcileSeconds, settleSeconds, maxPhotosPerClaim },
    authDevLogin,
    bodyLimitBytes,
    h5Dir,
    corsOrigins,
    evidence,
    complaintDuplicateWindowMinutes,
    staffInvitationTtlHours,
    // Its own label, so a gate token can never pass as (or reveal anything about) an access token.
    gate: { ...gate, tokenKey: Buffer.from(hkdfSync('sha256', gateSecret || jwtSecret, '', 'lingong/gate-token/v1', 32)) },
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
export const SUBSCRIBE_PURPOSES: readonly SubscribeTemplateKey[] = ['application', 'invitation', 'accepted', 'posting_rejected', 'completed'];

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
