import { Injectable } from '@nestjs/common';
import { addDays, shanghaiDate } from '@lingong/shared';
import type { Hire } from '../hires/hire.entity';
import type { UnpaidWageHandler } from '../hires/unpaid-wage.handler';
import { ComplaintsService } from './complaints.service';

const UNIT_NAMES = { day: '天', hour: '小时', piece: '件' } as const;

/**
 * "Not paid" on a hiring record opens the worker's wage claim with the respondent, amount and period
 * filled in from the record (idempotent per hire), so the worker only has to confirm and follow it.
 */
@Injectable()
export class UnpaidHireWageClaimHandler implements UnpaidWageHandler {
  constructor(private readonly complaints: ComplaintsService) {}

  async onUnpaid(hire: Hire, reportedByUserId: number): Promise<void> {
    const today = shanghaiDate();
    const periodTo = hire.endDate < today ? hire.endDate : today;
    const daysWorked = daysBetween(hire.startDate, periodTo);
    // A day rate gives the amount owed; an hour or piece rate does not say how much was done, so
    // the claim carries the agreed rate and the facts say so.
    const amountFen = hire.payUnit === 'day' ? hire.payAmountFen * daysWorked : hire.payAmountFen;
    const rate = `${(hire.payAmountFen / 100).toFixed(2)}元/${UNIT_NAMES[hire.payUnit] ?? hire.payUnit}`;
    const facts =
      `平台用工记录（编号${hire.id}）：${hire.startDate}至${hire.endDate}在${hire.address}干活，约定工钱${rate}。` +
      `我报告没有拿到工钱${hire.payUnit === 'day' ? `，按${daysWorked}天计算` : '，具体数量以实际完成的为准'}。`;
    await this.complaints.openWageClaimFromHire({
      workerUserId: reportedByUserId,
      employerId: hire.employerId,
      hireId: hire.id,
      postingId: hire.postingId,
      amountFen,
      periodFrom: hire.startDate,
      periodTo,
      facts,
    });
  }
}

function daysBetween(from: string, to: string): number {
  let n = 0;
  for (let d = from; d <= to; d = addDays(d, 1)) n += 1;
  return Math.max(n, 1);
}
