import { Controller, Get, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';
import { ERRORS, HealthResponse } from '@lingong/shared';
import { Public } from '../common/access';
import { HealthDownResponseDto, HealthResponseDto } from './dto/health.response';

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get()
  @ApiOperation({ summary: '运行状态：数据库不可用时答 503' })
  @ApiOkResponse({ type: HealthResponseDto })
  @ApiServiceUnavailableResponse({ type: HealthDownResponseDto, description: '数据库不可用' })
  async check(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<HealthResponse | (HealthResponse & object)> {
    const time = new Date().toISOString();
    try {
      if (!this.dataSource.isInitialized) throw new Error('not initialised');
      await withTimeout(this.dataSource.query('SELECT 1'), 2000);
      return { status: 'ok', database: 'up', time };
    } catch {
      reply.status(503);
      const { message } = ERRORS['COMMON.DATABASE_DOWN'];
      return { status: 'error', database: 'down', time, code: 'COMMON.DATABASE_DOWN', message, requestId: String(request.id) } as HealthResponse;
    }
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([promise, new Promise<T>((_, reject) => (timer = setTimeout(() => reject(new Error('timeout')), ms)))]).finally(() =>
    clearTimeout(timer),
  );
}
