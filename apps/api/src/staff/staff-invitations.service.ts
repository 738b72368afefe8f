import { createHmac, randomInt } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  isServedCounty,
  normalizeInvitationCode,
  STAFF_INVITATION_CODE_ALPHABET,
  STAFF_INVITATION_CODE_LENGTH,
  STAFF_ROLES,
  type CreatedStaffInvitation,
  type CreateStaffInvitationRequest,
  type ListResponse,
  type StaffInvitation as StaffInvitationView,
  type UserSummary,
} from '@lingong/shared';
import { AuditService } from '../audit/audit.service';
import { AuthUser, holdsStaffRole } from '../common/access';
import { AppException } from '../common/app-exception';
import { decodeCursor, pageById, pageSize } from '../common/pagination';
import { STAFF_CONFIG, StaffConfig } from '../config/staff.config';
import { isUniqueViolation } from '../database/errors';
import { TransactionHost } from '../database/transaction';
import { StaffAccountsService } from '../users/staff-accounts.service';
import { ListStaffInvitationsQuery } from './dto/staff-invitation.dto';
import { StaffInvitation } from './staff-invitation.entity';
import { StaffInvitationRepository } from './staff-invitation.repository';
import { Clock } from '../common/clock';

/** Wrong codes one account may type per hour: plenty for typos, nothing for guessing among 8.5 × 10¹¹. */
export const MAX_FAILED_REDEEMS_PER_HOUR = 10;
/** As for the staff list: the mini-program's staff page asks without a limit and its specs pin the URL. */
const INVITATION_PAGE = 50;
const FAILED_REDEEM = 'staff.invitation_redeem_failed';
const CODE_PATTERN = new RegExp(`^[${STAFF_INVITATION_CODE_ALPHABET}]{${STAFF_INVITATION_CODE_LENGTH}}$`);

/**
 * How anyone becomes staff in production: the city's admin (or, for the first admin, the command line)
 * creates a one-time code; the person types it in 我的, and the role is granted to their own account.
 */
@Injectable()
export class StaffInvitationsService {
  private readonly hashKey: Buffer;

  constructor(
    @Inject(STAFF_CONFIG) private readonly config: StaffConfig,
    private readonly invitations: StaffInvitationRepository,
    private readonly accounts: StaffAccountsService,
    private readonly tx: TransactionHost,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {
    // Derived from PII_KEY in config/staff.config.ts under its own label: PII_KEY itself stays with PiiService.
    this.hashKey = config.invitationCodeKey;
  }

  /** `admin` null: the command line on the server, for the first admin. */
  async create(admin: AuthUser | null, dto: CreateStaffInvitationRequest): Promise<CreatedStaffInvitation> {
    const countyCode = this.checkedCounty(dto);
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + this.config.invitationTtlHours * 3600_000);
    for (let attempt = 0; ; attempt += 1) {
      const code = generateCode();
      try {
        const invitation = await this.tx.run(async () => {
          const saved = await this.invitations.add({
            codeHash: this.hash(code),
            role: dto.role,
            countyCode,
            createdByUserId: admin?.id ?? null,
            expiresAt,
            createdAt: now,
          });
          await this.audit.record({
            actorUserId: admin?.id ?? null,
            action: 'staff.invitation_created',
            entityType: 'staff_invitation',
            entityId: saved.id,
            countyCode,
            data: { role: dto.role, expiresAt, ...(admin ? {} : { via: 'command-line' }) },
          });
          return saved;
        });
        return { ...toView(invitation), code };
      } catch (error) {
        // Two equal codes among the open ones are as likely as winning a lottery twice; still, try another.
        if (!isUniqueViolation(error) || attempt >= 2) throw error;
      }
    }
  }

  /** Codes not used, revoked or expired, newest first; the codes themselves were shown once and are not kept. */
  async listOpen(query: ListStaffInvitationsQuery): Promise<ListResponse<StaffInvitationView>> {
    const limit = pageSize({ limit: query.limit ?? INVITATION_PAGE });
    const cursor = decodeCursor<{ id: number }>(query.cursor, ['id']);
    const rows = await this.invitations.listOpen(this.clock.now(), { countyCode: query.countyCode, beforeId: cursor?.id, take: limit + 1 });
    const { rows: page, nextCursor } = pageById(rows, limit);
    return { items: page.map(toView), ...(nextCursor ? { nextCursor } : {}) };
  }

