import { Global, Module } from '@nestjs/common';
import { UserRepository } from './user.repository';
import { UsersService } from './users.service';

@Global()
@Module({
  providers: [UsersService, UserRepository],
  exports: [UsersService],
})
export class UsersModule {}
