import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CreatedStaffInvitation, ListResponse, StaffInvitation, UserSummary } from '@lingong/shared';
import { AuthUser, CurrentUser, Roles } from '../common/access';
import { idParamPipe } from '../common/id-param';
import { CreateStaffInvitationDto, ListStaffInvitationsQuery, RedeemStaffInvitationDto } from './dto/staff-invitation.dto';
import { StaffInvitationsService } from './staff-invitations.service';
import { UserSummaryResponseDto } from '../auth/dto/auth.response';
import { CreatedStaffInvitationResponseDto, StaffInvitationListResponseDto } from './dto/staff.response';

@ApiTags('staff')
@ApiBearerAuth()
@Controller('staff/invitations')
export class StaffInvitationsController {
  constructor(private readonly invitations: StaffInvitationsService) {}

  @Roles('admin')
  @Post()
  @ApiOperation({ summary: '生成工作人员邀请码（管理员）：邀请码只在这次答复里出现' })
  @ApiCreatedResponse({ type: CreatedStaffInvitationResponseDto })
  create(@CurrentUser() admin: AuthUser, @Body() dto: CreateStaffInvitationDto): Promise<CreatedStaffInvitation> {
    return this.invitations.create(admin, dto);
  }

  @Roles('admin')
  @Get()
  @ApiOperation({ summary: '还能用的邀请码（管理员）：不含邀请码本身' })
  @ApiOkResponse({ type: StaffInvitationListResponseDto })
  list(@Query() query: ListStaffInvitationsQuery): Promise<ListResponse<StaffInvitation>> {
    return this.invitations.listOpen(query);
  }

  @Post('redeem')
  @HttpCode(200)
  @ApiOperation({ summary: '输入邀请码，成为工作人员（任何已登录的用户）；答复更新后的账号' })
  @ApiOkResponse({ type: UserSummaryResponseDto })
  redeem(@CurrentUser() user: AuthUser, @Body() dto: RedeemStaffInvitationDto): Promise<UserSummary> {
    return this.invitations.redeem(user, dto.code);
  }

  @Roles('admin')
  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: '作废一个还没用的邀请码（管理员）' })
  @ApiNoContentResponse({ description: '已作废' })
  revoke(@CurrentUser() admin: AuthUser, @Param('id', idParamPipe) id: number): Promise<void> {
    return this.invitations.revoke(admin, id);
  }
}
