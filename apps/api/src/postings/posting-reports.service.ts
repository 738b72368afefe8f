import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { AuthUser, staffCountyScope } from '../common/access';
import { AppException } from '../common/app-exception';
import { PageQuery } from '../common/dto';
import { decodeCursor, pageById, pageSize } from '../common/pagination';
import { isUniqueViolation } from '../database/errors';
import { TransactionHost } from '../database/transaction';
import { ReportPostingDto } from './dto/posting.dto';
import { PostingReportRepository } from './posting-report.repository';
import { PostingsService } from './postings.service';

/** Workers report false or unlawful postings; the county's operators read the reports. */
@Injectable()
export class PostingReportsService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly reports: PostingReportRepository,
    private readonly postings: PostingsService,
    private readonly audit: AuditService,
  ) {}

  async report(user: AuthUser, id: number, dto: ReportPostingDto): Promise<{ id: number; postingId: number; reason: string; createdAt: string }> {
    const posting = await this.postings.requireVisible(user, id);
    try {
      return await this.tx.run(async () => {
        const saved = await this.reports.add({
          postingId: id,
          reporterUserId: user.id,
          countyCode: posting.countyCode,
          reason: dto.reason,
          detail: dto.detail?.trim() || null,
        });
        await this.audit.record({
          actorUserId: user.id,
          action: 'posting.reported',
          entityType: 'posting',
          entityId: id,
          countyCode: posting.countyCode,
          data: { reason: dto.reason },
        });
        return { id: saved.id, postingId: id, reason: saved.reason, createdAt: saved.createdAt.toISOString() };
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppException('POSTING.ALREADY_REPORTED');
      throw error;
    }
  }

  /** Reports on postings of the operator's county, newest first. */
  async listReports(staff: AuthUser, query: PageQuery) {
    const scope = staffCountyScope(staff);
    const limit = pageSize(query);
    const cursor = decodeCursor<{ id: number }>(query.cursor, ['id']);
    const page = pageById(await this.reports.findPage({ countyCode: scope, beforeId: cursor?.id }, limit), limit);
    const titles = await this.postings.titlesOf(page.rows.map((r) => r.postingId));
    return {
      items: page.rows.map((r) => ({
        id: r.id,
        postingId: r.postingId,
        postingTitle: titles.get(r.postingId) ?? '',
        countyCode: r.countyCode,
        reason: r.reason,
        detail: r.detail ?? undefined,
        createdAt: r.createdAt.toISOString(),
      })),
      ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}),
    };
  }
}
