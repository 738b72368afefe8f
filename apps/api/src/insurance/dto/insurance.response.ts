import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CLAIM_STATUSES,
  COVER_KINDS,
  ENROLLMENT_STATUSES,
  SUBSIDY_CONDITIONS,
  type Claim,
  type ClaimPhoto,
  type ClaimStatus,
  type CoverItem,
  type CoverKind,
  type DaySplit,
  type Enrollment,
  type EnrollmentCertificate,
  type EnrollmentDetail,
  type EnrollmentSettlement,
  type EnrollmentStatus,
  type InsuranceProduct,
  type SettledDay,
  type SubsidyCondition,
  type SubsidyRule,
} from '@lingong/shared';
import { ListResponseDto } from '../../common/openapi/list-response.dto';

export class CoverItemResponseDto implements CoverItem {
  @ApiProperty({ enum: COVER_KINDS })
  kind: CoverKind;

  @ApiProperty({ example: '意外身故/伤残' })
  name: string;

  @ApiProperty({ description: '保险金额（分）；住院津贴为每天的金额' })
  amountFen: number;

  @ApiPropertyOptional({ description: '医疗：每次自付的免赔额（分）' })
  deductibleFen?: number;
}

export class InsuranceProductResponseDto implements InsuranceProduct {
  @ApiProperty()
  id: number;

  @ApiProperty({ example: '某财产保险股份有限公司菏泽中心支公司' })
  insurer: string;

  @ApiProperty({ example: '95500' })
  insurerHotline: string;

  @ApiProperty()
  planCode: string;

  @ApiProperty({ example: '零工日保' })
  name: string;

  @ApiProperty({ example: 300, description: '每天保费（分）' })
  pricePerDayFen: number;

  @ApiProperty({ example: 16 })
  minAge: number;

  @ApiProperty({ example: 65 })
  maxAge: number;

  @ApiProperty({ type: [Number], example: [1, 2, 3, 4] })
  occupationClasses: number[];

  @ApiProperty({ type: () => [CoverItemResponseDto] })
  cover: CoverItemResponseDto[];

  @ApiProperty({ description: '保险条款' })
  terms: string;

  @ApiProperty()
  active: boolean;

  @ApiPropertyOptional({ description: '只在零工的列表里：按工种和年龄能否投保' })
  eligible?: boolean;

  @ApiPropertyOptional({ description: '不能投保时的原因' })
  ineligibleReason?: string;
}

export class SubsidyRuleResponseDto implements SubsidyRule {
  @ApiProperty()
  id: number;

  @ApiProperty({ example: '371702' })
  countyCode: string;

  @ApiPropertyOptional({ description: '只适用于这个产品；不出现时适用于所有产品' })
  productId?: number;

  @ApiProperty({ example: '签到当天政府补贴一半' })
  name: string;

  @ApiProperty({ enum: SUBSIDY_CONDITIONS })
  condition: SubsidyCondition;

  @ApiProperty({ example: 5000, description: '个人承担比例（万分之几），三者合计 10000' })
  workerShareBp: number;

  @ApiProperty({ example: 0 })
  employerShareBp: number;

  @ApiProperty({ example: 5000 })
  governmentShareBp: number;

  @ApiProperty()
  active: boolean;
}

export class DaySplitResponseDto implements DaySplit {
  @ApiProperty({ example: '2026-12-08' })
  day: string;

  @ApiPropertyOptional({ description: '适用的补贴规则' })
  ruleId?: number;

  @ApiProperty()
  workerFen: number;

  @ApiProperty()
  employerFen: number;

  @ApiProperty()
  governmentFen: number;
}

export class SettledDayResponseDto extends DaySplitResponseDto implements SettledDay {
  @ApiProperty()
  checkedIn: boolean;

  @ApiProperty()
  hired: boolean;

  @ApiProperty({ format: 'date-time' })
  settledAt: string;
}

export class EnrollmentSettlementResponseDto implements EnrollmentSettlement {
  @ApiProperty()
  settledDays: number;

  @ApiProperty({ description: '每个保障日都已结算' })
  complete: boolean;

  @ApiProperty()
  workerShareFen: number;

  @ApiProperty()
  employerShareFen: number;

  @ApiProperty()
  governmentShareFen: number;

  @ApiProperty({ description: '应退给零工的补贴（分）' })
  workerRefundFen: number;

  @ApiPropertyOptional({ type: () => [SettledDayResponseDto], description: '只在详情里：逐日' })
  days?: SettledDayResponseDto[];
}

export class EnrollmentResponseDto implements Enrollment {
  @ApiProperty()
  id: number;

  @ApiProperty()
  productId: number;

  @ApiProperty()
  workerId: number;

