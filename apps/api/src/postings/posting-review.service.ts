import { Injectable } from '@nestjs/common';
import { ListResponse, Posting as PostingView } from '@lingong/shared';
import { AuditService } from '../audit/audit.service';
import { AuthUser, canReviewPosting, staffCountyScope } from '../common/access';
import { AppException } from '../common/app-exception';
import { TransactionHost } from '../database/transaction';
import { EmployersService } from '../employers/employers.service';
import { NotificationsService } from '../notifications/notifications.service';
import { ListStaffPostingsQuery } from './dto/posting.dto';
import { Posting } from './posting.entity';
import { toPostingView } from './posting.mapper';
import { PostingRepository } from './posting.repository';
import { PostingsService } from './postings.service';

/** The operators' side: the county's postings and the review queue (approve, reject with a reason). */
@Injectable()
export class PostingReviewService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly postings: PostingRepository,
    private readonly reads: PostingsService,
    private readonly employers: EmployersService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  async listForStaff(staff: AuthUser, query: ListStaffPostingsQuery): Promise<ListResponse<PostingView>> {
    const county = staffCountyScope(staff) ?? query.countyCode;
    return this.reads.page({ countyCode: county, status: query.status }, query);
  }

  approve(staff: AuthUser, id: number): Promise<PostingView> {
    return this.review(staff, id, 'open', null, 'posting.approved');
  }

  reject(staff: AuthUser, id: number, reason: string): Promise<PostingView> {
    return this.review(staff, id, 'rejected', reason, 'posting.rejected');
  }

  private async review(staff: AuthUser, id: number, to: 'open' | 'rejected', reason: string | null, action: string): Promise<PostingView> {
    const posting = await this.postings.findById(id);
    if (!posting || !canReviewPosting(staff, posting)) throw new AppException('POSTING.NOT_FOUND');
    if (posting.status !== 'pending_review') throw new AppException('POSTING.STATUS_CHANGE_INVALID', { message: '只有待审核的招工信息才能审核。' });
    const now = new Date();
    await this.tx.run(async () => {
      const changed = await this.postings.updateIfStatus(id, 'pending_review', {
        status: to,
        statusReason: reason,
        reviewedAt: now,
        reviewedBy: staff.id,
        ...(to === 'open' ? { publishedAt: now } : {}),
      });
      if (!changed) throw new AppException('POSTING.STATUS_CHANGE_INVALID');
      await this.audit.record({ actorUserId: staff.id, action, entityType: 'posting', entityId: id, countyCode: posting.countyCode, reason });
      if (to === 'rejected') {
        const employer = await this.employers.findFacts(posting.employerId);
        if (!employer) throw new Error(`employer ${posting.employerId} not found`);
        await this.notifications.record({ userId: employer.userId, event: 'posting.rejected', payload: { postingId: id, title: posting.title, reason } });
      }
    });
    const names = await this.employers.namesOf([posting.employerId]);
    return toPostingView((await this.postings.findById(id)) as Posting, names.get(posting.employerId) ?? '');
  }
}
