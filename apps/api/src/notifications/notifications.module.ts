import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { NotificationRepository } from './notification.repository';
import { NotificationSenderService } from './notification-sender.service';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';
import { SubscribeCreditRepository } from './subscribe-credit.repository';

@Module({
  imports: [AuthModule],
  controllers: [NotificationsController],
  providers: [NotificationsService, NotificationSenderService, NotificationRepository, SubscribeCreditRepository],
  exports: [NotificationsService, NotificationSenderService],
})
export class NotificationsModule {}
