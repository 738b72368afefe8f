import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsLatitude,
  IsLongitude,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { MARKET_SERVICES, MARKET_STATUSES, MARKET_TYPES, type MarketInput, type MarketServiceCode, type MarketStatus, type MarketType } from '@lingong/shared';
import { LongPageQuery } from '../../common/dto';

const SERVICE_CODES = MARKET_SERVICES.map((s) => s.code) as string[];

export class CreateMarketDto implements MarketInput {
  @ApiProperty({ example: '牡丹区人民路零工市场' })
  @IsString()
  @MinLength(2, { message: '市场名称至少2个字' })
  @MaxLength(100, { message: '市场名称太长了' })
  name: string;

  @ApiProperty({ enum: MARKET_TYPES })
  @IsIn(MARKET_TYPES as unknown as string[], { message: '市场类型只能是公益性、经营性或自发形成' })
  type: MarketType;

  @ApiProperty({ example: '371702' })
  @IsString()
  @Matches(/^\d{6}$/, { message: '县（区）代码应为6位数字' })
  countyCode: string;

  @ApiProperty({ example: '牡丹区人民路与长江路交叉口西北角' })
  @IsString()
  @MinLength(4, { message: '请填写详细地址' })
  @MaxLength(200, { message: '地址太长了' })
  address: string;

  @ApiProperty({ example: 35.2526, description: 'GCJ-02 纬度' })
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: '纬度应为数字' })
  @IsLatitude({ message: '纬度不正确' })
  lat: number;

  @ApiProperty({ example: 115.4418, description: 'GCJ-02 经度' })
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: '经度应为数字' })
  @IsLongitude({ message: '经度不正确' })
  lng: number;

  @ApiProperty({ example: '04:30-12:00', description: '北京时间 HH:MM-HH:MM；全天开放写 00:00-24:00' })
  @IsString()
  @MaxLength(11)
  openingHours: string;

  @ApiProperty({ enum: SERVICE_CODES, isArray: true })
  @IsArray()
  @ArrayMaxSize(SERVICE_CODES.length)
  @ArrayUnique({ message: '服务项目有重复' })
  @IsIn(SERVICE_CODES, { each: true, message: '服务项目不是可选的值' })
  services: MarketServiceCode[];

  @ApiProperty({ example: '0530-5311234', description: '服务电话：手机或带区号的座机' })
  @IsString()
  @MaxLength(20)
  phone: string;

  @ApiProperty({ example: ['construction', 'moving'], description: '主要工种代码' })
  @IsArray()
  @ArrayMaxSize(30)
  @ArrayUnique({ message: '工种有重复' })
  @IsString({ each: true })
  trades: string[];

  @ApiProperty({ enum: MARKET_STATUSES })
  @IsIn(MARKET_STATUSES as unknown as string[], { message: '状态只能是 open 或 closed' })
  status: MarketStatus;
}

export class UpdateMarketDto extends PartialType(CreateMarketDto) {}

export class ListMarketsQuery extends LongPageQuery {
  @ApiPropertyOptional({ description: '当前位置纬度（GCJ-02），与 lng 一起给出时按距离由近到远排序' })
  @IsOptional()
  @Type(() => Number)
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: '纬度应为数字' })
  @IsLatitude({ message: '纬度不正确' })
  lat?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @Type(() => Number)
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: '经度应为数字' })
  @IsLongitude({ message: '经度不正确' })
  lng?: number;

  @ApiPropertyOptional({ default: 100, maximum: 500, description: '搜索半径（公里），需同时给出 lat 和 lng' })
  @IsOptional()
  @Type(() => Number)
  @IsNumber({}, { message: '半径应为数字' })
  @Min(0.1, { message: '半径至少0.1公里' })
  @Max(500, { message: '半径最多500公里' })
  radiusKm?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @Matches(/^\d{6}$/, { message: '县（区）代码应为6位数字' })
  countyCode?: string;

  @ApiPropertyOptional({ enum: MARKET_TYPES })
  @IsOptional()
  @IsIn(MARKET_TYPES as unknown as string[], { message: '市场类型不是可选的值' })
  type?: MarketType;

  @ApiPropertyOptional({ enum: MARKET_STATUSES })
  @IsOptional()
  @IsIn(MARKET_STATUSES as unknown as string[], { message: '状态不是可选的值' })
  status?: MarketStatus;

  @ApiPropertyOptional({ description: '只看主要工种与此工种相关（相同、上级或下级工种）的市场' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  trade?: string;
}
