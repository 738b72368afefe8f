import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ListResponse, Market } from '@lingong/shared';
import { AuthUser, CurrentUser, Public, Roles } from '../common/access';
import { idParamPipe } from '../common/id-param';
import { CreateMarketDto, ListMarketsQuery, UpdateMarketDto } from './dto/market.dto';
import { MarketsService } from './markets.service';
import { MarketListResponseDto, MarketResponseDto } from './dto/market.response';

@ApiTags('markets')
@Controller('markets')
export class MarketsController {
  constructor(private readonly markets: MarketsService) {}

  @Public()
  @Get()
  @ApiOperation({ summary: '零工市场电子地图：给出 lat、lng 时按距离由近到远' })
  @ApiOkResponse({ type: MarketListResponseDto })
  list(@Query() query: ListMarketsQuery): Promise<ListResponse<Market>> {
    return this.markets.list(query);
  }

  @Public()
  @Get(':id')
  @ApiOperation({ summary: '零工市场详情' })
  @ApiOkResponse({ type: MarketResponseDto })
  get(@Param('id', idParamPipe) id: number): Promise<Market> {
    return this.markets.get(id);
  }

  @Roles('operator', 'admin')
  @ApiBearerAuth()
  @Post()
  @ApiOperation({ summary: '新增零工市场（运营人员限本县区，管理员不限）' })
  @ApiCreatedResponse({ type: MarketResponseDto })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateMarketDto): Promise<Market> {
    return this.markets.create(user, dto);
  }

  @Roles('operator', 'admin')
  @ApiBearerAuth()
  @Patch(':id')
  @ApiOperation({ summary: '修改零工市场信息' })
  @ApiOkResponse({ type: MarketResponseDto })
  update(@CurrentUser() user: AuthUser, @Param('id', idParamPipe) id: number, @Body() dto: UpdateMarketDto): Promise<Market> {
    return this.markets.update(user, id, dto);
  }
}
