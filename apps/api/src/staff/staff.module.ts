import { Module } from '@nestjs/common';
import { StaffInvitationRepository } from './staff-invitation.repository';
import { StaffInvitationsController } from './staff-invitations.controller';
import { StaffInvitationsService } from './staff-invitations.service';
import { StaffController } from './staff.controller';
import { StaffService } from './staff.service';

// Accounts (roles, county) are the users module's, which is global: StaffAccountsService.
@Module({
  controllers: [StaffInvitationsController, StaffController],
  providers: [StaffService, StaffInvitationsService, StaffInvitationRepository],
})
export class StaffModule {}
