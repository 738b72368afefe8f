import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Min } from 'class-validator';

export class InviteDto {
  @ApiProperty({ description: '要邀请的零工编号（来自候选人列表）' })
  @IsInt({ message: '零工编号应为整数' })
  @Min(1)
  workerId: number;
}
