import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, LessThanOrEqual, MoreThanOrEqual, Repository } from 'typeorm';
import { addDays } from '@lingong/shared';
import { CheckinsService } from '../checkins/checkins.service';
import { Employer } from '../employers/employer.entity';
import { Hire } from '../hires/hire.entity';
import { HireForEnrollment, SubsidyEvidence } from './subsidy-evidence';

/** Subsidy conditions and employer enrollments, read from check-ins and hiring records. */
@Injectable()
export class PlatformSubsidyEvidence implements SubsidyEvidence {
  constructor(
    private readonly checkins: CheckinsService,
    @InjectRepository(Hire) private readonly hires: Repository<Hire>,
    @InjectRepository(Employer) private readonly employers: Repository<Employer>,
  ) {}

  daysWithCheckin(workerId: number, days: string[]): Promise<Set<string>> {
    return this.checkins.daysAtPublicMarket(workerId, days);
  }

  async daysWithHire(workerId: number, days: string[]): Promise<Set<string>> {
    if (!days.length) return new Set();
    const sorted = [...days].sort();
    const hires = await this.hires.find({
      where: { workerId, cancelledAt: IsNull(), startDate: LessThanOrEqual(sorted[sorted.length - 1]), endDate: MoreThanOrEqual(sorted[0]) },
    });
    return new Set(days.filter((day) => hires.some((h) => h.startDate <= day && day <= h.endDate)));
  }

  async hireForEnrollment(hireId: number): Promise<HireForEnrollment | null> {
    const hire = await this.hires.findOne({ where: { id: hireId, cancelledAt: IsNull() } });
    if (!hire) return null;
    const employer = await this.employers.findOne({ where: { id: hire.employerId } });
    if (!employer) return null;
    const days: string[] = [];
    for (let d = hire.startDate; d <= hire.endDate; d = addDays(d, 1)) days.push(d);
    return { hireId: hire.id, employerUserId: employer.userId, employerId: employer.id, workerId: hire.workerId, days, tradeCode: hire.trade };
  }
}
