import { Inject, Injectable, Logger } from '@nestjs/common';
import { Interval } from '@nestjs/schedule';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, FindOptionsWhere, In, IsNull, LessThan, Repository } from 'typeorm';
import {
  addDays,
  boundingBox,
  candidateScore,
  CandidateItem,
  checkPostingContent,
  ContentFinding,
  feedScore,
  FeedItem,
  haversineKm,
  isPlausibleChinaPoint,
  isServicePhone,
  isTradeCode,
  isValidDateString,
  latCellOf,
  latCellsBetween,
  ListResponse,
  maskMobile,
  Posting as PostingView,
  PostingStatus,
  shanghaiDate,
  relatedTradeCodes,
  tradeMatch,
  workerDisplayName,
} from '@lingong/shared';
import { Application } from '../applications/application.entity';
import { AuditService } from '../audit/audit.service';
import { AuthUser, staffCanSee, staffCountyScope } from '../common/access';
import { AppException } from '../common/app-exception';
import { decodeCursor, encodeCursor } from '../common/pagination';
import { isUniqueViolation } from '../database/errors';
import { Employer } from '../employers/employer.entity';
import { EmployersService } from '../employers/employers.service';
import { Hire } from '../hires/hire.entity';
import { Rating } from '../hires/rating.entity';
import { NotificationsService } from '../notifications/notifications.service';
import { Worker } from '../workers/worker.entity';
import { WorkerTrade } from '../workers/worker-trade.entity';
import { CandidatesQuery, CreatePostingDto, FeedQuery, ListPostingsQuery, ListStaffPostingsQuery, ReportPostingDto, UpdatePostingDto } from './dto/posting.dto';
import { PostingReport } from './posting-report.entity';
import { Posting } from './posting.entity';
import { toPostingView } from './posting.mapper';
import { PRESENCE_PROVIDER, PresenceProvider } from './presence.provider';
import { PageQuery } from '../common/dto';

// 10 km: a ride by e-bike; at city-scale density a wider default returns tens of thousands of rows (docs/benchmarks.md).
const DEFAULT_FEED_RADIUS_KM = 10;
const DEFAULT_CANDIDATE_RADIUS_KM = 10;
/** Markets this close to the site count as "near" for presence. */
const PRESENCE_RADIUS_KM = 15;
const EDITABLE: PostingStatus[] = ['open', 'pending_review', 'rejected'];

/** The posting's content fields that the lawful-content check reads. */
const CHECKED_FIELDS = ['title', 'description', 'requirements', 'trade'] as const;

