import { Module } from '@nestjs/common';
import { MarketRepository } from './market.repository';
import { MarketsController } from './markets.controller';
import { MarketsService } from './markets.service';

@Module({
  controllers: [MarketsController],
  providers: [MarketsService, MarketRepository],
  exports: [MarketsService],
})
export class MarketsModule {}
