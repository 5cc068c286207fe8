import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySwagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { registerAuditRoutes } from './platform/audit/audit.routes.ts';
import { registerAuthRoutes, type LoginRateLimit } from './platform/auth/auth.routes.ts';
import { DEFAULT_SESSION_POLICY, type SessionPolicy } from './platform/auth/session.service.ts';
import type { Database } from './platform/db/connect.ts';
import { installErrorHandler } from './platform/errors/error-handler.ts';
import { Errors } from './platform/errors/problem.ts';
import { registerHealthRoutes } from './platform/http/health.routes.ts';
import { installSecurityHeaders } from './platform/http/security-headers.ts';
import { DEFAULT_WEB_DIST, registerWebApp } from './platform/http/web-app.ts';
import { installAccessControl, type RouteEntry } from './platform/policies/access-control.ts';
import { registerDossierRoutes } from './modules/dossiers/dossier.routes.ts';
import { registerExplorerRoutes } from './modules/explorer/explorer.routes.ts';
import { registerFactRoutes } from './modules/facts/fact.routes.ts';
import { registerHouseholdRoutes } from './modules/households/household.routes.ts';
import { registerMunicipalityRoutes } from './modules/municipalities/municipality.routes.ts';
import { registerOrganisationRoutes } from './modules/organisations/organisation.routes.ts';
import { registerPersonRoutes } from './modules/persons/person.routes.ts';
import { registerUserRoutes } from './modules/users/user.routes.ts';
import { registerImpactRoutes } from './modules/screening/impact.routes.ts';
import { registerScreeningRoutes } from './modules/screening/screening.routes.ts';
import { registerLedgerRoutes } from './modules/ledger/ledger.routes.ts';
import { registerWorklistRoutes } from './modules/worklists/worklist.routes.ts';
import { registerOutreachRoutes } from './modules/outreach/outreach.routes.ts';
import { registerGrantRoutes } from './modules/grants/grant.routes.ts';
import { registerMetricsRoutes } from './modules/metrics/metrics.routes.ts';

/** Options of buildApp. */
export interface AppOptions {
  database: Database;
  /** Directory of the built web app; null serves the API only. Default packages/web/dist. */
  webDist?: string | null;
  sessionPolicy?: SessionPolicy;
  loginRateLimit?: LoginRateLimit;
  /** Largest accepted request body in bytes (default 1 MiB). */
  bodyLimit?: number;
  logger?: boolean;
}

/** The Fastify app plus the table of its routes and their permissions. */
export interface SpringplankApp {
  app: FastifyInstance;
  routes: RouteEntry[];
}

/** Per quarter of an hour: ten failed sign-ins per address and e-mail, 300 attempts per address. */
export const DEFAULT_LOGIN_RATE_LIMIT: LoginRateLimit = { maxFailures: 10, maxPerAddress: 300, timeWindowMs: 15 * 60 * 1000 };

/**
 * Builds the Springplank HTTP app: API (validated by zod schemas, described at
 * /api/openapi.json, errors as application/problem+json), access control on every route,
 * and the web app.
 */
export async function buildApp(options: AppOptions): Promise<SpringplankApp> {
  const sessionPolicy = options.sessionPolicy ?? DEFAULT_SESSION_POLICY;
  const loginRateLimit = options.loginRateLimit ?? DEFAULT_LOGIN_RATE_LIMIT;
  const database = options.database;
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: options.bodyLimit ?? 1024 * 1024 });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);
  installSecurityHeaders(app);

  await app.register(fastifyCookie);
  await app.register(fastifyCsrf, {
    cookieKey: 'springplank_csrf',
    cookieOpts: { path: '/', sameSite: 'lax', httpOnly: true, secure: 'auto' },
    getToken: (request) => request.headers['x-csrf-token'] as string | undefined,
  });
  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) => Errors.tooManyAttempts(context.ttl / 1000),
  });
  await app.register(fastifySwagger, {
    openapi: {
      info: { title: 'Springplank API', version: '0.1.0', description: 'Proactive social service against onderbescherming.' },
    },
    transform: jsonSchemaTransform,
  });

  const routes = installAccessControl(app, { database, sessionPolicy });
  registerHealthRoutes(app, { database });
  registerAuthRoutes(app, { database, sessionPolicy, loginRateLimit });
  registerMunicipalityRoutes(app, { database });
  registerOrganisationRoutes(app, { database });
  registerUserRoutes(app, { database });
  registerDossierRoutes(app, { database });
  registerPersonRoutes(app, { database });
  registerHouseholdRoutes(app, { database });
  registerFactRoutes(app, { database });
  registerExplorerRoutes(app, { database });
  registerAuditRoutes(app, { database });
  registerScreeningRoutes(app, { database });
  registerImpactRoutes(app, { database });
  registerLedgerRoutes(app, { database });
  registerWorklistRoutes(app, { database });
  registerOutreachRoutes(app, { database });
  registerGrantRoutes(app, { database });
  registerMetricsRoutes(app, { database });
  await registerWebApp(app, options.webDist === undefined ? DEFAULT_WEB_DIST : options.webDist);
  await app.ready();
  return { app, routes };
}
