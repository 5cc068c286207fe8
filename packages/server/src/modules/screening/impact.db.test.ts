import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn } from '../../../test/http-client.ts';
import { buildApp } from '../../app.ts';
import type { Database } from '../../platform/db/connect.ts';
import { openTestDatabase } from '../../platform/db/test-database.ts';
import { actorByEmail, loadDetectionWorld, type DetectionWorld } from './detection-world.ts';
import { changedCatalog } from './impact.catalog.ts';
import { publishImpact, ruleChangeImpact } from './impact.ts';

let database: Database;
let world: DetectionWorld;
let werkingsgebied: number;
const AT = '2026-11-01';

beforeAll(async () => {
  database = await openTestDatabase();
  world = await loadDetectionWorld(database, 300);
  const own = await database.db.selectFrom('organisations').select('werkingsgebied_id').where('id', '=', world.ocmwId).executeTakeFirstOrThrow();
  werkingsgebied = own.werkingsgebied_id!;
});
afterAll(async () => {
  await database?.close();
});

/** A demo right of Kansendonk with an income band; only its two thresholds change between versions. */
function bandRight(lower: number, upper: number) {
  const param = (value: number) => `    unit: EUR\n    period: year\n    values:\n      - { from: 2026-01-01, value: ${value}, source: "https://kansendonk.demo/reglement-impactproef", note: "Fictief bedrag voor een test." }\n`;
  const text = `id: kansendonk-impactproef
name: { nl: "Kansendonk: impactproef (demo)", fr: "Kansendonk : essai d'impact (démo)", en: "Kansendonk: impact trial (demo)" }
description: { nl: "Fictief recht voor een test.", fr: "Droit fictif pour un test.", en: "Fictitious right for a test." }
level: local
municipality: "99001"
provider: { nl: "OCMW Kansendonk (demo)", fr: "CPAS de Kansendonk (démo)", en: "OCMW Kansendonk (demo)" }
domain: inkomen
granting: on-request
subject: household
legal_basis: "Fictief voorbeeld (demo)"
sources:
  - url: https://kansendonk.demo/reglement-impactproef
    verified_on: 2026-11-22
valid_from: 2026-01-01
valid_until: null
uncertain: false
uncertain_note: null
apply:
  how: { nl: "Vraag het aan bij het OCMW.", fr: "Demandez-le au CPAS.", en: "Ask the OCMW." }
  documents: []
parameters:
  ondergrens:
${param(lower)}  bovengrens:
${param(upper)}eligibility:
  all:
    - id: inkomen
      text: { nl: "Het inkomen valt binnen de grenzen.", fr: "Le revenu est dans les limites.", en: "The income is within the limits." }
      legal: "Demo, art. 1"
      expr: "household.gross_taxable_income_n1 >= ondergrens and household.gross_taxable_income_n1 < bovengrens"
`;
  return { path: 'rights/local/kansendonk-impactproef.yaml', text };
}

