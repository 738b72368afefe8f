import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsString, MaxLength } from 'class-validator';
import type { ReportSubscriptionsRequest } from '@lingong/shared';

export class ReportSubscriptionsDto implements ReportSubscriptionsRequest {
  @ApiProperty({ description: 'wx.requestSubscribeMessage 回答 accept 的模板 ID' })
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  accepted: string[];
}
