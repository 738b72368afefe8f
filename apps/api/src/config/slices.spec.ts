import { createHmac, hkdfSync } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { parseAuthConfig } from './auth.config';
import { parseComplaintsConfig } from './complaints.config';
import { ConfigSlices, loadConfig } from './config';
import { CONFIG_SLICE_TOKENS, ConfigModule } from './config.module';
import { parseDatabaseConfig } from './database.config';
import { ConfigContext, Env, NodeEnv } from './env';
import { parseGateConfig } from './gate.config';
import { parseInsuranceConfig } from './insurance.config';
import { parseInsurerConfig } from './insurer.config';
import { parseNotificationsConfig } from './notifications.config';
import { parsePiiConfig } from './pii.config';
import { parseServerConfig } from './server.config';
import { deriveInvitationCodeKey, parseStaffConfig } from './staff.config';
import { parseUploadsConfig } from './uploads.config';
import { parseWechatConfig } from './wechat.config';

const JWT_SECRET = 'a-production-jwt-secret-of-at-least-32-chars';
const PII_KEY_HEX = 'cd'.repeat(32);
const DEV_SECRETS = { jwtSecret: 'generated-jwt-secret-'.padEnd(40, 'x'), piiKey: 'ef'.repeat(32) };

/** A parser's context: the given environment, a list of problems and fixed "generated" secrets. */
function context(env: Env = {}, nodeEnv: NodeEnv = 'development', cwd = '/srv/lingong'): ConfigContext & { generated: string[] } {
  const generated: string[] = [];
  return {
    env,
    cwd,
    nodeEnv,
    production: nodeEnv === 'production',
    problems: [],
    generated,
    devSecret: (name) => {
      generated.push(name);
      return DEV_SECRETS[name];
    },
  };
}

