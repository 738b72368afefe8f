import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsLatitude, IsLongitude, IsNumber } from 'class-validator';

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
