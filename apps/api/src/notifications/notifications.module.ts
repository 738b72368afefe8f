import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module';
import { Notification } from './notification.entity';
import { NotificationSenderService } from './notification-sender.service';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';
import { SubscribeCredit } from './subscribe-credit.entity';

@Module({
  imports: [TypeOrmModule.forFeature([Notification, SubscribeCredit]), AuthModule],
  controllers: [NotificationsController],
  providers: [NotificationsService, NotificationSenderService],
  exports: [NotificationsService, NotificationSenderService],
})
export class NotificationsModule {}
