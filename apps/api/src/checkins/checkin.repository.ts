import { Injectable } from '@nestjs/common';
import { LessThan } from 'typeorm';
import { TransactionHost } from '../database/transaction';
import { Checkin } from './checkin.entity';

/** UTC as `YYYY-MM-DD HH:MM:SS.mmm`, what TypeORM writes on both engines (better-sqlite3 cannot bind a Date). */
function dbTime(at: Date): string {
  return at.toISOString().replace('T', ' ').replace('Z', '');
}

/** A raw `datetime` column: mysql2 gives a Date (UTC, as configured), SQLite the stored UTC text. */
function parseDbTime(value: Date | string): Date {
  return value instanceof Date ? value : new Date(`${value.replace(' ', 'T')}Z`);
}

@Injectable()
export class CheckinRepository {
  constructor(private readonly tx: TransactionHost) {}

  private get checkins() {
    return this.tx.repository(Checkin);
  }

  /**
   * Plain SQL on the morning-peak path: one statement, without the query builder's CPU cost. Throws
   * the unique violation when the worker is already checked in there that day.
   */
  async insertFast(row: Omit<Checkin, 'id'>): Promise<number> {
    const result: { insertId?: number } | number | bigint = await this.checkins.query(
      'INSERT INTO checkin (marketId, workerId, day, checkedInAt, kind) VALUES (?, ?, ?, ?, ?)',
      [row.marketId, row.workerId, row.day, dbTime(row.checkedInAt), row.kind],
    );
    // mysql2 answers a result header, better-sqlite3 (through TypeORM) the new row id.
    return Number(typeof result === 'object' ? result.insertId : result);
  }

  /** The day's check-in of a worker at a market (after a repeated scan). */
  async findOfDay(workerId: number, marketId: number, day: string): Promise<{ id: number; checkedInAt: Date }> {
    const [existing] = await this.checkins.query('SELECT id, checkedInAt FROM checkin WHERE workerId = ? AND marketId = ? AND day = ?', [
      workerId,
      marketId,
      day,
    ]);
    return { id: Number(existing.id), checkedInAt: parseDbTime(existing.checkedInAt) };
  }

  /** A page of a worker's check-ins, newest first, `limit + 1` rows. */
  findPageOfWorker(workerId: number, beforeId: number | undefined, limit: number): Promise<Checkin[]> {
    return this.checkins.find({ where: { workerId, ...(beforeId !== undefined ? { id: LessThan(beforeId) } : {}) }, order: { id: 'DESC' }, take: limit + 1 });
  }

  /** A page of a market's day, latest first, `limit + 1` rows. */
  findPageOfMarketDay(marketId: number, day: string, beforeId: number | undefined, limit: number): Promise<Checkin[]> {
    return this.checkins.find({
      where: { marketId, day, ...(beforeId !== undefined ? { id: LessThan(beforeId) } : {}) },
      order: { id: 'DESC' },
      take: limit + 1,
    });
  }

  findAllOfMarketDay(marketId: number, day: string): Promise<Pick<Checkin, 'id' | 'workerId' | 'checkedInAt'>[]> {
    return this.checkins.find({ where: { marketId, day }, select: { id: true, workerId: true, checkedInAt: true } });
  }

  /** Distinct workers checked in on `day` at any of the markets, by the (day, marketId) index. */
  async findWorkerIdsAt(day: string, marketIds: number[]): Promise<number[]> {
    const rows = await this.checkins
      .createQueryBuilder('c')
      .select('DISTINCT c.workerId', 'workerId')
      .where('c.day = :day', { day })
      .andWhere('c.marketId IN (:...marketIds)', { marketIds })
      .getRawMany<{ workerId: number | string }>();
    return rows.map((r) => Number(r.workerId));
  }

  /** Which of `days` the worker checked in at one of the markets. */
  async findDaysAt(workerId: number, days: string[], marketIds: number[]): Promise<string[]> {
    const rows = await this.checkins
      .createQueryBuilder('c')
      .select('DISTINCT c.day', 'day')
      .where('c.workerId = :workerId', { workerId })
      .andWhere('c.day IN (:...days)', { days })
      .andWhere('c.marketId IN (:...marketIds)', { marketIds })
      .getRawMany<{ day: string }>();
    return rows.map((r) => r.day);
  }

  async deleteBefore(day: string): Promise<number> {
    return (await this.checkins.delete({ day: LessThan(day) })).affected ?? 0;
  }
}
