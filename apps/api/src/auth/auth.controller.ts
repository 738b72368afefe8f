import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { LoginResponse, UserSummary } from '@lingong/shared';
import { AuthUser, CurrentUser, Public } from '../common/access';
import { AuthService } from './auth.service';
import { BindPhoneDto, DevLoginDto, WechatLoginDto } from './dto/login.dto';
import { BoundPhoneResponseDto, LoginResponseDto, UserSummaryResponseDto } from './dto/auth.response';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Post('wechat-login')
  @HttpCode(200)
  @ApiOperation({ summary: '微信登录：用 wx.login 的 code 换取本平台的访问令牌' })
  @ApiOkResponse({ type: LoginResponseDto })
  wechatLogin(@Body() dto: WechatLoginDto): Promise<LoginResponse> {
    return this.auth.wechatLogin(dto.code);
  }

  @Public()
  @Post('dev-login')
  @HttpCode(200)
  @ApiOperation({ summary: '开发登录（仅演示和测试环境，AUTH_DEV_LOGIN 关闭时为 404）' })
  @ApiOkResponse({ type: LoginResponseDto })
  devLogin(@Body() dto: DevLoginDto): Promise<LoginResponse> {
    return this.auth.devLogin(dto);
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiOperation({ summary: '当前账号（角色、所属县区）：小程序每次打开“我的”时刷新，权限变了立刻看到' })
  @ApiOkResponse({ type: UserSummaryResponseDto })
  me(@CurrentUser() user: AuthUser): Promise<UserSummary> {
    return this.auth.me(user.id);
  }

  @Post('phone')
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiOperation({ summary: '绑定手机号：getPhoneNumber 按钮的 code' })
  @ApiOkResponse({ type: BoundPhoneResponseDto })
  bindPhone(@CurrentUser() user: AuthUser, @Body() dto: BindPhoneDto): Promise<{ phone: string }> {
    return this.auth.bindPhone(user.id, dto.code);
  }
}
