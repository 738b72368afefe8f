import { ParseIntPipe } from '@nestjs/common';
import { AppException } from './app-exception';

/** `:id` path parameters: a positive integer, or 404 (an unknown id and a malformed one look alike). */
export const idParamPipe = new ParseIntPipe({
  exceptionFactory: () => new AppException('COMMON.NOT_FOUND'),
});
