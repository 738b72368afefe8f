import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { StaffInvitationRepository } from './staff-invitation.repository';
import { StaffInvitationsController } from './staff-invitations.controller';
import { StaffInvitationsService } from './staff-invitations.service';
import { StaffController } from './staff.controller';
import { StaffService } from './staff.service';

// Accounts (roles, county) are the users module's, which is global: StaffAccountsService;
// sessions are auth's (a removed role ends them).
@Module({
  imports: [AuthModule],
  controllers: [StaffInvitationsController, StaffController],
  providers: [StaffService, StaffInvitationsService, StaffInvitationRepository],
})
export class StaffModule {}
