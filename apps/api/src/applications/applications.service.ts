import { Injectable } from '@nestjs/common';
import { Application as ApplicationView, ApplicationKind, Hire as HireView, ListResponse, Posting as PostingView, shanghaiDate } from '@lingong/shared';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../common/access';
import { AppException } from '../common/app-exception';
import { PageQuery } from '../common/dto';
import { decodeCursor, pageById, pageSize } from '../common/pagination';
import { isUniqueViolation } from '../database/errors';
import { TransactionHost } from '../database/transaction';
import { EmployersService } from '../employers/employers.service';
import { HiresService } from '../hires/hires.service';
import { NotificationsService } from '../notifications/notifications.service';
import { PostingsService } from '../postings/postings.service';
import { WorkersService } from '../workers/workers.service';
import { Application } from './application.entity';
import { toApplicationView } from './application.mapper';
import { ApplicationRepository } from './application.repository';

type Side = 'worker' | 'employer';

/** Contact is agreed when the worker asked (an application) or said yes (an accepted invitation). */
function contactAgreed(a: Pick<Application, 'kind' | 'status'>): boolean {
  return (a.kind === 'application' && a.status !== 'cancelled') || (a.kind === 'invitation' && a.status === 'accepted');
}

/**
 * Applications (the worker asks) and invitations (the employer asks): the other side accepts or
 * declines, either side may cancel while pending. Accepting fills one place of the headcount with a
 * conditional update, so simultaneous accepts can never over-fill a posting.
 */
