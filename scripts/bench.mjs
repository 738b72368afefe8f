// `npm run bench -- <name> [args]`: builds, then runs bench/<name>.ts against MariaDB.
// Benchmarks print their figures and the ratio to a baseline measured in the same run; record them in
// docs/benchmarks.md. They are not tests: nothing here fails on a slow machine.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ensureMariaDb, ensurePnpm, log, ROOT, run } from './lib.mjs';

const [name, ...args] = process.argv.slice(2);
const available = readdirSync(join(ROOT, 'bench'))
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => f.replace(/\.bench\.ts$/, ''));
if (!name || !existsSync(join(ROOT, 'bench', `${name}.bench.ts`))) {
  console.error(`usage: npm run bench -- <name>   (available: ${available.join(', ') || 'none yet'})`);
  process.exit(64);
}
const pnpm = ensurePnpm();
run(pnpm, ['install', '--frozen-lockfile']);
run(pnpm, ['--filter', '@lingong/shared', 'build']);
await ensureMariaDb();
log(`bench ${name}`);
run(process.execPath, ['-r', 'ts-node/register/transpile-only', join('bench', `${name}.bench.ts`), ...args], {
  env: { TS_NODE_PROJECT: join(ROOT, 'apps', 'api', 'tsconfig.json') },
});
