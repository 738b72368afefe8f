import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Hire, ListResponse, Rating } from '@lingong/shared';
import { AuthUser, CurrentUser, Roles } from '../common/access';
import { idParamPipe } from '../common/id-param';
import { ListHiresQuery, PaymentDto, RatingDto } from './dto/hire.dto';
import { HiresService, Reputation } from './hires.service';
import { HireListResponseDto, HireResponseDto, RatingResponseDto, ReputationResponseDto } from './dto/hire.response';

@ApiTags('hires')
@ApiBearerAuth()
@Controller()
export class HiresController {
  constructor(private readonly hires: HiresService) {}

  @Roles('worker', 'employer')
  @Get('hires')
  @ApiOperation({ summary: '我的用工记录（招工用工登记）' })
  @ApiOkResponse({ type: HireListResponseDto })
  list(@CurrentUser() user: AuthUser, @Query() query: ListHiresQuery): Promise<ListResponse<Hire>> {
    return this.hires.list(user, query);
  }

  @Get('hires/:id')
  @ApiOperation({ summary: '用工记录和用工协议' })
  @ApiOkResponse({ type: HireResponseDto })
  get(@CurrentUser() user: AuthUser, @Param('id', idParamPipe) id: number): Promise<Hire> {
    return this.hires.get(user, id);
  }

  @Roles('worker', 'employer')
  @Post('hires/:id/agreement/confirm')
  @HttpCode(200)
  @ApiOperation({ summary: '确认用工协议（双方各确认一次，确认后文本不再改变）' })
  @ApiOkResponse({ type: HireResponseDto })
  confirm(@CurrentUser() user: AuthUser, @Param('id', idParamPipe) id: number): Promise<Hire> {
    return this.hires.confirmAgreement(user, id);
  }

  @Roles('worker')
  @Post('hires/:id/payment')
  @HttpCode(200)
  @ApiOperation({ summary: '零工登记工钱是否拿到（没拿到会转欠薪投诉）' })
  @ApiOkResponse({ type: HireResponseDto })
  payment(@CurrentUser() user: AuthUser, @Param('id', idParamPipe) id: number, @Body() dto: PaymentDto): Promise<Hire> {
    return this.hires.reportPayment(user, id, dto.paid);
  }

  @Roles('employer')
  @Post('hires/:id/complete')
  @HttpCode(200)
  @ApiOperation({ summary: '用工方标记完工（双方确认协议后、开工当天起，只能标记一次；会通知零工）' })
  @ApiOkResponse({ type: HireResponseDto })
  complete(@CurrentUser() user: AuthUser, @Param('id', idParamPipe) id: number): Promise<Hire> {
    return this.hires.complete(user, id);
  }

  @Roles('worker', 'employer')
  @Post('hires/:id/rating')
  @ApiOperation({ summary: '评价对方（1-5星和标签，每次用工每方一次；完工或登记工钱后）' })
  @ApiCreatedResponse({ type: RatingResponseDto })
  rate(@CurrentUser() user: AuthUser, @Param('id', idParamPipe) id: number, @Body() dto: RatingDto): Promise<Rating> {
    return this.hires.rate(user, id, dto);
  }

  @Get('workers/:id/reputation')
  @ApiOperation({ summary: '零工的评分、用工次数和爽约次数' })
  @ApiOkResponse({ type: ReputationResponseDto })
  workerReputation(@Param('id', idParamPipe) id: number): Promise<Reputation> {
    return this.hires.workerReputation(id);
  }

  @Get('employers/:id/reputation')
  @ApiOperation({ summary: '用工方的评分、用工次数和被报欠薪次数' })
  @ApiOkResponse({ type: ReputationResponseDto })
  employerReputation(@Param('id', idParamPipe) id: number): Promise<Reputation> {
    return this.hires.employerReputation(id);
  }
}
