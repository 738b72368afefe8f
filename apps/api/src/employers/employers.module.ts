import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { EmployerRepository } from './employer.repository';
import { EmployersController } from './employers.controller';
import { EmployersService } from './employers.service';
import { EmployerFactsService } from './employer-facts.service';

@Module({
  imports: [NotificationsModule],
  controllers: [EmployersController],
  providers: [EmployersService, EmployerRepository, EmployerFactsService],
  exports: [EmployersService, EmployerFactsService],
})
export class EmployersModule {}
