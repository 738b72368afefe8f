import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { User } from '../users/user.entity';
import { StaffInvitation } from './staff-invitation.entity';
import { StaffInvitationsController } from './staff-invitations.controller';
import { StaffInvitationsService } from './staff-invitations.service';
import { StaffController } from './staff.controller';
import { StaffService } from './staff.service';

@Module({
  imports: [TypeOrmModule.forFeature([User, StaffInvitation])],
  controllers: [StaffInvitationsController, StaffController],
  providers: [StaffService, StaffInvitationsService],
})
export class StaffModule {}
