import { ConfigContext, parseInteger } from './env';

/** The insurance slice: the jobs' periods and the claim limits (the insurer's address and key are INSURER_CONFIG). */
export interface InsuranceConfig {
  /** Seconds between reconciliation runs; 0 turns the job off. */
  reconcileSeconds: number;
  /** Seconds between settlement runs; 0 turns the job off. */
  settleSeconds: number;
  maxPhotosPerClaim: number;
}

export const INSURANCE_CONFIG = Symbol('INSURANCE_CONFIG');

export function parseInsuranceConfig(ctx: ConfigContext): InsuranceConfig {
  const { env, problems } = ctx;
  // Tests share one database across suites: a job in every suite's app would touch others' enrollments.
  const underTest = ctx.nodeEnv === 'test';
  return {
    reconcileSeconds: parseInteger(env.INSURANCE_RECONCILE_SECONDS, underTest ? 0 : 300, 'INSURANCE_RECONCILE_SECONDS', 0, 86400, problems),
    settleSeconds: parseInteger(env.INSURANCE_SETTLE_SECONDS, underTest ? 0 : 3600, 'INSURANCE_SETTLE_SECONDS', 0, 86400, problems),
    // The defaults of this and EVIDENCE_MAX_FILES_PER_CASE are the mini-program's (@lingong/shared; config.spec keeps them equal).
    maxPhotosPerClaim: parseInteger(env.INSURANCE_CLAIM_MAX_PHOTOS, 20, 'INSURANCE_CLAIM_MAX_PHOTOS', 1, 100, problems),
  };
}
