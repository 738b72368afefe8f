import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, FindOptionsWhere, IsNull, LessThan, Repository } from 'typeorm';
import { Hire as HireView, ListResponse, NO_SHOW_TAG, Rating as RatingView, RATING_TAGS_BY_SIDE, shanghaiDate, type HireSide } from '@lingong/shared';
import { AuditService } from '../audit/audit.service';
import { AuthUser, staffCanSee } from '../common/access';
import { AppException } from '../common/app-exception';
import { decodeCursor, encodeCursor } from '../common/pagination';
import { isUniqueViolation } from '../database/errors';
import { Employer } from '../employers/employer.entity';
import { NotificationsService } from '../notifications/notifications.service';
import { Posting } from '../postings/posting.entity';
import { Worker } from '../workers/worker.entity';
import { renderAgreement } from './agreement';
import { ListHiresQuery, RatingDto } from './dto/hire.dto';
import { Hire } from './hire.entity';
import { toHireView, toRatingView } from './hire.mapper';
import { Rating } from './rating.entity';
import { UNPAID_WAGE_HANDLER, UnpaidWageHandler } from './unpaid-wage.handler';

type Side = HireSide;

export interface Reputation {
  ratingAverage?: number;
  ratingCount: number;
  hireCount: number;
  /** Worker profiles: times an employer reported the worker did not come. */
  noShowCount?: number;
  /** Employer profiles: hires where the worker reported not being paid. */
  unpaidCount?: number;
}

/**
 * Hiring records (招工用工登记), their labour agreements, payment confirmation and ratings.
 * Other modules (insurance, complaints) read hires through `findById`.
 */
