import { Module } from '@nestjs/common';
import { EmployerRepository } from './employer.repository';
import { EmployersController } from './employers.controller';
import { EmployersService } from './employers.service';
import { EmployerFactsService } from './employer-facts.service';

@Module({
  controllers: [EmployersController],
  providers: [EmployersService, EmployerRepository, EmployerFactsService],
  exports: [EmployersService, EmployerFactsService],
})
export class EmployersModule {}
