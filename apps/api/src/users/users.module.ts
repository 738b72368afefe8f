import { Global, Module } from '@nestjs/common';
import { StaffAccountsService } from './staff-accounts.service';
import { UserContactService } from './user-contact.service';
import { UserAccessCache } from './user-access.cache';
import { UserRepository } from './user.repository';
import { UsersService } from './users.service';

@Global()
@Module({
  providers: [UsersService, UserRepository, UserAccessCache, StaffAccountsService, UserContactService],
  exports: [UsersService, StaffAccountsService, UserContactService],
})
export class UsersModule {}
