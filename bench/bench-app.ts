// What every HTTP benchmark starts from: its own MariaDB database (lingong_bench_*), migrated, and the
// real API with the bench-only baseline routes listening on a free port. `close()` stops the app and
// drops the database (kept when BENCH_KEEP_DATABASE=true).
import { randomBytes } from 'node:crypto';
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
  port: number;
  signAccessToken: (userId: number) => string;
  close: () => Promise<void>;
}

/** `--name value` from the command line, or the fallback. */
export function benchOption(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
}

export async function openBenchApp(describe: (dbName: string) => string): Promise<BenchApp> {
  const dbName = `lingong_bench_${Date.now().toString(36)}`;
  const server = await serverConnection();
  await server.query(`CREATE DATABASE \`${dbName}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  console.log(describe(dbName));
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: `${SERVER_URL.replace(/\/+$/, '')}/${dbName}`,
    DB_MIGRATE_ON_START: 'true',
    DB_SEED_DEMO: 'false',
    JWT_SECRET: randomBytes(32).toString('hex'),
    PII_KEY: randomBytes(32).toString('hex'),
    WECHAT_API_BASE: 'http://127.0.0.1:9',
  });
  const app = await createApp(config, { logger: false, extraModules: [BenchBaselineModule] });
  const close = async () => {
    await app.close();
    if (process.env.BENCH_KEEP_DATABASE !== 'true') await server.query(`DROP DATABASE \`${dbName}\``);
    await server.end();
  };
  try {
    await prepareDatabase(app, config);
    await app.listen(0, '127.0.0.1');
  } catch (error) {
    await close();
    throw error;
  }
  const { dataSource: db, signAccessToken } = benchHandles(app);
  return { app, db, dbName, port: (app.getHttpServer().address() as AddressInfo).port, signAccessToken, close };
}
