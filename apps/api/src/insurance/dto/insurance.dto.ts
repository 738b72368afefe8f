import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import {
  CLAIM_DECISION_LIMITS,
  CLAIM_STATUSES,
  CLAIM_TEXT_LIMITS,
  COVER_KINDS,
  ENROLLMENT_STATUSES,
  SUBSIDY_CONDITIONS,
  type ClaimDecisionRequest,
  type ClaimStatus,
  type CoverItem,
  type CoverKind,
  type CreateClaimRequest,
  type CreateEnrollmentRequest,
  type EnrollmentStatus,
  type InsuranceProductInput,
  type SubsidyCondition,
  type SubsidyRuleInput,
} from '@lingong/shared';
import { LongPageQuery } from '../../common/dto';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class CoverItemDto implements CoverItem {
  @ApiProperty({ enum: COVER_KINDS })
  @IsIn(COVER_KINDS as unknown as string[], { message: '保障项目只能是身故伤残、意外医疗或住院津贴' })
  kind: CoverKind;

  @ApiProperty({ example: '意外身故/伤残' })
  @IsString()
  @MinLength(2, { message: '保障项目名称至少2个字' })
  @MaxLength(40, { message: '保障项目名称太长了' })
  name: string;

  @ApiProperty({ example: 65000000, description: '保额（分）；住院津贴为每天金额' })
  @IsInt({ message: '保额应为整数（单位：分）' })
  @Min(1, { message: '保额要大于0' })
  @Max(1e11)
  amountFen: number;

  @ApiPropertyOptional({ example: 10000, description: '免赔额（分）' })
  @IsOptional()
  @IsInt({ message: '免赔额应为整数（单位：分）' })
  @Min(0)
  @Max(1e9)
  deductibleFen?: number;
}

export class CreateProductDto implements InsuranceProductInput {
  @ApiProperty({ example: '中国人民财产保险股份有限公司菏泽市分公司' })
  @IsString()
  @MinLength(2, { message: '请填写保险公司名称' })
  @MaxLength(100)
  insurer: string;

  @ApiProperty({ example: '95518' })
  @IsString()
  @Matches(/^[\d-]{5,20}$/, { message: '保险公司服务电话只能是数字和短横线' })
  insurerHotline: string;

  @ApiProperty({ example: 'LGRB-A' })
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{2,40}$/, { message: '方案代码只能是字母、数字、短横线，2到40位' })
  planCode: string;

  @ApiProperty({ example: '零工日保 A' })
  @IsString()
  @MinLength(2, { message: '产品名称至少2个字' })
  @MaxLength(100)
  name: string;

  @ApiProperty({ example: 300, description: '每天保费（分）' })
  @IsInt({ message: '每天保费应为整数（单位：分）' })
  @Min(1, { message: '每天保费要大于0' })
  @Max(100000)
  pricePerDayFen: number;

  @ApiProperty({ example: 16 })
  @IsInt({ message: '最小年龄应为整数' })
  @Min(16, { message: '最小年龄不能低于16周岁' })
  @Max(100)
  minAge: number;

  @ApiProperty({ example: 65 })
  @IsInt({ message: '最大年龄应为整数' })
  @Min(16)
  @Max(100, { message: '最大年龄不能超过100周岁' })
  maxAge: number;

  @ApiProperty({ example: [1, 2, 3, 4], description: '可保职业类别（1-6）' })
  @IsArray()
  @ArrayMinSize(1, { message: '至少选择一个职业类别' })
  @ArrayMaxSize(6)
  @ArrayUnique({ message: '职业类别有重复' })
  @IsInt({ each: true, message: '职业类别应为1到6的整数' })
  @Min(1, { each: true, message: '职业类别应为1到6的整数' })
  @Max(6, { each: true, message: '职业类别应为1到6的整数' })
  occupationClasses: number[];

  @ApiProperty({ type: [CoverItemDto] })
  @IsArray()
  @ArrayMinSize(1, { message: '至少要有一个保障项目' })
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => CoverItemDto)
  cover: CoverItemDto[];

  @ApiProperty({ description: '保险条款（中文）' })
  @IsString()
  @MinLength(10, { message: '请填写保险条款' })
  @MaxLength(20000)
  terms: string;

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class UpdateProductDto extends PartialType(CreateProductDto) {}

export class CreateSubsidyRuleDto implements SubsidyRuleInput {
  @ApiProperty({ example: '371702' })
  @IsString()
  @Matches(/^\d{6}$/, { message: '县（区）代码应为6位数字' })
  countyCode: string;

  @ApiPropertyOptional({ description: '只对这个产品有效；不填则对所有产品有效' })
  @IsOptional()
  @IsInt()
  @Min(1)
  productId?: number;

