import { resolve } from 'node:path';
// Types only: the migration CLI loads this file without a built @lingong/shared.
import type { SubscribeTemplateKey } from '@lingong/shared';
import { AuthConfig, parseAuthConfig } from './auth.config';
import { ComplaintsConfig, parseComplaintsConfig } from './complaints.config';
import { DatabaseConfig, DatabaseSettings, parseDatabaseConfig } from './database.config';
import { ConfigContext, ConfigError, DevSecrets, Env, NodeEnv, readOrCreateDevSecrets } from './env';
import { GateConfig, parseGateConfig } from './gate.config';
import { InsuranceConfig, parseInsuranceConfig } from './insurance.config';
import { InsurerConfig, parseInsurerConfig } from './insurer.config';
import { NotificationsConfig, parseNotificationsConfig } from './notifications.config';
import { parsePiiConfig, PiiConfig } from './pii.config';
import { parseServerConfig, ServerConfig } from './server.config';
import { parseStaffConfig, StaffConfig } from './staff.config';
import { UploadsConfig, parseUploadsConfig } from './uploads.config';
import { parseWechatConfig, WechatConfig } from './wechat.config';

export { ConfigError } from './env';
export { parseDatabaseUrl } from './database.config';
export type { DatabaseConfig } from './database.config';
export type { GateConfig } from './gate.config';
export { SUBSCRIBE_PURPOSES } from './notifications.config';

/**
 * One typed slice per module, each provided under its own token by ConfigModule (`AUTH_CONFIG`,
 * `GATE_CONFIG` …): a module injects only its own, so a secret reaches only the code that uses it.
 */
export interface ConfigSlices {
  server: ServerConfig;
  database: DatabaseSettings;
  auth: AuthConfig;
  pii: PiiConfig;
  wechat: WechatConfig;
  notifications: NotificationsConfig;
  insurer: InsurerConfig;
  insurance: InsuranceConfig;
  uploads: UploadsConfig;
  complaints: ComplaintsConfig;
  staff: StaffConfig;
  gate: GateConfig;
}

/**
 * The whole configuration: the module slices, and the same values under flat names for the composition
 * root (main.ts, bootstrap.ts, app.module.ts) and config.spec.ts. Not injectable: modules inject their slice.
 */
export interface AppConfig {
  nodeEnv: NodeEnv;
  slices: ConfigSlices;
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
  wechat: Omit<WechatConfig, 'miniprogramState'> & { subscribeTemplates: Partial<Record<SubscribeTemplateKey, string>> };
  /** The insurer's API (INSURER_CONFIG) with the insurance jobs and limits (INSURANCE_CONFIG). */
  insurer: InsurerConfig & InsuranceConfig;
  authDevLogin: boolean;
  bodyLimitBytes: number;
  /** The mini-program's H5 build, served at `/` when the directory exists (`H5_DIR`, empty = off). */
  h5Dir?: string;
  /** The staff console's build, served at `/console/` (`CONSOLE_DIR`, empty = off). */
  consoleDir?: string;
  corsOrigins: string[] | true;
  /** Complaint evidence files: kept outside the database, served only to those entitled. */
  evidence: UploadsConfig & { maxFilesPerCase: number };
  /** The same complaint sent again within this many minutes is answered with the existing case. */
  complaintDuplicateWindowMinutes: number;
  /** How long a staff invitation code stays usable (see docs/api.md "Roles and staff access"). */
  staffInvitationTtlHours: number;
  /** The gate code of market check-in (see docs/checkin.md). */
  gate: GateConfig;
  /** Where generated development secrets are kept, when any were generated. */
  devSecretsFile?: string;
  /** Human-readable notes for the start-up log (e.g. "generated development secrets"). */
  notices: string[];
}

const NODE_ENVS: readonly string[] = ['development', 'production', 'test'];

/**
 * Reads the environment once and validates all of it, so a wrong deployment fails at start-up with
 * the full list of what is wrong instead of failing later on the first request that needs a value.
 */