  async revoke(admin: AuthUser, id: number): Promise<void> {
    const invitation = await this.invitations.findById(id);
    if (!invitation) throw new AppException('STAFF.INVITATION_NOT_FOUND');
    const now = this.clock.now();
    await this.tx.run(async () => {
      if (!(await this.invitations.revokeOpen(id, now, admin.id))) throw new AppException('STAFF.INVITATION_CLOSED');
      await this.audit.record({
        actorUserId: admin.id,
        action: 'staff.invitation_revoked',
        entityType: 'staff_invitation',
        entityId: id,
        countyCode: invitation.countyCode,
        data: { role: invitation.role },
      });
    });
  }

  /**
   * Grants the invitation's role to the caller. Unknown, used, expired and revoked codes all get the
   * same answer, so nobody can learn which codes exist; wrong codes count towards an hourly limit.
   */
  async redeem(caller: AuthUser, rawCode: string): Promise<UserSummary> {
    if (holdsStaffRole(caller)) throw new AppException('STAFF.ALREADY_STAFF');
    const now = this.clock.now();
    const failures = await this.audit.countByActorSince(caller.id, FAILED_REDEEM, new Date(now.getTime() - 3600_000));
    if (failures >= MAX_FAILED_REDEEMS_PER_HOUR) throw new AppException('STAFF.TOO_MANY_ATTEMPTS');
    const code = normalizeInvitationCode(rawCode);
    try {
      if (!CODE_PATTERN.test(code)) throw new AppException('STAFF.INVITATION_INVALID');
      return await this.tx.run(async () => {
        const codeHash = this.hash(code);
        if (!(await this.invitations.useOpen(codeHash, now, caller.id))) throw new AppException('STAFF.INVITATION_INVALID');
        await this.grant(caller.id, await this.invitations.findByCodeHash(codeHash));
        return this.accounts.summary(caller.id);
      });
    } catch (error) {
      if (error instanceof AppException && error.code === 'STAFF.INVITATION_INVALID') {
        await this.audit.record({ actorUserId: caller.id, action: FAILED_REDEEM, entityType: 'user', entityId: caller.id });
      }
      throw error;
    }
  }

  private async grant(userId: number, invitation: StaffInvitation): Promise<void> {
    const user = await this.accounts.account(userId);
    if (!user || holdsStaffRole(user)) throw new AppException('STAFF.ALREADY_STAFF');
    const countyCode = invitation.role === 'operator' ? invitation.countyCode : null;
    // Conditional on the roles just read: two codes redeemed at once by one account cannot both land.
    if (!(await this.accounts.changeRoles(userId, user.roles, [...user.roles, invitation.role], countyCode))) throw new AppException('STAFF.ALREADY_STAFF');
    await this.audit.record({
      actorUserId: invitation.createdByUserId,
      action: 'staff.granted',
      entityType: 'user',
      entityId: userId,
      countyCode,
      data: { role: invitation.role, invitationId: invitation.id, ...(invitation.createdByUserId === null ? { via: 'command-line' } : {}) },
    });
  }

  private checkedCounty(dto: CreateStaffInvitationRequest): string | null {
    if (!(STAFF_ROLES as readonly string[]).includes(dto.role)) {
      throw new AppException('COMMON.VALIDATION_FAILED', { errors: [{ field: 'role', message: '身份只能是 operator（县区工作人员）或 admin（市里管理员）' }] });
    }
    if (dto.role === 'admin') {
      if (dto.countyCode)
        throw new AppException('COMMON.VALIDATION_FAILED', { errors: [{ field: 'countyCode', message: '市里管理员管全市，不能指定县（区）' }] });
      return null;
    }
    if (!dto.countyCode)
      throw new AppException('COMMON.VALIDATION_FAILED', { errors: [{ field: 'countyCode', message: '县（区）工作人员必须指定所属县（区）' }] });
    if (!isServedCounty(dto.countyCode))
      throw new AppException('COMMON.VALIDATION_FAILED', { errors: [{ field: 'countyCode', message: '不在本平台服务的县（区）范围内' }] });
    return dto.countyCode;
  }

  private hash(code: string): string {
    return createHmac('sha256', this.hashKey).update(code, 'utf8').digest('hex');
  }
}

function generateCode(): string {
  let code = '';
  for (let i = 0; i < STAFF_INVITATION_CODE_LENGTH; i += 1) code += STAFF_INVITATION_CODE_ALPHABET[randomInt(STAFF_INVITATION_CODE_ALPHABET.length)];
  return code;
}

function toView(invitation: StaffInvitation): StaffInvitationView {
  return {
    id: invitation.id,
    role: invitation.role,
    countyCode: invitation.countyCode,
    createdByUserId: invitation.createdByUserId,
    createdAt: invitation.createdAt.toISOString(),
    expiresAt: invitation.expiresAt.toISOString(),
  };
}
