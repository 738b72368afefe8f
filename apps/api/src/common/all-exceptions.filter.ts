import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { toErrorResponse } from './error-body';

@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const { status, body, unexpected } = toErrorResponse(exception, String(request.id));
    if (unexpected) {
      const err = exception as Error;
      this.logger.error(`request ${request.id} failed: ${err?.name ?? 'Error'}: ${err?.message ?? String(exception)}`, err?.stack);
    }
    void reply.status(status).header('content-type', 'application/json; charset=utf-8').send(body);
  }
}
