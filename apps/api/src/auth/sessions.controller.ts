import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthSessionSummary, ListResponse, TotpEnrollment, TotpRecoveryCodes } from '@lingong/shared';
import { AllowDuringTotpEnrollment, AuthUser, CurrentUser, Roles } from '../common/access';
import { idParamPipe } from '../common/id-param';
import {
  AuthSessionListResponseDto,
  AuthSessionResponseDto,
  ListAllSessionsQuery,
  TotpConfirmDto,
  TotpEnrollmentResponseDto,
  TotpRecoveryCodesResponseDto,
} from './dto/console.dto';
import { SessionsService } from './sessions.service';
import { TotpService } from './totp.service';

@ApiTags('auth')
@ApiBearerAuth()
@Controller('auth')
export class SessionsController {
  constructor(
    private readonly sessions: SessionsService,
    private readonly totp: TotpService,
  ) {}

  @Roles('operator', 'admin')
  @AllowDuringTotpEnrollment()
  @Post('totp/enroll')
  @HttpCode(200)
  @ApiOperation({ summary: '开始绑定验证器（动态验证码）：otpauth:// 地址和二维码' })
  @ApiOkResponse({ type: TotpEnrollmentResponseDto })
  enrollTotp(@CurrentUser() user: AuthUser): Promise<TotpEnrollment> {
    return this.totp.enroll(user);
  }

  @Roles('operator', 'admin')
  @AllowDuringTotpEnrollment()
  @Post('totp/confirm')
  @HttpCode(200)
  @ApiOperation({ summary: '输入验证器里的第一个验证码完成绑定；答复里的恢复码只显示这一次' })
  @ApiOkResponse({ type: TotpRecoveryCodesResponseDto })
  confirmTotp(@CurrentUser() user: AuthUser, @Body() dto: TotpConfirmDto): Promise<TotpRecoveryCodes> {
    return this.totp.confirm(user, dto.code);
  }

  @AllowDuringTotpEnrollment()
  @Get('sessions')
  @ApiOperation({ summary: '我的登录会话（工作人员：电脑端和小程序）' })
  @ApiOkResponse({ type: [AuthSessionResponseDto] })
  listOwn(@CurrentUser() user: AuthUser): Promise<AuthSessionSummary[]> {
    return this.sessions.listOwn(user);
  }

  @Roles('admin')
  @Get('sessions/all')
  @ApiOperation({ summary: '所有工作人员的登录会话（管理员），可按账号筛选' })
  @ApiOkResponse({ type: AuthSessionListResponseDto })
  listAll(@CurrentUser() admin: AuthUser, @Query() query: ListAllSessionsQuery): Promise<ListResponse<AuthSessionSummary>> {
    return this.sessions.listAll(admin, query);
  }

  @AllowDuringTotpEnrollment()
  @Delete('sessions/:id')
  @HttpCode(204)
  @ApiOperation({ summary: '结束一个登录会话：自己的（退出登录），管理员可结束任何人的' })
  @ApiNoContentResponse({ description: '已结束' })
  end(@CurrentUser() user: AuthUser, @Param('id', idParamPipe) id: number): Promise<void> {
    return this.sessions.end(user, id);
  }
}
