import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { User } from './user.entity';
import { StaffAccountsService } from './staff-accounts.service';
import { UserContactService } from './user-contact.service';
import { UsersService } from './users.service';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([User])],
  providers: [UsersService, StaffAccountsService, UserContactService],
  exports: [UsersService, StaffAccountsService, UserContactService],
})
export class UsersModule {}
