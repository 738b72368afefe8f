import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Role } from '@lingong/shared';
import type { AuthUser } from './auth-user';

export const IS_PUBLIC = 'lingong:isPublic';
export const REQUIRED_ROLES = 'lingong:roles';
export const DURING_TOTP_ENROLLMENT = 'lingong:duringTotpEnrollment';

/** The route needs no login (a token, when sent, is still read). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Only users holding one of these roles may call the route. Without it, any logged-in user may. */
export const Roles = (...roles: Role[]) => SetMetadata(REQUIRED_ROLES, roles);

/** The route also serves a console session that has yet to enroll its authenticator (enroll, confirm, sessions, logout). */
export const AllowDuringTotpEnrollment = () => SetMetadata(DURING_TOTP_ENROLLMENT, true);

export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthUser => {
  return ctx.switchToHttp().getRequest<{ user: AuthUser }>().user;
});
