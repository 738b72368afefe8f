import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ComplaintDetail, ComplaintReminderItem, ComplaintStats, ComplaintSummary, ListResponse } from '@lingong/shared';
import { AuthUser, CurrentUser, Roles } from '../common/access';
import { idParamPipe } from '../common/id-param';
import { ComplaintDeadlinesJob } from './complaint-deadlines.job';
import { ComplaintEvidenceService } from './complaint-evidence.service';
import { ComplaintFiguresService } from './complaint-figures.service';
import { ComplaintHandlingService } from './complaint-handling.service';
import { ComplaintIntakeService } from './complaint-intake.service';
import { ComplaintReadingService } from './complaint-reading.service';
import {
  AssignComplaintDto,
  ComplaintMaterialDto,
  ComplaintNoteDto,
  ComplaintStatsQuery,
  ComplaintTransitionDto,
  CreateComplaintDto,
  ListComplaintsQuery,
  ListRemindersQuery,
  SuspendRespondentDto,
  WithdrawComplaintDto,
} from './dto/complaint.dto';
import { ApiFileResponse } from '../common/openapi/api-responses';
import {
  ComplaintDetailResponseDto,
  ComplaintReminderListResponseDto,
  ComplaintStatsResponseDto,
  ComplaintSummaryListResponseDto,
} from './dto/complaint.response';

@ApiTags('complaints')
@ApiBearerAuth()
@Controller('complaints')
export class ComplaintsController {
  constructor(
    private readonly intake: ComplaintIntakeService,
    private readonly reading: ComplaintReadingService,
    private readonly handling: ComplaintHandlingService,
    private readonly deadlines: ComplaintDeadlinesJob,
    private readonly figures: ComplaintFiguresService,
    private readonly evidence: ComplaintEvidenceService,
  ) {}

