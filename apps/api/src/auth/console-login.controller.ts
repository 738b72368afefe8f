import { Body, Controller, Get, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { ConsoleSession, CreatedLoginTicket, LoginTicket } from '@lingong/shared';
import { AuthUser, CurrentUser, Public, Roles } from '../common/access';
import { ConsoleLoginService } from './console-login.service';
import { ConsoleSessionResponseDto, CreateConsoleSessionDto, CreatedLoginTicketResponseDto, LoginTicketResponseDto } from './dto/console.dto';
import { RequestOrigin } from './sessions.service';

function originOf(request: FastifyRequest): RequestOrigin {
  const userAgent = request.headers['user-agent'];
  return { ip: request.ip ?? null, userAgent: userAgent ? userAgent.slice(0, 255) : null };
}

@ApiTags('console')
@Controller('console/login-tickets')
export class ConsoleLoginController {
  constructor(private readonly login: ConsoleLoginService) {}

  @Public()
  @Post()
  @ApiOperation({ summary: '电脑端登录：新的一次性登录二维码（用小程序扫码批准）' })
  @ApiOkResponse({ type: CreatedLoginTicketResponseDto })
  create(@Req() request: FastifyRequest): Promise<CreatedLoginTicket> {
    return this.login.createTicket(originOf(request));
  }

  @Public()
  @Get(':id')
  @ApiOperation({ summary: '登录二维码的状态（电脑端轮询；小程序批准前显示）：待批准、已批准、已使用、已过期' })
  @ApiOkResponse({ type: LoginTicketResponseDto })
  get(@Param('id') id: string): Promise<LoginTicket> {
    return this.login.ticket(id);
  }

  @Roles('operator', 'admin')
  @Post(':id/approve')
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiOperation({ summary: '批准电脑端登录（小程序里的工作人员令牌）' })
  @ApiOkResponse({ type: LoginTicketResponseDto })
  approve(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<LoginTicket> {
    return this.login.approve(user, id);
  }

  @Public()
  @Post(':id/session')
  @HttpCode(200)
  @ApiOperation({ summary: '批准后输入动态验证码，换取电脑端登录（一次有效；连错5次锁定30分钟）' })
  @ApiOkResponse({ type: ConsoleSessionResponseDto })
  session(@Param('id') id: string, @Body() dto: CreateConsoleSessionDto, @Req() request: FastifyRequest): Promise<ConsoleSession> {
    return this.login.createSession(id, dto.totp, originOf(request));
  }
}
