import { Controller, Delete, Get, HttpCode, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ListResponse, StaffMember } from '@lingong/shared';
import { AuthUser, CurrentUser, Roles } from '../common/access';
import { idParamPipe } from '../common/id-param';
import { ListStaffQuery } from './dto/list-staff.query';
import { StaffService } from './staff.service';
import { StaffMemberListResponseDto } from './dto/staff.response';

@ApiTags('staff')
@ApiBearerAuth()
@Controller('staff')
export class StaffController {
  constructor(private readonly staff: StaffService) {}

  @Roles('operator', 'admin')
  @Get()
  @ApiOperation({ summary: '本县（区）的工作人员（分派投诉时选人）；管理员可按县（区）筛选' })
  @ApiOkResponse({ type: StaffMemberListResponseDto })
  list(@CurrentUser() user: AuthUser, @Query() query: ListStaffQuery): Promise<ListResponse<StaffMember>> {
    return this.staff.listOperators(user, query);
  }

  @Roles('admin')
  @Delete(':userId')
  @HttpCode(204)
  @ApiOperation({ summary: '取消工作人员权限（管理员）：去掉运营人员或管理员身份；不能取消自己的' })
  @ApiNoContentResponse({ description: '已取消工作人员权限' })
  remove(@CurrentUser() admin: AuthUser, @Param('userId', idParamPipe) userId: number): Promise<void> {
    return this.staff.removeAccess(admin, userId);
  }
}