  @ApiProperty({ example: '2026-12-08' })
  startDate: string;

  @ApiProperty({ example: '2026-12-10' })
  endDate: string;

  @ApiProperty({ example: 3 })
  days: number;

  @ApiProperty({ example: 900 })
  premiumFen: number;

  @ApiProperty()
  workerShareFen: number;

  @ApiProperty()
  employerShareFen: number;

  @ApiProperty()
  governmentShareFen: number;

  @ApiProperty({ enum: ENROLLMENT_STATUSES })
  status: EnrollmentStatus;

  @ApiPropertyOptional({ description: '保单号（出单后）' })
  policyNo?: string;

  @ApiPropertyOptional()
  failureReason?: string;

  @ApiProperty({ description: '发给保险公司的业务编号（重试时不变）' })
  reference: string;

  @ApiPropertyOptional()
  hireId?: number;

  @ApiPropertyOptional()
  employerId?: number;

  @ApiProperty({ example: 4 })
  occupationClass: number;

  @ApiProperty({ type: () => [DaySplitResponseDto], description: '投保时的逐日分担（未来几天是否签到还不知道：见 settlement）' })
  dailySplit: DaySplitResponseDto[];

  @ApiPropertyOptional({ type: () => EnrollmentSettlementResponseDto, description: '至少一个保障日结算后出现' })
  settlement?: EnrollmentSettlementResponseDto;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiPropertyOptional({ format: 'date-time' })
  issuedAt?: string;

  @ApiPropertyOptional({ format: 'date-time' })
  cancelledAt?: string;
}

/** What the electronic certificate shows; the ID number is masked. */
export class EnrollmentCertificateResponseDto implements EnrollmentCertificate {
  @ApiProperty({ example: '李四' })
  insuredName: string;

  @ApiProperty({ example: '3717********0017' })
  insuredIdMasked: string;

  @ApiProperty()
  insurer: string;

  @ApiProperty()
  insurerHotline: string;

  @ApiProperty()
  planCode: string;

  @ApiProperty()
  productName: string;

  @ApiProperty({ type: () => [CoverItemResponseDto] })
  cover: CoverItemResponseDto[];

  @ApiProperty()
  startDate: string;

  @ApiProperty()
  endDate: string;

  @ApiProperty()
  policyNo: string;

  @ApiProperty()
  premiumFen: number;
}

export class EnrollmentDetailResponseDto extends EnrollmentResponseDto implements EnrollmentDetail {
  @ApiPropertyOptional({ type: () => EnrollmentCertificateResponseDto, description: '出单后的电子保险凭证' })
  certificate?: EnrollmentCertificateResponseDto;
}

export class ClaimPhotoResponseDto implements ClaimPhoto {
  @ApiProperty()
  id: number;

  @ApiProperty({ example: '伤情.jpg' })
  fileName: string;

  @ApiProperty({ example: 'image/jpeg' })
  contentType: string;

  @ApiProperty()
  sizeBytes: number;

  @ApiProperty({ format: 'date-time' })
  uploadedAt: string;
}

/** An accident report and how it is being handled. */
export class ClaimResponseDto implements Claim {
  @ApiProperty()
  id: number;

  @ApiProperty()
  enrollmentId: number;

  @ApiProperty()
  workerId: number;

  @ApiProperty({ format: 'date-time' })
  accidentAt: string;

  @ApiProperty()
  place: string;

  @ApiProperty()
  description: string;

  @ApiProperty()
  injuries: string;

  @ApiProperty({ type: () => [ClaimPhotoResponseDto], description: '现场和伤情照片（下载：GET /api/insurance/claims/:id/photos/:photoId）' })
  photos: ClaimPhotoResponseDto[];

  @ApiProperty({ enum: ['worker', 'employer'], description: '谁报的案：被保险的零工或为其投保的用工方' })
  reportedBy: 'worker' | 'employer';

  @ApiProperty({ enum: CLAIM_STATUSES })
  status: ClaimStatus;

  @ApiPropertyOptional({ description: '处理说明（零工和用工方可见）' })
  statusReason?: string;

  @ApiPropertyOptional({ description: '保险公司的报案号' })
  insurerClaimNo?: string;

  @ApiProperty({ format: 'date-time' })
  reportedAt: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}

export class InsuranceProductListResponseDto extends ListResponseDto(InsuranceProductResponseDto) {}
export class SubsidyRuleListResponseDto extends ListResponseDto(SubsidyRuleResponseDto) {}
export class EnrollmentListResponseDto extends ListResponseDto(EnrollmentResponseDto) {}
export class ClaimListResponseDto extends ListResponseDto(ClaimResponseDto) {}