@Injectable()
export class ApplicationsService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly applications: ApplicationRepository,
    private readonly postings: PostingsService,
    private readonly workers: WorkersService,
    private readonly employers: EmployersService,
    private readonly hires: HiresService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  async apply(user: AuthUser, postingId: number): Promise<ApplicationView> {
    const workerId = await this.workers.requireIdOfUser(user.id);
    const posting = await this.postings.requireVisible(user, postingId);
    this.requireOpen(posting);
    const employer = await this.employers.findFacts(posting.employerId);
    if (!employer) throw new Error(`employer ${posting.employerId} not found`);
    return this.create(user, posting, workerId, 'application', employer.userId);
  }

  async invite(user: AuthUser, postingId: number, workerId: number): Promise<ApplicationView> {
    const { posting, employer } = await this.postings.requireOwnByUser(user, postingId);
    if (employer.status === 'suspended') throw new AppException('POSTING.EMPLOYER_SUSPENDED');
    this.requireOpen(posting);
    const worker = await this.workers.findActive(workerId);
    if (!worker) throw new AppException('APPLICATION.WORKER_NOT_FOUND');
    return this.create(user, posting, worker.id, 'invitation', worker.userId);
  }

  private async create(user: AuthUser, posting: PostingView, workerId: number, kind: ApplicationKind, notifyUserId: number): Promise<ApplicationView> {
    try {
      const saved = await this.tx.run(async () => {
        const application = await this.applications.add({ postingId: posting.id, workerId, employerId: posting.employerId, kind });
        await this.audit.record({
          actorUserId: user.id,
          action: `${kind}.created`,
          entityType: kind,
          entityId: application.id,
          countyCode: posting.countyCode,
        });
        await this.notifications.record({
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
    const posting = await this.postings.findView(application.postingId);
    if (!posting) throw new Error(`posting ${application.postingId} not found`);
    if (kind === 'application') await this.requireEmployerActive(posting.employerId);
    const hireId = await this.tx.run(() => this.acceptInTransaction(user, application, posting, kind));
    return this.hires.view(hireId);
  }

  private async acceptInTransaction(user: AuthUser, application: Application, posting: PostingView, kind: ApplicationKind): Promise<number> {
    const id = application.id;
    // Locks in one order (worker, application, posting): two employers hiring the same worker for
    // overlapping dates queue on the worker row, and the second sees the first one's hire.
    await this.workers.lockForHiring(application.workerId);
    if (await this.hires.hasClash(application.workerId, posting.startDate, posting.endDate)) throw new AppException('APPLICATION.SCHEDULE_CLASH');
    if (!(await this.applications.changeStatusIf(id, 'pending', { status: 'accepted', decidedAt: new Date() })))
      throw new AppException('APPLICATION.NOT_PENDING');
    // The transaction rolls back the acceptance above when the posting is full.
    if (!(await this.postings.fillOnePlace(posting.id))) throw new AppException('APPLICATION.FILLED');
    const created = await this.hires.createForApplication({ applicationId: id, posting, workerId: application.workerId });
    await this.applications.setHire(id, created.id);
    await this.audit.record({
      actorUserId: user.id,
      action: `${kind}.accepted`,
      entityType: kind,
      entityId: id,
      countyCode: posting.countyCode,
      data: { hireId: created.id },
    });
    const notifyUserId =
      kind === 'application' ? await this.workers.userIdOf(application.workerId) : (await this.employers.findFacts(posting.employerId))?.userId;
    if (notifyUserId === undefined) throw new Error(`the other party of application ${id} is gone`);
    await this.notifications.record({
      userId: notifyUserId,
      event: kind === 'application' ? 'application.accepted' : 'invitation.accepted',
      payload: { applicationId: id, hireId: created.id, postingId: posting.id, title: posting.title },
    });
    return created.id;
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
    const hire = await this.hires.requireForApplication(application.id);
    if (hire.startDate <= shanghaiDate()) throw new AppException('APPLICATION.ALREADY_STARTED');
    const now = new Date();
    await this.tx.run(async () => {
      if (!(await this.applications.changeStatusIf(id, 'accepted', { status: 'cancelled', cancelReason: why, decidedAt: now })))
        throw new AppException('APPLICATION.NOT_PENDING');
      await this.hires.cancel(hire.id, user.id, why, now);
      await this.postings.releaseOnePlace(application.postingId, now);
      await this.audit.record({
        actorUserId: user.id,
        action: `${kind}.cancelled_after_acceptance`,
        entityType: kind,
        entityId: id,
        reason: why,
        data: { hireId: hire.id },
      });
    });
    return this.viewOf(id);
  }

  async listForPosting(user: AuthUser, postingId: number, query: PageQuery): Promise<ListResponse<ApplicationView>> {
    const { posting } = await this.postings.requireOwnByUser(user, postingId);
    const { page, rows } = await this.page({ postingId: posting.id }, query);
    const agreed = new Set(rows.filter(contactAgreed).map((a) => a.workerId));
    const cards = await this.workers.contactCards(
      page.items.map((a) => a.workerId),
      agreed,
    );
    return {
      ...page,
      items: page.items.map((a) => {
        const card = cards.get(a.workerId) ?? { displayName: '', phone: '', contactVisible: agreed.has(a.workerId) };
        return { ...a, worker: { name: card.displayName, phone: card.phone, contactVisible: card.contactVisible } };
      }),
    };
  }

  async listMine(user: AuthUser, query: PageQuery): Promise<ListResponse<ApplicationView>> {
    const workerId = await this.workers.requireIdOfUser(user.id);
    return (await this.page({ workerId }, query)).page;
  }

  /** For the candidates ranking: which of these workers agreed to share their contact for this posting. */
  async workersSharingContact(postingId: number, workerIds: number[]): Promise<Set<number>> {
    const rows = await this.applications.findForPostingAndWorkers(postingId, workerIds);
    return new Set(rows.filter(contactAgreed).map((a) => a.workerId));
  }

  private async changeStatus(user: AuthUser, application: Application, to: 'declined' | 'cancelled', reason: string | null): Promise<ApplicationView> {
    if (application.status !== 'pending') throw new AppException('APPLICATION.NOT_PENDING');
    await this.tx.run(async () => {
      if (!(await this.applications.changeStatusIf(application.id, 'pending', { status: to, cancelReason: reason, decidedAt: new Date() }))) {
        throw new AppException('APPLICATION.NOT_PENDING');
      }
      await this.audit.record({ actorUserId: user.id, action: `${application.kind}.${to}`, entityType: application.kind, entityId: application.id, reason });
    });
    return this.viewOf(application.id);
  }

  private async viewOf(id: number): Promise<ApplicationView> {
    const fresh = (await this.applications.findById(id)) as Application;
    return toApplicationView(fresh, (await this.postings.titlesOf([fresh.postingId])).get(fresh.postingId) ?? '');
  }

  /** A suspended employer keeps its records but cannot hire. */
  private async requireEmployerActive(employerId: number): Promise<void> {
    const employer = await this.employers.findFacts(employerId);
    if (!employer) throw new Error(`employer ${employerId} not found`);
    if (employer.status === 'suspended') throw new AppException('POSTING.EMPLOYER_SUSPENDED');
  }

  private requireOpen(posting: PostingView): void {
    if (posting.status !== 'open' || new Date(posting.validUntil).getTime() <= Date.now() || posting.filledCount >= posting.headcount)
      throw new AppException('POSTING.NOT_OPEN');
  }

  /** Which side of the application the caller is on; non-parties get "not found". */
  private async requireParty(user: AuthUser, id: number, kind: ApplicationKind): Promise<{ application: Application; side: Side }> {
    const application = await this.applications.findOfKind(id, kind);
    if (!application) throw new AppException('APPLICATION.NOT_FOUND');
    if ((await this.workers.idOfUser(user.id)) === application.workerId) return { application, side: 'worker' };
    if ((await this.employers.idOfUser(user.id)) === application.employerId) return { application, side: 'employer' };
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

  private async page(
    filter: { postingId?: number; workerId?: number },
    query: PageQuery,
  ): Promise<{ page: ListResponse<ApplicationView>; rows: Application[] }> {
    const limit = pageSize(query);
    const cursor = decodeCursor<{ id: number }>(query.cursor, ['id']);
    const { rows, nextCursor } = pageById(await this.applications.findPage({ ...filter, beforeId: cursor?.id }, limit), limit);
    const titles = await this.postings.titlesOf(rows.map((a) => a.postingId));
    return { page: { items: rows.map((a) => toApplicationView(a, titles.get(a.postingId) ?? '')), ...(nextCursor ? { nextCursor } : {}) }, rows };
  }
}
