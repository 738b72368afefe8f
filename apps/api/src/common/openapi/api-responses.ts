import { applyDecorators } from '@nestjs/common';
import { ApiOkResponse } from '@nestjs/swagger';

/** A 200 answered with a stored file of one of `contentTypes` (a download, not JSON). */
export function ApiFileResponse(description: string, contentTypes: readonly string[]): MethodDecorator {
  const schema = { type: 'string', format: 'binary' } as const;
  return applyDecorators(ApiOkResponse({ description, content: Object.fromEntries(contentTypes.map((type) => [type, { schema }])) }));
}

/** A 200 answered with an HTML page. */
export function ApiHtmlResponse(description: string): MethodDecorator {
  return applyDecorators(ApiOkResponse({ description, content: { 'text/html': { schema: { type: 'string' } } } }));
}
