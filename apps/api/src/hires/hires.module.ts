import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule } from '../notifications/notifications.module';
import { Hire } from './hire.entity';
import { HiresController } from './hires.controller';
import { HiresService } from './hires.service';
import { Rating } from './rating.entity';

@Module({
  imports: [TypeOrmModule.forFeature([Hire, Rating]), NotificationsModule],
  controllers: [HiresController],
  providers: [HiresService],
  exports: [HiresService],
})
export class HiresModule {}
