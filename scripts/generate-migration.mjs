// `node scripts/generate-migration.mjs AddPostings`: writes the migration that brings the schema from
// the latest migration to the current entities, once for MySQL/MariaDB and once for SQLite.
// It migrates a scratch MariaDB database and a scratch SQLite file to the latest migration first, so
// the generated SQL is exactly the difference. Review both files, then add them to the index.ts files.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { childEnv, ensureMariaDb, ROOT } from './lib.mjs';

const name = process.argv[2];
if (!/^[A-Z][A-Za-z0-9]+$/.test(name ?? '')) {
  console.error('usage: node scripts/generate-migration.mjs PascalCaseName');
  process.exit(64);
}
await ensureMariaDb();
const server = process.env.E2E_MYSQL_URL ?? 'mariadb://root@127.0.0.1:3306';
const scratch = `lingong_migration_${Date.now()}`;
const sqliteFile = join(tmpdir(), `${scratch}.sqlite`);
const api = join(ROOT, 'apps', 'api');
const timestamp = String(Date.now());

function sh(cmd, args, env) {
  const r = spawnSync(cmd, args, { cwd: api, stdio: 'inherit', env: childEnv({ TS_NODE_TRANSPILE_ONLY: '1', ...env }) });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed`);
}
const mysql = (sql) => spawnSync('mysql', ['-h127.0.0.1', '-uroot', '-e', sql], { stdio: 'inherit' });

mysql(`CREATE DATABASE ${scratch} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
try {
  for (const [dialect, url] of [
    ['mysql', `${server}/${scratch}`],
    ['sqlite', `sqlite:${sqliteFile}`],
  ]) {
    const ds = ['-d', 'src/database/data-source.ts'];
    sh('npx', ['typeorm-ts-node-commonjs', 'migration:run', ...ds], { DATABASE_URL: url });
    sh('npx', ['typeorm-ts-node-commonjs', 'migration:generate', ...ds, '-t', timestamp, `src/database/migrations/${dialect}/${name}`], { DATABASE_URL: url });
  }
  console.log(`\nReview apps/api/src/database/migrations/{mysql,sqlite}/${timestamp}-${name}.ts and add ${name}${timestamp} to both index.ts files.`);
} finally {
  mysql(`DROP DATABASE IF EXISTS ${scratch}`);
  rmSync(sqliteFile, { force: true });
}
