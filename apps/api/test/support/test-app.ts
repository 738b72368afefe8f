import { ConsoleLogger } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/bootstrap';
import { AppConfig, loadConfig } from '../../src/config/config';
import { ApiClient } from './api-client';
import { FAKE_APPID, FAKE_SECRET, FakeWechat } from './fake-wechat';

export const TEST_JWT_SECRET = 'test-jwt-secret-that-is-long-enough-0123456789';
export const TEST_PII_KEY = '7f'.repeat(32);

/** Keeps every line the app logs, so tests can assert what must never be logged. */
export class CapturingLogger extends ConsoleLogger {
  readonly lines: string[] = [];
  constructor() {
    super('test', { logLevels: ['log', 'error', 'warn', 'debug', 'verbose', 'fatal'] });
  }
  protected printMessages(messages: unknown[], context?: string, logLevel?: string): void {
    this.lines.push(
      `${logLevel} [${context}] ${messages.map((m) => (m instanceof Error ? `${m.message} ${m.stack}` : typeof m === 'string' ? m : JSON.stringify(m))).join(' ')}`,
    );
    if (process.env.E2E_SHOW_LOGS === 'true' || logLevel === 'error' || logLevel === 'fatal')
      super.printMessages(messages as never, context, logLevel as never);
  }
  protected printStackTrace(stack: string): void {
    this.lines.push(stack);
  }
}

export interface TestApp {
  app: NestFastifyApplication;
  config: AppConfig;
  wechat: FakeWechat;
  logger: CapturingLogger;
  dataSource: DataSource;
  http: () => ReturnType<typeof request>;
  /** The typed client: `t.api.as(user).get<T>(...)`. */
  api: ApiClient;
  close: () => Promise<void>;
}

/** Boots the real API against the run's MariaDB database and a fake WeChat server. */
export async function bootTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const databaseUrl = process.env.E2E_DATABASE_URL;
  if (!databaseUrl) throw new Error('E2E_DATABASE_URL is not set: run the e2e tests through jest (global-setup creates the database)');
  const wechat = await new FakeWechat().start();
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    DB_MIGRATE_ON_START: 'false',
    DB_SEED_DEMO: 'false',
    JWT_SECRET: TEST_JWT_SECRET,
    PII_KEY: TEST_PII_KEY,
    WECHAT_API_BASE: wechat.url,
    WECHAT_APPID: FAKE_APPID,
    WECHAT_SECRET: FAKE_SECRET,
    WECHAT_TIMEOUT_MS: '1000',
    AUTH_DEV_LOGIN: 'true',
    ...env,
  });
  const logger = new CapturingLogger();
  const app = await createApp(config, { logger });
  const server = app.getHttpServer();
  const http = () => request(server);
  return {
    app,
    config,
    wechat,
    logger,
    dataSource: app.get(DataSource),
    http,
    api: new ApiClient(http),
    close: async () => {
      await app.close();
      await wechat.stop();
    },
  };
}
