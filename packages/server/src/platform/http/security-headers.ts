import type { FastifyInstance } from 'fastify';

/**
 * Headers on every response: no MIME sniffing, no framing by other sites (clickjacking), no referrer to other
 * sites; and API responses, which carry personal data, are never stored by a browser or proxy.
 */
export function installSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('x-frame-options', 'SAMEORIGIN');
    reply.header('referrer-policy', 'same-origin');
    if (request.url.startsWith('/api/') && request.url !== '/api/openapi.json') reply.header('cache-control', 'no-store');
    return payload;
  });
}
