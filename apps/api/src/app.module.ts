import { DynamicModule, Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApplicationsModule } from './applications/applications.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { CalendarModule } from './calendar/calendar.module';
import { ComplaintsModule } from './complaints/complaints.module';
import { CheckinsModule } from './checkins/checkins.module';
import { AppConfig } from './config/config';
import { ConfigModule } from './config/config.module';
import { ClockModule } from './common/clock';
import { TransactionModule } from './database/transaction';
import { buildDataSourceOptions } from './database/data-source-options';
import { EmployersModule } from './employers/employers.module';
import { HealthModule } from './health/health.module';
import { InsuranceModule } from './insurance/insurance.module';
import { HiresModule } from './hires/hires.module';
import { MarketsModule } from './markets/markets.module';
import { MatchingModule } from './matching/matching.module';
import { NotificationsModule } from './notifications/notifications.module';
import { PiiModule } from './pii/pii.module';
import { PostingsModule } from './postings/postings.module';
import { StaffModule } from './staff/staff.module';
import { CatalogueModule } from './trades/catalogue.module';
import { UsersModule } from './users/users.module';
import { WorkersModule } from './workers/workers.module';

@Module({})
export class AppModule {
  /** `extraModules`: only benchmarks add any (their baseline route), never production. */
  static forRoot(config: AppConfig, extraModules: NonNullable<DynamicModule['imports']> = []): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        ClockModule,
        TransactionModule,
        TypeOrmModule.forRoot({ ...buildDataSourceOptions(config.database), retryAttempts: 3, retryDelay: 1000 }),
        ScheduleModule.forRoot(),
        UsersModule,
        AuditModule,
        PiiModule,
        AuthModule,
        HealthModule,
        CatalogueModule,
        MarketsModule,
        WorkersModule,
        EmployersModule,
        InsuranceModule,
        CalendarModule,
        ComplaintsModule,
        CheckinsModule,
        NotificationsModule,
        PostingsModule,
        HiresModule,
        ApplicationsModule,
        MatchingModule,
        StaffModule,
        ...extraModules,
      ],
    };
  }
}