@Injectable()
export class HiresService {
  private readonly logger = new Logger(HiresService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Hire) private readonly hires: Repository<Hire>,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    @Inject(UNPAID_WAGE_HANDLER) private readonly unpaidWage: UnpaidWageHandler,
  ) {}

  /** For other modules: the hire, or undefined. No access check: the caller does its own. */
  async findById(id: number): Promise<Hire | undefined> {
    return (await this.hires.findOne({ where: { id } })) ?? undefined;
  }

  /** Creates the hire and its agreement text inside the accepting transaction. */
  async createInTransaction(manager: EntityManager, input: { applicationId: number; posting: Posting; workerId: number }): Promise<Hire> {
    const { posting } = input;
    const repo = manager.getRepository(Hire);
    const hire = await repo.save(
      repo.create({
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
      }),
    );
    const [worker, employer] = await Promise.all([
      manager.getRepository(Worker).findOneByOrFail({ id: input.workerId }),
      manager.getRepository(Employer).findOneByOrFail({ id: posting.employerId }),
    ]);
    hire.agreementText = renderAgreement(
      {
        employerName: employer.name,
        employerContact: employer.contactName,
        employerPhone: posting.contactPhone,
        employerCreditCode: employer.creditCode,
        workerName: worker.realName,
        workerIdMasked: worker.idMasked ?? '',
        workerPhone: worker.phone ?? '',
      },
      {
        hireId: hire.id,
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
    await repo.update({ id: hire.id }, { agreementText: hire.agreementText });
    return hire;
  }

  async toView(hire: Hire): Promise<HireView> {
    const [worker, employer, ratings] = await Promise.all([
      this.dataSource.getRepository(Worker).findOneBy({ id: hire.workerId }),
      this.dataSource.getRepository(Employer).findOneBy({ id: hire.employerId }),
      this.dataSource.getRepository(Rating).findBy({ hireId: hire.id }),
    ]);
    return toHireView(hire, { workerName: worker?.realName ?? '', workerPhone: worker?.phone ?? '', employerName: employer?.name ?? '' }, ratings);
  }

  async get(user: AuthUser, id: number): Promise<HireView> {
    const { hire } = await this.requireAccess(user, id, true);
    return this.toView(hire);
  }

  async list(user: AuthUser, query: ListHiresQuery): Promise<ListResponse<HireView>> {
    const side: Side = query.as ?? (user.roles.includes('worker') ? 'worker' : 'employer');
    const partyId = await this.partyId(user, side);
    if (partyId === undefined) throw new AppException(side === 'worker' ? 'WORKER.NOT_REGISTERED' : 'EMPLOYER.NOT_REGISTERED');
    const limit = query.limit ?? 20;
    const cursor = decodeCursor<{ id: number }>(query.cursor, ['id']);
    const where: FindOptionsWhere<Hire> = side === 'worker' ? { workerId: partyId } : { employerId: partyId };
    if (cursor) where.id = LessThan(cursor.id);
    const rows = await this.hires.find({ where, order: { id: 'DESC' }, take: limit + 1 });
    const page = rows.slice(0, limit);
    return {
      items: await Promise.all(page.map((h) => this.toView(h))),
      ...(rows.length > limit ? { nextCursor: encodeCursor({ id: page[page.length - 1].id }) } : {}),
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
    const now = new Date();
    await this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(Hire);
      const result = await repo
        .createQueryBuilder()
        .update(Hire)
        .set({ [column]: now })
        .where('id = :id', { id })
        .andWhere(`${column} IS NULL`)
        .execute();
      if (!result.affected) throw new AppException('HIRE.AGREEMENT_ALREADY_CONFIRMED');
      const fresh = await repo.findOneByOrFail({ id });
      if (fresh.workerConfirmedAt && fresh.employerConfirmedAt && !fresh.agreementHash) {
        await repo.update({ id }, { agreementHash: createHash('sha256').update(fresh.agreementText, 'utf8').digest('hex') });
      }
      await this.audit.record({ actorUserId: user.id, action: 'hire.agreement_confirmed', entityType: 'hire', entityId: id, countyCode: hire.countyCode, data: { side } }, manager);
    });
    return this.toView(await this.hires.findOneByOrFail({ id }));
  }

  /**
   * The worker says whether the wage was paid. "Not paid" records `hire.unpaid` in the outbox: the
   * complaints module opens a prefilled wage claim from it (wired at merge).
   */
  async reportPayment(user: AuthUser, id: number, paid: boolean): Promise<HireView> {
    const { hire, side } = await this.requireAccess(user, id);
    if (side !== 'worker') throw new AppException('AUTH.FORBIDDEN', { message: '工钱情况由零工本人登记。' });
    if (hire.cancelledAt) throw new AppException('HIRE.CANCELLED');
    if (hire.startDate > shanghaiDate()) throw new AppException('HIRE.NOT_STARTED');
    if (hire.paymentStatus !== 'pending') throw new AppException('HIRE.PAYMENT_ALREADY_REPORTED');
    const status = paid ? 'paid' : 'unpaid';
    await this.dataSource.transaction(async (manager) => {
      const result = await manager.getRepository(Hire).update({ id, paymentStatus: 'pending' }, { paymentStatus: status, paymentReportedAt: new Date() });
      if (!result.affected) throw new AppException('HIRE.PAYMENT_ALREADY_REPORTED');
      await this.audit.record({ actorUserId: user.id, action: paid ? 'hire.paid' : 'hire.unpaid', entityType: 'hire', entityId: id, countyCode: hire.countyCode }, manager);
      if (!paid) {
        await this.notifications.record(manager, {
          userId: null,
          event: 'hire.unpaid',
          payload: { hireId: id, workerId: hire.workerId, employerId: hire.employerId, payAmountFen: hire.payAmountFen, countyCode: hire.countyCode, reportedByUserId: user.id },
        });
      }
    });
    const updated = await this.hires.findOneByOrFail({ id });
    if (!paid) {
      try {
        await this.unpaidWage.onUnpaid(updated, user.id);
      } catch (error) {
        this.logger.error(`opening a wage claim for hire ${id} failed: ${(error as Error).message}`);
      }
    }
    return this.toView(updated);
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
    await this.dataSource.transaction(async (manager) => {
      const result = await manager.getRepository(Hire).update({ id, completedAt: IsNull() }, { completedAt: new Date() });
      if (!result.affected) throw new AppException('HIRE.ALREADY_COMPLETED');
      await this.audit.record({ actorUserId: user.id, action: 'hire.completed', entityType: 'hire', entityId: id, countyCode: hire.countyCode }, manager);
      const [worker, posting] = await Promise.all([
        manager.getRepository(Worker).findOneByOrFail({ id: hire.workerId }),
        manager.getRepository(Posting).findOneBy({ id: hire.postingId }),
      ]);
      await this.notifications.record(manager, {
        userId: worker.userId,
        event: 'hire.completed',
        payload: { hireId: id, postingId: hire.postingId, title: posting?.title ?? '' },
      });
    });
    return this.toView(await this.hires.findOneByOrFail({ id }));
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
      throw new AppException('COMMON.VALIDATION_FAILED', { errors: [{ field: 'tags', message: `${side === 'worker' ? '零工' : '用工方'}不能选这些标签：${foreign.join('、')}` }] });
    }
    const finished = hire.completedAt !== null || (side === 'worker' ? hire.paymentStatus !== 'pending' : tags.includes(NO_SHOW_TAG));
    if (!finished) throw new AppException('HIRE.NOT_FINISHED');
    try {
      const saved = await this.dataSource.transaction(async (manager) => {
        const rating = await manager.getRepository(Rating).save(
          manager.getRepository(Rating).create({
            hireId: id,
            fromSide: side,
            subjectType: side === 'worker' ? 'employer' : 'worker',
            subjectId: side === 'worker' ? hire.employerId : hire.workerId,
            score: dto.score,
            tags,
          }),
        );
        if (side === 'employer' && tags.includes(NO_SHOW_TAG)) await manager.getRepository(Hire).update({ id }, { noShow: true });
        await this.audit.record({ actorUserId: user.id, action: 'hire.rated', entityType: 'hire', entityId: id, countyCode: hire.countyCode, data: { side, score: dto.score } }, manager);
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
    const [rating] = await this.dataSource
      .getRepository(Rating)
      .createQueryBuilder('r')
      .select('AVG(r.score)', 'average')
      .addSelect('COUNT(*)', 'count')
      .where('r.subjectType = :subjectType AND r.subjectId = :subjectId', { subjectType, subjectId })
      .getRawMany<{ average: string | number | null; count: string | number }>();
    const column = subjectType === 'worker' ? 'workerId' : 'employerId';
    const hireCount = await this.hires.count({ where: { [column]: subjectId, cancelledAt: IsNull() } });
    const ratingCount = Number(rating?.count ?? 0);
    const result: Reputation = { ratingCount, hireCount, ...(ratingCount ? { ratingAverage: Math.round(Number(rating.average) * 10) / 10 } : {}) };
    if (subjectType === 'worker') result.noShowCount = await this.hires.count({ where: { workerId: subjectId, noShow: true } });
    else result.unpaidCount = await this.hires.count({ where: { employerId: subjectId, paymentStatus: 'unpaid' } });
    return result;
  }

  async workerReputation(workerId: number): Promise<Reputation> {
    if (!(await this.dataSource.getRepository(Worker).existsBy({ id: workerId }))) throw new AppException('APPLICATION.WORKER_NOT_FOUND');
    return this.reputation('worker', workerId);
  }

  async employerReputation(employerId: number): Promise<Reputation> {
    if (!(await this.dataSource.getRepository(Employer).existsBy({ id: employerId }))) throw new AppException('EMPLOYER.NOT_FOUND');
    return this.reputation('employer', employerId);
  }

  private async partyId(user: AuthUser, side: Side): Promise<number | undefined> {
    if (side === 'worker') return (await this.dataSource.getRepository(Worker).findOneBy({ userId: user.id }))?.id;
    return (await this.dataSource.getRepository(Employer).findOneBy({ userId: user.id }))?.id;
  }

  /** The hire and which side the caller is on; staff of the county may read (`allowStaff`). Others: not found. */
  private async requireAccess(user: AuthUser, id: number, allowStaff = false): Promise<{ hire: Hire; side: Side }> {
    const hire = await this.hires.findOne({ where: { id } });
    if (!hire) throw new AppException('HIRE.NOT_FOUND');
    if ((await this.partyId(user, 'worker')) === hire.workerId) return { hire, side: 'worker' };
    if ((await this.partyId(user, 'employer')) === hire.employerId) return { hire, side: 'employer' };
    if (allowStaff && (user.roles.includes('operator') || user.roles.includes('admin')) && staffCanSee(user, hire.countyCode)) return { hire, side: 'employer' };
    throw new AppException('HIRE.NOT_FOUND');
  }
}
