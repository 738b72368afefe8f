import { createConnection } from 'mysql2/promise';

/** MariaDB for the e2e tier: 127.0.0.1:3306, root, empty password, unless E2E_MYSQL_URL says otherwise. */
export const SERVER_URL = process.env.E2E_MYSQL_URL ?? 'mariadb://root@127.0.0.1:3306';

/** The tests refuse to touch a database whose name does not mark it as a throw-away test database. */
export function assertTestDatabaseName(name: string): void {
  if (!/^lingong_test_[a-z0-9_]+$/.test(name)) {
    throw new Error(`refusing to use database "${name}": e2e databases must be named lingong_test_*`);
  }
}

export async function serverConnection() {
  const url = new URL(SERVER_URL.replace(/^mariadb:/, 'mysql:'));
  return createConnection({
    host: url.hostname,
    port: Number(url.port || 3306),
    user: decodeURIComponent(url.username || 'root'),
    password: decodeURIComponent(url.password),
    multipleStatements: false,
  });
}

export function databaseUrl(name: string): string {
  assertTestDatabaseName(name);
  return `${SERVER_URL.replace(/\/+$/, '')}/${name}`;
}
