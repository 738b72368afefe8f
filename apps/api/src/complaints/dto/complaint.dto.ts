import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import {
  COMPLAINT_CATEGORIES,
  COMPLAINT_OPERATOR_ACTIONS,
  COMPLAINT_STATUSES,
  type ComplaintCategory,
  type ComplaintOperatorAction,
  type ComplaintRespondentInput,
  type ComplaintStatus,
  type ComplaintTransitionRequest,
  type CreateComplaintRequest,
} from '@lingong/shared';
import { PageQuery } from '../../common/dto';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MAX_FEN = 2_000_000_000;

export class ComplaintRespondentDto implements ComplaintRespondentInput {
  @ApiPropertyOptional({ description: '在平台登记的用工方编号' })
  @IsOptional()
  @IsInt({ message: '用工方编号不正确' })
  @Min(1, { message: '用工方编号不正确' })
  employerId?: number;

  @ApiPropertyOptional({ example: '某某建筑劳务队' })
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: '名称太长了' })
  name?: string;

  @ApiPropertyOptional({ example: '牡丹区人民路88号工地' })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: '地址太长了' })
  address?: string;

  @ApiPropertyOptional({ example: '张工头' })
  @IsOptional()
  @IsString()
  @MaxLength(50, { message: '负责人姓名太长了' })
  personInCharge?: string;
}

export class CreateComplaintDto implements CreateComplaintRequest {
  @ApiProperty({ enum: COMPLAINT_CATEGORIES })
  @IsIn(COMPLAINT_CATEGORIES as unknown as string[], { message: '请选择投诉类别' })
  category: ComplaintCategory;

  @ApiProperty({ type: ComplaintRespondentDto })
  @ValidateNested()
  @Type(() => ComplaintRespondentDto)
  respondent: ComplaintRespondentDto;

  @ApiProperty({ example: '2026年10月在工地干了20天，老板一直没给工钱。' })
  @IsString()
  @MinLength(5, { message: '请把事情经过写清楚（至少5个字）' })
  @MaxLength(5000, { message: '事情经过太长了，请精简到5000字以内' })
  facts: string;

  @ApiProperty({ example: '要回工钱4000元' })
  @IsString()
  @MinLength(2, { message: '请写明您的要求' })
  @MaxLength(1000, { message: '要求太长了' })
  request: string;

  @ApiPropertyOptional({ description: '被欠的金额（分）' })
  @IsOptional()
  @IsInt({ message: '金额应为整数（分）' })
  @Min(1, { message: '金额应大于0' })
  @Max(MAX_FEN, { message: '金额太大了' })
  amountFen?: number;

  @ApiPropertyOptional({ example: '2026-10-01' })
  @IsOptional()
  @Matches(DATE, { message: '日期格式应为 2026-10-01' })
  periodFrom?: string;

  @ApiPropertyOptional({ example: '2026-10-20' })
  @IsOptional()
  @Matches(DATE, { message: '日期格式应为 2026-10-20' })
  periodTo?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(1)
  postingId?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(1)
  hireId?: number;

  @ApiPropertyOptional({ example: '371702', description: '干活地点所在县（区），被投诉方未在平台登记时必填' })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: '县（区）代码应为6位数字' })
  countyCode?: string;

  @ApiPropertyOptional({ description: '匿名举报（仅限虚假招聘、乱收费/扣证）' })
  @IsOptional()
  @IsBoolean({ message: '匿名应为是或否' })
  anonymous?: boolean;
}

export class ComplaintTransitionDto implements ComplaintTransitionRequest {
  @ApiProperty({ enum: COMPLAINT_OPERATOR_ACTIONS })
  @IsIn(COMPLAINT_OPERATOR_ACTIONS as unknown as string[], { message: '办理动作不是可选的值' })
  action: ComplaintOperatorAction;

  @ApiPropertyOptional({ description: '理由（不予受理、补充材料、办理结果、延期时必填），投诉人能看到' })
  @IsOptional()
  @IsString()
  @MaxLength(2000, { message: '理由太长了' })
  reason?: string;

  @ApiPropertyOptional({ example: '菏泽市劳动保障监察支队' })
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: '部门名称太长了' })
  referredTo?: string;

  @ApiPropertyOptional({ description: '追回的工资（分）' })
  @IsOptional()
  @IsInt({ message: '金额应为整数（分）' })
  @Min(0, { message: '金额不能为负数' })
  @Max(MAX_FEN, { message: '金额太大了' })
  recoveredFen?: number;
}

export class ComplaintNoteDto {
  @ApiProperty()
  @IsString()
  @MinLength(2, { message: '请填写内容' })
  @MaxLength(2000, { message: '内容太长了' })
  text: string;

  @ApiProperty({ description: 'true：仅工作人员可见；false：投诉人也能看到' })
  @IsBoolean({ message: '请选择是否仅内部可见' })
  internal: boolean;
}

export class ComplaintMaterialDto {
  @ApiProperty({ description: '补充说明' })
  @IsString()
  @MinLength(2, { message: '请填写补充的内容' })
  @MaxLength(5000, { message: '内容太长了' })
  text: string;
}

export class WithdrawComplaintDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(500, { message: '内容太长了' })
  reason?: string;
}

export class AssignComplaintDto {
  @ApiProperty({ description: '本县（区）工作人员的用户编号' })
  @IsInt({ message: '请选择工作人员' })
  @Min(1, { message: '请选择工作人员' })
  operatorUserId: number;
}

export class SuspendRespondentDto {
  @ApiProperty({ description: '暂停原因，用工方能看到' })
  @IsString()
  @MinLength(4, { message: '请写清暂停原因（至少4个字）' })
  @MaxLength(500, { message: '原因太长了' })
  reason: string;
}

export class ListComplaintsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: COMPLAINT_STATUSES })
  @IsOptional()
  @IsIn(COMPLAINT_STATUSES as unknown as string[], { message: '状态不是可选的值' })
  status?: ComplaintStatus;

  @ApiPropertyOptional({ description: '工作人员：只看逾期的' })
  @IsOptional()
  @IsIn(['true', 'false'], { message: '应为 true 或 false' })
  overdue?: 'true' | 'false';

  @ApiPropertyOptional({ description: '工作人员：只看分派给我的' })
  @IsOptional()
  @IsIn(['true', 'false'], { message: '应为 true 或 false' })
  assignedToMe?: 'true' | 'false';

  @ApiPropertyOptional({ description: '管理员按县（区）筛选' })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: '县（区）代码应为6位数字' })
  countyCode?: string;
}

export class ComplaintStatsQuery {
  @ApiProperty({ example: '2026-10-01' })
  @Matches(DATE, { message: '日期格式应为 2026-10-01' })
  from: string;

  @ApiProperty({ example: '2026-12-31' })
  @Matches(DATE, { message: '日期格式应为 2026-12-31' })
  to: string;

  @ApiPropertyOptional({ description: '管理员只看某县（区）' })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: '县（区）代码应为6位数字' })
  countyCode?: string;
}

export class ListRemindersQuery extends PageQuery {}
