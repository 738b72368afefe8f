import { Injectable } from '@nestjs/common';
import { FindOptionsWhere, In, LessThan } from 'typeorm';
import { latCellsBetween, PostingStatus, relatedTradeCodes } from '@lingong/shared';
import { TransactionHost } from '../database/transaction';
import { Posting } from './posting.entity';
import { OpenPostingRow } from './postings.types';

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
   * Open, unexpired postings inside the box, leaving out the given employers (the suspended): the
   * columns ranking needs, read through IDX_posting_status_cell (the box's latitude bands, a
   * longitude range in each).
   */
  findOpenInBox(box: Box, now: Date, filters: { trade?: string; settlement?: string; excludeEmployerIds: number[] }): Promise<OpenPostingRow[]> {
    const qb = this.postings
      .createQueryBuilder('p')
      .select(['p.id', 'p.employerId', 'p.lat', 'p.lng', 'p.trade', 'p.payAmountFen', 'p.payUnit', 'p.settlement', 'p.publishedAt'])
      .where('p.status = :status', { status: 'open' })
      .andWhere('p.latCell IN (:...cells)', { cells: latCellsBetween(box.minLat, box.maxLat) })
      .andWhere('p.lat BETWEEN :minLat AND :maxLat', box)
      .andWhere('p.lng BETWEEN :minLng AND :maxLng', box)
      .andWhere('p.validUntil > :now', { now });
    if (filters.excludeEmployerIds.length) qb.andWhere('p.employerId NOT IN (:...excluded)', { excluded: filters.excludeEmployerIds });
    if (filters.settlement) qb.andWhere('p.settlement = :settlement', { settlement: filters.settlement });
    // 建筑 finds 瓦工 postings and 瓦工 finds postings asking for 建筑 in general.
    if (filters.trade) qb.andWhere('p.trade IN (:...trades)', { trades: relatedTradeCodes(filters.trade) });
    return qb.getMany();
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
