import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import type { Role } from '@lingong/shared';
import { AppException } from '../common/app-exception';
import { UsersService } from '../users/users.service';
import { AuthUser, DURING_TOTP_ENROLLMENT, IS_PUBLIC, REQUIRED_ROLES } from '../common/access';
import { SessionsService, SessionTokenPayload } from './sessions.service';

export type AccessTokenPayload = SessionTokenPayload;

/**
 * Global guard: every route needs a valid access token unless marked @Public, and the roles of
 * @Roles. The user's roles come from UsersService.accessOf (a few seconds' cache that every change of
 * an account clears), so a closed account or a role taken away stops working at once rather than when
 * the token expires. The token is checked against a prepared key (auth.module.ts).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    @Inject(UsersService) private readonly users: UsersService,
    private readonly sessions: SessionsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets) ?? false;
    const roles = this.reflector.getAllAndOverride<Role[]>(REQUIRED_ROLES, targets);
    const request = context.switchToHttp().getRequest<{ headers: Record<string, string | undefined>; user?: AuthUser }>();

    const header = request.headers.authorization;
    if (!header) {
      if (isPublic) return true;
      throw new AppException('AUTH.UNAUTHENTICATED');
    }
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw new AppException('AUTH.TOKEN_INVALID');

    let payload: AccessTokenPayload;
    try {
      payload = this.jwt.verify<AccessTokenPayload>(match[1]);
    } catch {
      throw new AppException('AUTH.TOKEN_INVALID');
    }
    const user = await this.users.accessOf(Number(payload.sub));
    if (!user) throw new AppException('AUTH.ACCOUNT_CLOSED');
    request.user = { id: user.id, roles: user.roles, countyCode: user.countyCode };

    // Staff tokens name a server-side session: it must still be open (see sessions.service.ts).
    if (payload.sid !== undefined) {
      request.user.session = await this.sessions.check(Number(payload.sid), user.id);
      const duringEnrollment = this.reflector.getAllAndOverride<boolean>(DURING_TOTP_ENROLLMENT, targets) ?? false;
      if (request.user.session.stage !== 'full' && !duringEnrollment) throw new AppException('AUTH.TOTP_ENROLLMENT_REQUIRED');
    }

    if (roles?.length && !roles.some((role) => user.roles.includes(role))) {
      throw new AppException('AUTH.FORBIDDEN');
    }
    return true;
  }
}
