import { ApiProperty } from '@nestjs/swagger';
import { STAFF_ROLES, type CreatedStaffInvitation, type StaffInvitation, type StaffMember, type StaffRole } from '@lingong/shared';
import { ListResponseDto } from '../../common/openapi/list-response.dto';

export class StaffMemberResponseDto implements StaffMember {
  @ApiProperty()
  id: number;

  @ApiProperty({ example: '371702' })
  countyCode: string;

  @ApiProperty({ example: '工作人员12号 · 手机尾号5678', description: '账号没有姓名：由账号编号和手机尾号组成' })
  displayName: string;
}

/** An open invitation, as the admin lists it: the code itself is never shown again. */
export class StaffInvitationResponseDto implements StaffInvitation {
  @ApiProperty()
  id: number;

  @ApiProperty({ enum: STAFF_ROLES })
  role: StaffRole;

  @ApiProperty({ type: String, nullable: true, description: '运营人员的县（区）；管理员为 null' })
  countyCode: string | null;

  @ApiProperty({ type: Number, nullable: true, description: '服务器命令行生成的（第一个管理员）为 null' })
  createdByUserId: number | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time' })
  expiresAt: string;
}

export class CreatedStaffInvitationResponseDto extends StaffInvitationResponseDto implements CreatedStaffInvitation {
  @ApiProperty({ description: '邀请码：只在这次答复里出现' })
  code: string;
}

export class StaffMemberListResponseDto extends ListResponseDto(StaffMemberResponseDto) {}
export class StaffInvitationListResponseDto extends ListResponseDto(StaffInvitationResponseDto) {}
