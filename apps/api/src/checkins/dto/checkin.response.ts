import { ApiProperty } from '@nestjs/swagger';
import {
  GATE_TOKEN_KINDS,
  type CheckinResponse,
  type GateTokenKind,
  type GateTokenResponse,
  type MarketCheckin,
  type MarketCheckinStats,
  type MyCheckin,
} from '@lingong/shared';
import { ListResponseDto } from '../../common/openapi/list-response.dto';

export class GateTokenResponseDto implements GateTokenResponse {
  @ApiProperty({ description: '签名的签到码，与 scene 相同' })
  token: string;

  @ApiProperty()
  scene: string;

  @ApiProperty({ example: 'pages/checkin/index', description: '二维码打开的小程序页面' })
  page: string;

  @ApiProperty({ format: 'date-time' })
  expiresAt: string;

  @ApiProperty({ description: '二维码（SVG 文档），内容为 url' })
  qrSvg: string;

  @ApiProperty({ example: 'https://lingong.example.cn/checkin?scene=...', description: '二维码里的 https 地址' })
  url: string;

  @ApiProperty({ enum: GATE_TOKEN_KINDS })
  kind: GateTokenKind;

  @ApiProperty({ example: 60, description: '签到码有效秒数（屏幕据此刷新，不依赖自己的时钟）' })
  ttlSeconds: number;

  @ApiProperty()
  marketId: number;
}

export class CheckinResponseDto implements CheckinResponse {
  @ApiProperty()
  id: number;

  @ApiProperty()
  marketId: number;

  @ApiProperty()
  workerId: number;

  @ApiProperty({ example: '2026-12-07', description: '市场的日期（北京时间）' })
  day: string;

  @ApiProperty({ format: 'date-time' })
  checkedInAt: string;

  @ApiProperty({ description: '今天已在这个市场签到过：答复同一条签到' })
  repeated: boolean;
}

export class MyCheckinResponseDto implements MyCheckin {
  @ApiProperty()
  id: number;

  @ApiProperty()
  marketId: number;

  @ApiProperty({ example: '牡丹区零工市场' })
  marketName: string;

  @ApiProperty({ example: '2026-12-07' })
  day: string;

  @ApiProperty({ format: 'date-time' })
  checkedInAt: string;
}

/** A check-in as the market's operators see it: name and trades, the phone masked. */
export class MarketCheckinResponseDto implements MarketCheckin {
  @ApiProperty()
  id: number;

  @ApiProperty()
  workerId: number;

  @ApiProperty({ example: '李四' })
  realName: string;

  @ApiProperty({ type: String, nullable: true, example: '138****5678' })
  phoneMasked: string | null;

  @ApiProperty({ type: [String] })
  trades: string[];

  @ApiProperty({ enum: GATE_TOKEN_KINDS })
  kind: GateTokenKind;

  @ApiProperty({ format: 'date-time' })
  checkedInAt: string;
}

export class HourCountResponseDto {
  @ApiProperty({ minimum: 0, maximum: 23, description: '北京时间的小时' })
  hour: number;

  @ApiProperty()
  count: number;
}

export class TradeCountResponseDto {
  @ApiProperty({ example: 'construction.mason' })
  trade: string;

  @ApiProperty()
  count: number;
}

export class MarketCheckinStatsResponseDto implements MarketCheckinStats {
  @ApiProperty()
  marketId: number;

  @ApiProperty({ example: '2026-12-07' })
  date: string;

  @ApiProperty({ description: '当天签到数（每人一次，等于 uniqueWorkers）' })
  count: number;

  @ApiProperty()
  uniqueWorkers: number;

  @ApiProperty({ type: () => [HourCountResponseDto] })
  byHour: HourCountResponseDto[];

  @ApiProperty({ type: () => [TradeCountResponseDto], description: '按登记的工种（一人两个工种两边都算），多的在前' })
  byTrade: TradeCountResponseDto[];
}

export class MyCheckinListResponseDto extends ListResponseDto(MyCheckinResponseDto) {}
export class MarketCheckinListResponseDto extends ListResponseDto(MarketCheckinResponseDto) {}
