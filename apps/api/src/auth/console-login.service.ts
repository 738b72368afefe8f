import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { toString as qrToString } from 'qrcode';
import type { ConsoleSession, CreatedLoginTicket, LoginTicket, LoginTicketStatus } from '@lingong/shared';
import { AuditService } from '../audit/audit.service';
import { AuthUser, isStaff } from '../common/access';
import { AppException } from '../common/app-exception';
import { Clock } from '../common/clock';
import { AUTH_CONFIG, AuthConfig } from '../config/auth.config';
import { UsersService } from '../users/users.service';
import { ConsoleLoginTicket } from './console-login-ticket.entity';
import { ConsoleLoginTicketRepository } from './console-login-ticket.repository';
import { RequestOrigin, SessionsService } from './sessions.service';
import { TotpService } from './totp.service';

/**
 * The console's login: a one-time ticket shown as a QR code, approved by a staff member in the
 * mini-program (signed in through WeChat), then exchanged once for a console session with the
 * member's TOTP code. Five wrong codes in a row lock the account's console login and end its sessions.
 */
@Injectable()
export class ConsoleLoginService {
  constructor(
    @Inject(AUTH_CONFIG) private readonly config: AuthConfig,
    private readonly tickets: ConsoleLoginTicketRepository,
    private readonly totp: TotpService,
    private readonly sessions: SessionsService,
    private readonly users: UsersService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async createTicket(origin: RequestOrigin): Promise<CreatedLoginTicket> {
    const expiresAt = new Date(this.clock.now().getTime() + this.config.console.ticketTtlSeconds * 1000);
    const ticket = await this.tickets.create({ id: randomBytes(16).toString('base64url'), expiresAt, ...origin });
    const url = `${this.config.console.qrUrlBase}?ticket=${ticket.id}`;
    return { id: ticket.id, qrSvg: await qrToString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }), expiresAt: expiresAt.toISOString() };
  }

  async ticket(id: string): Promise<LoginTicket> {
    const ticket = await this.requireTicket(id);
    return {
      id: ticket.id,
      status: this.status(ticket),
      createdAt: ticket.createdAt.toISOString(),
      expiresAt: ticket.expiresAt.toISOString(),
      requestedFrom: { ip: ticket.ip, userAgent: ticket.userAgent },
    };
  }

  /** 批准登录 in the mini-program: only a staff token of the mini-program, never a console one. */
  async approve(staff: AuthUser, id: string): Promise<LoginTicket> {
    if (!isStaff(staff)) throw new AppException('AUTH.FORBIDDEN');
    if (staff.session?.kind !== 'miniapp') throw new AppException('AUTH.CONSOLE_TOKEN_NOT_ALLOWED');
    const ticket = await this.requireTicket(id);
    this.requireStatus(ticket, 'pending');
    if (!(await this.tickets.approve(id, staff.id, this.clock.now()))) throw new AppException('AUTH.TICKET_USED');
    await this.audit.record({
      actorUserId: staff.id,
      action: 'auth.console_login_approved',
      entityType: 'user',
      entityId: staff.id,
      countyCode: staff.countyCode,
      data: { ip: ticket.ip },
    });
    return this.ticket(id);
  }

  async createSession(id: string, code: string | undefined, origin: RequestOrigin): Promise<ConsoleSession> {
    const ticket = await this.requireTicket(id);
    this.requireStatus(ticket, 'approved');
    const userId = ticket.approvedByUserId as number;
    const account = await this.users.findActiveById(userId);
    if (!account || !isStaff(account)) throw new AppException('AUTH.FORBIDDEN');
    const audit = { actorUserId: userId, entityType: 'user', entityId: userId, countyCode: account.countyCode, data: { ip: origin.ip } };

    if (await this.totp.lockedUntil(userId)) {
      await this.audit.record({ ...audit, action: 'auth.console_login_locked_out' });
      throw new AppException('AUTH.LOCKED');
    }
    const typed = code?.trim() ?? '';
    const check = await this.totp.check(userId, typed);
    if (check === 'wrong' && !typed) {
      throw new AppException('COMMON.VALIDATION_FAILED', { errors: [{ field: 'totp', message: '请输入验证器应用里的6位动态验证码' }] });
    }
    if (check === 'wrong') {
      const { locked, failures } = await this.totp.countFailure(userId, this.config.console.maxFailedCodes, this.config.console.lockMinutes);
      await this.audit.record({ ...audit, action: 'auth.totp_failed', data: { ...audit.data, failures } });
      if (locked) {
        const ended = await this.sessions.endAllOf(userId, 'locked');
        await this.audit.record({ ...audit, action: 'auth.locked', data: { ...audit.data, minutes: this.config.console.lockMinutes, sessionsEnded: ended } });
      }
      throw new AppException('AUTH.TOTP_INVALID');
    }

    if (!(await this.tickets.markUsed(id, this.clock.now()))) throw new AppException('AUTH.TICKET_USED');
    const stage = check === 'accepted' ? 'full' : 'totp-enrollment';
    const { accessToken, session } = await this.sessions.openConsole(userId, stage, origin);
    await this.audit.record({ ...audit, action: 'auth.console_login', entityType: 'session', entityId: session.id, data: { ...audit.data, userId, stage } });
    return {
      accessToken,
      expiresAt: session.expiresAt.toISOString(),
      idleTimeoutSeconds: this.config.console.idleTimeoutSeconds,
      totpEnrollmentRequired: stage !== 'full',
    };
  }

  private status(ticket: ConsoleLoginTicket): LoginTicketStatus {
    if (ticket.usedAt) return 'used';
    if (this.clock.now() >= ticket.expiresAt) return 'expired';
    return ticket.approvedByUserId ? 'approved' : 'pending';
  }

  private requireStatus(ticket: ConsoleLoginTicket, wanted: 'pending' | 'approved'): void {
    const status = this.status(ticket);
    if (status === wanted) return;
    if (status === 'expired') throw new AppException('AUTH.TICKET_EXPIRED');
    if (status === 'pending') throw new AppException('AUTH.TICKET_NOT_APPROVED');
    throw new AppException('AUTH.TICKET_USED');
  }

  private async requireTicket(id: string): Promise<ConsoleLoginTicket> {
    const ticket = /^[A-Za-z0-9_-]{22}$/.test(id) ? await this.tickets.findById(id) : null;
    if (!ticket) throw new AppException('AUTH.TICKET_NOT_FOUND');
    return ticket;
  }
}
