import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MARKET_SERVICES, MARKET_STATUSES, MARKET_TYPES, type Market, type MarketServiceCode, type MarketStatus, type MarketType } from '@lingong/shared';
import { ListResponseDto } from '../../common/openapi/list-response.dto';

export class MarketResponseDto implements Market {
  @ApiProperty({ example: 1 })
  id: number;

  @ApiProperty({ example: '牡丹区零工市场' })
  name: string;

  @ApiProperty({ enum: MARKET_TYPES })
  type: MarketType;

  @ApiProperty({ example: '371702' })
  countyCode: string;

  @ApiProperty({ example: '菏泽市牡丹区中华路100号' })
  address: string;

  @ApiProperty({ example: 35.2526 })
  lat: number;

  @ApiProperty({ example: 115.4418 })
  lng: number;

  @ApiProperty({ example: '06:00-18:00', description: "'HH:MM-HH:MM'（北京时间）；全天开放为 '00:00-24:00'" })
  openingHours: string;

  @ApiProperty({ enum: MARKET_SERVICES.map((s) => s.code), isArray: true })
  services: MarketServiceCode[];

  @ApiProperty({ example: '0530-5555555' })
  phone: string;

  @ApiProperty({ type: [String], example: ['construction.mason'] })
  trades: string[];

  @ApiProperty({ enum: MARKET_STATUSES })
  status: MarketStatus;

  @ApiProperty({ description: '答复时是否在开放时间内（按开放时间和状态）' })
  openNow: boolean;

  @ApiPropertyOptional({ example: 1.2, description: '给出 lat、lng 时：距离（公里）' })
  distanceKm?: number;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}

export class MarketListResponseDto extends ListResponseDto(MarketResponseDto) {}
