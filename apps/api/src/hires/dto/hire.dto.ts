import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { PageQuery } from '../../common/dto';

export class PaymentDto {
  @ApiProperty({ description: 'true：工钱已拿到；false：没拿到工钱' })
  @IsBoolean({ message: '请选择“已拿到工钱”或“没拿到工钱”' })
  paid: boolean;
}

export const RATING_TAGS = ['准时', '活干得好', '踏实肯干', '按时结钱', '安全措施好', '态度好', '没来上工', '拖欠工钱', '活和说的不一样'] as const;
/** The tag an employer gives a worker who did not come; it counts as a no-show on the worker's profile. */
export const NO_SHOW_TAG = '没来上工';

export class RatingDto {
  @ApiProperty({ minimum: 1, maximum: 5 })
  @IsInt({ message: '评分应为1到5的整数' })
  @Min(1, { message: '评分最少1星' })
  @Max(5, { message: '评分最多5星' })
  score: number;

  @ApiPropertyOptional({ enum: RATING_TAGS, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5)
  @ArrayUnique()
  @IsString({ each: true })
  @IsIn(RATING_TAGS as unknown as string[], { each: true, message: '标签不是可选的值' })
  tags?: string[];
}

export class ListHiresQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['worker', 'employer'], description: '同时是零工和用工方时，看哪一方的记录（默认零工）' })
  @IsOptional()
  @IsIn(['worker', 'employer'])
  as?: 'worker' | 'employer';
}

export class CancelDto {
  @ApiProperty({ description: '取消原因' })
  @IsString()
  @MaxLength(500, { message: '原因太长了' })
  reason: string;
}
