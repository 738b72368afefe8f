import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ListResponse, StaffMember } from '@lingong/shared';
import { AuthUser, CurrentUser, Roles } from '../auth/auth.decorators';
import { ListStaffQuery } from './dto/list-staff.query';
import { StaffService } from './staff.service';

@ApiTags('staff')
@ApiBearerAuth()
@Controller('staff')
export class StaffController {
  constructor(private readonly staff: StaffService) {}

  @Roles('operator', 'admin')
  @Get()
  @ApiOperation({ summary: '本县（区）的工作人员（分派投诉时选人）；管理员可按县（区）筛选' })
  list(@CurrentUser() user: AuthUser, @Query() query: ListStaffQuery): Promise<ListResponse<StaffMember>> {
    return this.staff.listOperators(user, query);
  }
}
