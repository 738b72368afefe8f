import { createHash } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import {
  Hire as HireView,
  ListResponse,
  NO_SHOW_TAG,
  Posting as PostingView,
  Rating as RatingView,
  RATING_TAGS_BY_SIDE,
  shanghaiDate,
  type HireSide,
  Reputation,
} from '@lingong/shared';
import { AuditService } from '../audit/audit.service';
import { AuthUser, CallerParties, canReadHire, hireSideOf } from '../common/access';
import { AppException } from '../common/app-exception';
import { decodeCursor, pageById, pageSize } from '../common/pagination';
import { isUniqueViolation } from '../database/errors';
import { TransactionHost } from '../database/transaction';
import { EmployersService } from '../employers/employers.service';
import { NotificationsService } from '../notifications/notifications.service';
import { PostingsService } from '../postings/postings.service';
import { WorkersService } from '../workers/workers.service';
import { renderAgreement } from './agreement';
import { ListHiresQuery, RatingDto } from './dto/hire.dto';
import { Hire } from './hire.entity';
import { toHireView, toRatingView } from './hire.mapper';
import { HireRepository } from './hire.repository';
import { RatingRepository } from './rating.repository';
import { UnpaidHire, UnpaidHireHandlers } from './unpaid-hire.port';

type Side = HireSide;

export type { Reputation };

function toUnpaidHire(h: Hire): UnpaidHire {
  const { id, postingId, workerId, employerId, countyCode, payAmountFen, payUnit, startDate, endDate, address } = h;
  return { id, postingId, workerId, employerId, countyCode, payAmountFen, payUnit, startDate, endDate, address };
}

/** Hiring records (招工用工登记), their labour agreements, payment confirmation and ratings. */
@Injectable()
export class HiresService {
  private readonly logger = new Logger(HiresService.name);

  constructor(
    private readonly tx: TransactionHost,
    private readonly hires: HireRepository,
    private readonly ratings: RatingRepository,
    private readonly workers: WorkersService,
    private readonly employers: EmployersService,
    private readonly postings: PostingsService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly unpaidHandlers: UnpaidHireHandlers,
  ) {}

  /** Creates the hire and its agreement text, inside the accepting transaction. */
  createForApplication(input: { applicationId: number; posting: PostingView; workerId: number }): Promise<{ id: number }> {
    return this.tx.run(async () => {
      const { posting } = input;
      const hire = await this.hires.add({
        applicationId: input.applicationId,
        postingId: posting.id,
        workerId: input.workerId,
        employerId: posting.employerId,
        countyCode: posting.countyCode,
        trade: posting.trade,
        payAmountFen: posting.payAmountFen,
        payUnit: posting.payUnit,
        settlement: posting.settlement,
        startDate: posting.startDate,
        endDate: posting.endDate,
        address: posting.address,
        lat: posting.lat,
        lng: posting.lng,
        workHours: posting.workHours,
        agreementText: '',
        agreementHash: null,
        workerConfirmedAt: null,
        employerConfirmedAt: null,
        paymentStatus: 'pending',
        paymentReportedAt: null,
        noShow: false,
        cancelledAt: null,
        cancelledBy: null,
        cancelReason: null,
        completedAt: null,
      });
      await this.hires.setAgreementText(hire.id, await this.agreementText(hire.id, posting, input.workerId));
      return { id: hire.id };
    });
  }

  private async agreementText(hireId: number, posting: PostingView, workerId: number): Promise<string> {
    const [worker, employer] = await Promise.all([this.workers.agreementParty(workerId), this.employers.agreementParty(posting.employerId)]);
    return renderAgreement(
      {
        employerName: employer.name,
        employerContact: employer.contactName,
        employerPhone: posting.contactPhone,
        employerCreditCode: employer.creditCode,
        workerName: worker.name,
        workerIdMasked: worker.idMasked,
        workerPhone: worker.phone,
      },
      {
        hireId,
        postingTitle: posting.title,
        trade: posting.trade,
        description: posting.description,
        address: posting.address,
        countyCode: posting.countyCode,
        startDate: posting.startDate,
        endDate: posting.endDate,
        durationDays: posting.durationDays,
        workHours: posting.workHours,
        payAmountFen: posting.payAmountFen,
        payUnit: posting.payUnit,
        settlement: posting.settlement,
      },
    );
  }

