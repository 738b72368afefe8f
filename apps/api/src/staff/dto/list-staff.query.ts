import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { PageQuery } from '../../common/dto';

export class ListStaffQuery extends PageQuery {
  @ApiPropertyOptional({ example: '371724', description: '管理员按县（区）筛选；运营人员只能看本县（区）' })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: '县（区）代码应为6位数字' })
  countyCode?: string;
}
