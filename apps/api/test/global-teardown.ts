import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertTestDatabaseName, serverConnection } from './support/test-database';

export default async function globalTeardown(): Promise<void> {
  const name = process.env.E2E_DATABASE_NAME;
  if (!name) return;
  // The cells handed out by isolatedPoint() in this run.
  rmSync(join(tmpdir(), `lingong-points-${name}`), { recursive: true, force: true });
  if (process.env.E2E_KEEP_DATABASE === 'true') return;
  assertTestDatabaseName(name);
  const connection = await serverConnection();
  await connection.query(`DROP DATABASE IF EXISTS \`${name}\``);
  await connection.end();
}