  @Post()
  @ApiOperation({ summary: '提交投诉或举报（重复提交答 200 和原来的投诉）' })
  @ApiCreatedResponse({ type: ComplaintDetailResponseDto, description: '已提交' })
  @ApiOkResponse({ type: ComplaintDetailResponseDto, description: '重复提交：答复原来的投诉' })
  async create(@CurrentUser() user: AuthUser, @Body() dto: CreateComplaintDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<ComplaintDetail> {
    const { complaint, created } = await this.intake.create(user, dto);
    reply.status(created ? 201 : 200);
    return complaint;
  }

  @Post('with-evidence')
  @ApiConsumes('multipart/form-data')
  @ApiOperation({ summary: '提交投诉并同时上传证据（multipart：complaint 字段为投诉 JSON，其余为文件）' })
  @ApiCreatedResponse({ type: ComplaintDetailResponseDto, description: '已提交' })
  @ApiOkResponse({ type: ComplaintDetailResponseDto, description: '重复提交：答复原来的投诉' })
  async createWithEvidence(
    @CurrentUser() user: AuthUser,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ComplaintDetail> {
    const { complaint, created } = await this.evidence.createWithEvidence(user, request);
    reply.status(created ? 201 : 200);
    return complaint;
  }

  @Get()
  @ApiOperation({ summary: '我的投诉；工作人员：本县（区）待办，按期限先后排列' })
  @ApiOkResponse({ type: ComplaintSummaryListResponseDto })
  list(@CurrentUser() user: AuthUser, @Query() query: ListComplaintsQuery): Promise<ListResponse<ComplaintSummary>> {
    return this.reading.list(user, query);
  }

  @Roles('operator', 'admin')
  @Get('stats')
  @ApiOperation({ summary: '投诉办理统计（运营人员：本县；管理员：分县）' })
  @ApiOkResponse({ type: ComplaintStatsResponseDto })
  stats(@CurrentUser() user: AuthUser, @Query() query: ComplaintStatsQuery): Promise<ComplaintStats> {
    return this.figures.stats(user, query);
  }

  @Roles('operator', 'admin')
  @Get('reminders')
  @ApiOperation({ summary: '逾期提醒：分派给我的和本县未分派的（管理员：全部）' })
  @ApiOkResponse({ type: ComplaintReminderListResponseDto })
  reminders(@CurrentUser() user: AuthUser, @Query() query: ListRemindersQuery): Promise<ListResponse<ComplaintReminderItem>> {
    return this.deadlines.list(user, query);
  }

  @Get(':id')
  @ApiOperation({ summary: '投诉详情和每一步办理记录' })
  @ApiOkResponse({ type: ComplaintDetailResponseDto })
  get(@CurrentUser() user: AuthUser, @Param('id', idParamPipe) id: number): Promise<ComplaintDetail> {
    return this.reading.get(user, id);
  }

  @Roles('operator', 'admin')
  @Post(':id/transitions')
  @HttpCode(200)
  @ApiOperation({ summary: '办理投诉：受理、不予受理、要求补充材料、转交、调查、办结、结案、延期' })
  @ApiOkResponse({ type: ComplaintDetailResponseDto })
  transition(@CurrentUser() user: AuthUser, @Param('id', idParamPipe) id: number, @Body() dto: ComplaintTransitionDto): Promise<ComplaintDetail> {
    return this.handling.transition(user, id, dto);
  }

  @Roles('operator', 'admin')
  @Post(':id/notes')
  @HttpCode(200)
  @ApiOperation({ summary: '添加办理备注（可设为仅内部可见）' })
  @ApiOkResponse({ type: ComplaintDetailResponseDto })
  note(@CurrentUser() user: AuthUser, @Param('id', idParamPipe) id: number, @Body() dto: ComplaintNoteDto): Promise<ComplaintDetail> {
    return this.handling.addNote(user, id, dto);
  }

  @Roles('operator', 'admin')
  @Post(':id/assign')
  @HttpCode(200)
  @ApiOperation({ summary: '分派给本县（区）的同事' })
  @ApiOkResponse({ type: ComplaintDetailResponseDto })
  assign(@CurrentUser() user: AuthUser, @Param('id', idParamPipe) id: number, @Body() dto: AssignComplaintDto): Promise<ComplaintDetail> {
    return this.handling.assign(user, id, dto);
  }

  @Roles('operator', 'admin')
  @Post(':id/suspend-employer')
  @HttpCode(200)
  @ApiOperation({ summary: '暂停被投诉的用工方（须写明原因，用工方可见）' })
  @ApiOkResponse({ type: ComplaintDetailResponseDto })
  suspendEmployer(@CurrentUser() user: AuthUser, @Param('id', idParamPipe) id: number, @Body() dto: SuspendRespondentDto): Promise<ComplaintDetail> {
    return this.handling.suspendRespondent(user, id, dto.reason);
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @ApiOperation({ summary: '投诉人撤回投诉' })
  @ApiOkResponse({ type: ComplaintDetailResponseDto })
  withdraw(@CurrentUser() user: AuthUser, @Param('id', idParamPipe) id: number, @Body() dto: WithdrawComplaintDto): Promise<ComplaintDetail> {
    return this.handling.withdraw(user, id, dto);
  }

  @Post(':id/material')
  @HttpCode(200)
  @ApiOperation({ summary: '投诉人补充说明（要求补充材料时，补充后重新计算受理期限）' })
  @ApiOkResponse({ type: ComplaintDetailResponseDto })
  material(@CurrentUser() user: AuthUser, @Param('id', idParamPipe) id: number, @Body() dto: ComplaintMaterialDto): Promise<ComplaintDetail> {
    return this.handling.addMaterial(user, id, dto);
  }

  @Post(':id/evidence')
  @ApiConsumes('multipart/form-data')
  @ApiOperation({ summary: '上传证据（照片 JPG/PNG/WEBP 或 PDF，multipart/form-data，字段名任意）' })
  @ApiCreatedResponse({ type: ComplaintDetailResponseDto })
  upload(@CurrentUser() user: AuthUser, @Param('id', idParamPipe) id: number, @Req() request: FastifyRequest): Promise<ComplaintDetail> {
    return this.evidence.upload(user, id, request);
  }

  @Get(':id/evidence/:evidenceId')
  @ApiOperation({ summary: '下载证据文件（投诉人、本县工作人员、管理员）' })
  @ApiFileResponse('证据文件（附件下载）', ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'])
  async download(
    @CurrentUser() user: AuthUser,
    @Param('id', idParamPipe) id: number,
    @Param('evidenceId', idParamPipe) evidenceId: number,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const { evidence, stream } = await this.evidence.open(user, id, evidenceId);
    reply.header('x-content-type-options', 'nosniff').header('cache-control', 'private, no-store');
    return new StreamableFile(stream, {
      type: evidence.contentType,
      length: evidence.sizeBytes,
      disposition: `attachment; filename*=UTF-8''${encodeURIComponent(evidence.fileName)}`,
    });
  }
}
