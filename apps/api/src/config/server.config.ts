import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ConfigContext, parseInteger } from './env';

/** The HTTP server slice (read by bootstrap and main only). */
export interface ServerConfig {
  port: number;
  host: string;
  bodyLimitBytes: number;
  corsOrigins: string[] | true;
  /** The mini-program's H5 build, served at `/` when the directory exists (`H5_DIR`, empty = off). */
  h5Dir?: string;
  /** The staff console's build, served at `/console/` when the directory exists (`CONSOLE_DIR`, empty = off). */
  consoleDir?: string;
}

export const SERVER_CONFIG = Symbol('SERVER_CONFIG');

/** apps/miniapp/dist/h5 of this repository, from apps/api/src/config or apps/api/dist/config alike. */
const DEFAULT_H5_DIR = resolve(__dirname, '..', '..', '..', 'miniapp', 'dist', 'h5');
const DEFAULT_CONSOLE_DIR = resolve(__dirname, '..', '..', '..', 'console', 'dist');

/** A static build's directory, when it holds an index.html. */
function builtDir(raw: string, cwd: string): string | undefined {
  return raw && existsSync(join(resolve(cwd, raw), 'index.html')) ? resolve(cwd, raw) : undefined;
}

export function parseServerConfig(ctx: ConfigContext): ServerConfig {
  const { env, problems } = ctx;
  const port = parseInteger(env.PORT, 3000, 'PORT', 0, 65535, problems);
  const host = env.HOST ?? '0.0.0.0';
  const bodyLimitBytes = parseInteger(env.HTTP_BODY_LIMIT_BYTES, 1024 * 1024, 'HTTP_BODY_LIMIT_BYTES', 1024, 50 * 1024 * 1024, problems);
  const corsRaw = env.CORS_ORIGINS ?? (ctx.production ? '' : '*');
  const corsOrigins: string[] | true =
    corsRaw === '*'
      ? true
      : corsRaw
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
  const h5Dir = builtDir(env.H5_DIR ?? DEFAULT_H5_DIR, ctx.cwd);
  const consoleDir = builtDir(env.CONSOLE_DIR ?? DEFAULT_CONSOLE_DIR, ctx.cwd);
  return { port, host, bodyLimitBytes, corsOrigins, h5Dir, consoleDir };
}
