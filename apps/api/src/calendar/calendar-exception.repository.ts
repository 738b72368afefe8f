import { Injectable } from '@nestjs/common';
import { Between, FindOptionsWhere, In, LessThanOrEqual, MoreThanOrEqual } from 'typeorm';
import { HEZE_CITY_CODE } from '@lingong/shared';
import { TransactionHost } from '../database/transaction';
import { CalendarExceptionEntity } from './calendar-exception.entity';

@Injectable()
export class CalendarExceptionRepository {
  constructor(private readonly tx: TransactionHost) {}

  private get repo() {
    return this.tx.repository(CalendarExceptionEntity);
  }

  /** The city's and the county's entries on or after `from`. */
  findForCountyFrom(countyCode: string, from: string): Promise<CalendarExceptionEntity[]> {
    return this.repo.find({ where: { scopeCode: In([HEZE_CITY_CODE, countyCode]), date: MoreThanOrEqual(from) } });
  }

  /** Entries of the city and `scope` (every scope when none), between the dates given, by date. */
  listBetween(scope: string | undefined, from: string | undefined, to: string | undefined, max: number): Promise<CalendarExceptionEntity[]> {
    const where: FindOptionsWhere<CalendarExceptionEntity> = {};
    if (scope) where.scopeCode = In([HEZE_CITY_CODE, scope]);
    if (from && to) where.date = Between(from, to);
    else if (from) where.date = MoreThanOrEqual(from);
    else if (to) where.date = LessThanOrEqual(to);
    return this.repo.find({ where, order: { date: 'ASC', id: 'ASC' }, take: max });
  }

  findById(id: number): Promise<CalendarExceptionEntity | null> {
    return this.repo.findOne({ where: { id } });
  }

  add(row: Pick<CalendarExceptionEntity, 'date' | 'scopeCode' | 'working' | 'reason' | 'createdBy'>): Promise<CalendarExceptionEntity> {
    return this.repo.save(this.repo.create(row));
  }

  async remove(id: number): Promise<void> {
    await this.repo.delete({ id });
  }
}
