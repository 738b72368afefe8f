import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { parseDatabaseUrl } from '../src/config/config';
import { buildDataSourceOptions } from '../src/database/data-source-options';
import { assertTestDatabaseName, databaseUrl, serverConnection } from './support/test-database';

/**
 * Creates one throw-away MariaDB database for this run and applies the reviewed migrations to it
 * (the same ones production runs). Each test makes its own data, so suites can share it.
 */
export default async function globalSetup(): Promise<void> {
  const name = `lingong_test_${Date.now().toString(36)}_${process.pid}`;
  assertTestDatabaseName(name);
  let connection;
  try {
    connection = await serverConnection();
  } catch (error) {
    throw new Error(
      `The e2e tests need MariaDB/MySQL at ${process.env.E2E_MYSQL_URL ?? '127.0.0.1:3306 (root, empty password)'}: ${(error as Error).message}. ` +
        'Start it (e.g. `start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd`) or set E2E_MYSQL_URL.',
    );
  }
  await connection.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await connection.end();

  const url = databaseUrl(name);
  const dataSource = new DataSource(buildDataSourceOptions(parseDatabaseUrl(url, process.cwd(), [])!));
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  await dataSource.destroy();

  process.env.E2E_DATABASE_NAME = name;
  process.env.E2E_DATABASE_URL = url;
}
