// What every HTTP benchmark starts from: its own MariaDB database (lingong_bench_*) or SQLite file (in
// the system's temporary directory, WAL as the demo runs it), migrated, and the real API with the
// bench-only baseline routes listening on a free port. `close()` stops the app and drops the database
// (kept when BENCH_KEEP_DATABASE=true).
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { createApp, prepareDatabase } from '../apps/api/src/bootstrap';
import { loadConfig } from '../apps/api/src/config/config';
import { BenchBaselineModule, benchHandles } from '../apps/api/test/support/bench-baseline.module';
import { SERVER_URL, serverConnection } from '../apps/api/test/support/test-database';

// bench/ cannot resolve the API's dependencies itself: their types come through the API's functions.
type App = Awaited<ReturnType<typeof createApp>>;

export interface BenchApp {
  app: App;
  db: ReturnType<typeof benchHandles>['dataSource'];
  dbName: string;
  engine: 'mariadb' | 'sqlite';
  port: number;
  signAccessToken: (userId: number) => string;
  close: () => Promise<void>;
}

/** `--name value` from the command line, or the fallback. */
export function benchOption(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
}

export async function openBenchApp(describe: (dbName: string) => string, engine: 'mariadb' | 'sqlite' = 'mariadb'): Promise<BenchApp> {
  const dbName = `lingong_bench_${Date.now().toString(36)}`;
  const sqliteFile = join(tmpdir(), `${dbName}.sqlite`);
  const server = engine === 'mariadb' ? await serverConnection() : undefined;
  await server?.query(`CREATE DATABASE \`${dbName}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  console.log(describe(engine === 'mariadb' ? dbName : sqliteFile));
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: engine === 'mariadb' ? `${SERVER_URL.replace(/\/+$/, '')}/${dbName}` : `sqlite:${sqliteFile}`,
    DB_MIGRATE_ON_START: 'true',
    DB_SEED_DEMO: 'false',
    JWT_SECRET: randomBytes(32).toString('hex'),
    PII_KEY: randomBytes(32).toString('hex'),
    WECHAT_API_BASE: 'http://127.0.0.1:9',
  });
  const app = await createApp(config, { logger: false, extraModules: [BenchBaselineModule] });
  const close = async () => {
    await app.close();
    const keep = process.env.BENCH_KEEP_DATABASE === 'true';
    if (server) {
      if (!keep) await server.query(`DROP DATABASE \`${dbName}\``);
      await server.end();
    } else if (!keep) for (const suffix of ['', '-wal', '-shm']) rmSync(`${sqliteFile}${suffix}`, { force: true });
  };
  try {
    await prepareDatabase(app, config);
    await app.listen(0, '127.0.0.1');
  } catch (error) {
    await close();
    throw error;
  }
  const { dataSource: db, signAccessToken } = benchHandles(app);
  return { app, db, dbName, engine, port: (app.getHttpServer().address() as AddressInfo).port, signAccessToken, close };
}
