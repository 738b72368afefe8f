import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { RATING_MAX_TAGS, RATING_TAGS, type RatingRequest, type RatingTag } from '@lingong/shared';
import { PageQuery } from '../../common/dto';

export class PaymentDto {
  @ApiProperty({ description: 'true：工钱已拿到；false：没拿到工钱' })
  @IsBoolean({ message: '请选择“已拿到工钱”或“没拿到工钱”' })
  paid: boolean;
}

export class RatingDto implements RatingRequest {
  @ApiProperty({ minimum: 1, maximum: 5 })
  @IsInt({ message: '评分应为1到5的整数' })
  @Min(1, { message: '评分最少1星' })
  @Max(5, { message: '评分最多5星' })
  score: number;

  @ApiPropertyOptional({ enum: RATING_TAGS, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(RATING_MAX_TAGS, { message: `标签最多选${RATING_MAX_TAGS}个` })
  @ArrayUnique({ message: '标签不能重复' })
  @IsString({ each: true })
  @IsIn(RATING_TAGS as unknown as string[], { each: true, message: '标签不是可选的值' })
  tags?: RatingTag[];
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