  /** The hire as its parties see it; the worker who reported "not paid" also gets their wage claim's id. */
  private async toView(hire: Hire, viewer?: { side: Side; userId: number }): Promise<HireView> {
    const askCase = viewer?.side === 'worker' && hire.paymentStatus === 'unpaid';
    const [workers, employerNames, ratings, complaintId] = await Promise.all([
      this.workers.contactsForHire([hire.workerId]),
      this.employers.namesOf([hire.employerId]),
      this.ratings.findByHire(hire.id),
      askCase ? this.unpaidHandlers.caseOf(hire.id, viewer.userId) : undefined,
    ]);
    const worker = workers.get(hire.workerId);
    const view = toHireView(
      hire,
      { workerName: worker?.name ?? '', workerPhone: worker?.phone ?? '', employerName: employerNames.get(hire.employerId) ?? '' },
      ratings,
    );
    return complaintId === undefined ? view : { ...view, complaintId };
  }

  /** For the modules above (applications): the hire's view, without an access check (the caller made one). */
  async view(id: number): Promise<HireView> {
    const hire = await this.hires.findById(id);
    if (!hire) throw new AppException('HIRE.NOT_FOUND');
    return this.toView(hire);
  }

  async get(user: AuthUser, id: number): Promise<HireView> {
    const { hire, side } = await this.requireAccess(user, id, true);
    return this.toView(hire, { side, userId: user.id });
  }

