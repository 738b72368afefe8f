import fastifyStatic from '@fastify/static';
import { NestFastifyApplication } from '@nestjs/platform-fastify';

/**
 * Serves the mini-program's H5 build at `/` beside the API (`npm start`, browser tests). The build
 * uses a hash router, so its files are all there is: one route per file found at start-up, nothing
 * catch-all that could shadow `/api` or change its 404s.
 */
export async function serveH5Build(app: NestFastifyApplication, root: string): Promise<void> {
  await app.register(fastifyStatic as never, { root, prefix: '/', wildcard: false, decorateReply: false, index: ['index.html'] });
}

/** Serves the staff console's build at `/console/` (a hash router too: its files are all there is). */
export async function serveConsoleBuild(app: NestFastifyApplication, root: string): Promise<void> {
  await app.register(fastifyStatic as never, { root, prefix: '/console/', wildcard: false, decorateReply: false, index: ['index.html'], redirect: true });
}
