import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { SubscribeTemplateKey, SubscribeTemplatesResponse, SubscriptionCredit } from '@lingong/shared';

/** The template id of each purpose the platform configured (a purpose without one is left out). */
export class SubscribeTemplateIdsResponseDto implements Partial<Record<SubscribeTemplateKey, string>> {
  @ApiPropertyOptional({ description: '有人报名（用工方）' }) application?: string;
  @ApiPropertyOptional({ description: '收到邀请（零工）' }) invitation?: string;
  @ApiPropertyOptional({ description: '被录用或邀请被接受' }) accepted?: string;
  @ApiPropertyOptional({ description: '招工信息审核不通过' }) posting_rejected?: string;
  @ApiPropertyOptional({ description: '用工方标记完工' }) completed?: string;
  @ApiPropertyOptional({ description: '用工方核实、暂停或恢复的结果（用工方）' }) employer_review?: string;
}

export class SubscribeTemplatesResponseDto implements SubscribeTemplatesResponse {
  @ApiProperty({ type: () => SubscribeTemplateIdsResponseDto })
  templates: SubscribeTemplateIdsResponseDto;
}

export class SubscriptionCreditResponseDto implements SubscriptionCredit {
  @ApiProperty()
  templateId: string;

  @ApiProperty({ description: '还可以发几条' })
  credits: number;
}

export class SubscriptionCreditsResponseDto {
  @ApiProperty({ type: () => [SubscriptionCreditResponseDto] })
  credits: SubscriptionCreditResponseDto[];
}
