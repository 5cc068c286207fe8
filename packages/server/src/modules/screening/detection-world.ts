import type { Actor } from '../../platform/auth/actor.ts';
import type { Database } from '../../platform/db/connect.ts';
import { loadDemo } from '../demo/index.ts';

/** A small demo world for detection tests and benchmarks: the Kansendonk demo and its OCMW coordinator. */
export interface DetectionWorld {
  ocmwId: number;
  coordinator: Actor;
  worker: Actor;
}

/** Looks up a demo user as an actor. */
export async function actorByEmail(database: Database, email: string): Promise<Actor> {
  const row = await database.db
    .selectFrom('users')
    .innerJoin('organisations', 'organisations.id', 'users.organisation_id')
    .select(['users.id', 'users.email', 'users.name', 'users.role', 'organisations.id as orgId', 'organisations.name as orgName', 'organisations.type as orgType'])
    .where('users.email', '=', email)
    .executeTakeFirstOrThrow();
  return { id: row.id, email: row.email, name: row.name, role: row.role, organisation: { id: row.orgId, name: row.orgName, type: row.orgType } };
}

/** Loads the demo with `households` households (seeded, deterministic) and returns the OCMW and its coordinator. */
export async function loadDetectionWorld(database: Database, households: number, seed: number | string = 1): Promise<DetectionWorld> {
  await loadDemo(database, { households, seed });
  const coordinator = await actorByEmail(database, 'coordinator@ocmw.kansendonk.demo');
  const worker = await actorByEmail(database, 'mw@ocmw.kansendonk.demo');
  return { ocmwId: coordinator.organisation.id, coordinator, worker };
}
