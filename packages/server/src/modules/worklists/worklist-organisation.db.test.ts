import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn } from '../../../test/http-client.ts';
import { buildApp } from '../../app.ts';
import type { Database } from '../../platform/db/connect.ts';
import { openTestDatabase } from '../../platform/db/test-database.ts';
import { recordOutreach } from '../outreach/outreach.service.ts';
import { loadDetectionWorld, type DetectionWorld } from '../screening/detection-world.ts';
import { readWorklist } from './worklist.service.ts';

let database: Database;
let world: DetectionWorld;
let ocmwHousehold: number;
let cawHousehold: number;
let noDossier: number;
let caw: { id: number; name: string } | undefined;
const RIGHT = 'verhoogde-tegemoetkoming';

/** A household of the werkingsgebied whose only open dossiers are those of the given organisation (or none at all). */
async function householdGuidedBy(organisationId: number | null): Promise<number> {
  const [row] = await database.query<{ id: number }>(
    `select h.id from households h where true
        and coalesce((select array_agg(distinct organisation_id order by organisation_id) from dossiers d where d.household_id = h.id and d.status <> 'closed'), '{}') = $1::int[]
      order by h.id limit 1`,
    [organisationId === null ? [] : [organisationId]],
  );
  return row!.id;
}

beforeAll(async () => {
  database = await openTestDatabase();
  world = await loadDetectionWorld(database, 300);
  [caw] = await database.query<{ id: number; name: string }>("select id, name from organisations where name = 'CAW Kansendonk'");
  ocmwHousehold = await householdGuidedBy(world.ocmwId);
  cawHousehold = await householdGuidedBy(caw!.id);
  noDossier = await householdGuidedBy(null);
  // A contact puts each of them on the OCMW's worklist (the OCMW reaches every resident of its werkingsgebied).
  for (const h of [ocmwHousehold, cawHousehold, noDossier]) await recordOutreach(database, world.worker, h, { kind: 'phone', outcome: 'reached', right: RIGHT });
});
afterAll(async () => {
  await database?.close();
});

const households = async (organisation: number | 'none') =>
  (await readWorklist(database, world.coordinator, { order: 'priority', limit: 500, organisation })).items.map((i) => i.householdId);

describe('worklist filter by organisation', () => {
  it('keeps the households an organisation of the werkingsgebied guides, or those no organisation guides yet', async () => {
    const all = await readWorklist(database, world.coordinator, { order: 'priority', limit: 500 });
    expect(all.organisations.map((o) => o.id)).toEqual(expect.arrayContaining([world.ocmwId, caw!.id]));
    expect(all.organisations[0]!.id).toBe(world.ocmwId);
    expect(all.items.find((i) => i.householdId === cawHousehold)?.organisations).toEqual([caw]);

    const ofOcmw = await households(world.ocmwId);
    expect(ofOcmw).toContain(ocmwHousehold);
    expect(ofOcmw).not.toContain(cawHousehold);
    expect(ofOcmw).not.toContain(noDossier);
    const ofCaw = await households(caw!.id);
    expect(ofCaw).toContain(cawHousehold);
    expect(ofCaw).not.toContain(ocmwHousehold);
    const none = await households('none');
    expect(none).toContain(noDossier);
    expect(none).not.toContain(ocmwHousehold);
    expect(none).not.toContain(cawHousehold);
  });

  it('filters by neighbourhood, offering the neighbourhoods of the households on the list', async () => {
    const all = await readWorklist(database, world.coordinator, { order: 'priority', limit: 500 });
    const first = all.items.find((i) => i.neighbourhood !== null)!;
    expect(all.neighbourhoods).toContain(first.neighbourhood);
    expect(all.neighbourhoods).toEqual([...new Set(all.neighbourhoods)].sort((a, b) => a.localeCompare(b)));
    const there = await readWorklist(database, world.coordinator, { order: 'priority', limit: 500, neighbourhood: first.neighbourhood! });
    expect(there.items.map((i) => i.householdId)).toContain(first.householdId);
    expect(there.items.every((i) => i.neighbourhood === first.neighbourhood)).toBe(true);
    expect(there.neighbourhoods).toEqual(all.neighbourhoods);
  });

  it('names the field when the organisation is not one of the werkingsgebied', async () => {
    const server = await buildApp({ database, webDist: null });
    try {
      const worker = await signedIn(server.app, 'mw@ocmw.kansendonk.demo', 'springplank-demo');
      const ok = await worker.request('GET', `/api/worklist?organisation=${caw!.id}`);
      expect(ok.statusCode).toBe(200);
      expect((ok.json() as { items: { household_id: string }[] }).items.map((i) => i.household_id)).toContain(String(cawHousehold));
      for (const bad of ['999999', 'caw']) {
        const response = await worker.request('GET', `/api/worklist?organisation=${bad}`);
        expect(String(response.headers['content-type'])).toMatch(/^application\/problem\+json/);
        expect((response.json() as { errors: { path: string }[] }).errors[0]!.path).toBe('querystring.organisation');
      }
    } finally {
      await server.app.close();
    }
  });
});
