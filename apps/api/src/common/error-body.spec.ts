import {
  BadRequestException,
  HttpException,
  NotFoundException,
  PayloadTooLargeException,
  ServiceUnavailableException,
  UnauthorizedException,
} from '@nestjs/common';
import { ERRORS } from '@lingong/shared';
import { AppException } from './app-exception';
import { toErrorResponse } from './error-body';

const REQUEST_ID = 'req-0123456789';

/** The shape Fastify gives its own errors (content-type parser, body limit). */
function fastifyError(code: string, statusCode: number, message = 'fastify says no'): Error {
  return Object.assign(new Error(message), { code, statusCode });
}

describe(toErrorResponse.name, () => {
  describe('AppException', () => {
    it("answers the code's status and default Chinese message", () => {
      expect(toErrorResponse(new AppException('MARKET.NOT_FOUND'), REQUEST_ID)).toEqual({
        status: 404,
        body: { code: 'MARKET.NOT_FOUND', message: ERRORS['MARKET.NOT_FOUND'].message, requestId: REQUEST_ID },
        unexpected: false,
      });
    });

    it('carries field errors and a more precise message', () => {
      const errors = [{ field: 'openingHours', message: '应为“05:00-12:00”这样的格式' }];
      const { status, body } = toErrorResponse(new AppException('MARKET.OPENING_HOURS_INVALID', { errors, message: '开放时间写错了。' }), REQUEST_ID);
      expect(status).toBe(400);
      expect(body).toEqual({ code: 'MARKET.OPENING_HOURS_INVALID', message: '开放时间写错了。', errors, requestId: REQUEST_ID });
    });

    it('leaves out an empty list of field errors', () => {
      const { body } = toErrorResponse(new AppException('COMMON.VALIDATION_FAILED', { errors: [] }), REQUEST_ID);
      expect(body).toEqual({ code: 'COMMON.VALIDATION_FAILED', message: ERRORS['COMMON.VALIDATION_FAILED'].message, requestId: REQUEST_ID });
    });

    it('places details beside the code, never over the code, message or request id', () => {
      const details = { phrase: '限男性', code: 'FAKE.CODE', message: 'fake', requestId: 'fake' };
      const { body } = toErrorResponse(new AppException('COMMON.VALIDATION_FAILED', { details }), REQUEST_ID);
      expect(body).toEqual({ phrase: '限男性', code: 'COMMON.VALIDATION_FAILED', message: ERRORS['COMMON.VALIDATION_FAILED'].message, requestId: REQUEST_ID });
    });
  });

  describe("Nest's HttpException", () => {
    it.each([
      ['NotFoundException', 404, 'COMMON.NOT_FOUND', new NotFoundException('Cannot GET /api/nope')],
      ['UnauthorizedException', 401, 'AUTH.UNAUTHENTICATED', new UnauthorizedException()],
      ['PayloadTooLargeException', 413, 'COMMON.PAYLOAD_TOO_LARGE', new PayloadTooLargeException()],
      ['BadRequestException', 400, 'COMMON.MALFORMED_BODY', new BadRequestException('Unexpected token } in JSON')],
      ['HttpException 405', 405, 'COMMON.NOT_FOUND', new HttpException('Method Not Allowed', 405)],
    ] as const)('maps %s to %i %s with its Chinese message, not the English one', (_, status, code, error) => {
      expect(toErrorResponse(error, REQUEST_ID)).toEqual({ status, body: { code, message: ERRORS[code].message, requestId: REQUEST_ID }, unexpected: false });
    });

    it('treats a 5xx HttpException as unexpected', () => {
      const response = toErrorResponse(new ServiceUnavailableException('db pool exhausted'), REQUEST_ID);
      expect(response).toEqual({
        status: 503,
        body: { code: 'COMMON.INTERNAL', message: ERRORS['COMMON.INTERNAL'].message, requestId: REQUEST_ID },
        unexpected: true,
      });
    });
  });

  describe("Fastify's own errors", () => {
    it.each([
      ['FST_ERR_CTP_INVALID_JSON_BODY', 400, 400, 'COMMON.MALFORMED_BODY'],
      ['FST_ERR_CTP_EMPTY_JSON_BODY', 400, 400, 'COMMON.MALFORMED_BODY'],
      ['FST_ERR_CTP_BODY_TOO_LARGE', 413, 413, 'COMMON.PAYLOAD_TOO_LARGE'],
      ['FST_ERR_CTP_INVALID_MEDIA_TYPE', 415, 415, 'COMMON.UNSUPPORTED_MEDIA_TYPE'],
      ['FST_ERR_CTP_INVALID_CONTENT_LENGTH', 400, 400, 'COMMON.MALFORMED_BODY'],
    ] as const)('maps %s (%i) to %i %s', (code, statusCode, status, errorCode) => {
      expect(toErrorResponse(fastifyError(code, statusCode), REQUEST_ID)).toEqual({
        status,
        body: { code: errorCode, message: ERRORS[errorCode].message, requestId: REQUEST_ID },
        unexpected: false,
      });
    });

    it('maps another 4xx error by its status code', () => {
      expect(toErrorResponse(fastifyError('FST_ERR_SOMETHING_NEW', 404), REQUEST_ID)).toMatchObject({
        status: 404,
        body: { code: 'COMMON.NOT_FOUND' },
        unexpected: false,
      });
      expect(toErrorResponse(fastifyError('FST_ERR_SOMETHING_NEW', 400), REQUEST_ID)).toMatchObject({
        status: 400,
        body: { code: 'COMMON.MALFORMED_BODY' },
        unexpected: false,
      });
      expect(toErrorResponse({ statusCode: 429 }, REQUEST_ID)).toMatchObject({ status: 429, body: { code: 'COMMON.RATE_LIMITED' }, unexpected: false });
    });

    it('does not trust a 5xx status code on an unknown error', () => {
      expect(toErrorResponse(fastifyError('FST_ERR_SOMETHING_NEW', 502), REQUEST_ID)).toMatchObject({
        status: 500,
        body: { code: 'COMMON.INTERNAL' },
        unexpected: true,
      });
    });
  });

  describe('anything else', () => {
    it.each([
      ['an Error', new Error('ER_ACCESS_DENIED_ERROR: password for root@10.0.0.5')],
      ['a TypeError', new TypeError("Cannot read properties of undefined (reading 'id')")],
      ['a string', 'boom'],
      ['null', null],
      ['undefined', undefined],
      ['an object with a non-Fastify code', { code: 'ER_DUP_ENTRY', errno: 1062 }],
    ])('answers %s with 500 COMMON.INTERNAL, flagged unexpected, revealing nothing', (_, error) => {
      const response = toErrorResponse(error, REQUEST_ID);
      expect(response).toEqual({
        status: 500,
        body: { code: 'COMMON.INTERNAL', message: ERRORS['COMMON.INTERNAL'].message, requestId: REQUEST_ID },
        unexpected: true,
      });
    });
  });
});
