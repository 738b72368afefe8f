import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  COMPLAINT_CATEGORIES,
  COMPLAINT_OPERATOR_ACTIONS,
  COMPLAINT_STATUSES,
  type ComplaintAction,
  type ComplaintCategory,
  type ComplaintCountyFigures,
  type ComplaintDetail,
  type ComplaintEvidenceItem,
  type ComplaintHistoryEntry,
  type ComplaintOperatorAction,
  type ComplaintReminderItem,
  type ComplaintRespondent,
  type ComplaintStats,
  type ComplaintStatus,
  type ComplaintSummary,
} from '@lingong/shared';
import { ListResponseDto } from '../../common/openapi/list-response.dto';

const COMPLAINT_ACTIONS: ComplaintAction[] = [
  'submit',
  ...COMPLAINT_OPERATOR_ACTIONS,
  'withdraw',
  'add-material',
  'add-evidence',
  'note',
  'assign',
  'suspend-employer',
  'overdue',
];

export class ComplaintRespondentResponseDto implements ComplaintRespondent {
  @ApiPropertyOptional({ description: '平台上登记的用工方' })
  employerId?: number;

  @ApiProperty({ example: '菏泽市某建筑劳务有限公司' })
  name: string;

  @ApiPropertyOptional()
  address?: string;

  @ApiPropertyOptional()
  personInCharge?: string;
}

export class ComplaintHistoryEntryResponseDto implements ComplaintHistoryEntry {
  @ApiProperty({ enum: COMPLAINT_STATUSES, nullable: true })
  from: ComplaintStatus | null;

  @ApiProperty({ enum: COMPLAINT_STATUSES, nullable: true })
  to: ComplaintStatus | null;

  @ApiProperty({ enum: COMPLAINT_ACTIONS })
  action: ComplaintAction;

  @ApiProperty({ type: String, nullable: true })
  reason: string | null;

  @ApiProperty({ format: 'date-time' })
  at: string;

  @ApiProperty({ enum: ['complainant', 'operator', 'admin', 'system'], description: '谁办的：投诉人、运营人员、市级管理员或系统（逾期任务）' })
  by: 'complainant' | 'operator' | 'admin' | 'system';

  @ApiPropertyOptional({ description: '仅工作人员可见：办理人' })
  byUserId?: number;

  @ApiPropertyOptional({ description: '仅工作人员可见：投诉人看不到的内部记录' })
  internal?: boolean;
}

export class ComplaintEvidenceItemResponseDto implements ComplaintEvidenceItem {
  @ApiProperty()
  id: number;

  @ApiProperty({ example: '工资条.jpg' })
  fileName: string;

  @ApiProperty({ example: 'image/jpeg' })
  contentType: string;

  @ApiProperty()
  sizeBytes: number;

  @ApiProperty()
  sha256: string;

  @ApiProperty({ format: 'date-time' })
  uploadedAt: string;

  @ApiProperty({ enum: ['complainant', 'staff'] })
  uploadedBy: 'complainant' | 'staff';
}

type Complainant = NonNullable<ComplaintDetail['complainant']>;

export class ComplainantResponseDto implements Complainant {
  @ApiProperty({ example: '李四' })
  name: string;

  @ApiPropertyOptional({ example: '13800138000' })
  phone?: string;
}

export class ComplaintDetailResponseDto implements ComplaintDetail {
  @ApiProperty()
  id: number;

  @ApiProperty({ enum: COMPLAINT_CATEGORIES })
  category: ComplaintCategory;

  @ApiProperty({ enum: COMPLAINT_STATUSES })
  status: ComplaintStatus;

  @ApiProperty({ type: () => ComplaintRespondentResponseDto })
  respondent: ComplaintRespondentResponseDto;

  @ApiProperty()
  facts: string;

  @ApiProperty()
  request: string;

  @ApiPropertyOptional({ description: '涉及金额（分）' })
  amountFen?: number;

  @ApiPropertyOptional({ example: '2026-10-01' })
  periodFrom?: string;

  @ApiPropertyOptional({ example: '2026-11-30' })
  periodTo?: string;

  @ApiPropertyOptional()
  postingId?: number;

  @ApiPropertyOptional()
  hireId?: number;

  @ApiProperty({ example: '371702' })
  countyCode: string;

  @ApiProperty()
  anonymous: boolean;

  @ApiProperty({ example: '2026-12-07' })
  submittedOn: string;

  @ApiProperty({ example: '2026-12-14', description: '受理期限' })
  acceptanceDueOn: string;

  @ApiPropertyOptional({ example: '2027-02-04', description: '办结期限（受理后）' })
  resolutionDueOn?: string;

  @ApiProperty()
  extended: boolean;

