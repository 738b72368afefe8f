import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, getSchemaPath, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { ErrorResponseDto } from './error-response.dto';

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head'] as const;

/**
 * The OpenAPI document of the API (`/api/docs-json`): the answers come from each controller's
 * response decorators; every operation gets the one error shape as its default response.
 */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('零工市场 API')
      .setDescription('菏泽市零工市场平台接口。所有错误均为 { code, message, errors?, requestId }。')
      .setVersion('0.1.0')
      .addBearerAuth()
      .build(),
    { extraModels: [ErrorResponseDto] },
  );
  const defaultError = {
    description: '出错：{ code, message, errors?, requestId }，code 为 DOMAIN.REASON（HTTP 状态见 ERRORS）',
    content: { 'application/json': { schema: { $ref: getSchemaPath(ErrorResponseDto) } } },
  };
  for (const item of Object.values(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (operation) operation.responses = { ...operation.responses, default: operation.responses.default ?? defaultError };
    }
  }
  return document;
}
