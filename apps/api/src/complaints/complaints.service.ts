import { Injectable } from '@nestjs/common';
import { ComplaintIntakeService } from './complaint-intake.service';
import type { IntakeResult, WageClaimFromHireInput } from './complaints.types';

export type { WageClaimFromHireInput } from './complaints.types';

/**
 * What the rest of the platform asks of the complaints module (the hires port's adapter,
 * UnpaidHireWageClaimHandler, calls it). The work is done by the module's services: intake
 * (ComplaintIntakeService), handling and reading, the deadlines job, the figures.
 */
@Injectable()
export class ComplaintsService {
  constructor(private readonly intake: ComplaintIntakeService) {}

  /**
   * A worker's "not paid" report on a hiring record opens a wage claim with the respondent, amount and
   * dates filled in. Idempotent per hire: a second report answers the same case.
   */
  openWageClaimFromHire(input: WageClaimFromHireInput): Promise<IntakeResult> {
    return this.intake.openWageClaimFromHire(input);
  }

  /** The wage claim opened for a hire, when it is this user's own case. */
  wageClaimIdOfHire(hireId: number, userId: number): Promise<number | undefined> {
    return this.intake.wageClaimIdOfHire(hireId, userId);
  }
}