  @ApiProperty({ example: '到市场签到当天政府全额补贴' })
  @IsString()
  @MinLength(2, { message: '请填写规则名称' })
  @MaxLength(100)
  name: string;

  @ApiProperty({ enum: SUBSIDY_CONDITIONS })
  @IsIn(SUBSIDY_CONDITIONS as unknown as string[], { message: '补贴条件不是可选的值' })
  condition: SubsidyCondition;

  @ApiProperty({ example: 0, description: '个人承担比例（万分之一，10000 = 100%）' })
  @IsInt({ message: '比例应为整数（万分之一）' })
  @Min(0)
  @Max(10000)
  workerShareBp: number;

  @ApiProperty({ example: 0 })
  @IsInt({ message: '比例应为整数（万分之一）' })
  @Min(0)
  @Max(10000)
  employerShareBp: number;

  @ApiProperty({ example: 10000 })
  @IsInt({ message: '比例应为整数（万分之一）' })
  @Min(0)
  @Max(10000)
  governmentShareBp: number;

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class UpdateSubsidyRuleDto extends PartialType(CreateSubsidyRuleDto) {}

export class CreateEnrollmentDto implements CreateEnrollmentRequest {
  @ApiProperty()
  @IsInt({ message: '请选择保险产品' })
  @Min(1, { message: '请选择保险产品' })
  productId: number;

  @ApiProperty({ example: '2026-12-01', description: '保障开始日（北京时间，当天零点起）' })
  @Matches(DATE, { message: '开始日期应为 YYYY-MM-DD' })
  startDate: string;

  @ApiProperty({ example: '2026-12-01', description: '保障结束日（当天24点止）' })
  @Matches(DATE, { message: '结束日期应为 YYYY-MM-DD' })
  endDate: string;

  @ApiPropertyOptional({ description: '用工方为雇用的零工投保时填写用工记录编号' })
  @IsOptional()
  @IsInt({ message: '用工记录编号不正确' })
  @Min(1, { message: '用工记录编号不正确' })
  hireId?: number;

  @ApiProperty({ description: '每次投保生成一次、重试时不变的编号（8-64位字母数字）' })
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{8,64}$/, { message: '请求编号应为8到64位字母、数字、短横线' })
  idempotencyKey: string;
}

export class ListEnrollmentsQuery extends LongPageQuery {
  @ApiPropertyOptional({ enum: ENROLLMENT_STATUSES })
  @IsOptional()
  @IsIn(ENROLLMENT_STATUSES as unknown as string[], { message: '状态不是可选的值' })
  status?: EnrollmentStatus;
}

export class ListClaimsQuery extends LongPageQuery {
  @ApiPropertyOptional({ enum: CLAIM_STATUSES })
  @IsOptional()
  @IsIn(CLAIM_STATUSES as unknown as string[], { message: '状态不是可选的值' })
  status?: ClaimStatus;

  @ApiPropertyOptional({ example: '371702', description: '管理员按县（区）筛选；县（区）工作人员只看本县区的' })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: '县（区）代码应为6位数字' })
  countyCode?: string;
}

export class CreateClaimDto implements CreateClaimRequest {
  @ApiProperty()
  @IsInt({ message: '请选择保单' })
  @Min(1, { message: '请选择保单' })
  enrollmentId: number;

  @ApiProperty({ example: '2026-12-01T02:30:00.000Z', description: '出事时间（ISO 8601）' })
  @IsISO8601({ strict: true }, { message: '出事时间格式不对' })
  accidentAt: string;

  @ApiProperty({ example: '牡丹区中华路某工地' })
  @IsString()
  @MinLength(CLAIM_TEXT_LIMITS.place.min, { message: '请填写出事地点' })
  @MaxLength(CLAIM_TEXT_LIMITS.place.max, { message: '地点太长了' })
  place: string;

  @ApiProperty({ example: '搬运钢管时从脚手架上摔下' })
  @IsString()
  @MinLength(CLAIM_TEXT_LIMITS.description.min, { message: '请写一下事情经过' })
  @MaxLength(CLAIM_TEXT_LIMITS.description.max, { message: '经过写得太长了，请简短些' })
  description: string;

  @ApiProperty({ example: '左腿骨折，已送菏泽市立医院' })
  @IsString()
  @MinLength(CLAIM_TEXT_LIMITS.injuries.min, { message: '请写一下受伤情况' })
  @MaxLength(CLAIM_TEXT_LIMITS.injuries.max, { message: '受伤情况写得太长了' })
  injuries: string;
}

export class ClaimDecisionDto implements ClaimDecisionRequest {
  @ApiProperty({ example: '材料齐全，已转保险公司' })
  @IsString()
  @MinLength(CLAIM_DECISION_LIMITS.min, { message: '请填写处理说明' })
  @MaxLength(CLAIM_DECISION_LIMITS.max, { message: '处理说明太长了' })
  reason: string;
}
