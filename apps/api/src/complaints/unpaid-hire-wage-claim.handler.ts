import { Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { addDays, shanghaiDate } from '@lingong/shared';
import { UnpaidHire, UnpaidHireHandler, UnpaidHireHandlers } from '../hires/unpaid-hire.port';
import { ComplaintsService } from './complaints.service';

const UNIT_NAMES = { day: '天', hour: '小时', piece: '件' } as const;

/**
 * "Not paid" on a hiring record opens the worker's wage claim with the respondent, amount and period
 * filled in from the record (idempotent per hire), so the worker only has to confirm and follow it.
 * It joins the hires module's unpaid-hire port when this module starts: hires imports nothing of complaints.
 */
@Injectable()
export class UnpaidHireWageClaimHandler implements UnpaidHireHandler, OnModuleInit, OnModuleDestroy {
  private unregister?: () => void;

  constructor(
    private readonly complaints: ComplaintsService,
    private readonly handlers: UnpaidHireHandlers,
  ) {}

  onModuleInit(): void {
    this.unregister = this.handlers.register(this);
  }

  onModuleDestroy(): void {
    this.unregister?.();
  }

  async onUnpaid(hire: UnpaidHire, reportedByUserId: number): Promise<void> {
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

  caseOf(hireId: number, userId: number): Promise<number | undefined> {
    return this.complaints.wageClaimIdOfHire(hireId, userId);
  }
}

function daysBetween(from: string, to: string): number {
  let n = 0;
  for (let d = from; d <= to; d = addDays(d, 1)) n += 1;
  return Math.max(n, 1);
}
