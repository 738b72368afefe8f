import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Between, FindOptionsWhere, In, LessThanOrEqual, MoreThanOrEqual, Repository } from 'typeorm';
import { CalendarException, HEZE_CITY_CODE, isServedCounty, isValidDateString } from '@lingong/shared';
import { AuditService } from '../audit/audit.service';
import { AuthUser, staffCountyScope } from '../common/access';
import { AppException } from '../common/app-exception';
import { isUniqueViolation } from '../database/errors';
import { CalendarExceptionEntity } from './calendar-exception.entity';
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
    @InjectRepository(CalendarExceptionEntity) private readonly exceptions: Repository<CalendarExceptionEntity>,
    private readonly audit: AuditService,
  ) {}

  /** A working-day test for the county, with its local exceptions loaded for dates on or after `from`. */
  async workingDayTest(countyCode: string, from: string): Promise<WorkingDayTest> {
    const rows = await this.exceptions.find({ where: { scopeCode: In([HEZE_CITY_CODE, countyCode]), date: MoreThanOrEqual(from) } });
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

  async workingDaysFor(staff: AuthUser, query: { from: string; days: string; countyCode?: string }): Promise<{ from: string; days: number; countyCode: string; dueOn: string }> {
    if (!isValidDateString(query.from)) throw invalidDate('from');
    const countyCode = staffCountyScope(staff) ?? query.countyCode ?? HEZE_CITY_CODE;
    const days = Number(query.days);
    return { from: query.from, days, countyCode, dueOn: await this.addWorkingDays(countyCode, query.from, days) };
  }

  async list(staff: AuthUser, query: ListCalendarExceptionsQuery): Promise<{ items: CalendarException[] }> {
    const scope = staffCountyScope(staff) ?? query.countyCode;
    const where: FindOptionsWhere<CalendarExceptionEntity> = {};
    if (scope) where.scopeCode = In([HEZE_CITY_CODE, scope]);
    if (query.from && query.to) where.date = Between(query.from, query.to);
    else if (query.from) where.date = MoreThanOrEqual(query.from);
    else if (query.to) where.date = LessThanOrEqual(query.to);
    const rows = await this.exceptions.find({ where, order: { date: 'ASC', id: 'ASC' }, take: 1000 });
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
      const row = await this.exceptions.manager.transaction(async (manager) => {
        const saved = await manager.getRepository(CalendarExceptionEntity).save(
          manager.getRepository(CalendarExceptionEntity).create({ date: dto.date, scopeCode, working: dto.working, reason: dto.reason.trim(), createdBy: staff.id }),
        );
        await this.audit.record(
          { actorUserId: staff.id, action: 'calendar.exception_added', entityType: 'calendar_exception', entityId: saved.id, countyCode: scopeCode, reason: saved.reason, data: { date: saved.date, working: saved.working } },
          manager,
        );
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
    const row = await this.exceptions.findOne({ where: { id } });
    // An operator removes only their county's entries; the city's are the admin's.
    if (!row || (operatorCounty && row.scopeCode !== operatorCounty)) throw new AppException('CALENDAR.EXCEPTION_NOT_FOUND');
    await this.exceptions.manager.transaction(async (manager) => {
      await manager.getRepository(CalendarExceptionEntity).delete({ id });
      await this.audit.record(
        { actorUserId: staff.id, action: 'calendar.exception_removed', entityType: 'calendar_exception', entityId: id, countyCode: row.scopeCode, data: { date: row.date, working: row.working } },
        manager,
      );
    });
  }
}
