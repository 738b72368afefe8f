import type { Hire } from './hire.entity';

/**
 * What happens when a worker reports "not paid", besides the `hire.unpaid` outbox event: the
 * complaints module binds UnpaidHireWageClaimHandler, which opens a prefilled wage claim.
 */
export const UNPAID_WAGE_HANDLER = Symbol('UNPAID_WAGE_HANDLER');

export interface UnpaidWageHandler {
  /** Called after the unpaid report is committed; a failure is logged and does not undo the report. */
  onUnpaid(hire: Hire, reportedByUserId: number): Promise<void>;
}
