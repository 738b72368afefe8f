import { HttpException } from '@nestjs/common';
import { ERRORS, ErrorCode, FieldError } from '@lingong/shared';

export interface AppExceptionOptions {
  /** A more precise plain-Chinese sentence than the code's default one. */
  message?: string;
  errors?: FieldError[];
  /** Extra fields for the client, placed beside `code` and `message` (e.g. the phrase that was refused). */
  details?: Record<string, unknown>;
}

/** The one exception services throw: a stable code, its HTTP status and a Chinese message. */
export class AppException extends HttpException {
  readonly code: ErrorCode;
  readonly errors?: FieldError[];
  readonly details?: Record<string, unknown>;

  constructor(code: ErrorCode, options: AppExceptionOptions = {}) {
    const { status, message } = ERRORS[code];
    super(options.message ?? message, status);
    this.code = code;
    this.errors = options.errors;
    this.details = options.details;
  }
}
