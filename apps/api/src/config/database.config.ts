import { resolve } from 'node:path';
import { ConfigContext, parseBoolean } from './env';

/** Where the data lives: the embedded SQLite file (the one-command demo) or MySQL/MariaDB. */
export type DatabaseConfig =
  { type: 'sqlite'; path: string } | { type: 'mysql' | 'mariadb'; host: string; port: number; username: string; password: string; database: string };

/** The database slice: the connection and what to do with it at start-up (read by bootstrap and app.module only). */
export interface DatabaseSettings {
  connection: DatabaseConfig;
  /** Apply pending migrations when the API starts (default on for the embedded SQLite file only). */
  migrateOnStart: boolean;
  /** Load Heze's demo data into an empty database at start (default on for the embedded SQLite file only). */
  seedDemoData: boolean;
}

export const DATABASE_CONFIG = Symbol('DATABASE_CONFIG');

const DEFAULT_DATABASE_URL = 'sqlite:.data/lingong.sqlite';

export function parseDatabaseConfig(ctx: ConfigContext): DatabaseSettings {
  const { env, problems } = ctx;
  const connection = parseDatabaseUrl(env.DATABASE_URL ?? DEFAULT_DATABASE_URL, ctx.cwd, problems);
  const embedded = connection?.type === 'sqlite';
  return {
    connection: connection as DatabaseConfig,
    migrateOnStart: parseBoolean(env.DB_MIGRATE_ON_START, embedded, 'DB_MIGRATE_ON_START', problems),
    seedDemoData: parseBoolean(env.DB_SEED_DEMO, embedded && !ctx.production, 'DB_SEED_DEMO', problems),
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
