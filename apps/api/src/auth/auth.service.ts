import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { hasStaffRole, isServedCounty, LoginResponse, normalizeMobile, UserSummary } from '@lingong/shared';
import { AuditService } from '../audit/audit.service';
import { AppException } from '../common/app-exception';
import { AUTH_CONFIG, AuthConfig } from '../config/auth.config';
import { toUserSummary } from '../users/user-summary';
import { UsersService } from '../users/users.service';
import { UserAccount } from '../users/users.types';
import { AccessTokenPayload } from './auth.guard';
import { DevLoginDto } from './dto/login.dto';
import { SessionsService } from './sessions.service';
import { WechatClient } from './wechat.client';

@Injectable()
export class AuthService {
  constructor(
    @Inject(AUTH_CONFIG) private readonly config: AuthConfig,
    private readonly jwt: JwtService,
    private readonly wechat: WechatClient,
    private readonly users: UsersService,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
  ) {}

  async wechatLogin(code: string): Promise<LoginResponse> {
    const session = await this.wechat.code2Session(code);
    const user = await this.users.findOrCreateByOpenid(session.openid, { unionid: session.unionid ?? null });
    if (user.closedAt) throw new AppException('AUTH.ACCOUNT_CLOSED');
    const account = await this.users.recordLogin(user.id, session.unionid ? { unionid: session.unionid } : {});
    return this.issue(account);
  }

  /** Demo and test login: any openid with any role. Answers 404 unless AUTH_DEV_LOGIN is on. */
  async devLogin(dto: DevLoginDto): Promise<LoginResponse> {
    if (!this.config.devLogin) throw new AppException('COMMON.NOT_FOUND');
    if (dto.role === 'operator' && !dto.countyCode) {
      throw new AppException('COMMON.VALIDATION_FAILED', { errors: [{ field: 'countyCode', message: '运营人员必须指定所属县（区）' }] });
    }
    if (dto.countyCode && !isServedCounty(dto.countyCode)) {
      throw new AppException('COMMON.VALIDATION_FAILED', { errors: [{ field: 'countyCode', message: '不在本平台服务的县（区）范围内' }] });
    }
    const user = await this.users.findOrCreateByOpenid(dto.openid);
    if (user.closedAt) throw new AppException('AUTH.ACCOUNT_CLOSED');
    const roles = user.roles.includes(dto.role) ? user.roles : [...user.roles, dto.role];
    const countyCode = dto.role === 'operator' ? (dto.countyCode ?? null) : user.countyCode;
    return this.issue(await this.users.recordLogin(user.id, { roles, countyCode }));
  }

  async bindPhone(userId: number, code: string): Promise<{ phone: string }> {
    const raw = await this.wechat.phoneNumber(code);
    const phone = normalizeMobile(raw);
    if (!phone) throw new AppException('AUTH.PHONE_CODE_INVALID', { message: '微信返回的手机号不是大陆手机号，请在登记时手动填写。' });
    await this.users.setPhone(userId, phone);
    return { phone };
  }

  /** The account as it is now: roles granted or taken away since login show here, and the guard acts on them already. */
  async me(userId: number): Promise<UserSummary> {
    const user = await this.users.findActiveById(userId);
    if (!user) throw new AppException('AUTH.ACCOUNT_CLOSED');
    return toUserSummary(user);
  }

  /** Staff get a short token with a server-side session (revocable); workers and employers the long one. */
  private async issue(user: UserAccount): Promise<LoginResponse> {
    if (hasStaffRole(user.roles)) {
      const { accessToken, expiresIn } = await this.sessions.openMiniapp(user.id);
      await this.audit.record({ actorUserId: user.id, action: 'auth.staff_login', entityType: 'user', entityId: user.id, countyCode: user.countyCode });
      return { accessToken, expiresIn, user: toUserSummary(user) };
    }
    const payload: AccessTokenPayload = { sub: user.id };
    const accessToken = await this.jwt.signAsync(payload);
    return {
      accessToken,
      expiresIn: this.config.jwtTtlSeconds,
      user: toUserSummary(user),
    };
  }
}
