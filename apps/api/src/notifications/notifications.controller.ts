import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser } from '../common/access';
import { ReportSubscriptionsDto } from './dto/subscription.dto';
import { NotificationSenderService } from './notification-sender.service';
import { SubscribeTemplatesResponseDto, SubscriptionCreditsResponseDto } from './dto/notification.response';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly sender: NotificationSenderService) {}

  @Get('templates')
  @ApiOperation({ summary: '订阅消息模板 ID（小程序用 wx.requestSubscribeMessage 请求用户同意）' })
  @ApiOkResponse({ type: SubscribeTemplatesResponseDto })
  templates() {
    return this.sender.templates();
  }

  @Post('subscriptions')
  @HttpCode(200)
  @ApiOperation({ summary: '登记用户同意接收的订阅消息（每同意一次可发一条）' })
  @ApiOkResponse({ type: SubscriptionCreditsResponseDto })
  report(@CurrentUser() user: AuthUser, @Body() dto: ReportSubscriptionsDto) {
    return this.sender.addCredits(user.id, dto.accepted).then((credits) => ({ credits }));
  }

  @Get('subscriptions')
  @ApiOperation({ summary: '我还可以接收的订阅消息条数' })
  @ApiOkResponse({ type: SubscriptionCreditsResponseDto })
  mine(@CurrentUser() user: AuthUser) {
    return this.sender.creditsOf(user.id).then((credits) => ({ credits }));
  }
}
