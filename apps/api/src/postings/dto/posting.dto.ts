import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsLatitude, IsLongitude, IsNumber, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import {
  PAY_UNITS,
  POSTING_REPORT_REASONS,
  POSTING_STATUSES,
  SETTLEMENTS,
  type PayUnit,
  type PostingInput,
  type PostingReportReason,
  type PostingStatus,
  type Settlement,
} from '@lingong/shared';
import { PageQuery } from '../../common/dto';

export class CreatePostingDto implements PostingInput {
  @ApiProperty({ example: 'construction.mason', description: '工种代码（见 /api/catalogue/trades）' })
  @IsString()
  @MaxLength(40)
  trade: string;

  @ApiProperty({ example: '急招瓦工3名' })
  @IsString()
  @MinLength(4, { message: '标题至少4个字' })
  @MaxLength(60, { message: '标题最多60个字' })
  title: string;

  @ApiProperty({ example: '砌墙抹灰，管午饭。' })
  @IsString()
  @MinLength(4, { message: '请写清楚干什么活（至少4个字）' })
  @MaxLength(2000, { message: '工作内容太长了' })
  description: string;

  @ApiProperty({ example: 3 })
  @IsInt({ message: '招工人数应为整数' })
  @Min(1, { message: '至少招1人' })
  @Max(500, { message: '一条信息最多招500人' })
  headcount: number;

  @ApiProperty({ example: 20000, description: '工钱（分）' })
  @IsInt({ message: '工钱应为整数（单位：分）' })
  @Min(100, { message: '工钱太低了，请核对' })
  @Max(10000000, { message: '工钱太高了，请核对' })
  payAmountFen: number;

  @ApiProperty({ enum: PAY_UNITS })
  @IsIn(PAY_UNITS as unknown as string[], { message: '计价方式只能是按天、按小时或按件' })
  payUnit: PayUnit;

  @ApiProperty({ enum: SETTLEMENTS })
  @IsIn(SETTLEMENTS as unknown as string[], { message: '结算方式只能是日结、周结或完工结' })
  settlement: Settlement;

  @ApiProperty({ example: '牡丹区中华路与人民路交叉口东100米' })
  @IsString()
  @MinLength(4, { message: '请填写干活的详细地址' })
  @MaxLength(200, { message: '地址太长了' })
  address: string;

  @ApiProperty({ example: 35.2526 })
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: '纬度应为数字' })
  @IsLatitude({ message: '纬度不正确' })
  lat: number;

  @ApiProperty({ example: 115.4418 })
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: '经度应为数字' })
  @IsLongitude({ message: '经度不正确' })
  lng: number;

  @ApiProperty({ example: '2026-12-01' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '开工日期应为“2026-12-01”这样的格式' })
  startDate: string;

  @ApiProperty({ example: 3 })
  @IsInt({ message: '干几天应为整数' })
  @Min(1, { message: '至少干1天' })
  @Max(365, { message: '最多365天' })
  durationDays: number;

  @ApiProperty({ example: '07:00-17:00，中午休息1小时' })
  @IsString()
  @MinLength(2, { message: '请填写工作时间' })
  @MaxLength(100)
  workHours: string;

  @ApiPropertyOptional({ example: '会看图纸' })
  @IsOptional()
  @IsString()
  @MaxLength(1000, { message: '要求太长了' })
  requirements?: string;

  @ApiProperty({ example: '13912345678' })
  @IsString()
  @MaxLength(20)
  contactPhone: string;

  @ApiProperty({ example: '2026-12-01T10:00:00.000Z', description: '有效期至（ISO 8601 时间）' })
  @IsISO8601({ strict: true }, { message: '有效期应为时间格式' })
  validUntil: string;
}

export class UpdatePostingDto extends PartialType(CreatePostingDto) {}

export class RejectPostingDto {
  @ApiProperty({ description: '不通过的原因，用工方能看到' })
  @IsString()
  @MinLength(4, { message: '请写清不通过的原因（至少4个字）' })
  @MaxLength(500, { message: '原因太长了' })
  reason: string;
}

export class ReportPostingDto {
  @ApiProperty({ enum: POSTING_REPORT_REASONS, description: 'fake 虚假信息；unlawful 违法内容；fees 收费或扣证；other 其他' })
  @IsIn(POSTING_REPORT_REASONS as unknown as string[], { message: '请选择举报原因' })
  reason: PostingReportReason;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(500, { message: '说明太长了' })
  detail?: string;
}

export class ListPostingsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: POSTING_STATUSES })
  @IsOptional()
  @IsIn(POSTING_STATUSES as unknown as string[], { message: '状态不是可选的值' })
  status?: PostingStatus;
}

export class ListStaffPostingsQuery extends ListPostingsQuery {
  @ApiPropertyOptional({ example: '371724', description: '管理员按县（区）筛选；运营人员只能看本县（区）' })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: '县（区）代码应为6位数字' })
  countyCode?: string;
}
