import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CountyItem, HEZE_COUNTIES, ListResponse, MARKET_SERVICES, TRADES, TradeItem } from '@lingong/shared';
import { Public } from '../common/access';

@ApiTags('catalogue')
@Public()
@Controller()
export class CatalogueController {
  @Get('trades')
  @ApiOperation({ summary: '工种目录（含上级工种和职业类别）' })
  trades(): ListResponse<TradeItem> {
    return { items: [...TRADES] };
  }

  @Get('counties')
  @ApiOperation({ summary: '本平台服务的县（区）' })
  counties(): ListResponse<CountyItem> {
    return { items: HEZE_COUNTIES.map(({ code, name }) => ({ code, name })) };
  }

  @Get('market-services')
  @ApiOperation({ summary: '零工市场服务项目目录' })
  marketServices(): ListResponse<{ code: string; name: string }> {
    return { items: [...MARKET_SERVICES] };
  }
}
