import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsLatitude, IsLongitude, IsNumber, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { GATE_TOKEN_KINDS, type CheckinRequest, type GateTokenKind } from '@lingong/shared';
import { LongPageQuery, PageQuery } from '../../common/dto';

export class CreateCheckinDto implements CheckinRequest {
  @ApiProperty({ description: '扫码得到的 scene（小程序里 decodeURIComponent(query.scene)），或登记后得到的 resumeToken', example: 'r1.mb0z1c.AbCdEfGhIjKl' })
  @IsString({ message: '签到码无效' })
  @MaxLength(64, { message: '签到码无效' })
  token: string;

  @ApiPropertyOptional({ description: '当前位置纬度（GCJ-02）；扫张贴的固定签到码时必填' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: '纬度应为数字' })
  @IsLatitude({ message: '纬度不正确' })
  lat?: number;

  @ApiPropertyOptional({ description: '当前位置经度（GCJ-02）' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: '经度应为数字' })
  @IsLongitude({ message: '经度不正确' })
  lng?: number;
}

export class GateTokenQuery {
  @ApiPropertyOptional({
    enum: GATE_TOKEN_KINDS,
    default: 'rotating',
    description: 'rotating：门口屏幕上滚动更新的码；poster：张贴的固定码（签到时要核对位置）',
  })
  @IsOptional()
  @IsIn(GATE_TOKEN_KINDS as unknown as string[], { message: '签到码类型只能是 rotating 或 poster' })
  kind?: GateTokenKind;
}

export class CheckinDayQuery {
  @ApiPropertyOptional({ description: '日期 YYYY-MM-DD（北京时间），默认今天' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '日期应为 YYYY-MM-DD 格式' })
  date?: string;
}

export class MarketCheckinsQuery extends IntersectionType(CheckinDayQuery, LongPageQuery) {}

export class MyCheckinsQuery extends PageQuery {}
