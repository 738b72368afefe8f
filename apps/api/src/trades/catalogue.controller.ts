import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CountyItem, HEZE_COUNTIES, ListResponse, MARKET_SERVICES, TRADES, TradeItem } from '@lingong/shared';
import { Public } from '../common/access';
import { CountyListResponseDto, MarketServiceListResponseDto, TradeListResponseDto } from './dto/catalogue.response';

@ApiTags('catalogue')
@Public()
@Controller()
export class CatalogueController {
  @Get('trades')
  @ApiOperation({ summary: '工种目录（含上级工种和职业类别）' })
  @ApiOkResponse({ type: TradeListResponseDto })
  trades(): ListResponse<TradeItem> {
    return { items: [...TRADES] };
  }

  @Get('counties')
  @ApiOperation({ summary: '本平台服务的县（区）' })
  @ApiOkResponse({ type: CountyListResponseDto })
  counties(): ListResponse<CountyItem> {
    return { items: HEZE_COUNTIES.map(({ code, name }) => ({ code, name })) };
  }

  @Get('market-services')
  @ApiOperation({ summary: '零工市场服务项目目录' })
  @ApiOkResponse({ type: MarketServiceListResponseDto })
  marketServices(): ListResponse<{ code: string; name: string }> {
    return { items: [...MARKET_SERVICES] };
  }
}
