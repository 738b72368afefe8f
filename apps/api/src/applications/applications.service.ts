import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, FindOptionsWhere, In, IsNull, LessThan, Repository } from 'typeorm';
import { Application as ApplicationView, ApplicationKind, Hire as HireView, ListResponse, maskMobile, shanghaiDate, workerDisplayName } from '@lingong/shared';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../common/access';
import { AppException } from '../common/app-exception';
import { decodeCursor, encodeCursor } from '../common/pagination';
import { isUniqueViolation } from '../database/errors';
import { Employer } from '../employers/employer.entity';
import { Hire } from '../hires/hire.entity';
import { HiresService } from '../hires/hires.service';
import { NotificationsService } from '../notifications/notifications.service';
import { PageQuery } from '../common/dto';
import { Posting } from '../postings/posting.entity';
import { PostingsService } from '../postings/postings.service';
import { Worker } from '../workers/worker.entity';
import { WorkersService } from '../workers/workers.service';
import { Application } from './application.entity';
import { toApplicationView } from './application.mapper';

type Side = 'worker' | 'employer';

/**
 * Applications (the worker asks) and invitations (the employer asks): the other side accepts or
 * declines, either side may cancel while pending. Accepting fills one place of the headcount with a
 * conditional update, so simultaneous accepts can never over-fill a posting.
 */
