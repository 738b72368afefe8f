import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ListResponse, Posting } from '@lingong/shared';
import { AuthUser, CurrentUser, Public, Roles } from '../common/access';
import { idParamPipe } from '../common/id-param';
import { CreatePostingDto, ListPostingsQuery, ListStaffPostingsQuery, RejectPostingDto, ReportPostingDto, UpdatePostingDto } from './dto/posting.dto';
import { PostingPublishingService } from './posting-publishing.service';
import { PostingReportsService } from './posting-reports.service';
import { PostingReviewService } from './posting-review.service';
import { PostingsService } from './postings.service';
import { PageQuery } from '../common/dto';
import { PostingListResponseDto, PostingReportCreatedResponseDto, PostingReportListResponseDto, PostingResponseDto } from './dto/posting.response';

@ApiTags('postings')
@ApiBearerAuth()
@Controller()
export class PostingsController {
  constructor(
    private readonly publishing: PostingPublishingService,
    private readonly review: PostingReviewService,
    private readonly reports: PostingReportsService,
    private readonly postings: PostingsService,
  ) {}

  @Roles('employer')
  @Post('postings')
  @ApiOperation({ summary: '发布招工信息（已核实的用工方）；含年龄限制等内容时先转人工审核' })
  @ApiCreatedResponse({ type: PostingResponseDto })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreatePostingDto): Promise<Posting> {
    return this.publishing.create(user, dto);
  }

  @Roles('employer')
  @Get('employers/me/postings')
  @ApiOperation({ summary: '我发布的招工信息' })
  @ApiOkResponse({ type: PostingListResponseDto })
  listMine(@CurrentUser() user: AuthUser, @Query() query: ListPostingsQuery): Promise<ListResponse<Posting>> {
    return this.publishing.listMine(user, query);
  }

  @Roles('operator', 'admin')
  @Get('postings/reports')
  @ApiOperation({ summary: '本县（区）零工对招工信息的举报' })
  @ApiOkResponse({ type: PostingReportListResponseDto })
  listReports(@CurrentUser() user: AuthUser, @Query() query: PageQuery) {
    return this.reports.listReports(user, query);
  }

  @Roles('operator', 'admin')
  @Get('postings')
  @ApiOperation({ summary: '本县（区）招工信息列表（运营人员）；status=pending_review 为待审核队列；管理员可按县（区）筛选' })
  @ApiOkResponse({ type: PostingListResponseDto })
  list(@CurrentUser() user: AuthUser, @Query() query: ListStaffPostingsQuery): Promise<ListResponse<Posting>> {
    return this.review.listForStaff(user, query);
  }

  @Public()
  @Get('postings/:id')
  @ApiOperation({ summary: '招工信息详情（招工中的不登录也能看，联系电话登录后才完整显示）' })
  @ApiOkResponse({ type: PostingResponseDto })
  get(@CurrentUser() user: AuthUser | undefined, @Param('id', idParamPipe) id: number): Promise<Posting> {
    return this.postings.get(user, id);
  }

  @Roles('employer')
  @Patch('postings/:id')
  @ApiOperation({ summary: '修改招工信息（内容会重新检查）' })
  @ApiOkResponse({ type: PostingResponseDto })
  update(@CurrentUser() user: AuthUser, @Param('id', idParamPipe) id: number, @Body() dto: UpdatePostingDto): Promise<Posting> {
    return this.publishing.update(user, id, dto);
  }

  @Roles('employer')
  @Post('postings/:id/close')
  @HttpCode(200)
  @ApiOperation({ summary: '关闭招工信息' })
  @ApiOkResponse({ type: PostingResponseDto })
  close(@CurrentUser() user: AuthUser, @Param('id', idParamPipe) id: number): Promise<Posting> {
    return this.publishing.close(user, id);
  }

  @Roles('operator', 'admin')
  @Post('postings/:id/approve')
  @HttpCode(200)
  @ApiOperation({ summary: '审核通过招工信息' })
  @ApiOkResponse({ type: PostingResponseDto })
  approve(@CurrentUser() user: AuthUser, @Param('id', idParamPipe) id: number): Promise<Posting> {
    return this.review.approve(user, id);
  }

  @Roles('operator', 'admin')
  @Post('postings/:id/reject')
  @HttpCode(200)
  @ApiOperation({ summary: '审核不通过（须写明原因，用工方可见）' })
  @ApiOkResponse({ type: PostingResponseDto })
  reject(@CurrentUser() user: AuthUser, @Param('id', idParamPipe) id: number, @Body() dto: RejectPostingDto): Promise<Posting> {
    return this.review.reject(user, id, dto.reason);
  }

  @Roles('worker')
  @Post('postings/:id/reports')
  @ApiOperation({ summary: '举报虚假或违法招工信息' })
  @ApiCreatedResponse({ type: PostingReportCreatedResponseDto })
  report(@CurrentUser() user: AuthUser, @Param('id', idParamPipe) id: number, @Body() dto: ReportPostingDto) {
    return this.reports.report(user, id, dto);
  }
}
