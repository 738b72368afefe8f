// `npm start`: install, build (API and the mini-program's H5 build), then run the API on the embedded
// SQLite database with Heze's demo data; the API serves the H5 build at http://localhost:3000/.
import { spawn } from 'node:child_process';
import { buildConsole, buildMiniapp, childEnv, ensurePnpm, installDependencies, log, ROOT, run } from './lib.mjs';

const pnpm = ensurePnpm();
installDependencies(pnpm);
log('building packages/shared and apps/api');
run(pnpm, ['-r', 'build']);
buildMiniapp(pnpm, 'h5');
buildConsole(pnpm);

log('starting the API on the embedded database (migrations and demo data are applied on start)');
const env = childEnv({
  NODE_ENV: process.env.NODE_ENV ?? 'development',
  AUTH_DEV_LOGIN: process.env.AUTH_DEV_LOGIN ?? 'true',
});
const api = spawn(process.execPath, ['apps/api/dist/main.js'], { cwd: ROOT, stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => api.kill(signal));
api.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
