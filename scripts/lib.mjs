// Helpers for the root scripts: they must work on a fresh machine that has only Node 20 and npm.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PNPM_VERSION = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).packageManager.split('@')[1];

export function log(message) {
  console.log(`\n\u001b[1m▶ ${message}\u001b[0m`);
}

/** The environment for child processes: native modules (better-sqlite3) compile against the local Node headers. */
export function childEnv(extra = {}) {
  const env = { ...process.env, ...extra };
  if (!env.npm_config_nodedir && existsSync('/usr/include/node/node.h')) env.npm_config_nodedir = '/usr';
  return env;
}

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env: childEnv(options.env), ...options, shell: false });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    console.error(`\n✖ ${command} ${args.join(' ')} exited with ${result.status}`);
    process.exit(result.status ?? 1);
  }
}

/** pnpm at the version package.json names: the one on PATH if it matches, else installed into .tools/. */
export function ensurePnpm() {
  const onPath = spawnSync('pnpm', ['--version'], { encoding: 'utf8' });
  if (onPath.status === 0 && onPath.stdout.trim() === PNPM_VERSION) return 'pnpm';
  const local = join(ROOT, '.tools', 'node_modules', '.bin', 'pnpm');
  const localVersion = existsSync(local) ? spawnSync(local, ['--version'], { encoding: 'utf8' }).stdout?.trim() : undefined;
  if (localVersion !== PNPM_VERSION) {
    log(`installing pnpm ${PNPM_VERSION} into .tools/`);
    run('npm', ['install', '--prefix', join(ROOT, '.tools'), '--no-save', '--no-package-lock', '--no-audit', '--no-fund', `pnpm@${PNPM_VERSION}`]);
  }
  return local;
}

export function installDependencies(pnpm) {
  log('installing dependencies (pnpm install --frozen-lockfile)');
  run(pnpm, ['install', '--frozen-lockfile']);
}

export function canConnect(host, port, timeoutMs = 1000) {
  return new Promise((resolvePromise) => {
    const socket = createConnection({ host, port });
    const done = (ok) => {
      socket.destroy();
      resolvePromise(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/**
 * The e2e tests need MariaDB/MySQL at 127.0.0.1:3306 (root, empty password). When it is not running
 * and this machine has MariaDB installed, start it; otherwise say exactly what is missing.
 */
export async function ensureMariaDb() {
  if (process.env.E2E_MYSQL_URL) return;
  if (await canConnect('127.0.0.1', 3306)) return;
  if (existsSync('/usr/sbin/mariadbd')) {
    log('MariaDB is not running: starting /usr/sbin/mariadbd');
    spawn('start-stop-daemon', ['--start', '--oknodo', '--background', '--exec', '/usr/sbin/mariadbd'], { stdio: 'inherit' });
    for (let i = 0; i < 60; i += 1) {
      if (await canConnect('127.0.0.1', 3306)) return;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  console.error(
    '\n✖ The e2e tests need MariaDB (or MySQL) on 127.0.0.1:3306 with user root and an empty password.\n' +
      '  Install and start it (Debian: apt-get install -y mariadb-server && service mariadb start),\n' +
      '  or point E2E_MYSQL_URL at a server, e.g. E2E_MYSQL_URL=mariadb://root:pw@127.0.0.1:3306',
  );
  process.exit(1);
}

/**
 * Browser tests drive Debian's Chromium (playwright-core never downloads a browser here). Install it
 * when it is missing and this is a Debian machine where we may run apt-get; otherwise say what to do.
 */
export function ensureChromium() {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (existsSync(path)) return path;
  if (existsSync('/usr/bin/apt-get') && process.getuid?.() === 0) {
    log('installing Chromium for the browser tests (apt-get install chromium)');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    const r = spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-noto-cjk'], { stdio: 'inherit', env });
    if (r.status === 0 && existsSync(path)) return path;
  }
  console.error(`\n✖ The browser tests need Chromium at ${path} (Debian: apt-get install chromium), or set CHROMIUM_PATH.`);
  process.exit(1);
}

/** A hash of every file under the given roots (specs left out) and an extra string: what a build is made from. */
function sourceHash(roots, extra) {
  const hash = createHash('sha256');
  const visit = (path) => {
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) visit(join(path, name));
    } else if (!path.endsWith('.spec.ts')) {
      hash.update(relative(ROOT, path)).update(readFileSync(path));
    }
  };
  for (const root of roots) visit(join(ROOT, root));
  hash.update(extra);
  return hash.digest('hex');
}

/** A hash of everything a mini-program build is made from, so an unchanged build is not made twice. */
function miniappSourceHash(type) {
  const roots = [
    'apps/miniapp/src',
    'apps/miniapp/config',
    'apps/miniapp/scripts',
    'apps/miniapp/package.json',
    'apps/miniapp/babel.config.js',
    'packages/shared/src',
    'pnpm-lock.yaml',
  ];
  return sourceHash(roots, `type=${type} TARO_APP_API=${process.env.TARO_APP_API ?? ''}`);
}

/**
 * Builds the mini-program (`h5`: apps/miniapp/dist/h5, served by the API; `weapp`: dist/weapp, whose
 * package sizes the tests check) unless the build there was made from the same sources.
 */
export function buildMiniapp(pnpm, type) {
  const stamp = join(ROOT, 'apps', 'miniapp', 'dist', type, '.source-hash');
  const wanted = miniappSourceHash(type);
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === wanted) {
    log(`mini-program ${type} build is up to date (apps/miniapp/dist/${type})`);
    return;
  }
  log(`building the mini-program: taro build --type ${type} (log in apps/miniapp/dist/build-${type}.log)`);
  run(pnpm, ['--filter', '@lingong/miniapp', `build:${type}`]);
  writeFileSync(stamp, wanted);
}

/** Builds the staff console (apps/console/dist, served by the API at /console/) unless built from the same sources. */
export function buildConsole(pnpm) {
  const stamp = join(ROOT, 'apps', 'console', 'dist', '.source-hash');
  const wanted = sourceHash(
    ['apps/console/src', 'apps/console/index.html', 'apps/console/vite.config.ts', 'apps/console/package.json', 'packages/shared/src', 'pnpm-lock.yaml'],
    'console',
  );
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === wanted) {
    log('staff console build is up to date (apps/console/dist)');
    return;
  }
  log('building the staff console: vite build (apps/console/dist)');
  run(pnpm, ['--filter', '@lingong/console', 'build']);
  writeFileSync(stamp, wanted);
}