@Injectable()
export class ApplicationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Application) private readonly applications: Repository<Application>,
    private readonly postings: PostingsService,
    private readonly workers: WorkersService,
    private readonly hires: HiresService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  async apply(user: AuthUser, postingId: number): Promise<ApplicationView> {
    const worker = await this.workers.requireByUser(user.id);
    const posting = await this.postings.requireVisible(user, postingId);
    this.requireOpen(posting);
    const employer = await this.dataSource.getRepository(Employer).findOneByOrFail({ id: posting.employerId });
    return this.create(user, posting, worker.id, 'application', employer.userId);
  }

  async invite(user: AuthUser, postingId: number, workerId: number): Promise<ApplicationView> {
    const { posting, employer } = await this.postings.requireOwnByUser(user, postingId);
    if (employer.status === 'suspended') throw new AppException('POSTING.EMPLOYER_SUSPENDED');
    this.requireOpen(posting);
    const worker = await this.dataSource.getRepository(Worker).findOne({ where: { id: workerId } });
    if (!worker || worker.anonymisedAt) throw new AppException('APPLICATION.WORKER_NOT_FOUND');
    return this.create(user, posting, worker.id, 'invitation', worker.userId);
  }

  private async create(user: AuthUser, posting: Posting, workerId: number, kind: ApplicationKind, notifyUserId: number): Promise<ApplicationView> {
    try {
      const saved = await this.dataSource.transaction(async (manager) => {
        const repo = manager.getRepository(Application);
        const application = await repo.save(
          repo.create({ postingId: posting.id, workerId, employerId: posting.employerId, kind, status: 'pending', cancelReason: null, hireId: null, decidedAt: null }),
        );
        await this.audit.record({ actorUserId: user.id, action: `${kind}.created`, entityType: kind, entityId: application.id, countyCode: posting.countyCode }, manager);
        await this.notifications.record(manager, {
          userId: notifyUserId,
          event: kind === 'application' ? 'application.created' : 'invitation.created',
          payload: { applicationId: application.id, postingId: posting.id, title: posting.title },
        });
        return application;
      });
      return toApplicationView(saved, posting.title);
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppException('APPLICATION.DUPLICATE');
      throw error;
    }
  }

  /** The receiving side accepts: the employer an application, the worker an invitation. Answers with the hire. */
  async accept(user: AuthUser, id: number, kind: ApplicationKind): Promise<HireView> {
    const { application } = await this.requireReceiver(user, id, kind);
    if (application.status !== 'pending') throw new AppException('APPLICATION.NOT_PENDING');
    const posting = await this.dataSource.getRepository(Posting).findOneByOrFail({ id: application.postingId });
    if (kind === 'application') await this.requireEmployerActive(posting.employerId);

    const hire = await this.dataSource.transaction(async (manager) => {
      const now = new Date();
      // Locks in one order (worker, application, posting): two employers hiring the same worker for
      // overlapping dates queue on the worker row, and the second sees the first one's hire.
      if (manager.connection.options.type !== 'better-sqlite3') {
        await manager.getRepository(Worker).createQueryBuilder('w').setLock('pessimistic_write').where('w.id = :id', { id: application.workerId }).getOne();
      }
      const clash = await manager
        .getRepository(Hire)
        .createQueryBuilder('h')
        .where('h.workerId = :workerId', { workerId: application.workerId })
        .andWhere('h.startDate <= :end AND h.endDate >= :start', { start: posting.startDate, end: posting.endDate })
        .andWhere('h.cancelledAt IS NULL')
        .getExists();
      if (clash) throw new AppException('APPLICATION.SCHEDULE_CLASH');
      const decided = await manager.getRepository(Application).update({ id, status: 'pending' }, { status: 'accepted', decidedAt: now });
      if (!decided.affected) throw new AppException('APPLICATION.NOT_PENDING');
      // The one place a headcount is spent: the row lock and the condition make concurrent accepts queue
      // and the ones that find it full fail (their transaction rolls back the acceptance above).
      const filled = await manager
        .createQueryBuilder()
        .update(Posting)
        .set({ filledCount: () => 'filledCount + 1' })
        .where('id = :id', { id: posting.id })
        .andWhere('status = :open', { open: 'open' })
        .andWhere('filledCount < headcount')
        .execute();
      if (!filled.affected) throw new AppException('APPLICATION.FILLED');
      await manager
        .createQueryBuilder()
        .update(Posting)
        .set({ status: 'filled' })
        .where('id = :id', { id: posting.id })
        .andWhere('status = :open', { open: 'open' })
        .andWhere('filledCount >= headcount')
        .execute();
      const created = await this.hires.createInTransaction(manager, { applicationId: id, posting, workerId: application.workerId });
      await manager.getRepository(Application).update({ id }, { hireId: created.id });
      await this.audit.record({ actorUserId: user.id, action: `${kind}.accepted`, entityType: kind, entityId: id, countyCode: posting.countyCode, data: { hireId: created.id } }, manager);
      const notifyUserId = kind === 'application' ? (await manager.getRepository(Worker).findOneByOrFail({ id: application.workerId })).userId : (await manager.getRepository(Employer).findOneByOrFail({ id: posting.employerId })).userId;
      await this.notifications.record(manager, {
        userId: notifyUserId,
        event: kind === 'application' ? 'application.accepted' : 'invitation.accepted',
        payload: { applicationId: id, hireId: created.id, postingId: posting.id, title: posting.title },
      });
      return created;
    });
    return this.hires.toView((await this.hires.findById(hire.id)) as Hire);
  }

  async decline(user: AuthUser, id: number, kind: ApplicationKind): Promise<ApplicationView> {
    const { application } = await this.requireReceiver(user, id, kind);
    return this.changeStatus(user, application, 'declined', null);
  }

  /**
   * Either side cancels with a reason: a pending one simply ends; an accepted one only before the work
   * starts, and its place goes back to the posting (which reopens if it was filled and still valid).
   */
  async cancel(user: AuthUser, id: number, kind: ApplicationKind, reason: string): Promise<ApplicationView> {
    const { application } = await this.requireParty(user, id, kind);
    const why = reason.trim() || null;
    if (application.status !== 'accepted') return this.changeStatus(user, application, 'cancelled', why);
    const hire = await this.dataSource.getRepository(Hire).findOneByOrFail({ applicationId: application.id });
    if (hire.startDate <= shanghaiDate()) throw new AppException('APPLICATION.ALREADY_STARTED');
    const now = new Date();
    await this.dataSource.transaction(async (manager) => {
      const cancelled = await manager.getRepository(Application).update({ id, status: 'accepted' }, { status: 'cancelled', cancelReason: why, decidedAt: now });
      if (!cancelled.affected) throw new AppException('APPLICATION.NOT_PENDING');
      await manager.getRepository(Hire).update({ id: hire.id, cancelledAt: IsNull() }, { cancelledAt: now, cancelledBy: user.id, cancelReason: why });
      await manager
        .createQueryBuilder()
        .update(Posting)
        .set({ filledCount: () => 'filledCount - 1' })
        .where('id = :id AND filledCount > 0', { id: application.postingId })
        .execute();
      await manager
        .createQueryBuilder()
        .update(Posting)
        .set({ status: 'open' })
        .where('id = :id AND status = :filled AND filledCount < headcount AND validUntil > :now', { id: application.postingId, filled: 'filled', now })
        .execute();
      await this.audit.record({ actorUserId: user.id, action: `${kind}.cancelled_after_acceptance`, entityType: kind, entityId: id, reason: why, data: { hireId: hire.id } }, manager);
    });
    const fresh = await this.applications.findOneByOrFail({ id });
    return toApplicationView(fresh, (await this.dataSource.getRepository(Posting).findOneBy({ id: fresh.postingId }))?.title ?? '');
  }

  async listForPosting(user: AuthUser, postingId: number, query: PageQuery): Promise<ListResponse<ApplicationView>> {
    const { posting } = await this.postings.requireOwnByUser(user, postingId);
    const page = await this.page({ postingId: posting.id }, query);
    const workers = new Map((await this.dataSource.getRepository(Worker).find({ where: { id: In(page.items.map((a) => a.workerId).concat(0)) } })).map((w) => [w.id, w]));
    return {
      ...page,
      items: page.items.map((a) => {
        const worker = workers.get(a.workerId);
        // Contact is agreed when the worker asked (an application) or said yes (an accepted invitation).
        const visible = (a.kind === 'application' && a.status !== 'cancelled') || (a.kind === 'invitation' && a.status === 'accepted');
        const name = worker?.realName ?? '';
        const phone = worker?.phone ?? '';
        return { ...a, worker: { name: visible ? name : workerDisplayName(name), phone: visible ? phone : maskMobile(phone), contactVisible: visible } };
      }),
    };
  }

  async listMine(user: AuthUser, query: PageQuery): Promise<ListResponse<ApplicationView>> {
    const worker = await this.workers.requireByUser(user.id);
    return this.page({ workerId: worker.id }, query);
  }

  private async changeStatus(user: AuthUser, application: Application, to: 'declined' | 'cancelled', reason: string | null): Promise<ApplicationView> {
    if (application.status !== 'pending') throw new AppException('APPLICATION.NOT_PENDING');
    await this.dataSource.transaction(async (manager) => {
      const result = await manager.getRepository(Application).update({ id: application.id, status: 'pending' }, { status: to, cancelReason: reason, decidedAt: new Date() });
      if (!result.affected) throw new AppException('APPLICATION.NOT_PENDING');
      await this.audit.record({ actorUserId: user.id, action: `${application.kind}.${to}`, entityType: application.kind, entityId: application.id, reason }, manager);
    });
    const fresh = await this.applications.findOneByOrFail({ id: application.id });
    return toApplicationView(fresh, (await this.dataSource.getRepository(Posting).findOneBy({ id: fresh.postingId }))?.title ?? '');
  }

  /** A suspended employer keeps its records but cannot hire. */
  private async requireEmployerActive(employerId: number): Promise<void> {
    const employer = await this.dataSource.getRepository(Employer).findOneByOrFail({ id: employerId });
    if (employer.status === 'suspended') throw new AppException('POSTING.EMPLOYER_SUSPENDED');
  }

  private requireOpen(posting: Posting): void {
    if (posting.status !== 'open' || posting.validUntil.getTime() <= Date.now() || posting.filledCount >= posting.headcount) throw new AppException('POSTING.NOT_OPEN');
  }

  /** Which side of the application the caller is on; non-parties get "not found". */
  private async requireParty(user: AuthUser, id: number, kind: ApplicationKind): Promise<{ application: Application; side: Side }> {
    const application = await this.applications.findOne({ where: { id, kind } });
    if (!application) throw new AppException('APPLICATION.NOT_FOUND');
    const worker = await this.dataSource.getRepository(Worker).findOneBy({ userId: user.id });
    if (worker && worker.id === application.workerId) return { application, side: 'worker' };
    const employer = await this.dataSource.getRepository(Employer).findOneBy({ userId: user.id });
    if (employer && employer.id === application.employerId) return { application, side: 'employer' };
    throw new AppException('APPLICATION.NOT_FOUND');
  }

  private async requireReceiver(user: AuthUser, id: number, kind: ApplicationKind): Promise<{ application: Application; side: Side }> {
    const party = await this.requireParty(user, id, kind);
    const receiver: Side = kind === 'application' ? 'employer' : 'worker';
    if (party.side !== receiver) {
      throw new AppException('AUTH.FORBIDDEN', { message: kind === 'application' ? '报名要由用工方确认录用。' : '邀请要由零工本人接受。' });
    }
    return party;
  }

  private async page(where: FindOptionsWhere<Application>, query: PageQuery): Promise<ListResponse<ApplicationView>> {
    const limit = query.limit ?? 20;
    const cursor = decodeCursor<{ id: number }>(query.cursor, ['id']);
    if (cursor) where.id = LessThan(cursor.id);
    const rows = await this.applications.find({ where, order: { id: 'DESC' }, take: limit + 1 });
    const page = rows.slice(0, limit);
    const titles = new Map((await this.dataSource.getRepository(Posting).find({ where: { id: In(page.map((a) => a.postingId).concat(0)) }, select: { id: true, title: true } })).map((p) => [p.id, p.title]));
    return {
      items: page.map((a) => toApplicationView(a, titles.get(a.postingId) ?? '')),
      ...(rows.length > limit ? { nextCursor: encodeCursor({ id: page[page.length - 1].id }) } : {}),
    };
  }
}
