import { Injectable } from '@nestjs/common';
import { ComplaintDetail, ComplaintSummary, ListResponse, shanghaiDate } from '@lingong/shared';
import { AuthUser, canHandleComplaint, complaintQueueCounty, complaintViewer, ComplaintViewer, isComplainant, seesComplaintQueue } from '../common/access';
import { AppException } from '../common/app-exception';
import { Clock } from '../common/clock';
import { decodeCursor, encodeCursor, pageById, pageSize } from '../common/pagination';
import { Complaint } from './complaint.entity';
import { ComplaintEventRepository } from './complaint-event.repository';
import { ComplaintEvidenceRepository } from './complaint-evidence.repository';
import { toComplaintDetail, toComplaintSummary } from './complaint.mapper';
import { ComplaintRepository } from './complaint.repository';
import { ListComplaintsQuery } from './dto/complaint.dto';

export interface ComplaintAccess {
  complaint: Complaint;
  viewer: ComplaintViewer;
}

/** A case as its viewer may see it (complaint.policy decides who that is), and the lists of cases. */
@Injectable()
export class ComplaintReadingService {
  constructor(
    private readonly complaints: ComplaintRepository,
    private readonly events: ComplaintEventRepository,
    private readonly evidence: ComplaintEvidenceRepository,
    private readonly clock: Clock,
  ) {}

  today(): string {
    return shanghaiDate(this.clock.now());
  }

  /** The case and how the caller sees it; to anyone who may not see it, it does not exist. */
  async requireAccess(user: AuthUser, id: number): Promise<ComplaintAccess> {
    const complaint = await this.complaints.findById(id);
    const viewer = complaint && complaintViewer(user, complaint);
    if (!complaint || !viewer) throw new AppException('COMPLAINT.NOT_FOUND');
    return { complaint, viewer };
  }

  async requireStaffAccess(user: AuthUser, id: number): Promise<Complaint> {
    const { complaint } = await this.requireAccess(user, id);
    if (!canHandleComplaint(user, complaint)) throw new AppException('AUTH.FORBIDDEN');
    return complaint;
  }

  async requireComplainant(user: AuthUser, id: number): Promise<Complaint> {
    const complaint = await this.complaints.findById(id);
    if (!complaint || !isComplainant(user, complaint)) throw new AppException('COMPLAINT.NOT_FOUND');
    return complaint;
  }

  async get(user: AuthUser, id: number): Promise<ComplaintDetail> {
    const { complaint, viewer } = await this.requireAccess(user, id);
    return this.detail(complaint, viewer);
  }

  async detail(complaint: Complaint, viewer: ComplaintViewer): Promise<ComplaintDetail> {
    const [events, evidence] = await Promise.all([this.events.historyOf(complaint.id), this.evidence.listOf(complaint.id)]);
    return toComplaintDetail(complaint, events, evidence, viewer, this.today());
  }

  /** The case as it is now (after a change), for this viewer. */
  async reload(id: number, viewer: ComplaintViewer): Promise<ComplaintDetail> {
    return this.detail(await this.complaints.getById(id), viewer);
  }

  /** Staff get their county's queue, due first; everyone else their own complaints, newest first. */
  list(user: AuthUser, query: ListComplaintsQuery): Promise<ListResponse<ComplaintSummary>> {
    return seesComplaintQueue(user) ? this.queue(user, query) : this.listMine(user, query);
  }

  private async listMine(user: AuthUser, query: ListComplaintsQuery): Promise<ListResponse<ComplaintSummary>> {
    const limit = pageSize(query);
    const cursor = decodeCursor<{ id: number }>(query.cursor, ['id']);
    const rows = await this.complaints.listOfComplainant(user.id, { status: query.status, beforeId: cursor?.id, take: limit + 1 });
    const { rows: page, nextCursor } = pageById(rows, limit);
    const today = this.today();
    return { items: page.map((c) => toComplaintSummary(c, 'complainant', today)), ...(nextCursor ? { nextCursor } : {}) };
  }

  private async queue(staff: AuthUser, query: ListComplaintsQuery): Promise<ListResponse<ComplaintSummary>> {
    const limit = pageSize(query);
    const offset = decodeCursor<{ offset: number }>(query.cursor, ['offset'])?.offset ?? 0;
    const today = this.today();
    const rows = await this.complaints.queue(
      {
        countyCode: complaintQueueCounty(staff, query.countyCode),
        status: query.status,
        assignedTo: query.assignedToMe === 'true' ? staff.id : undefined,
        overdueOn: query.overdue === 'true' ? today : undefined,
      },
      offset,
      limit + 1,
    );
    // The database skipped `offset` rows already (pageByOffset pages a list ranked in memory).
    const page = rows.slice(0, limit);
    return {
      items: page.map((c) => toComplaintSummary(c, 'staff', today)),
      ...(rows.length > limit ? { nextCursor: encodeCursor({ offset: offset + limit }) } : {}),
    };
  }
}