@Injectable()
export class PostingsService {
  private readonly logger = new Logger(PostingsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Posting) private readonly postings: Repository<Posting>,
    private readonly employers: EmployersService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    @Inject(PRESENCE_PROVIDER) private readonly presence: PresenceProvider,
  ) {}

  // ---- Employer ------------------------------------------------------------------------------

  async create(user: AuthUser, dto: CreatePostingDto): Promise<PostingView> {
    const employer = await this.employers.requireByUser(user.id);
    this.requireVerified(employer);
    this.checkFields(dto, true);
    const review = this.checkContent(dto);
    const now = new Date();
    const saved = await this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(Posting);
      const posting = await repo.save(
        repo.create({
          ...dto,
          requirements: dto.requirements?.trim() || null,
          contactPhone: dto.contactPhone.trim(),
          employerId: employer.id,
          countyCode: employer.countyCode,
          endDate: addDays(dto.startDate, dto.durationDays - 1),
          latCell: latCellOf(dto.lat),
          validUntil: new Date(dto.validUntil),
          filledCount: 0,
          ...this.reviewState(review, now),
          reviewedAt: null,
          reviewedBy: null,
        }),
      );
      await this.audit.record({ actorUserId: user.id, action: 'posting.created', entityType: 'posting', entityId: posting.id, countyCode: posting.countyCode, data: { status: posting.status } }, manager);
      return posting;
    });
    return toPostingView(saved, employer.name);
  }

  async update(user: AuthUser, id: number, dto: UpdatePostingDto): Promise<PostingView> {
    const employer = await this.employers.requireByUser(user.id);
    const posting = await this.requireOwn(employer, id);
    if (!EDITABLE.includes(posting.status)) throw new AppException('POSTING.NOT_EDITABLE');
    this.requireVerified(employer);
    const next: Posting = Object.assign(new Posting(), posting, dto, dto.validUntil ? { validUntil: new Date(dto.validUntil) } : {});
    this.checkFields({ ...next, validUntil: next.validUntil.toISOString() }, dto.startDate !== undefined);
    if (next.headcount < posting.filledCount) throw new AppException('POSTING.HEADCOUNT_BELOW_FILLED');
    next.endDate = addDays(next.startDate, next.durationDays - 1);
    if (dto.requirements !== undefined) next.requirements = dto.requirements.trim() || null;
    const contentChanged = CHECKED_FIELDS.some((f) => dto[f] !== undefined && dto[f] !== posting[f]);
    if (contentChanged || posting.status === 'rejected') {
      // Edited content is checked again: an approved posting with a new age limit goes back to review.
      Object.assign(next, this.reviewState(this.checkContent(next), new Date(), posting.publishedAt));
    }
    const previous = posting.status;
    await this.dataSource.transaction(async (manager) => {
      const result = await manager.getRepository(Posting).update(
        { id, status: previous },
        {
          ...dto,
          validUntil: next.validUntil,
          requirements: next.requirements,
          endDate: next.endDate,
          latCell: latCellOf(next.lat),
          status: next.status,
          statusReason: next.statusReason,
          reviewNotes: next.reviewNotes,
          publishedAt: next.publishedAt,
        },
      );
      if (!result.affected) throw new AppException('POSTING.NOT_EDITABLE');
      await this.audit.record({ actorUserId: user.id, action: 'posting.updated', entityType: 'posting', entityId: id, countyCode: posting.countyCode, data: { fields: Object.keys(dto), status: next.status } }, manager);
    });
    return toPostingView(await this.postings.findOneByOrFail({ id }), employer.name);
  }

  async close(user: AuthUser, id: number): Promise<PostingView> {
    const employer = await this.employers.requireByUser(user.id);
    const posting = await this.requireOwn(employer, id);
    if (!['open', 'pending_review', 'rejected', 'filled'].includes(posting.status)) throw new AppException('POSTING.STATUS_CHANGE_INVALID');
    await this.dataSource.transaction(async (manager) => {
      const result = await manager.getRepository(Posting).update({ id, status: posting.status }, { status: 'closed' });
      if (!result.affected) throw new AppException('POSTING.STATUS_CHANGE_INVALID');
      await this.audit.record({ actorUserId: user.id, action: 'posting.closed', entityType: 'posting', entityId: id, countyCode: posting.countyCode }, manager);
    });
    return toPostingView(await this.postings.findOneByOrFail({ id }), employer.name);
  }

  async listMine(user: AuthUser, query: ListPostingsQuery): Promise<ListResponse<PostingView>> {
    const employer = await this.employers.requireByUser(user.id);
    const where: FindOptionsWhere<Posting> = { employerId: employer.id };
    if (query.status) where.status = query.status;
    return this.page(where, query);
  }

  // ---- Anyone logged in ----------------------------------------------------------------------

  /** Open postings are public to logged-in users; others only to their employer and the county's staff. */
  async get(user: AuthUser, id: number): Promise<PostingView> {
    const posting = await this.requireVisible(user, id);
    return toPostingView(posting, await this.employerName(posting.employerId));
  }

  /** Loads a posting the caller may see, or answers "not found". Used by applications too. */
  async requireVisible(user: AuthUser, id: number): Promise<Posting> {
    const posting = await this.postings.findOne({ where: { id } });
    if (!posting) throw new AppException('POSTING.NOT_FOUND');
    if (posting.status === 'open' || posting.status === 'filled') {
      const employer = await this.dataSource.getRepository(Employer).findOneBy({ id: posting.employerId });
      if (employer && employer.status !== 'suspended') return posting;
    }
    if (await this.isOwner(user, posting)) return posting;
    if ((user.roles.includes('operator') || user.roles.includes('admin')) && staffCanSee(user, posting.countyCode)) return posting;
    throw new AppException('POSTING.NOT_FOUND');
  }

  /** The caller's own posting (as its employer), or "not found". */
  async requireOwnByUser(user: AuthUser, id: number): Promise<{ posting: Posting; employer: Employer }> {
    const employer = await this.employers.requireByUser(user.id);
    return { posting: await this.requireOwn(employer, id), employer };
  }

  /**
   * The worker's feed: open postings within the radius, ranked by `feedScore` (packages/shared,
   * postings.ts: distance 40, trade 30, pay per day 20, freshness 10). The bounding box narrows on
   * IDX_posting_status_location; exact distance, trade match and score are computed on the rows left.
   */
  async feed(user: AuthUser, query: FeedQuery): Promise<ListResponse<FeedItem>> {
    if (query.trade && !isTradeCode(query.trade)) throw new AppException('POSTING.TRADE_UNKNOWN');
    const center = { lat: query.lat, lng: query.lng };
    const radiusKm = query.radiusKm ?? DEFAULT_FEED_RADIUS_KM;
    const limit = query.limit ?? 20;
    const offset = decodeCursor<{ offset: number }>(query.cursor, ['offset'])?.offset ?? 0;
    const now = new Date();
    const worker = await this.dataSource.getRepository(Worker).findOne({ where: { userId: user.id } });
    const workerTrades = worker?.trades ?? [];

    const rows = await this.findOpenNear(center, radiusKm, now, query);
    const ranked = rows
      .map((posting) => {
        const distanceKm = haversineKm(center, posting);
        // Open postings always carry publishedAt (set when opened or approved).
        const ageHours = posting.publishedAt ? (now.getTime() - posting.publishedAt.getTime()) / 3_600_000 : Infinity;
        return { posting, distanceKm, ...feedScore({ distanceKm, radiusKm, postingTrade: posting.trade, workerTrades, payAmountFen: posting.payAmountFen, payUnit: posting.payUnit, settlement: posting.settlement, ageHours }) };
      })
      .filter((r) => r.distanceKm <= radiusKm)
      .sort((a, b) => b.score - a.score || a.distanceKm - b.distanceKm || b.posting.id - a.posting.id);
    const page = ranked.slice(offset, offset + limit);
    // Only the page is read in full: ranking needed just the few columns findOpenNear selects.
    const full = new Map((await this.postings.find({ where: { id: In(page.map((r) => r.posting.id).concat(0)) } })).map((p) => [p.id, p]));
    const employerNames = await this.employerNames(page.map((r) => r.posting.employerId));
    return {
      items: page.map((r) => ({
        ...toPostingView(full.get(r.posting.id) as Posting, employerNames.get(r.posting.employerId) ?? ''),
        distanceKm: Math.round(r.distanceKm * 100) / 100,
        score: r.score,
        matchReasons: r.matchReasons,
      })),
      ...(ranked.length > offset + limit ? { nextCursor: encodeCursor({ offset: offset + limit }) } : {}),
    };
  }

  /**
   * Open, unexpired postings of non-suspended employers inside the box around `center`: the columns
   * ranking needs, read through IDX_posting_status_cell (the box's latitude bands, a longitude range in each).
   */
  private findOpenNear(center: { lat: number; lng: number }, radiusKm: number, now: Date, filters: { trade?: string; settlement?: string }): Promise<Posting[]> {
    const box = boundingBox(center, radiusKm);
    const qb = this.postings
      .createQueryBuilder('p')
      .select(['p.id', 'p.employerId', 'p.lat', 'p.lng', 'p.trade', 'p.payAmountFen', 'p.payUnit', 'p.settlement', 'p.publishedAt'])
      .innerJoin(Employer, 'e', 'e.id = p.employerId')
      .where('p.status = :status', { status: 'open' })
      .andWhere('p.latCell IN (:...cells)', { cells: latCellsBetween(box.minLat, box.maxLat) })
      .andWhere('p.lat BETWEEN :minLat AND :maxLat', box)
      .andWhere('p.lng BETWEEN :minLng AND :maxLng', box)
      .andWhere('p.validUntil > :now', { now })
      .andWhere('e.status <> :suspended', { suspended: 'suspended' });
    if (filters.settlement) qb.andWhere('p.settlement = :settlement', { settlement: filters.settlement });
    if (filters.trade) {
      // 建筑 finds 瓦工 postings and 瓦工 finds postings asking for 建筑 in general.
      qb.andWhere('p.trade IN (:...trades)', { trades: relatedTradeCodes(filters.trade) });
    }
    return qb.getMany();
  }

  /**
   * Workers who fit the posting, ranked by `candidateScore`: present at a nearby market today first,
   * then trade, distance and rating. Workers already hired on overlapping dates are left out. A
   * worker's full name and phone are shown only once they applied or accepted an invitation.
   */
  async candidates(user: AuthUser, id: number, query: CandidatesQuery): Promise<ListResponse<CandidateItem>> {
    const { posting, employer } = await this.requireOwnByUser(user, id);
    if (employer.status === 'suspended') throw new AppException('POSTING.EMPLOYER_SUSPENDED');
    const radiusKm = query.radiusKm ?? DEFAULT_CANDIDATE_RADIUS_KM;
    const limit = query.limit ?? 20;
    const offset = decodeCursor<{ offset: number }>(query.cursor, ['offset'])?.offset ?? 0;
    const box = boundingBox(posting, radiusKm);
    const near = await this.dataSource
      .getRepository(WorkerTrade)
      .createQueryBuilder('wt')
      .select('DISTINCT wt.workerId', 'workerId')
      .where('wt.tradeCode IN (:...trades)', { trades: relatedTradeCodes(posting.trade) })
      .andWhere('wt.latCell IN (:...cells)', { cells: latCellsBetween(box.minLat, box.maxLat) })
      .andWhere('wt.lat BETWEEN :minLat AND :maxLat', box)
      .andWhere('wt.lng BETWEEN :minLng AND :maxLng', box)
      .getRawMany<{ workerId: number }>();
    const workers = near.length
      ? await this.dataSource.getRepository(Worker).find({ where: { id: In(near.map((n) => Number(n.workerId))), anonymisedAt: IsNull() } })
      : [];
    const fitting = workers
      .map((worker) => ({ worker, distanceKm: haversineKm(posting, { lat: worker.lat as number, lng: worker.lng as number }), match: tradeMatch(posting.trade, worker.trades) }))
      .filter((c) => c.worker.lat !== null && c.distanceKm <= radiusKm && c.match !== 'none');
    const ids = fitting.map((c) => c.worker.id);
    if (!ids.length) return { items: [] };

    const [busy, contacts, ratings, present] = await Promise.all([
      this.dataSource
        .getRepository(Hire)
        .createQueryBuilder('h')
        .select('DISTINCT h.workerId', 'workerId')
        .where('h.workerId IN (:...ids)', { ids })
        .andWhere('h.startDate <= :end AND h.endDate >= :start', { start: posting.startDate, end: posting.endDate })
        .andWhere('h.cancelledAt IS NULL')
        .getRawMany<{ workerId: number }>(),
      this.dataSource.getRepository(Application).find({ where: { postingId: posting.id, workerId: In(ids) } }),
      this.dataSource
        .getRepository(Rating)
        .createQueryBuilder('r')
        .select('r.subjectId', 'workerId')
        .addSelect('AVG(r.score)', 'average')
        .addSelect('COUNT(*)', 'count')
        .where("r.subjectType = 'worker' AND r.subjectId IN (:...ids)", { ids })
        .groupBy('r.subjectId')
        .getRawMany<{ workerId: number; average: string | number; count: string | number }>(),
      this.presence.workerIdsPresentNear(posting, PRESENCE_RADIUS_KM, shanghaiDate()),
    ]);
    const busyIds = new Set(busy.map((b) => Number(b.workerId)));
    const ratingOf = new Map(ratings.map((r) => [Number(r.workerId), Number(r.average)]));
    const ratingCountOf = new Map(ratings.map((r) => [Number(r.workerId), Number(r.count)]));
    const agreed = new Set(
      contacts.filter((a) => (a.kind === 'application' && a.status !== 'cancelled') || (a.kind === 'invitation' && a.status === 'accepted')).map((a) => a.workerId),
    );
    const ranked = fitting
      .filter((c) => !busyIds.has(c.worker.id))
      .map((c) => {
        const presentToday = present.has(c.worker.id);
        const ratingAverage = ratingOf.get(c.worker.id);
        return { ...c, presentToday, ratingAverage, ...candidateScore({ distanceKm: c.distanceKm, radiusKm, match: c.match, presentToday, ratingAverage }) };
      })
      .sort((a, b) => b.score - a.score || a.distanceKm - b.distanceKm || a.worker.id - b.worker.id);
    const page = ranked.slice(offset, offset + limit);
    return {
      items: page.map((c) => {
        const visible = agreed.has(c.worker.id);
        return {
          workerId: c.worker.id,
          displayName: visible ? c.worker.realName : workerDisplayName(c.worker.realName),
          phone: visible ? (c.worker.phone ?? '') : maskMobile(c.worker.phone ?? ''),
          contactVisible: visible,
          trades: c.worker.trades,
          distanceKm: Math.round(c.distanceKm * 100) / 100,
          score: c.score,
          matchReasons: c.matchReasons,
          presentToday: c.presentToday,
          ...(c.ratingAverage !== undefined ? { ratingAverage: Math.round(c.ratingAverage * 10) / 10 } : {}),
          ratingCount: ratingCountOf.get(c.worker.id) ?? 0,
        };
      }),
      ...(ranked.length > offset + limit ? { nextCursor: encodeCursor({ offset: offset + limit }) } : {}),
    };
  }

  // ---- Workers report --------------------------------------------------------------------------

  async report(user: AuthUser, id: number, dto: ReportPostingDto): Promise<{ id: number; postingId: number; reason: string; createdAt: string }> {
    const posting = await this.requireVisible(user, id);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const repo = manager.getRepository(PostingReport);
        const saved = await repo.save(repo.create({ postingId: id, reporterUserId: user.id, countyCode: posting.countyCode, reason: dto.reason, detail: dto.detail?.trim() || null }));
        await this.audit.record({ actorUserId: user.id, action: 'posting.reported', entityType: 'posting', entityId: id, countyCode: posting.countyCode, data: { reason: dto.reason } }, manager);
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
    const limit = query.limit ?? 20;
    const cursor = decodeCursor<{ id: number }>(query.cursor, ['id']);
    const where: FindOptionsWhere<PostingReport> = {};
    if (scope) where.countyCode = scope;
    if (cursor) where.id = LessThan(cursor.id);
    const rows = await this.dataSource.getRepository(PostingReport).find({ where, order: { id: 'DESC' }, take: limit + 1 });
    const page = rows.slice(0, limit);
    const titles = new Map((await this.postings.find({ where: { id: In(page.map((r) => r.postingId).concat(0)) } })).map((p) => [p.id, p.title]));
    return {
      items: page.map((r) => ({ id: r.id, postingId: r.postingId, postingTitle: titles.get(r.postingId) ?? '', countyCode: r.countyCode, reason: r.reason, detail: r.detail ?? undefined, createdAt: r.createdAt.toISOString() })),
      ...(rows.length > limit ? { nextCursor: encodeCursor({ id: page[page.length - 1].id }) } : {}),
    };
  }

  // ---- Operators -------------------------------------------------------------------------------

  async listForStaff(staff: AuthUser, query: ListStaffPostingsQuery): Promise<ListResponse<PostingView>> {
    const county = staffCountyScope(staff) ?? query.countyCode;
    const where: FindOptionsWhere<Posting> = {};
    if (county) where.countyCode = county;
    if (query.status) where.status = query.status;
    return this.page(where, query);
  }

  async approve(staff: AuthUser, id: number): Promise<PostingView> {
    return this.review(staff, id, 'open', null, 'posting.approved');
  }

  async reject(staff: AuthUser, id: number, reason: string): Promise<PostingView> {
    return this.review(staff, id, 'rejected', reason, 'posting.rejected');
  }

  private async review(staff: AuthUser, id: number, to: 'open' | 'rejected', reason: string | null, action: string): Promise<PostingView> {
    const posting = await this.postings.findOne({ where: { id } });
    if (!posting || !staffCanSee(staff, posting.countyCode)) throw new AppException('POSTING.NOT_FOUND');
    if (posting.status !== 'pending_review') throw new AppException('POSTING.STATUS_CHANGE_INVALID', { message: '只有待审核的招工信息才能审核。' });
    const now = new Date();
    await this.dataSource.transaction(async (manager) => {
      const result = await manager.getRepository(Posting).update(
        { id, status: 'pending_review' },
        { status: to, statusReason: reason, reviewedAt: now, reviewedBy: staff.id, ...(to === 'open' ? { publishedAt: now } : {}) },
      );
      if (!result.affected) throw new AppException('POSTING.STATUS_CHANGE_INVALID');
      await this.audit.record({ actorUserId: staff.id, action, entityType: 'posting', entityId: id, countyCode: posting.countyCode, reason }, manager);
      if (to === 'rejected') {
        const employer = await manager.getRepository(Employer).findOneByOrFail({ id: posting.employerId });
        await this.notifications.record(manager, { userId: employer.userId, event: 'posting.rejected', payload: { postingId: id, title: posting.title, reason } });
      }
    });
    return toPostingView(await this.postings.findOneByOrFail({ id }), await this.employerName(posting.employerId));
  }

  // ---- Scheduled -------------------------------------------------------------------------------

  @Interval('postings.expire', 60_000)
  async runScheduledClose(): Promise<void> {
    try {
      await this.closeStale();
    } catch (error) {
      this.logger.error(`closing stale postings failed: ${(error as Error).message}`);
    }
  }

  /**
   * Closes what a worker must not see: postings past their valid-until (`expired`) and open postings
   * whose headcount is filled (`filled`). Conditional updates, so a racing edit or accept is not lost.
   */
  async closeStale(now = new Date()): Promise<{ expired: number; filled: number }> {
    const expired = await this.postings
      .createQueryBuilder()
      .update(Posting)
      .set({ status: 'expired' })
      .where('status IN (:...statuses)', { statuses: ['open', 'pending_review'] })
      .andWhere('validUntil <= :now', { now })
      .execute();
    const filled = await this.postings
      .createQueryBuilder()
      .update(Posting)
      .set({ status: 'filled' })
      .where('status = :open', { open: 'open' })
      .andWhere('filledCount >= headcount')
      .execute();
    return { expired: expired.affected ?? 0, filled: filled.affected ?? 0 };
  }

  // ---- Helpers ---------------------------------------------------------------------------------

  private requireVerified(employer: Employer): void {
    if (employer.status === 'verified') return;
    if (employer.status === 'suspended') throw new AppException('POSTING.EMPLOYER_SUSPENDED');
    if (employer.status === 'pending_review') throw new AppException('POSTING.EMPLOYER_PENDING_REVIEW');
    throw new AppException('POSTING.EMPLOYER_UNVERIFIED');
  }

  private checkFields(p: { trade: string; lat: number; lng: number; startDate: string; validUntil: string; contactPhone: string }, checkStart: boolean): void {
    if (!isTradeCode(p.trade)) throw new AppException('POSTING.TRADE_UNKNOWN', { errors: [{ field: 'trade', message: '工种不在目录里' }] });
    if (!isPlausibleChinaPoint(p)) throw new AppException('POSTING.LOCATION_INVALID');
    if (!isServicePhone(p.contactPhone)) throw new AppException('POSTING.PHONE_INVALID', { errors: [{ field: 'contactPhone', message: '请填写手机号或带区号的座机号' }] });
    if (!isValidDateString(p.startDate)) throw new AppException('POSTING.DATES_INVALID', { errors: [{ field: 'startDate', message: '不是有效的日期' }] });
    if (checkStart && p.startDate < shanghaiDate()) throw new AppException('POSTING.DATES_INVALID', { errors: [{ field: 'startDate', message: '开工日期不能早于今天' }] });
    if (!(new Date(p.validUntil).getTime() > Date.now())) throw new AppException('POSTING.DATES_INVALID', { errors: [{ field: 'validUntil', message: '有效期要在现在之后' }] });
  }

  /** Refuses blocked content with the phrase and the reason; returns the warnings that send it to review. */
  private checkContent(p: { title: string; description: string; requirements?: string | null; trade: string }): ContentFinding[] {
    const { blocked, warnings } = checkPostingContent(p);
    if (blocked.length) {
      const first = blocked[0];
      throw new AppException('POSTING.FORBIDDEN_CONTENT', {
        message: `“${first.phrase}”：${first.reason}`,
        errors: blocked.map((f) => ({ field: f.field, message: `“${f.phrase}”：${f.reason}` })),
        details: { phrase: first.phrase, reason: first.reason, category: first.category, findings: blocked.map(({ category, phrase, field, reason }) => ({ category, phrase, field, reason })) },
      });
    }
    return warnings;
  }

  private reviewState(warnings: ContentFinding[], now: Date, publishedAt: Date | null = null) {
    if (!warnings.length) return { status: 'open' as const, statusReason: null, reviewNotes: null, publishedAt: publishedAt ?? now };
    return {
      status: 'pending_review' as const,
      statusReason: warnings[0].reason,
      reviewNotes: warnings.map(({ category, phrase, reason }) => ({ category, phrase, reason })),
      publishedAt,
    };
  }

  private async requireOwn(employer: Employer, id: number): Promise<Posting> {
    const posting = await this.postings.findOne({ where: { id, employerId: employer.id } });
    if (!posting) throw new AppException('POSTING.NOT_FOUND');
    return posting;
  }

  private async isOwner(user: AuthUser, posting: Posting): Promise<boolean> {
    if (!user.roles.includes('employer')) return false;
    const employer = await this.dataSource.getRepository(Employer).findOneBy({ userId: user.id });
    return employer?.id === posting.employerId;
  }

  private async page(where: FindOptionsWhere<Posting>, query: PageQuery): Promise<ListResponse<PostingView>> {
    const limit = query.limit ?? 20;
    const cursor = decodeCursor<{ id: number }>(query.cursor, ['id']);
    if (cursor) where.id = LessThan(cursor.id);
    const rows = await this.postings.find({ where, order: { id: 'DESC' }, take: limit + 1 });
    const page = rows.slice(0, limit);
    const names = await this.employerNames(page.map((p) => p.employerId));
    return {
      items: page.map((p) => toPostingView(p, names.get(p.employerId) ?? '')),
      ...(rows.length > limit ? { nextCursor: encodeCursor({ id: page[page.length - 1].id }) } : {}),
    };
  }

  private async employerName(id: number): Promise<string> {
    return (await this.employerNames([id])).get(id) ?? '';
  }

  private async employerNames(ids: number[]): Promise<Map<number, string>> {
    const unique = [...new Set(ids)];
    if (!unique.length) return new Map();
    const rows = await this.dataSource.getRepository(Employer).find({ where: { id: In(unique) }, select: { id: true, name: true } });
    return new Map(rows.map((e) => [e.id, e.name]));
  }
}
