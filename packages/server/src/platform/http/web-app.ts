import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { Errors } from '../errors/problem.ts';
import { sendProblem } from '../errors/error-handler.ts';

/** Where `npm run build -w @springplank/web` puts the web app. */
export const DEFAULT_WEB_DIST = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../web/dist');

/**
 * Serves the built web app when it exists, with a single-page-app fallback: any GET outside
 * /api that matches no file gets index.html, so deep links work. Unknown /api paths get a
 * problem response.
 */
export async function registerWebApp(app: FastifyInstance, webDist: string | null): Promise<void> {
  const serve = webDist !== null && existsSync(join(webDist, 'index.html'));
  if (serve) {
    await app.register(fastifyStatic, { root: webDist, wildcard: false, index: ['index.html'] });
  }
  app.setNotFoundHandler((request, reply) => {
    const isApi = request.url === '/api' || request.url.startsWith('/api/');
    if (serve && !isApi && (request.method === 'GET' || request.method === 'HEAD')) {
      return reply.type('text/html').sendFile('index.html');
    }
    return sendProblem(reply, { ...Errors.notFound('route', `${request.method} ${request.url.split('?')[0]}`).toProblem(), code: 'route-not-found' });
  });
}
