import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  PAY_UNITS,
  PAYMENT_STATUSES,
  RATING_TAGS,
  SETTLEMENTS,
  type Hire,
  type HireSide,
  type PaymentStatus,
  type PayUnit,
  type Rating,
  type Settlement,
} from '@lingong/shared';
import { ListResponseDto } from '../../common/openapi/list-response.dto';
import type { Reputation } from '../hires.service';

export class RatingResponseDto implements Rating {
  @ApiProperty()
  hireId: number;

  @ApiProperty({ enum: ['worker', 'employer'], description: '谁评的：零工评用工方，用工方评零工' })
  fromSide: HireSide;

  @ApiProperty({ minimum: 1, maximum: 5, example: 5 })
  score: number;

  @ApiProperty({ enum: RATING_TAGS, isArray: true })
  tags: string[];

  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}

type HireAgreement = Hire['agreement'];
type HirePayment = Hire['payment'];
type HireCancellation = NonNullable<Hire['cancelled']>;
type HireRatings = Hire['ratings'];

export class HireAgreementResponseDto implements HireAgreement {
  @ApiProperty({ description: '用工协议全文' })
  text: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  workerConfirmedAt: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  employerConfirmedAt: string | null;

  @ApiPropertyOptional({ description: '双方确认后的协议文本摘要（SHA-256）' })
  hash?: string;
}

export class HirePaymentResponseDto implements HirePayment {
  @ApiProperty({ enum: PAYMENT_STATUSES })
  status: PaymentStatus;

  @ApiPropertyOptional({ format: 'date-time' })
  reportedAt?: string;
}

export class HireCancellationResponseDto implements HireCancellation {
  @ApiProperty({ format: 'date-time' })
  at: string;

  @ApiProperty()
  reason: string;
}

export class HireRatingsResponseDto implements HireRatings {
  @ApiPropertyOptional({ type: () => RatingResponseDto })
  byWorker?: RatingResponseDto;

  @ApiPropertyOptional({ type: () => RatingResponseDto })
  byEmployer?: RatingResponseDto;
}

/** A hiring record (招工用工登记) and its labour agreement. */
export class HireResponseDto implements Hire {
  @ApiProperty()
  id: number;

  @ApiProperty()
  postingId: number;

  @ApiProperty()
  workerId: number;

  @ApiProperty()
  employerId: number;

  @ApiProperty({ example: '李四' })
  workerName: string;

  @ApiProperty({ example: '13800138000', description: "零工的手机号；注销后为 ''" })
  workerPhone: string;

  @ApiProperty()
  employerName: string;

  @ApiProperty({ example: 'construction.mason' })
  trade: string;

  @ApiProperty({ example: 20000 })
  payAmountFen: number;

  @ApiProperty({ enum: PAY_UNITS })
  payUnit: PayUnit;

  @ApiProperty({ enum: SETTLEMENTS })
  settlement: Settlement;

  @ApiProperty({ example: '2026-12-08' })
  startDate: string;

  @ApiProperty({ example: '2026-12-10' })
  endDate: string;

  @ApiProperty()
  address: string;

  @ApiProperty()
  workHours: string;

  @ApiProperty({ type: () => HireAgreementResponseDto })
  agreement: HireAgreementResponseDto;

  @ApiProperty({ type: () => HirePaymentResponseDto })
  payment: HirePaymentResponseDto;

  @ApiPropertyOptional({ type: () => HireCancellationResponseDto, description: '开工前取消时出现' })
  cancelled?: HireCancellationResponseDto;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: '用工方标记完工的时间' })
  completedAt: string | null;

  @ApiPropertyOptional({ description: '零工登记没拿到工钱后，为这次用工开的欠薪投诉（只给零工本人看）' })
  complaintId?: number;

  @ApiProperty({ type: () => HireRatingsResponseDto })
  ratings: HireRatingsResponseDto;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}

export class ReputationResponseDto implements Reputation {
  @ApiPropertyOptional({ example: 4.6 })
  ratingAverage?: number;

  @ApiProperty({ example: 5 })
  ratingCount: number;

  @ApiProperty({ example: 8 })
  hireCount: number;

  @ApiPropertyOptional({ description: '零工：被用工方评为“没来上工”的次数' })
  noShowCount?: number;

  @ApiPropertyOptional({ description: '用工方：被零工登记没拿到工钱的次数' })
  unpaidCount?: number;
}

export class HireListResponseDto extends ListResponseDto(HireResponseDto) {}
