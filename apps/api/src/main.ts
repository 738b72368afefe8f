import { Logger } from '@nestjs/common';
import { createApp, prepareDatabase } from './bootstrap';
import { ConfigError, loadConfig } from './config/config';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
  const logger = new Logger('Main');
  const app = await createApp(config);
  await prepareDatabase(app, config);
  config.notices.forEach((notice) => logger.warn(notice));
  await app.listen({ port: config.port, host: config.host });
  const where = config.database.type === 'sqlite' ? `SQLite ${config.database.path}` : `${config.database.type} ${config.database.host}:${config.database.port}/${config.database.database}`;
  logger.log(`零工市场 API 已启动：http://localhost:${config.port}/api （接口文档 /api/docs，数据库 ${where}）`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
