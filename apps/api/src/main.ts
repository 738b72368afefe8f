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
  const { server, database } = config.slices;
  await app.listen({ port: server.port, host: server.host });
  const db = database.connection;
  const where = db.type === 'sqlite' ? `SQLite ${db.path}` : `${db.type} ${db.host}:${db.port}/${db.database}`;
  logger.log(`零工市场 API 已启动：http://localhost:${server.port}/api （接口文档 /api/docs，数据库 ${where}）`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
