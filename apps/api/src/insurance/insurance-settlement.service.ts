import { Inject, Injectable, Logger } from '@nestjs/common';
import { addDays, daysBetween, shanghaiDate } from '@lingong/shared';
import { Clock } from '../common/clock';
import { isUniqueViolation } from '../database/errors';
import { TransactionHost } from '../database/transaction';
import { InsuranceEnrollment } from './insurance-enrollment.entity';
import { InsuranceEnrollmentRepository } from './insurance-enrollment.repository';
import { InsuranceProductsService } from './insurance-products.service';
import { splitPremiumByDay, sumSplit } from './insurance-quotes.service';
import { InsuranceSettledDayRepository } from './insurance-settled-day.repository';
import { SUBSIDY_EVIDENCE, SubsidyEvidence } from './subsidy-evidence';

export interface SettleResult {
  enrollments: number;
  days: number;
}

/**
 * Settlement: for issued enrollments, every covered day before today (Asia/Shanghai, the Clock's day)
 * not settled yet gets its split from what happened that day (check-ins at a public market, hiring
 * records), under the county's rules in force when it is settled. Each day is written once (unique
 * (enrollmentId, day)); the enrollment keeps the running sums.
 */
@Injectable()
export class InsuranceSettlementService {
  private readonly logger = new Logger(InsuranceSettlementService.name);

  constructor(
    private readonly enrollments: InsuranceEnrollmentRepository,
    private readonly settledDays: InsuranceSettledDayRepository,
    private readonly products: InsuranceProductsService,
    @Inject(SUBSIDY_EVIDENCE) private readonly evidence: SubsidyEvidence,
    private readonly tx: TransactionHost,
    private readonly clock: Clock,
  ) {}

  async settleCoveredDays(today = shanghaiDate(this.clock.now()), pageSize = 200): Promise<SettleResult> {
    const result: SettleResult = { enrollments: 0, days: 0 };
    // Paged by id through every enrollment with unsettled days: one still running has its passed days
    // settled and the rest waiting, and must not hold back the enrollments after it.
    for (let afterId = 0; ;) {
      const due = await this.enrollments.findWithUnsettledDays(today, afterId, pageSize);
      for (const enrollment of due) {
        const settled = await this.settleEnrollment(enrollment, today);
        if (settled) {
          result.enrollments += 1;
          result.days += settled;
        }
      }
      if (due.length < pageSize) break;
      afterId = due[due.length - 1].id;
    }
    if (result.days) this.logger.log(`settled ${result.days} covered day(s) of ${result.enrollments} enrollment(s)`);
    return result;
  }

  /** Settles the enrollment's passed days not settled yet; answers how many it settled. */
  private async settleEnrollment(enrollment: InsuranceEnrollment, today: string): Promise<number> {
    const last = enrollment.endDate < today ? enrollment.endDate : addDays(today, -1);
    const already = await this.settledDays.settledDatesOf(enrollment.id);
    const days = daysBetween(enrollment.startDate, last).filter((d) => !already.has(d));
    if (!days.length) return 0;
    const rules = await this.products.rulesFor(enrollment.countyCode, enrollment.productId);
    const [checkinDays, hireDays] = await Promise.all([
      this.evidence.daysWithCheckin(enrollment.workerId, days),
      this.evidence.daysWithHire(enrollment.workerId, days),
    ]);
    const split = splitPremiumByDay({
      priceFen: enrollment.productSnapshot.pricePerDayFen,
      days,
      rules,
      checkinDays,
      hireDays,
      employerPays: enrollment.employerId !== null,
    });
    const settledAt = this.clock.now();
    const sums = sumSplit(split);
    try {
      await this.tx.run(async () => {
        await this.settledDays.addAll(
          split.map((d) => ({
            enrollmentId: enrollment.id,
            day: d.day,
            ruleId: d.ruleId ?? null,
            checkedIn: checkinDays.has(d.day),
            hired: hireDays.has(d.day),
            workerFen: d.workerFen,
            employerFen: d.employerFen,
            governmentFen: d.governmentFen,
            settledAt,
          })),
        );
        await this.enrollments.addSettled(enrollment.id, { days: split.length, ...sums });
      });
    } catch (error) {
      // Another run settled these days first.
      if (isUniqueViolation(error)) return 0;
      throw error;
    }
    return split.length;
  }
}
