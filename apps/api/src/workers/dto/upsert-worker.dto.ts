import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import type { UpsertWorkerRequest } from '@lingong/shared';
import { LatLngDto } from '../../common/dto';

export class ConsentDto {
  @ApiProperty({ example: '2026-11-v1', description: '同意书版本（GET /api/consents/pii 返回的 version）' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(32)
  version: string;

  @ApiProperty({ example: true })
  @IsBoolean({ message: '请明确表示是否同意' })
  agreed: boolean;
}

export class UpsertWorkerDto implements Omit<UpsertWorkerRequest, 'consent'> {
  @ApiProperty({ example: '张建国' })
  @IsString()
  @Matches(/^[\u3400-\u9fff·•]{2,20}$|^[A-Za-z][A-Za-z .'-]{1,48}[A-Za-z]$/, { message: '请填写身份证上的真实姓名' })
  realName: string;

  @ApiProperty({ example: '440308199901101512', description: '居民身份证号码（加密保存，只显示前4位和后4位）' })
  @IsString()
  @MaxLength(30, { message: '身份证号码应为18位' })
  idNumber: string;

  @ApiProperty({ example: '13812345678' })
  @IsString()
  @MaxLength(20, { message: '手机号码太长了' })
  phone: string;

  @ApiProperty({ example: ['construction.mason'], description: 'GET /api/trades 里的工种代码，1到10个' })
  @IsArray()
  @ArrayMinSize(1, { message: '请至少选择一个工种' })
  @ArrayMaxSize(10, { message: '最多选择10个工种' })
  @ArrayUnique({ message: '工种有重复' })
  @IsString({ each: true })
  trades: string[];

  @ApiProperty({ example: '371702', description: '常住县（区）代码（GB/T 2260）' })
  @IsString()
  countyCode: string;

  @ApiPropertyOptional({ type: LatLngDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => LatLngDto)
  location?: LatLngDto;

  @ApiProperty({ type: ConsentDto, description: '对处理身份证号码和位置信息的单独同意（缺少或不同意时答 WORKER.CONSENT_REQUIRED）' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ConsentDto)
  consent?: ConsentDto;
}
