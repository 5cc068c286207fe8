import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../db/connect.ts';
import { Errors } from '../errors/problem.ts';
import { SESSION_COOKIE } from '../policies/access-control.ts';
import type { Actor } from './actor.ts';
import { LoginThrottle } from './login-throttle.ts';
import { csrfResponseSchema, loginBodySchema, userResponseSchema } from './auth.schema.ts';
import { signIn, signOut, type SessionPolicy } from './session.service.ts';

/** Limits on sign-in attempts. */
export interface LoginRateLimit {
  /** Failed attempts per client address and e-mail within the window (then 429). */
  maxFailures: number;
  /** All attempts per client address within the window (then 429), against password spraying. */
  maxPerAddress: number;
  timeWindowMs: number;
}

/** The signed-in user as the API shows it (ids as strings). */
export function presentActor(actor: Actor) {
  return {
    id: String(actor.id),
    name: actor.name,
    email: actor.email,
    role: actor.role,
    organisation: { id: String(actor.organisation.id), name: actor.organisation.name, type: actor.organisation.type },
  };
}

/** Registers sign-in, sign-out, who-am-I and the CSRF token. */
export function registerAuthRoutes(
  app: FastifyInstance,
  deps: { database: Database; sessionPolicy: SessionPolicy; loginRateLimit: LoginRateLimit },
): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['auth'];
  const throttle = new LoginThrottle({ maxFailures: deps.loginRateLimit.maxFailures, windowMs: deps.loginRateLimit.timeWindowMs });

  api.get('/api/auth/csrf', {
    config: { permission: 'public' },
    schema: { tags, summary: 'A CSRF token to send as x-csrf-token on state-changing requests', response: { 200: csrfResponseSchema } },
    handler: async (_request, reply) => ({ token: reply.generateCsrf() }),
  });

  api.post('/api/auth/login', {
    config: {
      permission: 'public',
      csrf: false,
      rateLimit: { max: deps.loginRateLimit.maxPerAddress, timeWindow: deps.loginRateLimit.timeWindowMs },
    },
    schema: { tags, summary: 'Sign in with e-mail and password', body: loginBodySchema, response: { 200: userResponseSchema } },
    handler: async (request, reply) => {
      const { email, password } = request.body;
      throttle.check(request.ip, email);
      const result = await signIn(deps.database, email, password, deps.sessionPolicy);
      if (!result) {
        throttle.fail(request.ip, email);
        throw Errors.invalidCredentials();
      }
      throttle.succeed(request.ip, email);
      reply.setCookie(SESSION_COOKIE, result.token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: 'auto',
        maxAge: Math.floor(deps.sessionPolicy.maxAgeMs / 1000),
      });
      return { user: presentActor(result.actor) };
    },
  });

  api.post('/api/auth/logout', {
    config: { permission: 'authenticated' },
    schema: { tags, summary: 'Sign out: ends the session', response: { 204: z.null().describe('Signed out') } },
    handler: async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token) await signOut(deps.database, token);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send(null);
    },
  });

  api.get('/api/auth/me', {
    config: { permission: 'authenticated' },
    schema: { tags, summary: 'The signed-in user', response: { 200: userResponseSchema } },
    handler: async (request) => ({ user: presentActor(request.actor!) }),
  });
}
