import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsLatitude, IsLongitude, IsNumber, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { SETTLEMENTS, type Settlement } from '@lingong/shared';
import { PageQuery } from '../../common/dto';

export class FeedQuery extends PageQuery {
  @ApiProperty({ description: '当前位置纬度（GCJ-02）' })
  @Type(() => Number)
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: '纬度应为数字' })
  @IsLatitude({ message: '纬度不正确' })
  lat: number;

  @ApiProperty()
  @Type(() => Number)
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: '经度应为数字' })
  @IsLongitude({ message: '经度不正确' })
  lng: number;

  @ApiPropertyOptional({ default: 10, maximum: 100, description: '搜索半径（公里）' })
  @IsOptional()
  @Type(() => Number)
  @IsNumber({}, { message: '半径应为数字' })
  @Min(0.5, { message: '半径至少0.5公里' })
  @Max(100, { message: '半径最多100公里' })
  radiusKm?: number;

  @ApiPropertyOptional({ description: '工种代码；上级工种也找下级工种的活' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  trade?: string;

  @ApiPropertyOptional({ enum: SETTLEMENTS })
  @IsOptional()
  @IsIn(SETTLEMENTS as unknown as string[], { message: '结算方式不是可选的值' })
  settlement?: Settlement;
}

export class CandidatesQuery extends PageQuery {
  @ApiPropertyOptional({ default: 10, maximum: 100, description: '工地周围多少公里内的零工' })
  @IsOptional()
  @Type(() => Number)
  @IsNumber({}, { message: '半径应为数字' })
  @Min(0.5)
  @Max(100)
  radiusKm?: number;
}