describe('rule-change impact', () => {
  it('reports who gains and who loses a right when its thresholds change, and writes nothing', async () => {
    const current = changedCatalog([bandRight(0, 20000)]);
    const changed = changedCatalog([bandRight(10000, 30000)]);
    expect(changed.version).not.toBe(current.version);
    const before = await database.query<{ ledger: number; runs: number; results: number }>(
      `select (select count(*)::int from ledger_transitions) as ledger, (select count(*)::int from screening_runs) as runs, (select count(*)::int from screening_results) as results`,
    );
    const scope = { werkingsgebied_id: werkingsgebied, population: true };
    const report = await ruleChangeImpact(database, world.coordinator, { scope, at_date: AT, current, changed });
    const trial = report.rights.find((r) => r.right === 'kansendonk-impactproef')!;
    // Raising the lower limit takes the right from the lowest incomes; raising the upper gives it to the next band.
    expect(trial.losses).toBeGreaterThan(0);
    expect(trial.gains).toBeGreaterThan(0);
    expect(trial.after - trial.before).toBe(trial.gains - trial.losses);
    const incomes = await database.query<{ lose: number; gain: number }>(
      `with latest as (
         select distinct on (f.entity_id) f.entity_id, (f.value #>> '{}')::numeric as v from facts f
           join households h on h.id = f.entity_id and h.municipality_nis = '99001'
          where f.entity_type = 'household' and f.fact_id = 'gross_taxable_income_n1' and f.observed_on <= $1
          order by f.entity_id, f.observed_on desc, f.recorded_at desc, f.id desc)
       select count(*) filter (where v < 10000)::int as lose, count(*) filter (where v >= 20000 and v < 30000)::int as gain from latest`,
      [AT],
    );
    expect(incomes[0]).toEqual({ lose: trial.losses, gain: trial.gains });
    // Every other right reads the same rules in both versions: nobody gains or loses it.
    for (const r of report.rights.filter((x) => x.right !== 'kansendonk-impactproef')) expect([r.right, r.gains, r.losses]).toEqual([r.right, 0, 0]);
    const after = await database.query(
      `select (select count(*)::int from ledger_transitions) as ledger, (select count(*)::int from screening_runs) as runs, (select count(*)::int from screening_results) as results`,
    );
    expect(after).toEqual(before);
  });

  it('hides every count from 1 to 4 in the published report', () => {
    const published = publishImpact({
      scope: { organisation_id: 1 },
      at_date: AT,
      current_version: 'a',
      changed_version: 'b',
      households: 40,
      rights: [{ right: 'x', before: 4, after: 5, gains: 1, losses: 0 }],
    });
    expect(published.households).toBe(40);
    expect(published.rights[0]).toEqual({ right: 'x', before: null, after: 5, gains: null, losses: 0 });
  });

  it("refuses a caseload that is not the user's own", async () => {
    const beleid = await actorByEmail(database, 'beleid@gemeente.kansendonk.demo');
    const changed = changedCatalog([bandRight(10000, 30000)]);
    await expect(ruleChangeImpact(database, beleid, { scope: { werkingsgebied_id: werkingsgebied + 1 }, at_date: AT, changed })).rejects.toMatchObject({ status: 403 });
  });

  it('answers a beleidsmedewerker through the API with counts below 5 hidden, and refuses a path outside the catalogue', async () => {
    const server = await buildApp({ database, webDist: null });
    try {
      const beleid = await signedIn(server.app, 'beleid@gemeente.kansendonk.demo', 'springplank-demo');
      const scope = { werkingsgebied_id: werkingsgebied, population: true };
      const response = await beleid.request('POST', '/api/screening/impact', { scope, at_date: AT, files: [bandRight(10000, 30000)] });
      expect(response.statusCode).toBe(200);
      const body = response.json<{ households: number; rights: { right: string; before: number | null; after: number | null; gains: number | null; losses: number | null }[] }>();
      const trial = body.rights.find((r) => r.right === 'kansendonk-impactproef');
      // The right is new in the changed catalogue: everyone who has it gains it.
      expect(trial).toMatchObject({ before: 0, losses: 0 });
      expect(trial!.gains).toBe(trial!.after);
      for (const r of body.rights) for (const n of [r.before, r.after, r.gains, r.losses]) expect(n === null || n === 0 || n >= 5).toBe(true);
      const outside = await beleid.request('POST', '/api/screening/impact', { scope, at_date: AT, files: [{ path: '../etc/passwd.yaml', text: 'x' }] });
      expect(outside.statusCode).toBe(400);
    } finally {
      await server.app.close();
    }
  });

  it('refuses a changed catalogue with errors', () => {
    expect(() => changedCatalog([{ path: 'rights/local/kansendonk-woonpremie.yaml', text: 'id: kansendonk-woonpremie\neligibility:\n  expr: "unknown_fact > 3"\n' }])).toThrow(
      expect.objectContaining({ status: 422, code: 'catalog-invalid' }),
    );
  });
});
