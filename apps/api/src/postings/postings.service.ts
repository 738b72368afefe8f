import { Injectable } from '@nestjs/common';
import { FeedPosting, ListResponse, maskMobile, Posting as PostingView } from '@lingong/shared';
import { AuthUser, canManagePosting, canReadPosting } from '../common/access';
import { AppException } from '../common/app-exception';
import { decodeCursor, pageById, pageSize } from '../common/pagination';
import { PageQuery } from '../common/dto';
import { EmployersService } from '../employers/employers.service';
import type { EmployerFacts } from '../employers/employers.types';
import { Posting } from './posting.entity';
import { toFeedPosting, toPostingView } from './posting.mapper';
import { PostingRepository } from './posting.repository';
import { FeedRankKey, FeedRankQuery } from './postings.types';

/**
 * Reading postings, for this module's services and for the modules above (hires, applications,
 * matching): they get the shared `Posting` view, never the entity.
 */
@Injectable()
export class PostingsService {
  constructor(
    private readonly postings: PostingRepository,
    private readonly employers: EmployersService,
  ) {}

  /**
   * Open postings are public, signed in or not (browsing before login); others only to their employer
   * and the county's staff. Signed out, the contact phone is masked: calling needs a login.
   */
  async get(user: AuthUser | undefined, id: number): Promise<PostingView> {
    const posting = await this.requireVisible(user, id);
    return user ? posting : { ...posting, contactPhone: maskMobile(posting.contactPhone) };
  }

  /** A posting the caller may see (`posting.read`), or "not found". */
  async requireVisible(user: AuthUser | undefined, id: number): Promise<PostingView> {
    const posting = await this.postings.findById(id);
    if (!posting) throw new AppException('POSTING.NOT_FOUND');
    const employer = await this.employers.findFacts(posting.employerId);
    const callerEmployerId = user?.roles.includes('employer') ? await this.employers.idOfUser(user.id) : undefined;
    // An employer row that is gone counts as suspended: nobody but staff and the owner sees its postings.
    const facts = { ...posting, employerSuspended: !employer || employer.status === 'suspended' };
    if (!canReadPosting(user, facts, callerEmployerId)) throw new AppException('POSTING.NOT_FOUND');
    return toPostingView(posting, employer?.name ?? '');
  }

  /** The caller's own posting (`posting.manage`, as its employer), or "not found". */
  async requireOwnByUser(user: AuthUser, id: number): Promise<{ posting: PostingView; employer: EmployerFacts }> {
    const employer = await this.employers.requireFactsByUser(user.id);
    const posting = await this.requireOwnEntity(employer, id);
    return { posting: toPostingView(posting, employer.name), employer };
  }

  /** For this module's services: the entity of the caller's own posting. */
  async requireOwnEntity(employer: EmployerFacts, id: number): Promise<Posting> {
    const posting = await this.postings.findOwn(id, employer.id);
    if (!posting || !canManagePosting(posting, employer.id)) throw new AppException('POSTING.NOT_FOUND');
    return posting;
  }

  /** The posting's view (no access check: the caller holds a hire or application on it). */
  async findView(id: number): Promise<PostingView | undefined> {
    const posting = await this.postings.findById(id);
    return posting ? toPostingView(posting, (await this.employers.namesOf([posting.employerId])).get(posting.employerId) ?? '') : undefined;
  }

  titlesOf(ids: number[]): Promise<Map<number, string>> {
    return this.postings.findTitles([...new Set(ids)]);
  }

  /** Full views of these postings with their employers' names, in the order of `ids`. */
  async viewsOf(ids: number[]): Promise<PostingView[]> {
    const rows = new Map((await this.postings.findByIds(ids)).map((p) => [p.id, p]));
    const names = await this.employers.namesOf([...rows.values()].map((p) => p.employerId));
    return ids.filter((id) => rows.has(id)).map((id) => toPostingView(rows.get(id) as Posting, names.get((rows.get(id) as Posting).employerId) ?? ''));
  }

  /**
   * One page of the feed: open, unexpired postings of employers not suspended, ranked by the database
   * (`limit` rows at most), as list cards with their keys, in the feed's order.
   */
  async feedPage(query: Omit<FeedRankQuery, 'excludeEmployerIds'>): Promise<{ posting: FeedPosting; publishedAt: Date | null; key: FeedRankKey }[]> {
    const keys = await this.postings.rankOpenNear({ ...query, excludeEmployerIds: await this.employers.suspendedIds() });
    const rows = new Map((await this.postings.findListRows(keys.map((k) => k.id))).map((r) => [r.id, r]));
    const names = await this.employers.namesOf([...rows.values()].map((r) => r.employerId));
    return keys.flatMap((key) => {
      const row = rows.get(key.id);
      return row ? [{ posting: toFeedPosting(row, names.get(row.employerId) ?? ''), publishedAt: row.publishedAt, key }] : [];
    });
  }

  /** Spends one place of the headcount (in the caller's transaction); false when it was full or not open. */
  fillOnePlace(id: number): Promise<boolean> {
    return this.postings.fillOnePlace(id);
  }

  /** Gives a place back after a cancelled hire (in the caller's transaction). */
  releaseOnePlace(id: number, now: Date): Promise<void> {
    return this.postings.releaseOnePlace(id, now);
  }

  /** A page of postings, newest first, with their employers' names. */
  async page(filter: { employerId?: number; countyCode?: string; status?: Posting['status'] }, query: PageQuery): Promise<ListResponse<PostingView>> {
    const limit = pageSize(query);
    const cursor = decodeCursor<{ id: number }>(query.cursor, ['id']);
    const page = pageById(await this.postings.findPage({ ...filter, beforeId: cursor?.id }, limit), limit);
    const names = await this.employers.namesOf(page.rows.map((p) => p.employerId));
    return { items: page.rows.map((p) => toPostingView(p, names.get(p.employerId) ?? '')), ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) };
  }
}
