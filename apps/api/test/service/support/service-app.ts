import { INestApplicationContext, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { AppModule } from '../../../src/app.module';
import { AppConfig, loadConfig } from '../../../src/config/config';
import { TEST_JWT_SECRET, TEST_PII_KEY } from '../../support/test-app';

/**
 * The service tier: the whole app's modules against the run's real MariaDB database, without HTTP.
 * A service spec calls services directly (`s.get(ComplaintIntakeService).file(...)`), so it can reach
 * states and timings an HTTP test cannot, while still using the real repositories and transactions.
 */
export interface ServiceApp {
  context: INestApplicationContext;
  config: AppConfig;
  dataSource: DataSource;
  get<T>(type: Type<T>): T;
  close(): Promise<void>;
}

export async function bootServiceApp(env: Record<string, string> = {}): Promise<ServiceApp> {
  const databaseUrl = process.env.E2E_DATABASE_URL;
  if (!databaseUrl) throw new Error('E2E_DATABASE_URL is not set: run the service tests through jest (global-setup creates the database)');
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    DB_MIGRATE_ON_START: 'false',
    DB_SEED_DEMO: 'false',
    JWT_SECRET: TEST_JWT_SECRET,
    PII_KEY: TEST_PII_KEY,
    // Nothing here calls WeChat; an address nobody listens on makes an accidental call fail fast.
    WECHAT_API_BASE: 'http://127.0.0.1:9',
    WECHAT_APPID: 'wx-service-tier',
    WECHAT_SECRET: 'service-tier-secret',
    WECHAT_TIMEOUT_MS: '500',
    ...env,
  });
  const context = await NestFactory.createApplicationContext(AppModule.forRoot(config), { logger: false, abortOnError: false });
  return {
    context,
    config,
    dataSource: context.get(DataSource),
    get: (type) => context.get(type),
    close: () => context.close(),
  };
}
