import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsLatitude, IsLongitude, IsNumber, IsOptional, IsString, Max, Min } from 'class-validator';
import { DEFAULT_PAGE_SIZE, MAX_LONG_PAGE_SIZE, MAX_PAGE_SIZE } from './pagination';

/** A GCJ-02 point, as WeChat's getLocation({ type: 'gcj02' }) gives it. */
export class LatLngDto {
  @ApiProperty({ example: 35.2526 })
  @Type(() => Number)
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: '纬度应为数字' })
  @IsLatitude({ message: '纬度不正确' })
  lat: number;

  @ApiProperty({ example: 115.4418 })
  @Type(() => Number)
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: '经度应为数字' })
  @IsLongitude({ message: '经度不正确' })
  lng: number;
}

/** Cursor paging of a list: pass the answer's `nextCursor` back as `cursor`; 20 items a page unless asked, up to 100. */
export class PageQuery {
  @ApiPropertyOptional({ description: '上一页答复里的 nextCursor' })
  @IsOptional()
  @IsString()
  cursor?: string;

  @ApiPropertyOptional({
    minimum: 1,
    maximum: MAX_PAGE_SIZE,
    default: DEFAULT_PAGE_SIZE,
    description: `每页条数，默认${DEFAULT_PAGE_SIZE}条，最多${MAX_PAGE_SIZE}条`,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: '条数应为整数' })
  @Min(1, { message: '条数至少为1' })
  @Max(MAX_PAGE_SIZE, { message: `每页最多${MAX_PAGE_SIZE}条` })
  limit?: number;
}

/** Paging of the longer lists (the map, a market's day): 20 items a page unless asked, up to 200. */
export class LongPageQuery extends OmitType(PageQuery, ['limit'] as const) {
  @ApiPropertyOptional({
    minimum: 1,
    maximum: MAX_LONG_PAGE_SIZE,
    default: DEFAULT_PAGE_SIZE,
    description: `每页条数，默认${DEFAULT_PAGE_SIZE}条，最多${MAX_LONG_PAGE_SIZE}条`,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: '条数应为整数' })
  @Min(1, { message: '条数至少为1' })
  @Max(MAX_LONG_PAGE_SIZE, { message: `每页最多${MAX_LONG_PAGE_SIZE}条` })
  limit?: number;
}
