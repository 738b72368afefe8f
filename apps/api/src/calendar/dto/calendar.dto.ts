import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import type { CreateCalendarExceptionRequest } from '@lingong/shared';

export class CreateCalendarExceptionDto implements CreateCalendarExceptionRequest {
  @ApiProperty({ example: '2027-01-01' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '日期格式应为 2027-01-01' })
  date: string;

  @ApiProperty({ description: 'true：这天上班（补班）；false：这天放假' })
  @IsBoolean({ message: '请选择这天上班还是放假' })
  working: boolean;

  @ApiProperty({ example: '2027年元旦放假（国务院通知）' })
  @IsString()
  @MinLength(2, { message: '请写明原因' })
  @MaxLength(200, { message: '原因太长了' })
  reason: string;

  @ApiPropertyOptional({ description: '管理员可指定县（区）；不填为全市。运营人员只能设置本县（区）' })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: '县（区）代码应为6位数字' })
  countyCode?: string;
}

export class ListCalendarExceptionsQuery {
  @ApiPropertyOptional({ example: '2026-01-01' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '日期格式应为 2026-01-01' })
  from?: string;

  @ApiPropertyOptional({ example: '2027-12-31' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '日期格式应为 2026-12-31' })
  to?: string;

  @ApiPropertyOptional({ description: '管理员按县（区）查看（含全市设置）' })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: '县（区）代码应为6位数字' })
  countyCode?: string;
}

export class WorkingDaysQuery {
  @ApiProperty({ example: '2026-09-29', description: '起算日（当天不算）' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '日期格式应为 2026-09-29' })
  from: string;

  @ApiProperty({ example: '5' })
  @Matches(/^\d{1,3}$/, { message: '工作日数应为0到999的整数' })
  days: string;

  @ApiPropertyOptional({ example: '371702' })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: '县（区）代码应为6位数字' })
  countyCode?: string;
}
