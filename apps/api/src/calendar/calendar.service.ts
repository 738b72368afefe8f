import { Injectable } from '@nestjs/common';
import { CalendarException, HEZE_CITY_CODE, isServedCounty, isValidDateString } from '@lingong/shared';
import { AuditService } from '../audit/audit.service';
import { AuthUser, staffCountyScope } from '../common/access';
import { AppException } from '../common/app-exception';
import { isUniqueViolation } from '../database/errors';
import { TransactionHost } from '../database/transaction';
import { CalendarExceptionEntity } from './calendar-exception.entity';
import { CalendarExceptionRepository } from './calendar-exception.repository';
import { CreateCalendarExceptionDto, ListCalendarExceptionsQuery } from './dto/calendar.dto';
import { addWorkingDays, countWorkingDays, WorkingDayTest, withExceptions } from './working-days';

function toCalendarException(row: CalendarExceptionEntity): CalendarException {
  return { id: row.id, date: row.date, scopeCode: row.scopeCode, working: row.working, reason: row.reason };
}

function invalidDate(field: string): AppException {
  return new AppException('COMMON.VALIDATION_FAILED', { errors: [{ field, message: '不是有效的日期' }] });
}

/** The working-day calendar of a county: the official one, then the city's and the county's exceptions. */
@Injectable()
export class CalendarService {
  constructor(
    private readonly exceptions: CalendarExceptionRepository,
    private readonly audit: AuditService,
    private readonly tx: TransactionHost,
  ) {}

  /** A working-day test for the county, with its local exceptions loaded for dates on or after `from`. */
  async workingDayTest(countyCode: string, from: string): Promise<WorkingDayTest> {
    const rows = await this.exceptions.findForCountyFrom(countyCode, from);
    const map = new Map<string, boolean>();
    // The county's own entry wins over the city's for the same date.
    for (const row of rows.filter((r) => r.scopeCode === HEZE_CITY_CODE)) map.set(row.date, row.working);
    for (const row of rows.filter((r) => r.scopeCode !== HEZE_CITY_CODE)) map.set(row.date, row.working);
    return withExceptions(map);
  }

  async addWorkingDays(countyCode: string, start: string, days: number): Promise<string> {
    return addWorkingDays(start, days, await this.workingDayTest(countyCode, start));
  }

  async countWorkingDays(countyCode: string, from: string, to: string): Promise<number> {
    return countWorkingDays(from, to, await this.workingDayTest(countyCode, from));
  }

  async workingDaysFor(
    staff: AuthUser,
    query: { from: string; days: string; countyCode?: string },
  ): Promise<{ from: string; days: number; countyCode: string; dueOn: string }> {
    if (!isValidDateString(query.from)) throw invalidDate('from');
    const countyCode = staffCountyScope(staff) ?? query.countyCode ?? HEZE_CITY_CODE;
    const days = Number(query.days);
    return { from: query.from, days, countyCode, dueOn: await this.addWorkingDays(countyCode, query.from, days) };
  }

  async list(staff: AuthUser, query: ListCalendarExceptionsQuery): Promise<{ items: CalendarException[] }> {
    const scope = staffCountyScope(staff) ?? query.countyCode;
    const rows = await this.exceptions.listBetween(scope, query.from, query.to, 1000);
    return { items: rows.map(toCalendarException) };
  }

  /**
   * Operators add exceptions for their county, the admin for a county or the whole city. Deadlines
   * already set are not moved: a case keeps the dates it was told.
   */
  async create(staff: AuthUser, dto: CreateCalendarExceptionDto): Promise<CalendarException> {
    if (!isValidDateString(dto.date)) throw invalidDate('date');
    const operatorCounty = staffCountyScope(staff);
    const scopeCode = operatorCounty ?? dto.countyCode ?? HEZE_CITY_CODE;
    if (operatorCounty && dto.countyCode && dto.countyCode !== operatorCounty) throw new AppException('AUTH.COUNTY_SCOPE');
    if (scopeCode !== HEZE_CITY_CODE && !isServedCounty(scopeCode)) {
      throw new AppException('COMMON.VALIDATION_FAILED', { errors: [{ field: 'countyCode', message: '不在服务范围内' }] });
    }
    try {
      const row = await this.tx.run(async () => {
        const saved = await this.exceptions.add({ date: dto.date, scopeCode, working: dto.working, reason: dto.reason.trim(), createdBy: staff.id });
        await this.audit.record({
          actorUserId: staff.id,
          action: 'calendar.exception_added',
          entityType: 'calendar_exception',
          entityId: saved.id,
          countyCode: scopeCode,
          reason: saved.reason,
          data: { date: saved.date, working: saved.working },
        });
        return saved;
      });
      return toCalendarException(row);
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppException('CALENDAR.EXCEPTION_EXISTS');
      throw error;
    }
  }

  async remove(staff: AuthUser, id: number): Promise<void> {
    const operatorCounty = staffCountyScope(staff);
    const row = await this.exceptions.findById(id);
    // An operator removes only their county's entries; the city's are the admin's.
    if (!row || (operatorCounty && row.scopeCode !== operatorCounty)) throw new AppException('CALENDAR.EXCEPTION_NOT_FOUND');
    await this.tx.run(async () => {
      await this.exceptions.remove(id);
      await this.audit.record({
        actorUserId: staff.id,
        action: 'calendar.exception_removed',
        entityType: 'calendar_exception',
        entityId: id,
        countyCode: row.scopeCode,
        data: { date: row.date, working: row.working },
      });
    });
  }
}
