import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLAIM_MAX_PHOTOS, COMPLAINT_MAX_EVIDENCE_FILES } from '@lingong/shared';
import { ConfigError, loadConfig } from './config';

const JWT_SECRET = 'a-production-jwt-secret-of-at-least-32-chars';
const PII_KEY_HEX = 'ab'.repeat(32);

/** Runs loadConfig and returns the problems it refused with (fails the test when it did not refuse). */
function problemsOf(env: Record<string, string>, cwd: string): string[] {
  try {
    loadConfig(env, cwd);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  throw new Error('loadConfig accepted a configuration it should refuse');
}

describe(loadConfig.name, () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'lingong-config-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  const production = (overrides: Record<string, string> = {}): Record<string, string> => ({
    NODE_ENV: 'production',
    DATABASE_URL: 'mysql://app:secret@db.internal:3306/lingong',
    JWT_SECRET,
    PII_KEY: PII_KEY_HEX,
    WECHAT_APPID: 'wx1234567890',
    WECHAT_SECRET: 'wechat-secret',
    INSURER_API_BASE: 'https://insurer.example/api',
    INSURER_API_KEY: 'insurer-key',
    GATE_QR_URL_BASE: 'https://lingong.heze.gov.cn/checkin',
    ...overrides,
  });

  describe('defaults', () => {
    it('runs the embedded SQLite demo out of the box', () => {
      const config = loadConfig({}, dir);
      expect(config).toMatchObject({
        nodeEnv: 'development',
        port: 3000,
        host: '0.0.0.0',
        database: { type: 'sqlite', path: join(dir, '.data', 'lingong.sqlite') },
        migrateOnStart: true,
        seedDemoData: true,
        jwtTtlSeconds: 7 * 24 * 3600,
        wechat: { apiBase: 'https://api.weixin.qq.com', appId: '', secret: '', timeoutMs: 5000 },
        authDevLogin: false,
        bodyLimitBytes: 1024 * 1024,
        corsOrigins: true,
      });
      expect(config.piiKey).toHaveLength(32);
      expect(config.jwtSecret.length).toBeGreaterThanOrEqual(32);
    });

    it('limits uploads to what the mini-program offers by default', () => {
      const config = loadConfig({}, dir);
      expect(config.evidence.maxFilesPerCase).toBe(COMPLAINT_MAX_EVIDENCE_FILES);
      expect(config.insurer.maxPhotosPerClaim).toBe(CLAIM_MAX_PHOTOS);
    });

    it('takes the values it is given', () => {
      const config = loadConfig(
        {
          PORT: '8080',
          HOST: '127.0.0.1',
          JWT_SECRET,
          JWT_TTL_SECONDS: '3600',
          PII_KEY: PII_KEY_HEX,
          WECHAT_API_BASE: 'http://127.0.0.1:9999/',
          HTTP_BODY_LIMIT_BYTES: '2048',
          CORS_ORIGINS: 'https://a.example, https://b.example',
          AUTH_DEV_LOGIN: 'yes',
        },
        dir,
      );
      expect(config).toMatchObject({
        port: 8080,
        host: '127.0.0.1',
        jwtSecret: JWT_SECRET,
        jwtTtlSeconds: 3600,
        wechat: { apiBase: 'http://127.0.0.1:9999' },
        bodyLimitBytes: 2048,
        corsOrigins: ['https://a.example', 'https://b.example'],
        authDevLogin: true,
        devSecretsFile: undefined,
      });
      expect(config.piiKey.equals(Buffer.from(PII_KEY_HEX, 'hex'))).toBe(true);
      expect(config.notices).toEqual([expect.stringContaining('/api/auth/dev-login')]);
    });
  });

  describe('DATABASE_URL', () => {
    it('resolves a relative SQLite path against the working directory and keeps :memory:', () => {
      expect(loadConfig({ DATABASE_URL: 'sqlite:db/demo.sqlite' }, dir).database).toEqual({ type: 'sqlite', path: join(dir, 'db', 'demo.sqlite') });
      expect(loadConfig({ DATABASE_URL: 'sqlite:/var/lib/lingong/x.sqlite' }, dir).database).toEqual({ type: 'sqlite', path: '/var/lib/lingong/x.sqlite' });
      expect(loadConfig({ DATABASE_URL: 'sqlite::memory:' }, dir).database).toEqual({ type: 'sqlite', path: ':memory:' });
    });

    it('parses a MySQL URL, decoding the credentials, and does not migrate or seed it by default', () => {
      const config = loadConfig({ DATABASE_URL: 'mysql://app%40heze:p%40ss%2Fword@db.internal:3307/lingong', JWT_SECRET, PII_KEY: PII_KEY_HEX }, dir);
      expect(config.database).toEqual({ type: 'mysql', host: 'db.internal', port: 3307, username: 'app@heze', password: 'p@ss/word', database: 'lingong' });
      expect(config.migrateOnStart).toBe(false);
      expect(config.seedDemoData).toBe(false);
    });

    it('parses a MariaDB URL with the default port, user and an empty password', () => {
      const config = loadConfig({ DATABASE_URL: 'mariadb://127.0.0.1/lingong_demo', JWT_SECRET, PII_KEY: PII_KEY_HEX, DB_MIGRATE_ON_START: 'true' }, dir);
      expect(config.database).toEqual({ type: 'mariadb', host: '127.0.0.1', port: 3306, username: 'root', password: '', database: 'lingong_demo' });
      expect(config.migrateOnStart).toBe(true);
    });

    it.each([
      ['sqlite:', 'sqlite'],
      ['postgres://db/lingong', 'postgres'],
      ['mysql://db.internal:3306', '数据库名'],
      ['not a url', '格式不对'],
    ])('refuses %s', (url, mention) => {
      const problems = problemsOf({ DATABASE_URL: url, JWT_SECRET, PII_KEY: PII_KEY_HEX }, dir);
      expect(problems).toEqual([expect.stringContaining(mention)]);
      expect(problems[0]).toContain('DATABASE_URL');
    });
  });

  it('reports every problem at once, naming each setting', () => {
    const problems = problemsOf(
      {
        NODE_ENV: 'staging',
        PORT: 'eighty',
        DB_MIGRATE_ON_START: 'maybe',
        DATABASE_URL: 'postgres://db/x',
        HTTP_BODY_LIMIT_BYTES: '10',
        WECHAT_API_BASE: 'ftp://x',
        JWT_SECRET,
        PII_KEY: PII_KEY_HEX,
      },
      dir,
    );
    expect(problems).toHaveLength(6);
    for (const name of ['NODE_ENV', 'PORT', 'DB_MIGRATE_ON_START', 'DATABASE_URL', 'HTTP_BODY_LIMIT_BYTES', 'WECHAT_API_BASE']) {
      expect(problems.some((p) => p.includes(name))).toBe(true);
    }
    const error = new ConfigError(problems);
    for (const problem of problems) expect(error.message).toContain(problem);
  });

  it('keeps staff invitation codes for 72 hours unless told otherwise, within 1 hour to 30 days', () => {
    expect(loadConfig({ JWT_SECRET, PII_KEY: PII_KEY_HEX }, dir).staffInvitationTtlHours).toBe(72);
    expect(loadConfig({ JWT_SECRET, PII_KEY: PII_KEY_HEX, STAFF_INVITATION_TTL_HOURS: '24' }, dir).staffInvitationTtlHours).toBe(24);
    for (const bad of ['0', '721', '1.5', 'three days']) {
      expect(problemsOf({ JWT_SECRET, PII_KEY: PII_KEY_HEX, STAFF_INVITATION_TTL_HOURS: bad }, dir)).toEqual([
        expect.stringContaining('STAFF_INVITATION_TTL_HOURS'),
      ]);
    }
  });

  describe('production', () => {
    it('accepts a complete production configuration, without demo data, dev secrets or open CORS', () => {
      const config = loadConfig(production(), dir);
      expect(config).toMatchObject({
        nodeEnv: 'production',
        seedDemoData: false,
        migrateOnStart: false,
        authDevLogin: false,
        corsOrigins: [],
        devSecretsFile: undefined,
        notices: [],
      });
      expect(existsSync(join(dir, '.data'))).toBe(false);
    });

    it('refuses to start without the secrets and the WeChat credentials, and with dev login on', () => {
      const env = production({ AUTH_DEV_LOGIN: 'true' });
      for (const name of ['JWT_SECRET', 'PII_KEY', 'WECHAT_APPID', 'WECHAT_SECRET']) delete env[name];
      const problems = problemsOf(env, dir);
      expect(problems).toHaveLength(5);
      for (const name of ['JWT_SECRET', 'PII_KEY', 'WECHAT_APPID', 'WECHAT_SECRET', 'AUTH_DEV_LOGIN']) {
        expect(problems.some((p) => p.startsWith(name))).toBe(true);
      }
      expect(existsSync(join(dir, '.data'))).toBe(false);
    });

    it.each(['JWT_SECRET', 'PII_KEY', 'WECHAT_APPID', 'WECHAT_SECRET', 'INSURER_API_BASE', 'INSURER_API_KEY'])('refuses a missing %s alone', (name) => {
      const env = production();
      delete env[name];
      expect(problemsOf(env, dir)).toEqual([expect.stringMatching(new RegExp(`^${name}`))]);
    });
  });

  describe('insurer', () => {
    it('runs the embedded insurer simulator outside production, with the reconciliation job off under test', () => {
      expect(loadConfig({}, dir).insurer).toEqual({
        apiBase: 'embedded',
        apiKey: 'dev-insurer-key',
        timeoutMs: 5000,
        reconcileSeconds: 300,
        settleSeconds: 3600,
        maxPhotosPerClaim: 20,
      });
      expect(loadConfig({ NODE_ENV: 'test' }, dir).insurer.reconcileSeconds).toBe(0);
      expect(loadConfig(production({ INSURER_TIMEOUT_MS: '8000', INSURANCE_RECONCILE_SECONDS: '60' }), dir).insurer).toEqual({
        apiBase: 'https://insurer.example/api',
        apiKey: 'insurer-key',
        timeoutMs: 8000,
        reconcileSeconds: 60,
        settleSeconds: 3600,
        maxPhotosPerClaim: 20,
      });
    });

    it('refuses the embedded simulator in production and an address that is not http(s)', () => {
      expect(problemsOf(production({ INSURER_API_BASE: 'embedded' }), dir)).toEqual([expect.stringMatching(/^INSURER_API_BASE/)]);
      expect(problemsOf({ INSURER_API_BASE: 'ftp://insurer', INSURER_TIMEOUT_MS: '5' }, dir)).toEqual([
        expect.stringMatching(/^INSURER_API_BASE/),
        expect.stringMatching(/^INSURER_TIMEOUT_MS/),
      ]);
    });
  });

  describe('gate code', () => {
    it('defaults to a 60-second code and a 500 m poster radius, with a key of its own', () => {
      const config = loadConfig({ JWT_SECRET, PII_KEY: PII_KEY_HEX }, dir);
      expect(config.gate).toMatchObject({ ttlSeconds: 60, graceSeconds: 15, posterRadiusMeters: 500, posterTtlDays: 365 });
      expect(config.gate.tokenKey).toHaveLength(32);
      expect(config.gate.tokenKey.toString('hex')).not.toContain(Buffer.from(JWT_SECRET).toString('hex').slice(0, 16));
      const separate = loadConfig({ JWT_SECRET, PII_KEY: PII_KEY_HEX, GATE_TOKEN_SECRET: 'x'.repeat(40) }, dir);
      expect(separate.gate.tokenKey.equals(config.gate.tokenKey)).toBe(false);
    });

    it('requires an https QR address in production and refuses a bad TTL', () => {
      const env = production({ GATE_TOKEN_TTL_SECONDS: '0' });
      delete env.GATE_QR_URL_BASE;
      const problems = problemsOf(env, dir);
      expect(problems).toHaveLength(2);
      expect(problems.some((p) => p.startsWith('GATE_QR_URL_BASE'))).toBe(true);
      expect(problems.some((p) => p.startsWith('GATE_TOKEN_TTL_SECONDS'))).toBe(true);
      expect(problemsOf(production({ GATE_QR_URL_BASE: 'http://x.cn/c' }), dir)).toEqual([expect.stringMatching(/^GATE_QR_URL_BASE/)]);
    });
  });

  describe('secrets', () => {
    it('refuses a JWT_SECRET shorter than 32 characters', () => {
      expect(problemsOf({ JWT_SECRET: 'x'.repeat(31), PII_KEY: PII_KEY_HEX }, dir)).toEqual([expect.stringContaining('JWT_SECRET')]);
      expect(loadConfig({ JWT_SECRET: 'x'.repeat(32), PII_KEY: PII_KEY_HEX }, dir).jwtSecret).toBe('x'.repeat(32));
    });

    it.each([
      ['too short hex', 'ab'.repeat(31)],
      ['non-hex characters', 'zz'.repeat(32)],
      ['base64 of 16 bytes', randomBytes(16).toString('base64')],
      ['a passphrase', 'correct horse battery staple'],
    ])('refuses a PII_KEY that is %s', (_, key) => {
      expect(problemsOf({ JWT_SECRET, PII_KEY: key }, dir)).toEqual([expect.stringContaining('PII_KEY')]);
    });

    it('accepts a 32-byte PII_KEY as hex or base64', () => {
      const key = randomBytes(32);
      expect(loadConfig({ JWT_SECRET, PII_KEY: key.toString('hex') }, dir).piiKey.equals(key)).toBe(true);
      expect(loadConfig({ JWT_SECRET, PII_KEY: key.toString('base64') }, dir).piiKey.equals(key)).toBe(true);
    });

    it('generates development secrets once, keeps them in DEV_SECRETS_FILE and reuses them', () => {
      const env = { DEV_SECRETS_FILE: 'nested/secrets.json' };
      const file = join(dir, 'nested', 'secrets.json');
      const first = loadConfig(env, dir);
      expect(first.devSecretsFile).toBe(file);
      expect(first.notices).toEqual([expect.stringContaining(file)]);
      const stored = JSON.parse(readFileSync(file, 'utf8'));
      expect(stored).toEqual({ jwtSecret: first.jwtSecret, piiKey: first.piiKey.toString('hex') });
      expect(statSync(file).mode & 0o777).toBe(0o600);

      const second = loadConfig(env, dir);
      expect(second.jwtSecret).toBe(first.jwtSecret);
      expect(second.piiKey.equals(first.piiKey)).toBe(true);

      const elsewhere = loadConfig({ DEV_SECRETS_FILE: 'other.json' }, dir);
      expect(elsewhere.jwtSecret).not.toBe(first.jwtSecret);
    });

    it('writes no secrets file when both secrets are given', () => {
      const config = loadConfig({ JWT_SECRET, PII_KEY: PII_KEY_HEX, DEV_SECRETS_FILE: 'secrets.json' }, dir);
      expect(config.devSecretsFile).toBeUndefined();
      expect(existsSync(join(dir, 'secrets.json'))).toBe(false);
    });
  });
});
