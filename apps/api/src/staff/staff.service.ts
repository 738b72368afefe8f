import { Injectable } from '@nestjs/common';
import { STAFF_ROLES, type ListResponse, type StaffMember } from '@lingong/shared';
import { AuditService } from '../audit/audit.service';
import { SessionsService } from '../auth/sessions.service';
import { AuthUser, canRemoveStaffAccess, holdsStaffRole, isListedOperator, staffListCounty } from '../common/access';
import { AppException } from '../common/app-exception';
import { decodeCursor, encodeCursor, pageSize } from '../common/pagination';
import { TransactionHost } from '../database/transaction';
import { StaffAccountsService } from '../users/staff-accounts.service';
import { ListStaffQuery } from './dto/list-staff.query';

/** Accounts have no name: the number is what the audit trail shows, the phone's tail what colleagues recognise. */
export function staffDisplayName(user: { id: number; phone: string | null }): string {
  return user.phone ? `工作人员${user.id}号 · 手机尾号${user.phone.slice(-4)}` : `工作人员${user.id}号`;
}

/**
 * The mini-program's colleague picker asks without a limit and its specs pin the exact URL
 * (`/staff?countyCode=…`), so this list keeps the page it always had until the picker passes one.
 */
const OPERATOR_PAGE = 100;

@Injectable()
export class StaffService {
  constructor(
    private readonly accounts: StaffAccountsService,
    private readonly tx: TransactionHost,
    private readonly audit: AuditService,
    private readonly sessions: SessionsService,
  ) {}

  /**
   * The operators a case of the county can be assigned to (the same rule as assigning: an open
   * account holding the operator role for that county). Operators only ever get their own county.
   */
  async listOperators(staff: AuthUser, query: ListStaffQuery): Promise<ListResponse<StaffMember>> {
    const limit = pageSize({ limit: query.limit ?? OPERATOR_PAGE });
    const cursor = decodeCursor<{ id: number }>(query.cursor, ['id']);
    const rows = await this.accounts.operatorCandidates({ countyCode: staffListCounty(staff, query.countyCode), afterId: cursor?.id, take: limit + 1 });
    const page = rows.slice(0, limit);
    return {
      items: page.filter(isListedOperator).map((u) => ({ id: u.id, countyCode: u.countyCode as string, displayName: staffDisplayName(u) })),
      // Ascending ids here (pageById pages descending ones): the cursor is the last id shown.
      ...(rows.length > limit ? { nextCursor: encodeCursor({ id: page[page.length - 1].id }) } : {}),
    };
  }

  /**
   * Takes the operator and admin roles away (the account stays, as worker or employer if it was one)
   * and ends the person's sessions (console and mini-program) at once.
   * An admin cannot remove themself, so the city always keeps the admin who is acting.
   */
  async removeAccess(admin: AuthUser, userId: number): Promise<void> {
    if (!canRemoveStaffAccess(admin, userId)) throw new AppException('STAFF.CANNOT_REMOVE_SELF');
    await this.tx.run(async () => {
      const user = await this.accounts.account(userId);
      if (!user || !holdsStaffRole(user)) throw new AppException('STAFF.NOT_FOUND');
      const removed = user.roles.filter((role) => (STAFF_ROLES as readonly string[]).includes(role));
      const roles = user.roles.filter((role) => !removed.includes(role));
      // Conditional on the roles just read, so a concurrent change is not overwritten.
      if (!(await this.accounts.changeRoles(userId, user.roles, roles, null))) throw new AppException('STAFF.NOT_FOUND');
      const sessionsEnded = await this.sessions.endAllOf(userId, 'role_removed');
      await this.audit.record({
        actorUserId: admin.id,
        action: 'staff.access_removed',
        entityType: 'user',
        entityId: userId,
        countyCode: user.countyCode,
        data: { roles: removed, sessionsEnded },
      });
    });
  }
}
