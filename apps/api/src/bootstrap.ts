import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { constants as zlibConstants } from 'node:zlib';
import compress from '@fastify/compress';
import multipart from '@fastify/multipart';
import { DynamicModule, Logger, LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { AllExceptionsFilter } from './common/all-exceptions.filter';
import { serveConsoleBuild, serveH5Build } from './common/h5-static';
import { buildOpenApiDocument } from './common/openapi/openapi-document';
import { createValidationPipe } from './common/validation';
import { AppConfig } from './config/config';
import { seedDemoData } from './database/seeds/demo.seed';

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

export interface CreateAppOptions {
  logger?: LoggerService | false;
  /** Modules added beside the API's own: only benchmarks use it (their baseline route). */
  extraModules?: NonNullable<DynamicModule['imports']>;
}

/** Builds the whole API (used by main.ts, the e2e tests and the benchmarks alike). */
export async function createApp(config: AppConfig, options: CreateAppOptions = {}): Promise<NestFastifyApplication> {
  const { server, uploads } = config.slices;
  const adapter = new FastifyAdapter({
    bodyLimit: server.bodyLimitBytes,
    trustProxy: true,
    // A caller's request id is kept when it looks like one, so a trace can follow a request across services.
    genReqId: (req: { headers: Record<string, string | string[] | undefined> }) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, options.extraModules), adapter, {
    logger: options.logger ?? undefined,
    abortOnError: false,
  });
  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new AllExceptionsFilter());
  app.enableCors({ origin: server.corsOrigins, exposedHeaders: ['x-request-id'] });
  app.enableShutdownHooks();
  // gzip/brotli for JSON answers and the H5 build (a cheap phone on a slow network); brotli at a
  // quality cheap enough to run per request. Images and small answers go as they are.
  await app.register(compress as unknown as Parameters<typeof app.register>[0], {
    global: true,
    threshold: 1024,
    brotliOptions: { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 4 } },
  });
  // Multipart is parsed only where a route reads it (complaint evidence, accident photos); other routes expecting JSON
  // get no body and answer 400. Limits stop an upload before it is held in memory.
  // Nest's adapter pins its own fastify patch release, so the plugin's types name another copy of the same major.
  await app.register(multipart as unknown as Parameters<typeof app.register>[0], {
    limits: { fileSize: uploads.maxBytes, files: uploads.maxFilesPerUpload, fields: 10, fieldSize: 10000, parts: uploads.maxFilesPerUpload + 10 },
  });

  const fastify = app.getHttpAdapter().getInstance();
  const requestLog = new Logger('HTTP');
  fastify.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  // One line per request: the route pattern, never the query string or body (they may hold personal data).
  fastify.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions?.url ?? 'unmatched';
    requestLog.log(`${request.method} ${route} ${reply.statusCode} ${Math.round(reply.elapsedTime)}ms ${request.id}`);
  });
  // Errors Fastify raises itself (body parsing, size limits) reach AllExceptionsFilter through the
  // error handler Nest installs, so they get the same shape as the rest.

  const document = buildOpenApiDocument(app);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  if (server.h5Dir) await serveH5Build(app, server.h5Dir);
  if (server.consoleDir) await serveConsoleBuild(app, server.consoleDir);

  await app.init();
  await fastify.ready();
  return app;
}

/** Applies pending migrations and loads the demo data, as the configuration asks. */
export async function prepareDatabase(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  const logger = new Logger('Database');
  const dataSource = app.get(DataSource);
  const { migrateOnStart, seedDemoData: seed } = config.slices.database;
  if (migrateOnStart) {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    if (applied.length) logger.log(`applied ${applied.length} migration(s): ${applied.map((m) => m.name).join(', ')}`);
  } else if (await dataSource.showMigrations()) {
    logger.warn('there are pending migrations: run `pnpm --filter @lingong/api db:migrate`');
  }
  if (seed) {
    const seeded = await seedDemoData(dataSource, app);
    if (seeded) logger.log(`loaded the Heze demo data: ${seeded}`);
  }
}
