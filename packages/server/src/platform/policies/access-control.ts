import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import type { Database } from '../db/connect.ts';
import type { Actor } from '../auth/actor.ts';
import { resolveSession, type SessionPolicy } from '../auth/session.service.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { Errors } from '../errors/problem.ts';
import { checkRoute, PUBLIC, type Permission } from './policy.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The permission this route needs (policy.ts). Every /api route must declare one. */
    permission?: Permission;
    /** False only for sign-in: every other state-changing request needs a CSRF token. */
    csrf?: boolean;
  }
  interface FastifyRequest {
    /** The signed-in user, or null. Set before any handler runs. */
    actor: Actor | null;
  }
}

/** The name of the session cookie (shared contract). */
export const SESSION_COOKIE = 'springplank_session';

/** One registered route and the permission it declares (for the route × role matrix test). */
export interface RouteEntry {
  method: string;
  url: string;
  permission: Permission;
}

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

// Denials of these permissions concern a resident's file and are audited.
const PERSONAL_DATA_RECORD: Partial<Record<Permission, string>> = {
  'dossier:read': 'dossier',
  'dossier:update': 'dossier',
  'person:read': 'person',
  'household:read': 'household',
  'household:update': 'household',
  'fact:read': 'fact',
  'fact:write': 'fact',
};

/**
 * Enforces the policy on every route. At registration, an /api route without a declared
 * permission is refused (the app does not start); other routes (the web app's files) are
 * public. On each request: resolve the session, check the route permission (deny by default),
 * then the CSRF token on state-changing requests. Returns the table of registered routes.
 */
export function installAccessControl(
  app: FastifyInstance,
  deps: { database: Database; sessionPolicy: SessionPolicy },
): RouteEntry[] {
  const routes: RouteEntry[] = [];
  app.decorateRequest('actor', null);

  app.addHook('onRoute', (route: RouteOptions) => {
    const config = (route.config ?? {}) as { permission?: Permission };
    if (!route.url.startsWith('/api')) {
      route.config = { ...route.config, permission: PUBLIC };
    } else if (!config.permission) {
      throw new Error(`Route ${String(route.method)} ${route.url} declares no permission (config.permission); see platform/policies/policy.ts`);
    }
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') routes.push({ method, url: route.url, permission: (route.config as { permission: Permission }).permission });
    }
  });

  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    if (request.is404) return;
    const permission = request.routeOptions.config.permission;
    // The web app's files are public and need no session lookup.
    if (permission === PUBLIC && !request.url.startsWith('/api')) return;
    const token = request.cookies[SESSION_COOKIE];
    request.actor = token ? ((await resolveSession(deps.database, token, deps.sessionPolicy)) ?? null) : null;
    if (token && !request.actor) reply.clearCookie(SESSION_COOKIE, { path: '/' });
    if (!permission) throw Errors.forbidden();
    const decision = checkRoute(request.actor, permission);
    if (decision === 'not-authenticated') throw Errors.notAuthenticated();
    if (decision === 'deny') {
      await auditDenial(deps.database, request, permission);
      throw Errors.forbidden();
    }
  });

  app.addHook('onRequest', (request, reply, done) => {
    if (request.is404 || !STATE_CHANGING.has(request.method) || request.routeOptions.config.csrf === false) return done();
    app.csrfProtection(request, reply, done);
  });

  return routes;
}

async function auditDenial(database: Database, request: FastifyRequest, permission: Permission): Promise<void> {
  const recordType = PERSONAL_DATA_RECORD[permission];
  if (!recordType || !request.actor) return;
  const params = request.params as Record<string, string | undefined>;
  const recordId = params.id ?? params.personId ?? '';
  const personId = recordType === 'person' && /^\d+$/.test(recordId) ? [Number(recordId)] : [];
  await database.transaction((tx) =>
    recordAudit(tx, {
      actor: request.actor,
      action: `${request.method} ${request.routeOptions.url}`,
      recordType,
      recordId,
      personIds: personId,
      purpose: 'case-work',
      outcome: 'denied',
      details: { reason: 'role' },
    }),
  );
}
