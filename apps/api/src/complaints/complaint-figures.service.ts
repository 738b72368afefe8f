import { Injectable } from '@nestjs/common';
import {
  addDays,
  COMPLAINT_CATEGORIES,
  ComplaintCategory,
  ComplaintCountyFigures,
  ComplaintStats,
  countyName,
  isValidDateString,
  shanghaiDate,
} from '@lingong/shared';
import { AuthUser, complaintFiguresCounties } from '../common/access';
import { AppException } from '../common/app-exception';
import { Clock } from '../common/clock';
import { ComplaintFigureRow, ComplaintRepository } from './complaint.repository';
import { ComplaintStatsQuery } from './dto/complaint.dto';

const MAX_STATS_DAYS = 3 * 366;

const pct = (n: number, d: number) => (d ? Math.round((n / d) * 1000) / 10 : null);

/**
 * One county's figures. "Within the deadline" counts a decision taken on or before its acceptance
 * deadline, and a resolution on or before the (possibly extended) resolution deadline; cases still
 * open and not yet due are left out of both.
 */
export function countyFigures(code: string, rows: ComplaintFigureRow[], today: string): ComplaintCountyFigures {
  const mine = rows.filter((r) => r.countyCode === code);
  const byCategory = Object.fromEntries(COMPLAINT_CATEGORIES.map((c) => [c, 0])) as Record<ComplaintCategory, number>;
  for (const r of mine) byCategory[r.category] += 1;
  const decisionsDue = mine.filter((r) => r.decidedOn || (r.status === 'submitted' && r.acceptanceDueOn < today));
  const decidedInTime = decisionsDue.filter((r) => r.decidedOn && r.decidedOn <= r.acceptanceDueOn);
  const resolutionsDue = mine.filter(
    (r) => r.acceptedOn && (r.resolvedOn || (['accepted', 'investigating'].includes(r.status) && (r.resolutionDueOn as string) < today)),
  );
  const resolvedInTime = resolutionsDue.filter((r) => r.resolvedOn && r.resolutionDueOn && r.resolvedOn <= r.resolutionDueOn);
  return {
    countyCode: code,
    countyName: countyName(code) ?? code,
    received: mine.length,
    byCategory,
    acceptanceDecisionsDue: decisionsDue.length,
    decidedWithinDeadline: decidedInTime.length,
    acceptedWithinDeadlinePct: pct(decidedInTime.length, decisionsDue.length),
    resolutionsDue: resolutionsDue.length,
    resolvedWithinDeadline: resolvedInTime.length,
    resolvedWithinDeadlinePct: pct(resolvedInTime.length, resolutionsDue.length),
    wagesRecoveredFen: mine.reduce((sum, r) => sum + (r.recoveredFen ?? 0), 0),
  };
}

/** The supervision figures of complaints: cases received (submitted) between two days, per county. */
@Injectable()
export class ComplaintFiguresService {
  constructor(
    private readonly complaints: ComplaintRepository,
    private readonly clock: Clock,
  ) {}

  async stats(staff: AuthUser, query: ComplaintStatsQuery): Promise<ComplaintStats> {
    for (const field of ['from', 'to'] as const) {
      if (!isValidDateString(query[field])) throw new AppException('COMMON.VALIDATION_FAILED', { errors: [{ field, message: '不是有效的日期' }] });
    }
    if (query.from > query.to || addDays(query.from, MAX_STATS_DAYS) < query.to) {
      throw new AppException('COMMON.VALIDATION_FAILED', { errors: [{ field: 'to', message: '结束日期应不早于开始日期，且不超过三年' }] });
    }
    const counties = complaintFiguresCounties(staff, query.countyCode);
    const rows = await this.complaints.findReceivedBetween(counties, query.from, query.to);
    const today = shanghaiDate(this.clock.now());
    return { from: query.from, to: query.to, counties: counties.map((code) => countyFigures(code, rows, today)) };
  }
}