  @ApiProperty()
  overdue: boolean;

  @ApiPropertyOptional({ description: '转交的部门' })
  referredTo?: string;

  @ApiPropertyOptional({ description: '追回的工资（分）' })
  recoveredFen?: number;

  @ApiProperty({ type: () => [ComplaintHistoryEntryResponseDto] })
  history: ComplaintHistoryEntryResponseDto[];

  @ApiProperty({ type: () => [ComplaintEvidenceItemResponseDto] })
  evidence: ComplaintEvidenceItemResponseDto[];

  @ApiPropertyOptional({ type: () => ComplainantResponseDto, description: '仅工作人员可见；匿名举报不显示' })
  complainant?: ComplainantResponseDto;

  @ApiPropertyOptional()
  assignedOperatorId?: number;

  @ApiPropertyOptional({ enum: COMPLAINT_OPERATOR_ACTIONS, isArray: true, description: '工作人员现在可以做的办理动作' })
  allowedActions?: ComplaintOperatorAction[];
}

export class ComplaintSummaryResponseDto implements ComplaintSummary {
  @ApiProperty()
  id: number;

  @ApiProperty({ enum: COMPLAINT_CATEGORIES })
  category: ComplaintCategory;

  @ApiProperty({ enum: COMPLAINT_STATUSES })
  status: ComplaintStatus;

  @ApiProperty()
  respondentName: string;

  @ApiProperty()
  countyCode: string;

  @ApiProperty({ example: '2026-12-07' })
  submittedOn: string;

  @ApiProperty({ example: '2026-12-14' })
  acceptanceDueOn: string;

  @ApiPropertyOptional()
  resolutionDueOn?: string;

  @ApiPropertyOptional({ description: '未办完的下一个期限：待受理时为受理期限，受理后为办结期限' })
  dueOn?: string;

  @ApiProperty()
  overdue: boolean;

  @ApiPropertyOptional()
  assignedOperatorId?: number;
}

export class ComplaintReminderItemResponseDto implements ComplaintReminderItem {
  @ApiProperty()
  id: number;

  @ApiProperty()
  complaintId: number;

  @ApiProperty()
  countyCode: string;

  @ApiProperty({ enum: ['acceptance', 'resolution'] })
  kind: 'acceptance' | 'resolution';

  @ApiProperty({ example: '2026-12-14' })
  dueOn: string;

  @ApiPropertyOptional({ description: '没有分派时不出现：提醒给本县待办' })
  operatorUserId?: number;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}

/** Cases received per category (every category present, 0 when none). */
export class ComplaintCategoryCountsResponseDto implements Record<ComplaintCategory, number> {
  @ApiProperty() wage_arrears: number;
  @ApiProperty() fake_posting: number;
  @ApiProperty() illegal_fee: number;
  @ApiProperty() discrimination: number;
  @ApiProperty() safety: number;
  @ApiProperty() injury: number;
  @ApiProperty() insurance_claim: number;
  @ApiProperty() other: number;
}

export class ComplaintCountyFiguresResponseDto implements ComplaintCountyFigures {
  @ApiProperty({ example: '371702' })
  countyCode: string;

  @ApiProperty({ example: '牡丹区' })
  countyName: string;

  @ApiProperty()
  received: number;

  @ApiProperty({ type: () => ComplaintCategoryCountsResponseDto })
  byCategory: ComplaintCategoryCountsResponseDto;

  @ApiProperty({ description: '已作出或已到期的受理决定数' })
  acceptanceDecisionsDue: number;

  @ApiProperty()
  decidedWithinDeadline: number;

  @ApiProperty({ type: Number, nullable: true, description: '按期受理率（百分比，一位小数）；没有到期的为 null' })
  acceptedWithinDeadlinePct: number | null;

  @ApiProperty()
  resolutionsDue: number;

  @ApiProperty()
  resolvedWithinDeadline: number;

  @ApiProperty({ type: Number, nullable: true })
  resolvedWithinDeadlinePct: number | null;

  @ApiProperty({ description: '追回工资（分）' })
  wagesRecoveredFen: number;
}

export class ComplaintStatsResponseDto implements ComplaintStats {
  @ApiProperty({ example: '2026-11-01' })
  from: string;

  @ApiProperty({ example: '2026-11-30' })
  to: string;

  @ApiProperty({ type: () => [ComplaintCountyFiguresResponseDto] })
  counties: ComplaintCountyFiguresResponseDto[];
}

export class ComplaintSummaryListResponseDto extends ListResponseDto(ComplaintSummaryResponseDto) {}
export class ComplaintReminderListResponseDto extends ListResponseDto(ComplaintReminderItemResponseDto) {}
