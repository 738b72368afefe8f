import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Application, Hire, ListResponse } from '@lingong/shared';
import { AuthUser, CurrentUser, Roles } from '../common/access';
import { idParamPipe } from '../common/id-param';
import { CancelDto } from '../hires/dto/hire.dto';
import { PageQuery } from '../common/dto';
import { ApplicationsService } from './applications.service';
import { InviteDto } from './dto/application.dto';
import { ApplicationListResponseDto, ApplicationResponseDto } from './dto/application.response';
import { HireResponseDto } from '../hires/dto/hire.response';

@ApiTags('applications')
@ApiBearerAuth()
@Controller()
export class ApplicationsController {
  constructor(private readonly applications: ApplicationsService) {}

  @Roles('worker')
  @Post('postings/:id/applications')
  @ApiOperation({ summary: '零工报名' })
  @ApiCreatedResponse({ type: ApplicationResponseDto })
  apply(@CurrentUser() user: AuthUser, @Param('id', idParamPipe) id: number): Promise<Application> {
    return this.applications.apply(user, id);
  }

  @Roles('employer')
  @Get('postings/:id/applications')
  @ApiOperation({ summary: '这条招工信息的报名和邀请（用工方）' })
  @ApiOkResponse({ type: ApplicationListResponseDto })
  listForPosting(@CurrentUser() user: AuthUser, @Param('id', idParamPipe) id: number, @Query() query: PageQuery): Promise<ListResponse<Application>> {
    return this.applications.listForPosting(user, id, query);
  }

  @Roles('employer')
  @Post('postings/:id/invitations')
  @ApiOperation({ summary: '邀请零工来干活' })
  @ApiCreatedResponse({ type: ApplicationResponseDto })
  invite(@CurrentUser() user: AuthUser, @Param('id', idParamPipe) id: number, @Body() dto: InviteDto): Promise<Application> {
    return this.applications.invite(user, id, dto.workerId);
  }

  @Roles('worker')
  @Get('workers/me/applications')
  @ApiOperation({ summary: '我的报名和收到的邀请' })
  @ApiOkResponse({ type: ApplicationListResponseDto })
  listMine(@CurrentUser() user: AuthUser, @Query() query: PageQuery): Promise<ListResponse<Application>> {
    return this.applications.listMine(user, query);
  }

  @Roles('employer')
  @Post('applications/:id/accept')
  @HttpCode(200)
  @ApiOperation({ summary: '录用报名的零工（生成用工记录和用工协议）' })
  @ApiOkResponse({ type: HireResponseDto })
  acceptApplication(@CurrentUser() user: AuthUser, @Param('id', idParamPipe) id: number): Promise<Hire> {
    return this.applications.accept(user, id, 'application');
  }

  @Roles('employer')
  @Post('applications/:id/decline')
  @HttpCode(200)
  @ApiOperation({ summary: '婉拒报名' })
  @ApiOkResponse({ type: ApplicationResponseDto })
  declineApplication(@CurrentUser() user: AuthUser, @Param('id', idParamPipe) id: number): Promise<Application> {
    return this.applications.decline(user, id, 'application');
  }

  @Roles('worker', 'employer')
  @Post('applications/:id/cancel')
  @HttpCode(200)
  @ApiOperation({ summary: '取消报名（写明原因）' })
  @ApiOkResponse({ type: ApplicationResponseDto })
  cancelApplication(@CurrentUser() user: AuthUser, @Param('id', idParamPipe) id: number, @Body() dto: CancelDto): Promise<Application> {
    return this.applications.cancel(user, id, 'application', dto.reason);
  }

  @Roles('worker')
  @Post('invitations/:id/accept')
  @HttpCode(200)
  @ApiOperation({ summary: '接受邀请（生成用工记录和用工协议）' })
  @ApiOkResponse({ type: HireResponseDto })
  acceptInvitation(@CurrentUser() user: AuthUser, @Param('id', idParamPipe) id: number): Promise<Hire> {
    return this.applications.accept(user, id, 'invitation');
  }

  @Roles('worker')
  @Post('invitations/:id/decline')
  @HttpCode(200)
  @ApiOperation({ summary: '谢绝邀请' })
  @ApiOkResponse({ type: ApplicationResponseDto })
  declineInvitation(@CurrentUser() user: AuthUser, @Param('id', idParamPipe) id: number): Promise<Application> {
    return this.applications.decline(user, id, 'invitation');
  }

  @Roles('worker', 'employer')
  @Post('invitations/:id/cancel')
  @HttpCode(200)
  @ApiOperation({ summary: '取消邀请（写明原因）' })
  @ApiOkResponse({ type: ApplicationResponseDto })
  cancelInvitation(@CurrentUser() user: AuthUser, @Param('id', idParamPipe) id: number, @Body() dto: CancelDto): Promise<Application> {
    return this.applications.cancel(user, id, 'invitation', dto.reason);
  }
}
