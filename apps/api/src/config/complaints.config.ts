import { ConfigContext, parseInteger } from './env';

/** The complaints slice. */
export interface ComplaintsConfig {
  /** The same complaint sent again within this many minutes is answered with the existing case. */
  duplicateWindowMinutes: number;
  maxEvidenceFilesPerCase: number;
}

export const COMPLAINTS_CONFIG = Symbol('COMPLAINTS_CONFIG');

export function parseComplaintsConfig(ctx: ConfigContext): ComplaintsConfig {
  const { env, problems } = ctx;
  return {
    duplicateWindowMinutes: parseInteger(env.COMPLAINT_DUPLICATE_WINDOW_MINUTES, 10, 'COMPLAINT_DUPLICATE_WINDOW_MINUTES', 0, 24 * 60, problems),
    maxEvidenceFilesPerCase: parseInteger(env.EVIDENCE_MAX_FILES_PER_CASE, 30, 'EVIDENCE_MAX_FILES_PER_CASE', 1, 200, problems),
  };
}
