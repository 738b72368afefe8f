import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { EmployerProfile, ListResponse } from '@lingong/shared';
import { AuthUser, CurrentUser, Roles } from '../common/access';
import { idParamPipe } from '../common/id-param';
import { ListEmployersQuery, SuspendEmployerDto, UpsertEmployerDto, VerifyEmployerDto } from './dto/employer.dto';
import { EmployersService } from './employers.service';
import { EmployerListResponseDto, EmployerProfileResponseDto } from './dto/employer.response';

@ApiTags('employers')
@ApiBearerAuth()
@Controller('employers')
export class EmployersController {
  constructor(private readonly employers: EmployersService) {}

  @Put('me')
  @ApiOperation({ summary: '用工方登记或修改登记（首次登记答 201）' })
  @ApiCreatedResponse({ type: EmployerProfileResponseDto, description: '首次登记' })
  @ApiOkResponse({ type: EmployerProfileResponseDto, description: '修改登记' })
  async upsert(@CurrentUser() user: AuthUser, @Body() dto: UpsertEmployerDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<EmployerProfile> {
    const { profile, created } = await this.employers.upsertMine(user.id, dto);
    reply.status(created ? 201 : 200);
    return profile;
  }

  @Get('me')
  @ApiOperation({ summary: '我的用工方登记信息（含审核状态和原因）' })
  @ApiOkResponse({ type: EmployerProfileResponseDto })
  getMine(@CurrentUser() user: AuthUser): Promise<EmployerProfile> {
    return this.employers.getMine(user.id);
  }

  @Roles('operator', 'admin')
  @Get()
  @ApiOperation({ summary: '本县（区）用工方列表（运营人员），可按状态筛选' })
  @ApiOkResponse({ type: EmployerListResponseDto })
  list(@CurrentUser() user: AuthUser, @Query() query: ListEmployersQuery): Promise<ListResponse<EmployerProfile>> {
    return this.employers.list(user, query);
  }

  @Roles('operator', 'admin')
  @Get(':id')
  @ApiOperation({ summary: '用工方详情（运营人员）' })
  @ApiOkResponse({ type: EmployerProfileResponseDto })
  get(@CurrentUser() user: AuthUser, @Param('id', idParamPipe) id: number): Promise<EmployerProfile> {
    return this.employers.getForStaff(user, id);
  }

  @Roles('operator', 'admin')
  @Post(':id/verify')
  @HttpCode(200)
  @ApiOperation({ summary: '核实用工方（也用于解除暂停）' })
  @ApiOkResponse({ type: EmployerProfileResponseDto })
  verify(@CurrentUser() user: AuthUser, @Param('id', idParamPipe) id: number, @Body() dto: VerifyEmployerDto): Promise<EmployerProfile> {
    return this.employers.verify(user, id, dto.reason);
  }

  @Roles('operator', 'admin')
  @Post(':id/suspend')
  @HttpCode(200)
  @ApiOperation({ summary: '暂停用工方（须写明原因，用工方可见）' })
  @ApiOkResponse({ type: EmployerProfileResponseDto })
  suspend(@CurrentUser() user: AuthUser, @Param('id', idParamPipe) id: number, @Body() dto: SuspendEmployerDto): Promise<EmployerProfile> {
    return this.employers.suspend(user, id, dto.reason);
  }

  @Roles('operator', 'admin')
  @Post(':id/reinstate')
  @HttpCode(200)
  @ApiOperation({ summary: '恢复被暂停的用工方（须写明原因，用工方可见）' })
  @ApiOkResponse({ type: EmployerProfileResponseDto })
  reinstate(@CurrentUser() user: AuthUser, @Param('id', idParamPipe) id: number, @Body() dto: SuspendEmployerDto): Promise<EmployerProfile> {
    return this.employers.reinstate(user, id, dto.reason);
  }
}
