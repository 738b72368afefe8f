import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Employer } from './employer.entity';
import { EmployersController } from './employers.controller';
import { EmployersService } from './employers.service';
import { EmployerFactsService } from './employer-facts.service';

@Module({
  imports: [TypeOrmModule.forFeature([Employer])],
  controllers: [EmployersController],
  providers: [EmployersService, EmployerFactsService],
  exports: [EmployersService, EmployerFactsService],
})
export class EmployersModule {}
