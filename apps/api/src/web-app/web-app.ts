import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Where the browser app is served; API routes, /docs, /health and /queues stay where they are. */
export const WEB_APP_PREFIX = '/app/';

/** The built web app (`npm run build:web`): dist/web under the working directory, as `npm run start:api` runs. */
export function webAppDirectory(cwd = process.cwd()): string {
  return resolve(cwd, 'dist/web');
}

/**
 * Serves the built web app (apps/web) under /app/, with index.html for every client route (/app/cases/…), and sends
 * / to it. These are plain Fastify routes, not Nest controllers: Nest's guards never see them, so they need no
 * bearer token (static files only; every API call the app makes carries one). Without a build, nothing is added.
 */
export async function registerWebApp(app: NestFastifyApplication, root = webAppDirectory()): Promise<boolean> {
  if (!existsSync(join(root, 'index.html'))) return false;
  await app.register(fastifyStatic, {
    root,
    prefix: WEB_APP_PREFIX,
    // Files are listed once at start: the client-side routes below may then take every other /app/ path.
    wildcard: false,
    index: false,
    setHeaders(reply, path) {
      // Vite names assets by content hash; index.html must be fetched again to pick up a new build.
      reply.header(
        'Cache-Control',
        path.includes(`${join(root, 'assets')}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  const fastify = app.getHttpAdapter().getInstance();
  const sendIndex = (
    _request: unknown,
    reply: { header(k: string, v: string): unknown; sendFile(f: string): unknown },
  ) => {
    reply.header('Cache-Control', 'no-cache');
    return reply.sendFile('index.html');
  };
  fastify.get('/', (_request, reply) => reply.redirect(WEB_APP_PREFIX));
  fastify.get('/app', (_request, reply) => reply.redirect(WEB_APP_PREFIX));
  fastify.get(WEB_APP_PREFIX, sendIndex);
  fastify.get(`${WEB_APP_PREFIX}*`, (request, reply) => {
    // A missing asset is a 404, not the app's page: only extension-less paths are client routes.
    if (/\.[a-z0-9]+$/i.test(request.url.split('?')[0])) {
      return reply.status(404).send({ statusCode: 404, error: 'Not Found', message: `No file ${request.url}` });
    }
    return sendIndex(request, reply);
  });
  return true;
}
