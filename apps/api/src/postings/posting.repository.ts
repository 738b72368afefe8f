import { Injectable } from '@nestjs/common';
import { FindOptionsWhere, In, LessThan } from 'typeorm';
import { PostingStatus } from '@lingong/shared';
import { TransactionHost } from '../database/transaction';
import { feedRankSql } from './feed-rank.sql';
import { Posting } from './posting.entity';
import { FeedRankKey, FeedRankQuery } from './postings.types';

/** The columns a feed card shows (FEED_POSTING_FIELDS without the employer's name), and publishedAt for its score. */
const LIST_COLUMNS = [
  'id',
  'status',
  'employerId',
  'countyCode',
  'trade',
  'title',
  'headcount',
  'filledCount',
  'payAmountFen',
  'payUnit',
  'settlement',
  'address',
  'lat',
  'lng',
  'startDate',
  'durationDays',
  'endDate',
  'workHours',
  'validUntil',
  'publishedAt',
  'createdAt',
  'updatedAt',
] as const satisfies readonly (keyof Posting)[];
export type PostingListRow = Pick<Posting, (typeof LIST_COLUMNS)[number]>;

type Box = { minLat: number; maxLat: number; minLng: number; maxLng: number };

@Injectable()
export class PostingRepository {
  constructor(private readonly tx: TransactionHost) {}

  private get postings() {
    return this.tx.repository(Posting);
  }

  findById(id: number): Promise<Posting | null> {
    return this.postings.findOne({ where: { id } });
  }

  findOwn(id: number, employerId: number): Promise<Posting | null> {
    return this.postings.findOne({ where: { id, employerId } });
  }

  findByIds(ids: number[]): Promise<Posting[]> {
    return ids.length ? this.postings.find({ where: { id: In(ids) } }) : Promise.resolve([]);
  }

  async findTitles(ids: number[]): Promise<Map<number, string>> {
    if (!ids.length) return new Map();
    const rows = await this.postings.find({ where: { id: In(ids) }, select: { id: true, title: true } });
    return new Map(rows.map((p) => [p.id, p.title]));
  }

  add(init: Partial<Posting>): Promise<Posting> {
    return this.postings.save(this.postings.create(init));
  }

  /** Updates the posting only while its status is still `status`; false when someone changed it first. */
  async updateIfStatus(id: number, status: PostingStatus, changes: Partial<Posting>): Promise<boolean> {
    return !!(await this.postings.update({ id, status }, changes)).affected;
  }

  /** A page, newest first, `limit + 1` rows (see pageById). */
  findPage(filter: { employerId?: number; countyCode?: string; status?: PostingStatus; beforeId?: number }, limit: number): Promise<Posting[]> {
    const where: FindOptionsWhere<Posting> = {};
    if (filter.employerId !== undefined) where.employerId = filter.employerId;
    if (filter.countyCode) where.countyCode = filter.countyCode;
    if (filter.status) where.status = filter.status;
    if (filter.beforeId !== undefined) where.id = LessThan(filter.beforeId);
    return this.postings.find({ where, order: { id: 'DESC' }, take: limit + 1 });
  }

  /**
   * One page of the feed, ranked by the database (see feed-rank.sql.ts): ids and keys only, read
   * index-only from IDX_posting_status_cell; `limit` rows at most.
   */
  async rankOpenNear(query: FeedRankQuery): Promise<FeedRankKey[]> {
    const dialect = this.tx.manager.connection.options.type === 'better-sqlite3' ? 'sqlite' : 'mysql';
    const { sql, params } = feedRankSql(query, dialect);
    const rows: { id: number | string; score10: number | string; distanceMm: number | string }[] = await this.tx.manager.query(sql, params);
    return rows.map((r) => ({ id: Number(r.id), score10: Number(r.score10), distanceMm: Number(r.distanceMm) }));
  }

  /** The columns a list card shows, for these ids (a page of the feed). */
  findListRows(ids: number[]): Promise<PostingListRow[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.postings.find({ where: { id: In(ids) }, select: [...LIST_COLUMNS] });
  }

  /**
   * The one place a headcount is spent: the row lock and the condition make concurrent accepts queue
   * and the ones that find it full get false. A posting that is then full is marked `filled`.
   */
  async fillOnePlace(id: number): Promise<boolean> {
    const filled = await this.postings
      .createQueryBuilder()
      .update(Posting)
      .set({ filledCount: () => 'filledCount + 1' })
      .where('id = :id', { id })
      .andWhere('status = :open', { open: 'open' })
      .andWhere('filledCount < headcount')
      .execute();
    if (!filled.affected) return false;
    await this.postings
      .createQueryBuilder()
      .update(Posting)
      .set({ status: 'filled' })
      .where('id = :id', { id })
      .andWhere('status = :open', { open: 'open' })
      .andWhere('filledCount >= headcount')
      .execute();
    return true;
  }

  /** Gives a place back; a filled posting that is still valid opens again. */
  async releaseOnePlace(id: number, now: Date): Promise<void> {
    await this.postings
      .createQueryBuilder()
      .update(Posting)
      .set({ filledCount: () => 'filledCount - 1' })
      .where('id = :id AND filledCount > 0', { id })
      .execute();
    await this.postings
      .createQueryBuilder()
      .update(Posting)
      .set({ status: 'open' })
      .where('id = :id AND status = :filled AND filledCount < headcount AND validUntil > :now', { id, filled: 'filled', now })
      .execute();
  }

  /** Open or waiting postings past their valid-until become `expired`. */
  async expirePast(now: Date): Promise<number> {
    const result = await this.postings
      .createQueryBuilder()
      .update(Posting)
      .set({ status: 'expired' })
      .where('status IN (:...statuses)', { statuses: ['open', 'pending_review'] })
      .andWhere('validUntil <= :now', { now })
      .execute();
    return result.affected ?? 0;
  }

  /** Open postings whose headcount is filled become `filled`. */
  async markFull(): Promise<number> {
    const result = await this.postings
      .createQueryBuilder()
      .update(Posting)
      .set({ status: 'filled' })
      .where('status = :open', { open: 'open' })
      .andWhere('filledCount >= headcount')
      .execute();
    return result.affected ?? 0;
  }
}
