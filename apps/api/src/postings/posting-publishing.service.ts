import { Injectable } from '@nestjs/common';
import { addDays, latCellOf, ListResponse, Posting as PostingView } from '@lingong/shared';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../common/access';
import { AppException } from '../common/app-exception';
import { TransactionHost } from '../database/transaction';
import { EmployersService } from '../employers/employers.service';
import { CreatePostingDto, ListPostingsQuery, UpdatePostingDto } from './dto/posting.dto';
import { CHECKED_FIELDS, checkContent, checkFields, EDITABLE, requireVerified, reviewState } from './posting-content';
import { Posting } from './posting.entity';
import { toPostingView } from './posting.mapper';
import { PostingRepository } from './posting.repository';
import { PostingsService } from './postings.service';

/** The employer's side: publishing, editing (content is checked again) and closing a posting. */
@Injectable()
export class PostingPublishingService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly postings: PostingRepository,
    private readonly reads: PostingsService,
    private readonly employers: EmployersService,
    private readonly audit: AuditService,
  ) {}

  async create(user: AuthUser, dto: CreatePostingDto): Promise<PostingView> {
    const employer = await this.employers.requireFactsByUser(user.id);
    requireVerified(employer);
    checkFields(dto, true);
    const review = checkContent(dto);
    const now = new Date();
    const saved = await this.tx.run(async () => {
      const posting = await this.postings.add({
        ...dto,
        requirements: dto.requirements?.trim() || null,
        contactPhone: dto.contactPhone.trim(),
        employerId: employer.id,
        countyCode: employer.countyCode,
        endDate: addDays(dto.startDate, dto.durationDays - 1),
        latCell: latCellOf(dto.lat),
        validUntil: new Date(dto.validUntil),
        filledCount: 0,
        ...reviewState(review, now),
        reviewedAt: null,
        reviewedBy: null,
      });
      await this.audit.record({
        actorUserId: user.id,
        action: 'posting.created',
        entityType: 'posting',
        entityId: posting.id,
        countyCode: posting.countyCode,
        data: { status: posting.status },
      });
      return posting;
    });
    return toPostingView(saved, employer.name);
  }

  async update(user: AuthUser, id: number, dto: UpdatePostingDto): Promise<PostingView> {
    const employer = await this.employers.requireFactsByUser(user.id);
    const posting = await this.reads.requireOwnEntity(employer, id);
    if (!EDITABLE.includes(posting.status)) throw new AppException('POSTING.NOT_EDITABLE');
    requireVerified(employer);
    const next = this.edited(posting, dto);
    await this.tx.run(async () => {
      const changed = await this.postings.updateIfStatus(id, posting.status, {
        ...dto,
        validUntil: next.validUntil,
        requirements: next.requirements,
        endDate: next.endDate,
        latCell: latCellOf(next.lat),
        status: next.status,
        statusReason: next.statusReason,
        reviewNotes: next.reviewNotes,
        publishedAt: next.publishedAt,
      });
      if (!changed) throw new AppException('POSTING.NOT_EDITABLE');
      await this.audit.record({
        actorUserId: user.id,
        action: 'posting.updated',
        entityType: 'posting',
        entityId: id,
        countyCode: posting.countyCode,
        data: { fields: Object.keys(dto), status: next.status },
      });
    });
    return toPostingView((await this.postings.findById(id)) as Posting, employer.name);
  }

  /** The posting as the edit leaves it, checked; edited content goes through the content check again. */
  private edited(posting: Posting, dto: UpdatePostingDto): Posting {
    const next: Posting = Object.assign(new Posting(), posting, dto, dto.validUntil ? { validUntil: new Date(dto.validUntil) } : {});
    checkFields({ ...next, validUntil: next.validUntil.toISOString() }, dto.startDate !== undefined);
    if (next.headcount < posting.filledCount) throw new AppException('POSTING.HEADCOUNT_BELOW_FILLED');
    next.endDate = addDays(next.startDate, next.durationDays - 1);
    if (dto.requirements !== undefined) next.requirements = dto.requirements.trim() || null;
    const contentChanged = CHECKED_FIELDS.some((f) => dto[f] !== undefined && dto[f] !== posting[f]);
    if (contentChanged || posting.status === 'rejected') {
      // Edited content is checked again: an approved posting with a new age limit goes back to review.
      Object.assign(next, reviewState(checkContent(next), new Date(), posting.publishedAt));
    }
    return next;
  }

  async close(user: AuthUser, id: number): Promise<PostingView> {
    const employer = await this.employers.requireFactsByUser(user.id);
    const posting = await this.reads.requireOwnEntity(employer, id);
    if (!['open', 'pending_review', 'rejected', 'filled'].includes(posting.status)) throw new AppException('POSTING.STATUS_CHANGE_INVALID');
    await this.tx.run(async () => {
      if (!(await this.postings.updateIfStatus(id, posting.status, { status: 'closed' }))) throw new AppException('POSTING.STATUS_CHANGE_INVALID');
      await this.audit.record({ actorUserId: user.id, action: 'posting.closed', entityType: 'posting', entityId: id, countyCode: posting.countyCode });
    });
    return toPostingView((await this.postings.findById(id)) as Posting, employer.name);
  }

  async listMine(user: AuthUser, query: ListPostingsQuery): Promise<ListResponse<PostingView>> {
    const employer = await this.employers.requireFactsByUser(user.id);
    return this.reads.page({ employerId: employer.id, status: query.status }, query);
  }
}
