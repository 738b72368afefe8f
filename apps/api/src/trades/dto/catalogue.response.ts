import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { CountyItem, MarketServiceCode, OccupationClass, TradeItem } from '@lingong/shared';
import { ListResponseDto } from '../../common/openapi/list-response.dto';

export class TradeItemResponseDto implements TradeItem {
  @ApiProperty({ example: 'construction.mason' })
  code: string;

  @ApiProperty({ example: '瓦工' })
  name: string;

  @ApiPropertyOptional({ example: 'construction', description: '上级工种' })
  parentCode?: string;

  @ApiProperty({ enum: [1, 2, 3, 4, 5, 6], example: 4, description: '意外险职业类别（1 最低风险到 6）' })
  occupationClass: OccupationClass;
}

export class CountyItemResponseDto implements CountyItem {
  @ApiProperty({ example: '371702' })
  code: string;

  @ApiProperty({ example: '牡丹区' })
  name: string;
}

export class MarketServiceItemResponseDto {
  @ApiProperty({ example: 'matching' })
  code: MarketServiceCode;

  @ApiProperty({ example: '岗位对接' })
  name: string;
}

export class TradeListResponseDto extends ListResponseDto(TradeItemResponseDto) {}
export class CountyListResponseDto extends ListResponseDto(CountyItemResponseDto) {}
export class MarketServiceListResponseDto extends ListResponseDto(MarketServiceItemResponseDto) {}
