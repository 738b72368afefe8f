import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** The process environment, or a test's stand-in for it. */
export type Env = Record<string, string | undefined>;

export type NodeEnv = 'development' | 'production' | 'test';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`配置有误，API 无法启动：\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * What every slice parser gets: the environment, the run's facts and the one list of problems, so the
 * whole environment is checked before anything starts and every problem is reported at once.
 */
export interface ConfigContext {
  env: Env;
  cwd: string;
  nodeEnv: NodeEnv;
  production: boolean;
  problems: string[];
  /** The generated development secret of that name (read from, or created in, DEV_SECRETS_FILE). */
  devSecret(name: keyof DevSecrets): string;
}

export interface DevSecrets {
  jwtSecret: string;
  piiKey: string;
}

export function parseInteger(raw: string | undefined, fallback: number, name: string, min: number, max: number, problems: string[]): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    problems.push(`${name} 应为 ${min} 到 ${max} 之间的整数，现在是 "${raw}"`);
    return fallback;
  }
  return n;
}

export function parseBoolean(raw: string | undefined, fallback: boolean, name: string, problems: string[]): boolean {
  if (raw === undefined || raw === '') return fallback;
  if (['true', '1', 'yes', 'on'].includes(raw.toLowerCase())) return true;
  if (['false', '0', 'no', 'off'].includes(raw.toLowerCase())) return false;
  problems.push(`${name} 应为 true 或 false，现在是 "${raw}"`);
  return fallback;
}

/** A 32-byte key given as 64 hex characters or as base64. */
export function parseKey(raw: string): Buffer | undefined {
  if (/^[0-9a-fA-F]{64}$/.test(raw)) return Buffer.from(raw, 'hex');
  if (/^[A-Za-z0-9+/]{43}=?$/.test(raw)) {
    const key = Buffer.from(raw, 'base64');
    if (key.length === 32) return key;
  }
  return undefined;
}

export function isHttpUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

/** The generated development secrets, kept in a file so that encrypted ID numbers stay readable across restarts. */
export function readOrCreateDevSecrets(file: string): DevSecrets {
  if (existsSync(file)) {
    let stored: Partial<DevSecrets>;
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
