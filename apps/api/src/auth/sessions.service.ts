import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { AuthSessionSummary, ListResponse } from '@lingong/shared';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../common/access';
import { AppException } from '../common/app-exception';
import { Clock } from '../common/clock';
import { decodeCursor, pageById, pageSize } from '../common/pagination';
import { AUTH_CONFIG, AuthConfig } from '../config/auth.config';
import { TransactionHost } from '../database/transaction';
import { AuthSession, SessionStage } from './auth-session.entity';
import { AuthSessionRepository } from './auth-session.repository';

/** What the token of a session carries: the account and the session row. */
export interface SessionTokenPayload {
  sub: number;
  sid?: number;
}

/** Where a login came from, kept on the session for 工作人员 → 会话 and the audit log. */
export interface RequestOrigin {
  ip: string | null;
  userAgent: string | null;
}

/** A session is touched at most this often, so a busy console does not write on every request. */
const TOUCH_EVERY_MS = 15_000;

export type EndReason = 'logout' | 'revoked' | 'role_removed' | 'locked' | 'idle';

function toSummary(session: AuthSession, currentId?: number): AuthSessionSummary {
  return {
    id: session.id,
    userId: session.userId,
    kind: session.kind,
    createdAt: session.createdAt.toISOString(),
    lastSeenAt: session.lastSeenAt.toISOString(),
    expiresAt: session.expiresAt.toISOString(),
    ip: session.ip,
    userAgent: session.userAgent,
    current: session.id === currentId,
  };
}

/**
 * Server-side sessions of staff tokens: the console's (idle timeout, absolute end) and the
 * mini-program's (short lifetime). Ending one stops its token on the next request.
 */
@Injectable()
export class SessionsService {
  constructor(
    @Inject(AUTH_CONFIG) private readonly config: AuthConfig,
    private readonly jwt: JwtService,
    private readonly sessions: AuthSessionRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly tx: TransactionHost,
  ) {}

  async openConsole(userId: number, stage: SessionStage, origin: RequestOrigin): Promise<{ accessToken: string; session: AuthSession }> {
    const now = this.clock.now();
    const ttl = this.config.console.sessionTtlSeconds;
    const session = await this.sessions.open({
      userId,
      kind: 'console',
      stage,
      idleTimeoutSeconds: this.config.console.idleTimeoutSeconds,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + ttl * 1000),
      ...origin,
    });
    return { accessToken: await this.sign(userId, session.id, ttl), session };
  }

  async openMiniapp(userId: number): Promise<{ accessToken: string; expiresIn: number }> {
    const now = this.clock.now();
    const ttl = this.config.staffTokenTtlSeconds;
    const session = await this.sessions.open({
      userId,
      kind: 'miniapp',
      stage: 'full',
      idleTimeoutSeconds: null,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + ttl * 1000),
      ip: null,
      userAgent: null,
    });
    return { accessToken: await this.sign(userId, session.id, ttl), expiresIn: ttl };
  }

  /**
   * The guard's session step: the session the token names, if it is still open, belongs to the
   * token's account and has neither passed its end nor been idle too long (then it is ended here).
   */
  async check(sid: number, userId: number): Promise<NonNullable<AuthUser['session']>> {
    const session = await this.sessions.findById(sid);
    if (!session || session.userId !== userId || session.endedAt) throw new AppException('AUTH.SESSION_ENDED');
    const now = this.clock.now();
    if (now >= session.expiresAt) throw new AppException('AUTH.SESSION_ENDED');
    const idleMs = now.getTime() - session.lastSeenAt.getTime();
    if (session.idleTimeoutSeconds !== null && idleMs > session.idleTimeoutSeconds * 1000) {
      if (await this.sessions.end(session.id, 'idle', now)) {
        await this.audit.record({ actorUserId: userId, action: 'auth.session_idle', entityType: 'session', entityId: session.id });
      }
      throw new AppException('AUTH.SESSION_ENDED', { message: `超过${Math.round(session.idleTimeoutSeconds / 60)}分钟没有操作，登录已结束，请重新登录。` });
    }
    if (idleMs >= TOUCH_EVERY_MS) await this.sessions.touch(session.id, now);
    return { id: session.id, kind: session.kind, stage: session.stage };
  }

  async listOwn(user: AuthUser): Promise<AuthSessionSummary[]> {
    return (await this.sessions.findOpenOf(user.id, this.clock.now())).map((s) => toSummary(s, user.session?.id));
  }

  /** The admin's list: every open staff session, or one person's. */
  async listAll(admin: AuthUser, query: { userId?: number; cursor?: string; limit?: number }): Promise<ListResponse<AuthSessionSummary>> {
    const limit = pageSize(query);
    const cursor = decodeCursor<{ id: number }>(query.cursor, ['id']);
    const rows = await this.sessions.findOpen({ userId: query.userId, beforeId: cursor?.id, take: limit + 1, now: this.clock.now() });
    const page = pageById(rows, limit);
    return { items: page.rows.map((s) => toSummary(s, admin.session?.id)), ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) };
  }

  /** Ends one session: one's own (logging out), or anyone's by the admin. Someone else's is "not found". */
  async end(user: AuthUser, id: number): Promise<void> {
    const session = await this.sessions.findById(id);
    const own = session?.userId === user.id;
    if (!session || (!own && !user.roles.includes('admin')) || session.endedAt) throw new AppException('AUTH.SESSION_NOT_FOUND');
    const reason: EndReason = own ? 'logout' : 'revoked';
    await this.tx.run(async () => {
      if (!(await this.sessions.end(id, reason, this.clock.now()))) throw new AppException('AUTH.SESSION_NOT_FOUND');
      await this.audit.record({
        actorUserId: user.id,
        action: own ? 'auth.logout' : 'auth.session_revoked',
        entityType: 'session',
        entityId: id,
        countyCode: user.countyCode,
        data: { userId: session.userId, kind: session.kind },
      });
    });
  }

  /** Ends every session of the account at once (a role taken away, the console login locked). */
  async endAllOf(userId: number, reason: EndReason): Promise<number> {
    return this.sessions.endAllOf(userId, reason, this.clock.now());
  }

  async completeTotpEnrollment(sessionId: number): Promise<void> {
    await this.sessions.setStage(sessionId, 'full');
  }

  private sign(userId: number, sid: number, ttlSeconds: number): Promise<string> {
    const payload: SessionTokenPayload = { sub: userId, sid };
    return this.jwt.signAsync(payload, { expiresIn: ttlSeconds });
  }
}
