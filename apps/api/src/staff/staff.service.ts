import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, IsNull, Repository } from 'typeorm';
import { hasStaffRole, STAFF_ROLES, type ListResponse, type StaffMember } from '@lingong/shared';
import { AuditService } from '../audit/audit.service';
import { AuthUser, staffCountyScope } from '../common/access';
import { AppException } from '../common/app-exception';
import { decodeCursor, encodeCursor } from '../common/pagination';
import { User } from '../users/user.entity';
import { ListStaffQuery } from './dto/list-staff.query';

const DEFAULT_LIMIT = 100;

/** Accounts have no name: the number is what the audit trail shows, the phone's tail what colleagues recognise. */
export function staffDisplayName(user: Pick<User, 'id' | 'phone'>): string {
  return user.phone ? `工作人员${user.id}号 · 手机尾号${user.phone.slice(-4)}` : `工作人员${user.id}号`;
}

@Injectable()
export class StaffService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /**
   * The operators a case of the county can be assigned to (the same rule as assigning: an open
   * account holding the operator role for that county). Operators only ever get their own county.
   */
  async listOperators(staff: AuthUser, query: ListStaffQuery): Promise<ListResponse<StaffMember>> {
    const county = staffCountyScope(staff) ?? query.countyCode;
    const limit = query.limit ?? DEFAULT_LIMIT;
    const cursor = decodeCursor<{ id: number }>(query.cursor, ['id']);
    const qb = this.users
      .createQueryBuilder('u')
      .where({ closedAt: IsNull() })
      .andWhere('u.countyCode IS NOT NULL')
      // roles is a JSON array in a text column on both engines; the exact check follows below.
      .andWhere('u.roles LIKE :operator', { operator: '%"operator"%' });
    if (county) qb.andWhere('u.countyCode = :county', { county });
    if (cursor) qb.andWhere('u.id > :after', { after: cursor.id });
    const rows = await qb.orderBy('u.id', 'ASC').limit(limit + 1).getMany();
    const page = rows.slice(0, limit);
    return {
      items: page
        .filter((u) => u.roles.includes('operator'))
        .map((u) => ({ id: u.id, countyCode: u.countyCode as string, displayName: staffDisplayName(u) })),
      ...(rows.length > limit ? { nextCursor: encodeCursor({ id: page[page.length - 1].id }) } : {}),
    };
  }

  /**
   * Takes the operator and admin roles away (the account stays, as worker or employer if it was one).
   * An admin cannot remove themself, so the city always keeps the admin who is acting.
   */
  async removeAccess(admin: AuthUser, userId: number): Promise<void> {
    if (userId === admin.id) throw new AppException('STAFF.CANNOT_REMOVE_SELF');
    await this.dataSource.transaction(async (manager) => {
      const users = manager.getRepository(User);
      const user = await users.findOneBy({ id: userId });
      if (!user || !hasStaffRole(user.roles)) throw new AppException('STAFF.NOT_FOUND');
      const removed = user.roles.filter((role) => (STAFF_ROLES as readonly string[]).includes(role));
      const roles = user.roles.filter((role) => !removed.includes(role));
      // Conditional on the roles just read, so a concurrent change is not overwritten.
      const updated = await users
        .createQueryBuilder()
        .update(User)
        .set({ roles, countyCode: null })
        .where('id = :id AND roles = :before', { id: userId, before: JSON.stringify(user.roles) })
        .execute();
      if (!updated.affected) throw new AppException('STAFF.NOT_FOUND');
      await this.audit.record(
        { actorUserId: admin.id, action: 'staff.access_removed', entityType: 'user', entityId: userId, countyCode: user.countyCode, data: { roles: removed } },
        manager,
      );
    });
  }
}
