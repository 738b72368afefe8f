import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DataSourceOptions } from 'typeorm';
import { DatabaseConfig } from '../config/config';
import { ENTITIES } from './entities';
import { MYSQL_MIGRATIONS } from './migrations/mysql';
import { SQLITE_MIGRATIONS } from './migrations/sqlite';
import { TimestampsSubscriber } from './timestamps.subscriber';

/**
 * MySQL/MariaDB is the production database; the embedded SQLite file serves the one-command demo.
 * The entities are the same; each engine has its own reviewed migration set (see docs/operations.md "Schema").
 * `synchronize` is never used.
 */
export function buildDataSourceOptions(db: DatabaseConfig, extra: { poolSize?: number } = {}): DataSourceOptions {
  // TypeORM's own logging prints failed queries with their parameters (names, phones, ID hashes) to
  // stdout: it stays off; unexpected errors are logged by AllExceptionsFilter without parameters.
  const common = { entities: ENTITIES, subscribers: [TimestampsSubscriber], synchronize: false, migrationsTableName: 'migrations', logging: false };
  if (db.type === 'sqlite') {
    if (db.path !== ':memory:') mkdirSync(dirname(db.path), { recursive: true });
    return {
      ...common,
      type: 'better-sqlite3',
      database: db.path,
      migrations: SQLITE_MIGRATIONS,
      enableWAL: db.path !== ':memory:',
      prepareDatabase: (sqlite: { pragma(source: string): unknown }) => {
        sqlite.pragma('busy_timeout = 5000');
        sqlite.pragma('foreign_keys = ON');
      },
    };
  }
  return {
    ...common,
    type: db.type,
    host: db.host,
    port: db.port,
    username: db.username,
    password: db.password,
    database: db.database,
    migrations: MYSQL_MIGRATIONS,
    // Store and read every DATETIME as UTC, whatever the server's time zone.
    timezone: 'Z',
    charset: 'utf8mb4_unicode_ci',
    poolSize: extra.poolSize ?? 20,
    extra: { connectTimeout: 10000 },
  };
}
