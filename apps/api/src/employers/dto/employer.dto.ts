import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { EMPLOYER_KINDS, EMPLOYER_STATUSES, type EmployerKind, type EmployerStatus, type UpsertEmployerRequest } from '@lingong/shared';
import { PageQuery } from '../../common/dto';

export class UpsertEmployerDto implements UpsertEmployerRequest {
  @ApiProperty({ enum: EMPLOYER_KINDS, description: 'person：个人（包工头、家庭）；organisation：单位' })
  @IsIn(EMPLOYER_KINDS as unknown as string[], { message: '请选择“个人”或“单位”' })
  kind: EmployerKind;

  @ApiProperty({ example: '菏泽市牡丹区建安装饰工程有限公司' })
  @IsString()
  @MinLength(2, { message: '名称至少2个字' })
  @MaxLength(100, { message: '名称太长了' })
  name: string;

  @ApiPropertyOptional({ example: '91440101MA5CJQ4N59', description: '统一社会信用代码，单位必填' })
  @IsOptional()
  @IsString()
  @MaxLength(30)
  creditCode?: string;

  @ApiProperty({ example: '王经理' })
  @IsString()
  @MinLength(2, { message: '联系人至少2个字' })
  @MaxLength(50)
  contactName: string;

  @ApiProperty({ example: '13912345678' })
  @IsString()
  @MaxLength(20)
  phone: string;

  @ApiProperty({ example: '牡丹区中华路与人民路交叉口东100米' })
  @IsString()
  @IsNotEmpty({ message: '请填写地址' })
  @MaxLength(200, { message: '地址太长了' })
  address: string;

  @ApiProperty({ example: '371702' })
  @IsString()
  countyCode: string;
}

export class ListEmployersQuery extends PageQuery {
  @ApiPropertyOptional({ enum: EMPLOYER_STATUSES })
  @IsOptional()
  @IsIn(EMPLOYER_STATUSES as unknown as string[], { message: '状态不是可选的值' })
  status?: EmployerStatus;

  @ApiPropertyOptional({ description: '管理员按县（区）筛选；运营人员只能看本县（区）' })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: '县（区）代码应为6位数字' })
  countyCode?: string;

  @ApiPropertyOptional({ description: '按名称或统一社会信用代码查找（包含即可）' })
  @IsOptional()
  @IsString()
  @MaxLength(50, { message: '查找的字太多了' })
  q?: string;
}

export class VerifyEmployerDto {
  @ApiPropertyOptional({ description: '审核说明' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}

export class SuspendEmployerDto {
  @ApiProperty({ description: '暂停或恢复的原因，用工方能看到' })
  @IsString()
  @MinLength(4, { message: '请写清暂停原因（至少4个字）' })
  @MaxLength(500, { message: '原因太长了' })
  reason: string;
}
