import { resolve } from 'node:path';
import { ConfigContext, parseInteger } from './env';

/** Uploaded files (complaint evidence, accident photos): kept outside the database, served only to those entitled. */
export interface UploadsConfig {
  dir: string;
  maxBytes: number;
  maxFilesPerUpload: number;
}

export const UPLOADS_CONFIG = Symbol('UPLOADS_CONFIG');

export function parseUploadsConfig(ctx: ConfigContext): UploadsConfig {
  const { env, problems } = ctx;
  return {
    dir: resolve(ctx.cwd, env.EVIDENCE_DIR ?? '.data/evidence'),
    maxBytes: parseInteger(env.EVIDENCE_MAX_BYTES, 5 * 1024 * 1024, 'EVIDENCE_MAX_BYTES', 1024, 50 * 1024 * 1024, problems),
    maxFilesPerUpload: parseInteger(env.EVIDENCE_MAX_FILES, 5, 'EVIDENCE_MAX_FILES', 1, 20, problems),
  };
}