export function loadConfig(env: Env = process.env, cwd = process.cwd()): AppConfig {
  const problems: string[] = [];
  const nodeEnvRaw = env.NODE_ENV ?? 'development';
  if (!NODE_ENVS.includes(nodeEnvRaw)) problems.push(`NODE_ENV 只能是 development、production 或 test，现在是 "${nodeEnvRaw}"`);
  const nodeEnv = (NODE_ENVS.includes(nodeEnvRaw) ? nodeEnvRaw : 'development') as NodeEnv;

  // Development and test runs may use generated secrets, kept in a file so that encrypted ID numbers
  // stay readable across restarts. Production must be given real ones.
  const devSecretsFile = resolve(cwd, env.DEV_SECRETS_FILE ?? '.data/dev-secrets.json');
  let generated: DevSecrets | undefined;
  const ctx: ConfigContext = {
    env,
    cwd,
    nodeEnv,
    production: nodeEnv === 'production',
    problems,
    devSecret: (name) => (generated ??= readOrCreateDevSecrets(devSecretsFile))[name],
  };
  const slices = parseSlices(ctx);
  if (problems.length) throw new ConfigError(problems);

  const notices: string[] = [];
  if (generated) notices.push(`使用自动生成的开发密钥（保存在 ${devSecretsFile}），生产环境请设置 JWT_SECRET 和 PII_KEY`);
  if (slices.auth.devLogin) notices.push('开发登录 /api/auth/dev-login 已打开（仅用于演示和测试）');
  return { ...flatView(slices), nodeEnv, slices, devSecretsFile: generated ? devSecretsFile : undefined, notices };
}

/** Runs every slice's parser against one list of problems (the order is the order problems are listed in). */
function parseSlices(ctx: ConfigContext): ConfigSlices {
  const server = parseServerConfig(ctx);
  const database = parseDatabaseConfig(ctx);
  const auth = parseAuthConfig(ctx);
  const pii = parsePiiConfig(ctx);
  return {
    server,
    database,
    auth,
    pii,
    wechat: parseWechatConfig(ctx),
    notifications: parseNotificationsConfig(ctx),
    insurer: parseInsurerConfig(ctx),
    insurance: parseInsuranceConfig(ctx),
    uploads: parseUploadsConfig(ctx),
    complaints: parseComplaintsConfig(ctx),
    staff: parseStaffConfig(ctx, pii.key),
    gate: parseGateConfig(ctx, auth.jwtSecret),
  };
}

/** The slices under AppConfig's flat names. */
function flatView(s: ConfigSlices): Omit<AppConfig, 'nodeEnv' | 'slices' | 'devSecretsFile' | 'notices'> {
  const { apiBase, appId, secret, timeoutMs } = s.wechat;
  return {
    port: s.server.port,
    host: s.server.host,
    database: s.database.connection,
    migrateOnStart: s.database.migrateOnStart,
    seedDemoData: s.database.seedDemoData,
    jwtSecret: s.auth.jwtSecret,
    jwtTtlSeconds: s.auth.jwtTtlSeconds,
    piiKey: s.pii.key,
    wechat: { apiBase, appId, secret, timeoutMs, subscribeTemplates: s.notifications.subscribeTemplates },
    insurer: { ...s.insurer, ...s.insurance },
    authDevLogin: s.auth.devLogin,
    bodyLimitBytes: s.server.bodyLimitBytes,
    h5Dir: s.server.h5Dir,
    consoleDir: s.server.consoleDir,
    corsOrigins: s.server.corsOrigins,
    evidence: { ...s.uploads, maxFilesPerCase: s.complaints.maxEvidenceFilesPerCase },
    complaintDuplicateWindowMinutes: s.complaints.duplicateWindowMinutes,
    staffInvitationTtlHours: s.staff.invitationTtlHours,
    gate: s.gate,
  };
}