  async list(user: AuthUser, query: ListHiresQuery): Promise<ListResponse<HireView>> {
    const side: Side = query.as ?? (user.roles.includes('worker') ? 'worker' : 'employer');
    const partyId = side === 'worker' ? await this.workers.idOfUser(user.id) : await this.employers.idOfUser(user.id);
    if (partyId === undefined) throw new AppException(side === 'worker' ? 'WORKER.NOT_REGISTERED' : 'EMPLOYER.NOT_REGISTERED');
    const limit = pageSize(query);
    const cursor = decodeCursor<{ id: number }>(query.cursor, ['id']);
    const page = pageById(await this.hires.findPageOfParty(side, partyId, cursor?.id, limit), limit);
    return {
      items: await Promise.all(page.rows.map((h) => this.toView(h, { side, userId: user.id }))),
      ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}),
    };
  }

  /**
   * Each side confirms once. When the second confirms, the text's SHA-256 is stored: the text is never
   * written again (no code path updates it), and the hash shows it was not changed afterwards.
   */
  async confirmAgreement(user: AuthUser, id: number): Promise<HireView> {
    const { hire, side } = await this.requireAccess(user, id);
    const column = side === 'worker' ? 'workerConfirmedAt' : 'employerConfirmedAt';
    if (hire[column]) throw new AppException('HIRE.AGREEMENT_ALREADY_CONFIRMED');
    await this.tx.run(async () => {
      if (!(await this.hires.confirmSide(id, column, new Date()))) throw new AppException('HIRE.AGREEMENT_ALREADY_CONFIRMED');
      const fresh = (await this.hires.findById(id)) as Hire;
      if (fresh.workerConfirmedAt && fresh.employerConfirmedAt && !fresh.agreementHash) {
        await this.hires.setAgreementHash(id, createHash('sha256').update(fresh.agreementText, 'utf8').digest('hex'));
      }
      await this.audit.record({
        actorUserId: user.id,
        action: 'hire.agreement_confirmed',
        entityType: 'hire',
        entityId: id,
        countyCode: hire.countyCode,
        data: { side },
      });
    });
    return this.view(id);
  }

  /**
   * The worker says whether the wage was paid. "Not paid" records `hire.unpaid` in the outbox and,
   * once committed, tells the handlers of the unpaid-hire port (complaints opens a prefilled wage claim).
   */
  async reportPayment(user: AuthUser, id: number, paid: boolean): Promise<HireView> {
    const { hire, side } = await this.requireAccess(user, id);
    if (side !== 'worker') throw new AppException('AUTH.FORBIDDEN', { message: '工钱情况由零工本人登记。' });
    if (hire.cancelledAt) throw new AppException('HIRE.CANCELLED');
    if (hire.startDate > shanghaiDate()) throw new AppException('HIRE.NOT_STARTED');
    if (hire.paymentStatus !== 'pending') throw new AppException('HIRE.PAYMENT_ALREADY_REPORTED');
    await this.tx.run(async () => {
      if (!(await this.hires.reportPaymentIfPending(id, paid ? 'paid' : 'unpaid', new Date()))) throw new AppException('HIRE.PAYMENT_ALREADY_REPORTED');
      await this.audit.record({
        actorUserId: user.id,
        action: paid ? 'hire.paid' : 'hire.unpaid',
        entityType: 'hire',
        entityId: id,
        countyCode: hire.countyCode,
      });
      if (!paid) {
        await this.notifications.record({
          userId: null,
          event: 'hire.unpaid',
          payload: {
            hireId: id,
            workerId: hire.workerId,
            employerId: hire.employerId,
            payAmountFen: hire.payAmountFen,
            countyCode: hire.countyCode,
            reportedByUserId: user.id,
          },
        });
      }
    });
    const updated = (await this.hires.findById(id)) as Hire;
    if (!paid) await this.tellUnpaidHandlers(updated, user.id);
    return this.toView(updated, { side, userId: user.id });
  }

  private async tellUnpaidHandlers(hire: Hire, reportedByUserId: number): Promise<void> {
    for (const handler of this.unpaidHandlers.all()) {
      try {
        await handler.onUnpaid(toUnpaidHire(hire), reportedByUserId);
      } catch (error) {
        this.logger.error(`opening a wage claim for hire ${hire.id} failed: ${(error as Error).message}`);
      }
    }
  }

  /**
   * The employer marks the work done (完工): only what both sides confirmed can be declared done, not
   * before the first day of work, and once. The worker is told through the outbox (`hire.completed`).
   */
  async complete(user: AuthUser, id: number): Promise<HireView> {
    const { hire, side } = await this.requireAccess(user, id);
    if (side !== 'employer') throw new AppException('AUTH.FORBIDDEN', { message: '完工由用工方标记。' });
    if (hire.cancelledAt) throw new AppException('HIRE.CANCELLED');
    if (hire.completedAt) throw new AppException('HIRE.ALREADY_COMPLETED');
    if (!hire.workerConfirmedAt || !hire.employerConfirmedAt) throw new AppException('HIRE.AGREEMENT_NOT_CONFIRMED');
    if (hire.startDate > shanghaiDate()) throw new AppException('HIRE.NOT_STARTED', { message: `还没到开工日期（${hire.startDate}），开工以后才能标记完工。` });
    await this.tx.run(async () => {
      if (!(await this.hires.completeIfOpen(id, new Date()))) throw new AppException('HIRE.ALREADY_COMPLETED');
      await this.audit.record({ actorUserId: user.id, action: 'hire.completed', entityType: 'hire', entityId: id, countyCode: hire.countyCode });
      const [workerUserId, titles] = await Promise.all([this.workers.userIdOf(hire.workerId), this.postings.titlesOf([hire.postingId])]);
      if (workerUserId === undefined) throw new Error(`worker ${hire.workerId} not found`);
      await this.notifications.record({
        userId: workerUserId,
        event: 'hire.completed',
        payload: { hireId: id, postingId: hire.postingId, title: titles.get(hire.postingId) ?? '' },
      });
    });
    return this.view(id);
  }

  /**
   * A rating judges finished work, so it waits until the work is over: the employer marked it done,
   * or (for the worker) the wage was reported paid or not paid — an employer who never marks the work
   * done must not take away the worker's say. The one exception is the employer's 没来上工: a worker
   * who did not come has no work to complete, so that rating is allowed once the work has started.
   * Each side rates once, with its own tags.
   */
  async rate(user: AuthUser, id: number, dto: RatingDto): Promise<RatingView> {
    const { hire, side } = await this.requireAccess(user, id);
    if (hire.cancelledAt) throw new AppException('HIRE.CANCELLED');
    if (hire.startDate > shanghaiDate()) throw new AppException('HIRE.NOT_STARTED');
    const tags = dto.tags ?? [];
    const foreign = tags.filter((tag) => !RATING_TAGS_BY_SIDE[side].includes(tag));
    if (foreign.length) {
      throw new AppException('COMMON.VALIDATION_FAILED', {
        errors: [{ field: 'tags', message: `${side === 'worker' ? '零工' : '用工方'}不能选这些标签：${foreign.join('、')}` }],
      });
    }
    const finished = hire.completedAt !== null || (side === 'worker' ? hire.paymentStatus !== 'pending' : tags.includes(NO_SHOW_TAG));
    if (!finished) throw new AppException('HIRE.NOT_FINISHED');
    try {
      const saved = await this.tx.run(async () => {
        const rating = await this.ratings.add({
          hireId: id,
          fromSide: side,
          subjectType: side === 'worker' ? 'employer' : 'worker',
          subjectId: side === 'worker' ? hire.employerId : hire.workerId,
          score: dto.score,
          tags,
        });
        if (side === 'employer' && tags.includes(NO_SHOW_TAG)) await this.hires.markNoShow(id);
        await this.audit.record({
          actorUserId: user.id,
          action: 'hire.rated',
          entityType: 'hire',
          entityId: id,
          countyCode: hire.countyCode,
          data: { side, score: dto.score },
        });
        return rating;
      });
      return toRatingView(saved);
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppException('HIRE.ALREADY_RATED');
      throw error;
    }
  }

  /** Rating average, hires, no-shows (workers) and unpaid reports (employers), for profiles. */
  async reputation(subjectType: Side, subjectId: number): Promise<Reputation> {
    const rating = await this.ratings.averageOf(subjectType, subjectId);
    const hireCount = await this.hires.countActiveOf(subjectType, subjectId);
    const result: Reputation = {
      ratingCount: rating.count,
      hireCount,
      ...(rating.count ? { ratingAverage: Math.round(Number(rating.average) * 10) / 10 } : {}),
    };
    if (subjectType === 'worker') result.noShowCount = await this.hires.countNoShowsOf(subjectId);
    else result.unpaidCount = await this.hires.countUnpaidOf(subjectId);
    return result;
  }

  async workerReputation(workerId: number): Promise<Reputation> {
    if (!(await this.workers.exists(workerId))) throw new AppException('APPLICATION.WORKER_NOT_FOUND');
    return this.reputation('worker', workerId);
  }

  async employerReputation(employerId: number): Promise<Reputation> {
    if (!(await this.employers.exists(employerId))) throw new AppException('EMPLOYER.NOT_FOUND');
    return this.reputation('employer', employerId);
  }

  // ---- For the modules above (applications, matching) -------------------------------------------

  /** Whether the worker is already hired (not cancelled) on dates overlapping these. */
  hasClash(workerId: number, start: string, end: string): Promise<boolean> {
    return this.hires.existsOverlapping(workerId, start, end);
  }

  /** Of these workers, those already hired on dates overlapping these. */
  async busyWorkerIds(ids: number[], start: string, end: string): Promise<Set<number>> {
    return new Set(await this.hires.findBusyWorkerIds(ids, start, end));
  }

  /** The average and count of ratings each worker received (only the rated ones). */
  workerRatings(ids: number[]): Promise<Map<number, { average: number; count: number }>> {
    return this.ratings.averagesOfWorkers(ids);
  }

  /** The hire an accepted application made: its id and first day. */
  async requireForApplication(applicationId: number): Promise<{ id: number; startDate: string }> {
    const hire = await this.hires.findByApplication(applicationId);
    if (!hire) throw new AppException('HIRE.NOT_FOUND');
    return { id: hire.id, startDate: hire.startDate };
  }

  /** Cancels the hire (in the caller's transaction), unless it already was. */
  cancel(id: number, byUserId: number, reason: string | null, at: Date): Promise<void> {
    return this.hires.cancelIfActive(id, at, byUserId, reason);
  }

  private async callerParties(user: AuthUser): Promise<CallerParties> {
    const [workerId, employerId] = await Promise.all([this.workers.idOfUser(user.id), this.employers.idOfUser(user.id)]);
    return { workerId, employerId };
  }

  /** The hire and which side the caller is on; staff of the county may read (`allowStaff`). Others: not found. */
  private async requireAccess(user: AuthUser, id: number, allowStaff = false): Promise<{ hire: Hire; side: Side }> {
    const hire = await this.hires.findById(id);
    if (!hire) throw new AppException('HIRE.NOT_FOUND');
    const caller = await this.callerParties(user);
    const side = hireSideOf(hire, caller);
    if (side) return { hire, side };
    // Staff read as the employer side would (no action is open to them).
    if (allowStaff && canReadHire(user, hire, caller)) return { hire, side: 'employer' };
    throw new AppException('HIRE.NOT_FOUND');
  }
}
