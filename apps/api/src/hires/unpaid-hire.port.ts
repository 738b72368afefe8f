import { Injectable } from '@nestjs/common';
import type { PayUnit } from '@lingong/shared';

/** The hire a worker reported "not paid" on, as the handlers get it. */
export interface UnpaidHire {
  id: number;
  postingId: number;
  workerId: number;
  employerId: number;
  countyCode: string;
  payAmountFen: number;
  payUnit: PayUnit;
  startDate: string;
  endDate: string;
  address: string;
}

/**
 * What happens when a worker reports "not paid", besides the `hire.unpaid` outbox event. The hires
 * module declares this port and imports nothing of the modules that handle it: the complaints module's
 * UnpaidHireWageClaimHandler registers itself here when its module starts (it opens a prefilled wage claim).
 */
export interface UnpaidHireHandler {
  /** Called after the unpaid report is committed; a failure is logged and does not undo the report. */
  onUnpaid(hire: UnpaidHire, reportedByUserId: number): Promise<void>;
  /** The case opened for this hire, when it is this user's own (the hire's view links to it). */
  caseOf?(hireId: number, userId: number): Promise<number | undefined>;
}

/** The handlers of one app (a provider of HiresModule, so two apps in one process never share them). */
@Injectable()
export class UnpaidHireHandlers {
  private readonly handlers = new Set<UnpaidHireHandler>();

  /** Adds a handler; the returned function removes it again (call it when the handler's module stops). */
  register(handler: UnpaidHireHandler): () => void {
    this.handlers.add(handler);
    return () => this.handlers.delete(handler);
  }

  all(): UnpaidHireHandler[] {
    return [...this.handlers];
  }

  /** The first handler's answer for the case opened on this hire, if any handler keeps one. */
  async caseOf(hireId: number, userId: number): Promise<number | undefined> {
    for (const handler of this.handlers) {
      const id = await handler.caseOf?.(hireId, userId);
      if (id !== undefined) return id;
    }
    return undefined;
  }
}
