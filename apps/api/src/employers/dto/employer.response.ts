import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { EMPLOYER_KINDS, EMPLOYER_STATUSES, type EmployerKind, type EmployerProfile, type EmployerStatus } from '@lingong/shared';
import { ListResponseDto } from '../../common/openapi/list-response.dto';

export class EmployerProfileResponseDto implements EmployerProfile {
  @ApiProperty({ example: 7 })
  id: number;

  @ApiProperty({ enum: EMPLOYER_KINDS })
  kind: EmployerKind;

  @ApiProperty({ example: '菏泽市某建筑劳务有限公司' })
  name: string;

  @ApiPropertyOptional({ example: '91371700MA3C000000', description: '统一社会信用代码（单位）' })
  creditCode?: string;

  @ApiProperty({ example: '王经理' })
  contactName: string;

  @ApiProperty({ example: '13800138000' })
  phone: string;

  @ApiProperty({ example: '菏泽市牡丹区长江路1号' })
  address: string;

  @ApiProperty({ example: '371702' })
  countyCode: string;

  @ApiProperty({ enum: EMPLOYER_STATUSES })
  status: EmployerStatus;

  @ApiPropertyOptional({ description: '处于这个状态的原因（审核意见、暂停原因），用工方可见' })
  statusReason?: string;

  @ApiPropertyOptional({ format: 'date-time' })
  statusChangedAt?: string;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}

export class EmployerListResponseDto extends ListResponseDto(EmployerProfileResponseDto) {}
