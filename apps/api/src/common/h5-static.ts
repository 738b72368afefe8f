import fastifyStatic from '@fastify/static';
import { NestFastifyApplication } from '@nestjs/platform-fastify';

/** A file whose name carries its content hash (`js/app.1a2b3c4d.js`): it never changes under that name. */
const HASHED_FILE = /\.[0-9a-f]{8,32}\.[a-z0-9]+(\.br|\.gz)?$/i;
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html and anything unhashed: always asked again, so a new build is seen on the next open. */
const REVALIDATE = 'no-cache';

export function h5CacheControl(path: string): string {
  return HASHED_FILE.test(path) ? IMMUTABLE : REVALIDATE;
}

/**
 * Serves the mini-program's H5 build at `/` beside the API (`npm start`, browser tests). The build
 * uses a hash router, so its files are all there is: one route per file found at start-up, nothing
 * catch-all that could shadow `/api` or change its 404s. Hashed assets are cached for a year.
 */
export async function serveH5Build(app: NestFastifyApplication, root: string): Promise<void> {
  await app.register(fastifyStatic as never, {
    root,
    prefix: '/',
    wildcard: false,
    decorateReply: false,
    index: ['index.html'],
    // The build writes .br and .gz copies at its best compression (scripts/taro-build.mjs).
    preCompressed: true,
    cacheControl: false,
    setHeaders: (res: { setHeader(name: string, value: string): void }, path: string) => res.setHeader('cache-control', h5CacheControl(path)),
  });
}

/** Serves the staff console's build at `/console/` (a hash router too: its files are all there is). */
export async function serveConsoleBuild(app: NestFastifyApplication, root: string): Promise<void> {
  await app.register(fastifyStatic as never, { root, prefix: '/console/', wildcard: false, decorateReply: false, index: ['index.html'], redirect: true });
}
