import { Body, Controller, Get, Header, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CheckinResponse, GateTokenResponse, ListResponse, MarketCheckin, MarketCheckinStats, MyCheckin } from '@lingong/shared';
import { AuthUser, CurrentUser, Public, Roles } from '../common/access';
import { idParamPipe } from '../common/id-param';
import { CheckinDayQuery, CreateCheckinDto, GateTokenQuery, MarketCheckinsQuery, MyCheckinsQuery } from './dto/checkin.dto';
import { CheckinsService } from './checkins.service';
import { GATE_SCREEN_HTML } from './gate-screen.html';
import { ApiHtmlResponse } from '../common/openapi/api-responses';
import {
  CheckinResponseDto,
  GateTokenResponseDto,
  MarketCheckinListResponseDto,
  MarketCheckinStatsResponseDto,
  MyCheckinListResponseDto,
} from './dto/checkin.response';

@ApiTags('checkins')
@ApiBearerAuth()
@Controller()
export class CheckinsController {
  constructor(private readonly checkins: CheckinsService) {}

  @Roles('operator', 'admin')
  @Get('markets/:id/gate-token')
  @ApiOperation({ summary: '市场门口签到码（滚动码或张贴用固定码），含小程序页面、scene 和二维码 SVG' })
  @ApiOkResponse({ type: GateTokenResponseDto })
  gateToken(@CurrentUser() user: AuthUser, @Param('id', idParamPipe) id: number, @Query() query: GateTokenQuery): Promise<GateTokenResponse> {
    return this.checkins.issueGateToken(user, id, query.kind);
  }

  @Public()
  @Get('markets/:id/gate-screen')
  @Header('content-type', 'text/html; charset=utf-8')
  @Header('cache-control', 'no-store')
  @Header('referrer-policy', 'no-referrer')
  @ApiOperation({ summary: '门口签到屏幕页面（HTML，登录凭证放在地址的 #token= 里）' })
  @ApiHtmlResponse('门口签到屏幕页面')
  gateScreen(@Param('id', idParamPipe) _id: number): string {
    return GATE_SCREEN_HTML;
  }

  @Post('checkins')
  @ApiOperation({ summary: '扫码签到：首次答 201，同一天同一市场再扫答 200 和同一条签到（repeated: true）' })
  @ApiCreatedResponse({ type: CheckinResponseDto, description: '签到成功' })
  @ApiOkResponse({ type: CheckinResponseDto, description: '今天已在这个市场签到过（repeated: true）' })
  async checkIn(@CurrentUser() user: AuthUser, @Body() dto: CreateCheckinDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<CheckinResponse> {
    const { checkin, created } = await this.checkins.checkIn(user, dto);
    reply.status(created ? 201 : 200);
    return checkin;
  }

  @Roles('worker')
  @Get('workers/me/checkins')
  @ApiOperation({ summary: '我的签到记录' })
  @ApiOkResponse({ type: MyCheckinListResponseDto })
  listMine(@CurrentUser() user: AuthUser, @Query() query: MyCheckinsQuery): Promise<ListResponse<MyCheckin>> {
    return this.checkins.listMine(user.id, query);
  }

  @Roles('operator', 'admin')
  @Get('markets/:id/checkins')
  @ApiOperation({ summary: '市场某天的签到名单（最新在前，含姓名、工种，手机号打码）' })
  @ApiOkResponse({ type: MarketCheckinListResponseDto })
  listForMarket(
    @CurrentUser() user: AuthUser,
    @Param('id', idParamPipe) id: number,
    @Query() query: MarketCheckinsQuery,
  ): Promise<ListResponse<MarketCheckin>> {
    return this.checkins.listForMarket(user, id, query);
  }

  @Roles('operator', 'admin')
  @Get('markets/:id/stats')
  @ApiOperation({ summary: '市场某天的签到人数、按小时和按工种统计' })
  @ApiOkResponse({ type: MarketCheckinStatsResponseDto })
  stats(@CurrentUser() user: AuthUser, @Param('id', idParamPipe) id: number, @Query() query: CheckinDayQuery): Promise<MarketCheckinStats> {
    return this.checkins.stats(user, id, query.date);
  }
}
