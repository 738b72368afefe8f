import { Body, Controller, Delete, Get, HttpCode, Put, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { PII_CONSENT_TEXT, WorkerProfile } from '@lingong/shared';
import { AuthUser, CurrentUser, Public, Roles } from '../common/access';
import { UpsertWorkerDto } from './dto/upsert-worker.dto';
import { WorkersService } from './workers.service';
import { PiiConsentTextResponseDto, WorkerDeletedResponseDto, WorkerExportResponseDto, WorkerProfileResponseDto } from './dto/worker.response';

@ApiTags('workers')
@ApiBearerAuth()
@Controller()
export class WorkersController {
  constructor(private readonly workers: WorkersService) {}

  @Public()
  @Get('consents/pii')
  @ApiOperation({ summary: '身份证号码和位置信息单独同意书（当前版本）' })
  @ApiOkResponse({ type: PiiConsentTextResponseDto })
  consentText() {
    return PII_CONSENT_TEXT;
  }

  @Put('workers/me')
  @ApiOperation({ summary: '零工登记或修改登记（首次登记答 201）' })
  @ApiCreatedResponse({ type: WorkerProfileResponseDto, description: '首次登记' })
  @ApiOkResponse({ type: WorkerProfileResponseDto, description: '修改登记' })
  async upsert(@CurrentUser() user: AuthUser, @Body() dto: UpsertWorkerDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<WorkerProfile> {
    const { profile, created } = await this.workers.upsertMine(user.id, dto);
    reply.status(created ? 201 : 200);
    return profile;
  }

  @Get('workers/me')
  @ApiOperation({ summary: '我的零工登记信息' })
  @ApiOkResponse({ type: WorkerProfileResponseDto })
  getMine(@CurrentUser() user: AuthUser): Promise<WorkerProfile> {
    return this.workers.getMine(user.id);
  }

  @Roles('worker')
  @Get('workers/me/export')
  @ApiOperation({ summary: '导出平台保存的我的全部信息' })
  @ApiOkResponse({ type: WorkerExportResponseDto })
  exportMine(@CurrentUser() user: AuthUser) {
    return this.workers.exportMine(user.id);
  }

  @Roles('worker')
  @Delete('workers/me')
  @HttpCode(200)
  @ApiOperation({ summary: '注销：删除个人信息，依法保留的记录去标识化' })
  @ApiOkResponse({ type: WorkerDeletedResponseDto })
  deleteMine(@CurrentUser() user: AuthUser) {
    return this.workers.deleteMine(user.id);
  }
}
