import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import {
  LOGIN_TICKET_STATUSES,
  SESSION_KINDS,
  type AuthSessionSummary,
  type ConsoleSession,
  type CreateConsoleSessionRequest,
  type CreatedLoginTicket,
  type LoginTicket,
  type LoginTicketStatus,
  type SessionKind,
  type TotpConfirmRequest,
  type TotpEnrollment,
  type TotpRecoveryCodes,
} from '@lingong/shared';
import { PageQuery } from '../../common/dto';
import { ListResponseDto } from '../../common/openapi/list-response.dto';

export class CreateConsoleSessionDto implements CreateConsoleSessionRequest {
  @ApiPropertyOptional({ example: '123456', description: '验证器应用里的6位动态验证码，或一个恢复码；还没绑定验证器时不填' })
  @IsOptional()
  @IsString()
  @MaxLength(32, { message: '动态验证码是6位数字' })
  totp?: string;
}

export class TotpConfirmDto implements TotpConfirmRequest {
  @ApiProperty({ example: '123456', description: '验证器应用里显示的6位数字' })
  @IsString()
  @MaxLength(16, { message: '动态验证码是6位数字' })
  code: string;
}

export class ListAllSessionsQuery extends PageQuery {
  @ApiPropertyOptional({ description: '只看这个账号的会话' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: '账号编号应为整数' })
  @Min(1)
  userId?: number;
}

export class CreatedLoginTicketResponseDto implements CreatedLoginTicket {
  @ApiProperty({ description: '登录票据编号（随机，一次有效）' })
  id: string;

  @ApiProperty({ description: '给小程序扫的二维码（SVG）' })
  qrSvg: string;

  @ApiProperty({ format: 'date-time' })
  expiresAt: string;
}

class RequestOriginDto {
  @ApiProperty({ type: String, nullable: true })
  ip: string | null;

  @ApiProperty({ type: String, nullable: true })
  userAgent: string | null;
}

export class LoginTicketResponseDto implements LoginTicket {
  @ApiProperty()
  id: string;

  @ApiProperty({ enum: LOGIN_TICKET_STATUSES })
  status: LoginTicketStatus;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time' })
  expiresAt: string;

  @ApiProperty({ type: () => RequestOriginDto, description: '要登录的电脑（地址和浏览器）' })
  requestedFrom: RequestOriginDto;
}

export class ConsoleSessionResponseDto implements ConsoleSession {
  @ApiProperty({ description: '访问令牌：放在 Authorization: Bearer 后面' })
  accessToken: string;

  @ApiProperty({ format: 'date-time', description: '无论是否操作，到这个时间登录结束' })
  expiresAt: string;

  @ApiProperty({ example: 1800, description: '这么多秒没有操作，登录结束' })
  idleTimeoutSeconds: number;

  @ApiProperty({ description: '还没绑定验证器：这次登录只能绑定验证器' })
  totpEnrollmentRequired: boolean;
}

export class TotpEnrollmentResponseDto implements TotpEnrollment {
  @ApiProperty({ example: 'otpauth://totp/...' })
  otpauthUrl: string;

  @ApiProperty({ description: '给验证器应用扫的二维码（SVG）' })
  qrSvg: string;
}

export class TotpRecoveryCodesResponseDto implements TotpRecoveryCodes {
  @ApiProperty({ type: [String], description: '恢复码：只显示这一次，每个只能用一次' })
  recoveryCodes: string[];
}

export class AuthSessionResponseDto implements AuthSessionSummary {
  @ApiProperty()
  id: number;

  @ApiProperty()
  userId: number;

  @ApiProperty({ enum: SESSION_KINDS })
  kind: SessionKind;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time' })
  lastSeenAt: string;

  @ApiProperty({ format: 'date-time' })
  expiresAt: string;

  @ApiProperty({ type: String, nullable: true })
  ip: string | null;

  @ApiProperty({ type: String, nullable: true })
  userAgent: string | null;

  @ApiProperty({ description: '就是发出这次请求的会话' })
  current: boolean;
}

export class AuthSessionListResponseDto extends ListResponseDto(AuthSessionResponseDto) {}