describe('config slices', () => {
  describe(parseServerConfig.name, () => {
    it('listens on 0.0.0.0:3000 with open CORS outside production and none in production', () => {
      expect(parseServerConfig(context({ H5_DIR: '', CONSOLE_DIR: '' }))).toEqual({
        port: 3000,
        host: '0.0.0.0',
        bodyLimitBytes: 1024 * 1024,
        corsOrigins: true,
        h5Dir: undefined,
        consoleDir: undefined,
      });
      expect(parseServerConfig(context({ H5_DIR: '' }, 'production')).corsOrigins).toEqual([]);
    });

    it('refuses a port out of range and a tiny body limit', () => {
      const ctx = context({ PORT: '70000', HTTP_BODY_LIMIT_BYTES: '10' });
      parseServerConfig(ctx);
      expect(ctx.problems).toEqual([expect.stringMatching(/^PORT/), expect.stringMatching(/^HTTP_BODY_LIMIT_BYTES/)]);
    });
  });

  describe(parseDatabaseConfig.name, () => {
    it('migrates and seeds the embedded file by default, neither for MySQL, and never seeds in production', () => {
      expect(parseDatabaseConfig(context())).toEqual({
        connection: { type: 'sqlite', path: '/srv/lingong/.data/lingong.sqlite' },
        migrateOnStart: true,
        seedDemoData: true,
      });
      expect(parseDatabaseConfig(context({ DATABASE_URL: 'mysql://root@db/lingong' }))).toMatchObject({ migrateOnStart: false, seedDemoData: false });
      expect(parseDatabaseConfig(context({}, 'production'))).toMatchObject({ migrateOnStart: true, seedDemoData: false });
    });

    it('names a bad boolean', () => {
      const ctx = context({ DB_SEED_DEMO: 'sometimes' });
      parseDatabaseConfig(ctx);
      expect(ctx.problems).toEqual([expect.stringMatching(/^DB_SEED_DEMO/)]);
    });
  });

  describe(parseAuthConfig.name, () => {
    it('takes a given secret and uses a generated one only outside production', () => {
      expect(parseAuthConfig(context({ JWT_SECRET, JWT_TTL_SECONDS: '600', AUTH_DEV_LOGIN: 'on' }))).toEqual({
        jwtSecret: JWT_SECRET,
        jwtTtlSeconds: 600,
        devLogin: true,
        staffTokenTtlSeconds: 12 * 3600,
        console: {
          ticketTtlSeconds: 300,
          idleTimeoutSeconds: 1800,
          sessionTtlSeconds: 12 * 3600,
          maxFailedCodes: 5,
          lockMinutes: 30,
          qrUrlBase: 'https://lingong.example.cn/console-login',
        },
      });
      const dev = context();
      expect(parseAuthConfig(dev).jwtSecret).toBe(DEV_SECRETS.jwtSecret);
      expect(dev.generated).toEqual(['jwtSecret']);
      const prod = context({ AUTH_DEV_LOGIN: 'true' }, 'production');
      parseAuthConfig(prod);
      expect(prod.generated).toEqual([]);
      expect(prod.problems).toEqual([expect.stringMatching(/^AUTH_DEV_LOGIN/), expect.stringMatching(/^JWT_SECRET/)]);
    });
  });

  describe(parsePiiConfig.name, () => {
    it('decodes the key, generates one outside production only, and refuses one of the wrong size', () => {
      expect(parsePiiConfig(context({ PII_KEY: PII_KEY_HEX })).key.equals(Buffer.from(PII_KEY_HEX, 'hex'))).toBe(true);
      expect(parsePiiConfig(context()).key.toString('hex')).toBe(DEV_SECRETS.piiKey);
      const bad = context({ PII_KEY: 'ab'.repeat(16) });
      parsePiiConfig(bad);
      expect(bad.problems).toEqual([expect.stringMatching(/^PII_KEY/)]);
    });
  });

  describe(parseWechatConfig.name, () => {
    it('opens the developer mini-program outside production and the released one in production', () => {
      expect(parseWechatConfig(context({ WECHAT_API_BASE: 'http://127.0.0.1:9/' }))).toEqual({
        apiBase: 'http://127.0.0.1:9',
        appId: '',
        secret: '',
        timeoutMs: 5000,
        miniprogramState: 'developer',
      });
      expect(parseWechatConfig(context({ WECHAT_APPID: 'wx1', WECHAT_SECRET: 's' }, 'production')).miniprogramState).toBe('formal');
    });

    it('requires the AppID and AppSecret in production', () => {
      const ctx = context({}, 'production');
      parseWechatConfig(ctx);
      expect(ctx.problems).toEqual([expect.stringMatching(/^WECHAT_APPID/), expect.stringMatching(/^WECHAT_SECRET/)]);
    });
  });

  describe(parseNotificationsConfig.name, () => {
    it('reads one template per purpose and names a wrong entry', () => {
      expect(parseNotificationsConfig(context({ WECHAT_SUBSCRIBE_TEMPLATES: 'completed:TPL_1' }))).toEqual({ subscribeTemplates: { completed: 'TPL_1' } });
      const ctx = context({ WECHAT_SUBSCRIBE_TEMPLATES: 'completed:TPL_1,salary:TPL_2' });
      expect(parseNotificationsConfig(ctx)).toEqual({ subscribeTemplates: { completed: 'TPL_1' } });
      expect(ctx.problems).toEqual([expect.stringContaining('"salary:TPL_2"')]);
    });
  });

  describe(parseInsurerConfig.name, () => {
    it('runs the embedded simulator outside production and requires a real insurer in production', () => {
      expect(parseInsurerConfig(context())).toEqual({ apiBase: 'embedded', apiKey: 'dev-insurer-key', timeoutMs: 5000 });
      const ctx = context({}, 'production');
      parseInsurerConfig(ctx);
      expect(ctx.problems).toEqual([expect.stringMatching(/^INSURER_API_BASE/), expect.stringMatching(/^INSURER_API_KEY/)]);
    });
  });

  describe(parseInsuranceConfig.name, () => {
    it('runs the jobs every 5 minutes and every hour, and not at all under test', () => {
      expect(parseInsuranceConfig(context())).toEqual({ reconcileSeconds: 300, settleSeconds: 3600, maxPhotosPerClaim: 20 });
      expect(parseInsuranceConfig(context({}, 'test'))).toMatchObject({ reconcileSeconds: 0, settleSeconds: 0 });
      expect(parseInsuranceConfig(context({ INSURANCE_SETTLE_SECONDS: '60' }, 'test')).settleSeconds).toBe(60);
    });
  });

  describe(parseUploadsConfig.name, () => {
    it('keeps files under .data/evidence, 5 files of 5 MB at most per upload', () => {
      expect(parseUploadsConfig(context())).toEqual({ dir: '/srv/lingong/.data/evidence', maxBytes: 5 * 1024 * 1024, maxFilesPerUpload: 5 });
      const ctx = context({ EVIDENCE_MAX_FILES: '21' });
      parseUploadsConfig(ctx);
      expect(ctx.problems).toEqual([expect.stringMatching(/^EVIDENCE_MAX_FILES/)]);
    });
  });

  describe(parseComplaintsConfig.name, () => {
    it('answers a repeated complaint within 10 minutes with its case and keeps 30 evidence files per case', () => {
      expect(parseComplaintsConfig(context())).toEqual({ duplicateWindowMinutes: 10, maxEvidenceFilesPerCase: 30 });
      expect(parseComplaintsConfig(context({ COMPLAINT_DUPLICATE_WINDOW_MINUTES: '0' })).duplicateWindowMinutes).toBe(0);
    });
  });

  describe(parseStaffConfig.name, () => {
    it('derives the invitation-code key from PII_KEY under its own label, never PII_KEY itself', () => {
      const piiKey = Buffer.from(PII_KEY_HEX, 'hex');
      const staff = parseStaffConfig(context(), piiKey);
      expect(staff.invitationTtlHours).toBe(72);
      expect(staff.invitationCodeKey).toHaveLength(32);
      expect(staff.invitationCodeKey.equals(piiKey)).toBe(false);
      // The same key the staff service derived itself before the slices, so stored invitation hashes stay valid.
      expect(staff.invitationCodeKey.equals(Buffer.from(hkdfSync('sha256', piiKey, Buffer.alloc(0), 'lingong:staff:invitation-code', 32)))).toBe(true);
      expect(deriveInvitationCodeKey(piiKey).equals(staff.invitationCodeKey)).toBe(true);
    });
  });

  describe(parseGateConfig.name, () => {
    it('derives its key from GATE_TOKEN_SECRET, or from JWT_SECRET when none is given', () => {
      const fromJwt = parseGateConfig(context(), JWT_SECRET);
      const fromOwn = parseGateConfig(context({ GATE_TOKEN_SECRET: 'g'.repeat(32) }), JWT_SECRET);
      expect(fromJwt.tokenKey.equals(fromOwn.tokenKey)).toBe(false);
      expect(parseGateConfig(context({ GATE_TOKEN_SECRET: 'g'.repeat(32) }), 'another-jwt-secret').tokenKey.equals(fromOwn.tokenKey)).toBe(true);
      expect(fromJwt).toMatchObject({
        ttlSeconds: 60,
        graceSeconds: 15,
        posterTtlDays: 365,
        posterRadiusMeters: 500,
        resumeTtlSeconds: 1800,
        qrUrlBase: 'https://lingong.example.cn/checkin',
      });
    });

    it('refuses a short gate secret', () => {
      const ctx = context({ GATE_TOKEN_SECRET: 'short' });
      parseGateConfig(ctx, JWT_SECRET);
      expect(ctx.problems).toEqual([expect.stringMatching(/^GATE_TOKEN_SECRET/)]);
    });
  });

  describe('secrets', () => {
    let dir: string;
    beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'lingong-slices-'))));
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    const secretEnv = { JWT_SECRET, PII_KEY: PII_KEY_HEX, WECHAT_SECRET: 'the-wechat-app-secret', INSURER_API_KEY: 'the-insurer-api-key', H5_DIR: '' };

    /** The slices holding `needle` anywhere in their values. */
    function slicesHolding(slices: ConfigSlices, needle: string | Buffer): string[] {
      const text = (value: unknown): string =>
        JSON.stringify(value, (_, v) => (v && v.type === 'Buffer' && Array.isArray(v.data) ? Buffer.from(v.data).toString('hex') : v));
      const wanted = typeof needle === 'string' ? needle : needle.toString('hex');
      return Object.entries(slices)
        .filter(([, slice]) => text(slice).includes(wanted))
        .map(([name]) => name);
    }

    it('keeps each secret in the one slice that uses it', () => {
      const { slices } = loadConfig(secretEnv, dir);
      expect(slicesHolding(slices, JWT_SECRET)).toEqual(['auth']);
      expect(slicesHolding(slices, Buffer.from(PII_KEY_HEX, 'hex'))).toEqual(['pii']);
      expect(slicesHolding(slices, 'the-wechat-app-secret')).toEqual(['wechat']);
      expect(slicesHolding(slices, 'the-insurer-api-key')).toEqual(['insurer']);
      // Derived keys are not their secrets: an HMAC under one cannot be made with the other.
      expect(createHmac('sha256', slices.gate.tokenKey).update('x').digest('hex')).not.toBe(createHmac('sha256', JWT_SECRET).update('x').digest('hex'));
    });

    it('provides every slice under its token, and never the whole configuration', async () => {
      const config = loadConfig(secretEnv, dir);
      @Module({ imports: [ConfigModule.forRoot(config)] })
      class Host {}
      const moduleRef = await Test.createTestingModule({ imports: [Host] }).compile();
      for (const [name, token] of Object.entries(CONFIG_SLICE_TOKENS)) {
        expect(moduleRef.get(token)).toBe(config.slices[name as keyof ConfigSlices]);
      }
      expect(Object.keys(CONFIG_SLICE_TOKENS).sort()).toEqual(Object.keys(config.slices).sort());
      // Exactly the slices: no token hands out the object that holds every secret.
      expect(ConfigModule.forRoot(config).exports).toHaveLength(Object.keys(config.slices).length);
      await moduleRef.close();
    });
  });
});
