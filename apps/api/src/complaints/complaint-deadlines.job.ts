import { Injectable, Logger } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { ComplaintReminderItem, ListResponse, shanghaiDate } from '@lingong/shared';
import { AuthUser, complaintReminderCounty } from '../common/access';
import { Clock } from '../common/clock';
import { decodeCursor, pageById, pageSize } from '../common/pagination';
import { TransactionHost } from '../database/transaction';
import { Complaint } from './complaint.entity';
import { ComplaintEventRepository } from './complaint-event.repository';
import { ComplaintReminder } from './complaint-reminder.entity';
import { ComplaintReminderRepository } from './complaint-reminder.repository';
import { ComplaintRepository } from './complaint.repository';

/** The most cases one run marks; the next run (an hour later) takes the rest. */
const MAX_PER_RUN = 1000;

function toReminderItem(r: ComplaintReminder): ComplaintReminderItem {
  return {
    id: r.id,
    complaintId: r.complaintId,
    countyCode: r.countyCode,
    kind: r.kind,
    dueOn: r.dueOn,
    ...(r.operatorUserId ? { operatorUserId: r.operatorUserId } : {}),
    createdAt: r.createdAt.toISOString(),
  };
}

/**
 * The legal clock: every hour, open cases whose acceptance or resolution deadline has passed are
 * marked overdue, with one reminder per case and deadline for the assigned operator (or the county's
 * queue). "Today" is the Clock's day in Asia/Shanghai.
 */
@Injectable()
export class ComplaintDeadlinesJob {
  private readonly logger = new Logger(ComplaintDeadlinesJob.name);

  constructor(
    private readonly complaints: ComplaintRepository,
    private readonly events: ComplaintEventRepository,
    private readonly reminders: ComplaintReminderRepository,
    private readonly tx: TransactionHost,
    private readonly clock: Clock,
  ) {}

  @Cron('0 5 * * * *', { name: 'complaints-overdue', timeZone: 'Asia/Shanghai' })
  async markOverdueJob(): Promise<void> {
    try {
      const { marked } = await this.markOverdue();
      if (marked.length) this.logger.log(`marked ${marked.length} complaint(s) overdue`);
    } catch (error) {
      this.logger.error(`overdue job failed: ${(error as Error).message}`, (error as Error).stack);
    }
  }

  /** Marks the cases past their deadline on `today` (the Clock's day unless given). Safe to run any number of times. */
  async markOverdue(today: string = shanghaiDate(this.clock.now())): Promise<{ marked: number[] }> {
    const due = await this.complaints.findPastDeadline(today, MAX_PER_RUN);
    const marked: number[] = [];
    for (const complaint of due) {
      if (await this.markOne(complaint)) marked.push(complaint.id);
    }
    return { marked };
  }

  /** One case, in its own transaction: false when another run (or a step by an operator) got there first. */
  private markOne(complaint: Complaint): Promise<boolean> {
    const kind = complaint.status === 'submitted' ? 'acceptance' : 'resolution';
    const dueOn = complaint.nextDueOn as string;
    return this.tx.run(async () => {
      if (!(await this.complaints.changeIfStill(complaint.id, { status: complaint.status, nextDueOn: dueOn, overdue: false }, { overdue: true }))) return false;
      if (
        !(await this.reminders.addOnce({
          complaintId: complaint.id,
          countyCode: complaint.countyCode,
          operatorUserId: complaint.assignedOperatorId,
          kind,
          dueOn,
        }))
      )
        return false;
      await this.events.record(complaint.id, {
        actorUserId: null,
        actorRole: 'system',
        action: 'overdue',
        fromStatus: null,
        toStatus: null,
        reason: kind === 'acceptance' ? `已超过受理期限（${dueOn}）` : `已超过办理期限（${dueOn}）`,
        internal: true,
        at: this.clock.now(),
        data: { kind, dueOn, operatorUserId: complaint.assignedOperatorId },
      });
      return true;
    });
  }

  /** An operator's reminders: those for them and those for nobody in particular in their county; the admin's: all. */
  async list(staff: AuthUser, query: { cursor?: string; limit?: number }): Promise<ListResponse<ComplaintReminderItem>> {
    const limit = pageSize(query);
    const cursor = decodeCursor<{ id: number }>(query.cursor, ['id']);
    const rows = await this.reminders.listFor({ countyCode: complaintReminderCounty(staff), operatorUserId: staff.id }, cursor?.id, limit + 1);
    const { rows: page, nextCursor } = pageById(rows, limit);
    return { items: page.map(toReminderItem), ...(nextCursor ? { nextCursor } : {}) };
  }

  /** A case's reminders, oldest first. */
  remindersOf(complaintId: number): Promise<ComplaintReminder[]> {
    return this.reminders.listOfComplaint(complaintId);
  }
}
