import { Injectable } from '@nestjs/common';
import { addDays } from '@lingong/shared';
import { CheckinsService } from '../checkins/checkins.service';
import { EmployerFactsService } from '../employers/employer-facts.service';
import { HireFactsService } from '../hires/hire-facts.service';
import { HireForEnrollment, SubsidyEvidence } from './subsidy-evidence';

/** Subsidy conditions and employer enrollments, asked of check-ins, hiring records and employers. */
@Injectable()
export class PlatformSubsidyEvidence implements SubsidyEvidence {
  constructor(
    private readonly checkins: CheckinsService,
    private readonly hires: HireFactsService,
    private readonly employers: EmployerFactsService,
  ) {}

  daysWithCheckin(workerId: number, days: string[]): Promise<Set<string>> {
    return this.checkins.daysAtPublicMarket(workerId, days);
  }

  daysWithHire(workerId: number, days: string[]): Promise<Set<string>> {
    return this.hires.daysHired(workerId, days);
  }

  async hireForEnrollment(hireId: number): Promise<HireForEnrollment | null> {
    const hire = await this.hires.activeForInsurance(hireId);
    if (!hire) return null;
    const employer = await this.employers.account(hire.employerId);
    if (!employer) return null;
    const days: string[] = [];
    for (let d = hire.startDate; d <= hire.endDate; d = addDays(d, 1)) days.push(d);
    return { hireId: hire.id, employerUserId: employer.userId, employerId: employer.id, workerId: hire.workerId, days, tradeCode: hire.trade };
  }
}
