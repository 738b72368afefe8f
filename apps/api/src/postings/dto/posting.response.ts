import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  PAY_UNITS,
  POSTING_REPORT_REASONS,
  POSTING_STATUSES,
  SETTLEMENTS,
  type ContentNote,
  type PayUnit,
  type Posting,
  type PostingReportReason,
  type PostingStatus,
  type Settlement,
} from '@lingong/shared';
import { ListResponseDto } from '../../common/openapi/list-response.dto';
import type { PostingReportsService } from '../posting-reports.service';

export class ContentNoteResponseDto implements ContentNote {
  @ApiProperty({ example: 'age' })
  category: string;

  @ApiProperty({ example: '限45岁以下' })
  phrase: string;

  @ApiProperty({ example: '招工信息不得设置年龄歧视条件' })
  reason: string;
}

export class PostingResponseDto implements Posting {
  @ApiProperty({ example: 101 })
  id: number;

  @ApiProperty({ enum: POSTING_STATUSES })
  status: PostingStatus;

  @ApiProperty({ example: 7 })
  employerId: number;

  @ApiProperty({ example: 1, description: '已录用人数' })
  filledCount: number;

  @ApiProperty({ example: '菏泽市某建筑劳务有限公司', description: '用工方登记的名称' })
  employerName: string;

  @ApiProperty({ example: '371702' })
  countyCode: string;

  @ApiProperty({ example: '2026-12-10', description: '最后一天（YYYY-MM-DD）' })
  endDate: string;

  @ApiPropertyOptional({ description: '等待审核或审核不通过的原因（用工方可见）' })
  statusReason?: string;

  @ApiPropertyOptional({ type: () => [ContentNoteResponseDto], description: '内容检查发现的问题（转人工审核时）' })
  reviewNotes?: ContentNoteResponseDto[];

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;

  @ApiProperty({ example: 'construction.mason' })
  trade: string;

  @ApiProperty({ example: '急招瓦工3名' })
  title: string;

  @ApiProperty({ example: '砌墙抹灰，管午饭。' })
  description: string;

  @ApiProperty({ example: 3 })
  headcount: number;

  @ApiProperty({ example: 20000, description: '工钱（分）' })
  payAmountFen: number;

  @ApiProperty({ enum: PAY_UNITS })
  payUnit: PayUnit;

  @ApiProperty({ enum: SETTLEMENTS })
  settlement: Settlement;

  @ApiProperty({ example: '菏泽市牡丹区人民路88号' })
  address: string;

  @ApiProperty({ example: 35.2526 })
  lat: number;

  @ApiProperty({ example: 115.4418 })
  lng: number;

  @ApiProperty({ example: '2026-12-08', description: '开工日期（YYYY-MM-DD，北京时间）' })
  startDate: string;

  @ApiProperty({ example: 3 })
  durationDays: number;

  @ApiProperty({ example: '07:00-17:00，中午休息1小时' })
  workHours: string;

  @ApiPropertyOptional({ example: '有瓦工经验' })
  requirements?: string;

  @ApiProperty({ example: '13800138000' })
  contactPhone: string;

  @ApiProperty({ format: 'date-time', description: '过了这个时间不再显示（状态变为 expired）' })
  validUntil: string;
}

type PostingReportCreated = Awaited<ReturnType<PostingReportsService['report']>>;

export class PostingReportCreatedResponseDto implements PostingReportCreated {
  @ApiProperty()
  id: number;

  @ApiProperty()
  postingId: number;

  @ApiProperty({ enum: POSTING_REPORT_REASONS })
  reason: string;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}

type PostingReportItem = Awaited<ReturnType<PostingReportsService['listReports']>>['items'][number];

export class PostingReportResponseDto implements PostingReportItem {
  @ApiProperty()
  id: number;

  @ApiProperty()
  postingId: number;

  @ApiProperty({ example: '急招瓦工3名' })
  postingTitle: string;

  @ApiProperty({ example: '371702' })
  countyCode: string;

  @ApiProperty({ enum: POSTING_REPORT_REASONS })
  reason: PostingReportReason;

  @ApiPropertyOptional({ type: String, description: '举报人写的说明' })
  detail: string | undefined;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}

export class PostingListResponseDto extends ListResponseDto(PostingResponseDto) {}
export class PostingReportListResponseDto extends ListResponseDto(PostingReportResponseDto) {}
