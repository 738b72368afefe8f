// `npm test`: install, typecheck, lint (import boundaries, formatting), build the mini-program (skipped
// when built from the same sources), and run every test tier (unit, component, e2e on a real MariaDB,
// the H5 build in headless Chromium).
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { buildConsole, buildMiniapp, childEnv, ensureChromium, ensureMariaDb, ensurePnpm, installDependencies, log, ROOT, run } from './lib.mjs';

const pnpm = ensurePnpm();
installDependencies(pnpm);
log('typecheck');
run(pnpm, ['-r', 'typecheck']);
log('lint: import boundaries (npm run lint) and formatting (npm run format:check)');
run(pnpm, ['run', 'lint']);
run(pnpm, ['run', 'format:check']);
buildMiniapp(pnpm, 'weapp');
buildMiniapp(pnpm, 'h5');
buildConsole(pnpm);
await ensureMariaDb();
const chromium = ensureChromium();

log('jest: shared, api-unit, miniapp, api-e2e (with the mini-program in the browser)');
mkdirSync(join(ROOT, '.data'), { recursive: true });
const resultsFile = join(ROOT, '.data', 'jest-results.json');
const jest = spawnSync(pnpm, ['exec', 'jest', '--ci', '--json', `--outputFile=${resultsFile}`, ...process.argv.slice(2)], {
  cwd: ROOT,
  stdio: 'inherit',
  env: childEnv({ NODE_ENV: 'test', CHROMIUM_PATH: chromium }),
});
let summary = '';
try {
  const results = JSON.parse(readFileSync(resultsFile, 'utf8'));
  summary = `jest: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${results.numPendingTests} skipped`;
} catch {
  summary = 'jest: no results were written';
}
console.log(`\n${summary}`);
process.exit(jest.status ?? 1);
