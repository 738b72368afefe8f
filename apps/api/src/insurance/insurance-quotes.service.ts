import { Inject, Injectable } from '@nestjs/common';
import {
  addDays,
  DaySplit,
  daysBetween,
  findTrade,
  isValidDateString,
  MAX_ENROLLMENT_DAYS,
  MAX_ENROLLMENT_LEAD_DAYS,
  occupationClassOf,
  shanghaiDate,
  splitDayPremium,
} from '@lingong/shared';
import { AppException } from '../common/app-exception';
import { Clock } from '../common/clock';
import type { InsurableWorker } from '../workers/insured-person.service';
import { InsuranceProduct } from './insurance-product.entity';
import { ineligibleReason, InsuranceProductsService } from './insurance-products.service';
import { InsuranceSubsidyRule } from './insurance-subsidy-rule.entity';
import { SUBSIDY_EVIDENCE, SubsidyEvidence } from './subsidy-evidence';

type SplitRule = Pick<InsuranceSubsidyRule, 'id' | 'condition' | 'workerShareBp' | 'employerShareBp' | 'governmentShareBp'>;

/**
 * Day by day, the first rule (in the order given) whose condition holds decides the shares; with no
 * rule the worker pays. An employer's share falls to the worker when no employer enrolled.
 */
export function splitPremiumByDay(input: {
  priceFen: number;
  days: string[];
  rules: SplitRule[];
  checkinDays: Set<string>;
  hireDays: Set<string>;
  employerPays: boolean;
}): DaySplit[] {
  const { priceFen, rules, checkinDays, hireDays, employerPays } = input;
  const holds = (rule: SplitRule, day: string): boolean => {
    switch (rule.condition) {
      case 'always':
        return true;
      case 'checked_in_that_day':
        return checkinDays.has(day);
      case 'hired_that_day':
        return hireDays.has(day);
      case 'checked_in_or_hired':
        return checkinDays.has(day) || hireDays.has(day);
    }
  };
  return input.days.map((day) => {
    const rule = rules.find((r) => holds(r, day));
    if (!rule) return { day, workerFen: priceFen, employerFen: 0, governmentFen: 0 };
    const split = splitDayPremium(priceFen, rule);
    const employerFen = employerPays ? split.employerFen : 0;
    return { day, ruleId: rule.id, workerFen: split.workerFen + split.employerFen - employerFen, employerFen, governmentFen: split.governmentFen };
  });
}

/** The sums of a day-by-day split. */
export function sumSplit(split: DaySplit[]): { workerFen: number; employerFen: number; governmentFen: number } {
  const sum = (key: 'workerFen' | 'employerFen' | 'governmentFen') => split.reduce((total, d) => total + d[key], 0);
  return { workerFen: sum('workerFen'), employerFen: sum('employerFen'), governmentFen: sum('governmentFen') };
}

/** The price of cover at purchase, and who pays which part of it. */
export interface Quote {
  occupationClass: number;
  dailySplit: DaySplit[];
  premiumFen: number;
  workerShareFen: number;
  employerShareFen: number;
  governmentShareFen: number;
}

/**
 * Quotes: which days may be covered, whether the worker may take the product (age, occupation class),
 * and the premium split under the county's subsidy rules.
 */
@Injectable()
export class InsuranceQuotesService {
  constructor(
    private readonly products: InsuranceProductsService,
    @Inject(SUBSIDY_EVIDENCE) private readonly evidence: SubsidyEvidence,
    private readonly clock: Clock,
  ) {}

  /** The days from `startDate` to `endDate`. Cover starts at 0:00 (Asia/Shanghai) the day after the enrollment at the earliest. */
  coverDays(startDate: string, endDate: string): string[] {
    if (!isValidDateString(startDate) || !isValidDateString(endDate) || endDate < startDate) throw new AppException('INSURANCE.DATES_INVALID');
    const today = shanghaiDate(this.clock.now());
    if (startDate <= today) throw new AppException('INSURANCE.DATE_IN_PAST');
    if (startDate > addDays(today, MAX_ENROLLMENT_LEAD_DAYS)) throw new AppException('INSURANCE.TOO_FAR_AHEAD');
    const days = daysBetween(startDate, endDate);
    if (days.length > MAX_ENROLLMENT_DAYS) throw new AppException('INSURANCE.TOO_MANY_DAYS');
    return days;
  }

  /** The quote, once the worker may take the product: a hired trade's occupation class decides, else the worker's trades. */
  async quote(input: { product: InsuranceProduct; worker: InsurableWorker; tradeCode?: string; days: string[]; employerPays: boolean }): Promise<Quote> {
    const { product, worker, days } = input;
    const occupationClass = input.tradeCode && findTrade(input.tradeCode) ? occupationClassOf([input.tradeCode]) : occupationClassOf(worker.trades);
    const reason = ineligibleReason(product, occupationClass, worker.birthDate, days[0], days[days.length - 1]);
    if (reason) {
      const code =
        occupationClass === 0 || !product.occupationClasses.includes(occupationClass) ? 'INSURANCE.OCCUPATION_NOT_COVERED' : 'INSURANCE.AGE_NOT_COVERED';
      throw new AppException(code, { message: reason });
    }
    const dailySplit = await this.splitAtPurchase(product, worker, days, input.employerPays);
    const sums = sumSplit(dailySplit);
    return {
      occupationClass,
      dailySplit,
      premiumFen: product.pricePerDayFen * days.length,
      workerShareFen: sums.workerFen,
      employerShareFen: sums.employerFen,
      governmentShareFen: sums.governmentFen,
    };
  }

  /**
   * Every covered day is in the future, so a check-in condition cannot hold yet: only hiring records
   * (known ahead) count. Check-ins count when the day is settled.
   */
  private async splitAtPurchase(product: InsuranceProduct, worker: InsurableWorker, days: string[], employerPays: boolean): Promise<DaySplit[]> {
    const rules = await this.products.rulesFor(worker.countyCode, product.id);
    const needsHires = rules.some((r) => r.condition === 'hired_that_day' || r.condition === 'checked_in_or_hired');
    const hireDays = needsHires ? await this.evidence.daysWithHire(worker.workerId, days) : new Set<string>();
    return splitPremiumByDay({ priceFen: product.pricePerDayFen, days, rules, checkinDays: new Set<string>(), hireDays, employerPays });
  }
}
