import type { Hire } from './hire.entity';

/**
 * What happens when a worker reports "not paid". The complaints module (built in parallel) binds its
 * `openWageClaimFromHire(...)` here at merge, to open a prefilled wage claim; until then nothing more
 * happens than the `hire.unpaid` outbox event, which stays in the outbox for it to pick up.
 */
export const UNPAID_WAGE_HANDLER = Symbol('UNPAID_WAGE_HANDLER');

export interface UnpaidWageHandler {
  /** Called after the unpaid report is committed; a failure is logged and does not undo the report. */
  onUnpaid(hire: Hire, reportedByUserId: number): Promise<void>;
}

export class NoUnpaidWageHandler implements UnpaidWageHandler {
  async onUnpaid(): Promise<void> {}
}
