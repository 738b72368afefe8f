import { HttpException, HttpStatus } from '@nestjs/common';
import { ApiErrorBody, ERRORS, ErrorCode, FieldError } from '@lingong/shared';
import { AppException } from './app-exception';

export interface ErrorResponse {
  status: number;
  body: ApiErrorBody & Record<string, unknown>;
  /** Unexpected errors are logged with their stack; expected ones are not. */
  unexpected: boolean;
}

const BY_STATUS: Partial<Record<number, ErrorCode>> = {
  400: 'COMMON.MALFORMED_BODY',
  401: 'AUTH.UNAUTHENTICATED',
  403: 'AUTH.FORBIDDEN',
  404: 'COMMON.NOT_FOUND',
  405: 'COMMON.NOT_FOUND',
  413: 'COMMON.PAYLOAD_TOO_LARGE',
  415: 'COMMON.UNSUPPORTED_MEDIA_TYPE',
  429: 'COMMON.RATE_LIMITED',
};

/** Fastify's own errors (body parsing, limits) carry `code: 'FST_...'` and a statusCode. */
const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'COMMON.MALFORMED_BODY',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'COMMON.MALFORMED_BODY',
  FST_ERR_CTP_BODY_TOO_LARGE: 'COMMON.PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'COMMON.UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'COMMON.MALFORMED_BODY',
  FST_ERR_CTP_INVALID_TYPE: 'COMMON.UNSUPPORTED_MEDIA_TYPE',
};

/** Maps anything thrown while serving a request to the single error shape clients see. */
export function toErrorResponse(error: unknown, requestId: string): ErrorResponse {
  if (error instanceof AppException) {
    return {
      status: error.getStatus(),
      body: { ...(error.details ?? {}), code: error.code, message: error.message, ...withErrors(error.errors), requestId },
      unexpected: false,
    };
  }
  if (error instanceof HttpException) {
    const status = error.getStatus();
    const code = BY_STATUS[status] ?? (status >= 500 ? 'COMMON.INTERNAL' : 'COMMON.MALFORMED_BODY');
    return { status, body: { code, message: ERRORS[code].message, requestId }, unexpected: status >= 500 };
  }
  const fastifyError = error as { code?: string; statusCode?: number };
  if (typeof fastifyError?.code === 'string' && FASTIFY_CODES[fastifyError.code]) {
    const code = FASTIFY_CODES[fastifyError.code];
    return { status: ERRORS[code].status, body: { code, message: ERRORS[code].message, requestId }, unexpected: false };
  }
  if (typeof fastifyError?.statusCode === 'number' && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
    const code = BY_STATUS[fastifyError.statusCode] ?? 'COMMON.MALFORMED_BODY';
    return { status: fastifyError.statusCode, body: { code, message: ERRORS[code].message, requestId }, unexpected: false };
  }
  return {
    status: HttpStatus.INTERNAL_SERVER_ERROR,
    body: { code: 'COMMON.INTERNAL', message: ERRORS['COMMON.INTERNAL'].message, requestId },
    unexpected: true,
  };
}

function withErrors(errors?: FieldError[]): { errors?: FieldError[] } {
  return errors?.length ? { errors } : {};
}
