import { Injectable } from '@nestjs/common';
import { FindOptionsWhere, LessThan } from 'typeorm';
import { TransactionHost } from '../database/transaction';
import { PostingReport } from './posting-report.entity';

@Injectable()
export class PostingReportRepository {
  constructor(private readonly tx: TransactionHost) {}

  private get reports() {
    return this.tx.repository(PostingReport);
  }

  add(init: Pick<PostingReport, 'postingId' | 'reporterUserId' | 'countyCode' | 'reason' | 'detail'>): Promise<PostingReport> {
    return this.reports.save(this.reports.create(init));
  }

  /** A page, newest first, `limit + 1` rows. */
  findPage(filter: { countyCode?: string; beforeId?: number }, limit: number): Promise<PostingReport[]> {
    const where: FindOptionsWhere<PostingReport> = {};
    if (filter.countyCode) where.countyCode = filter.countyCode;
    if (filter.beforeId !== undefined) where.id = LessThan(filter.beforeId);
    return this.reports.find({ where, order: { id: 'DESC' }, take: limit + 1 });
  }
}
