import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db/connect.ts';
import { openTestDatabase } from '../../platform/db/test-database.ts';
import { detectionDb } from '../ledger/ledger.tables.ts';
import { pdfText } from '../../../test/pdf-inspect.ts';
import { loadDetectionWorld, type DetectionWorld } from '../screening/detection-world.ts';
import { paymentExport, PAYMENT_COLUMNS } from './grant.decisions.ts';
import { readGrantRunDetail } from './grant.read.ts';
import { runGrants } from './grant.service.ts';

let database: Database;
let world: DetectionWorld;
const AT = '2026-11-01';
/** The former aanvragers left the household the day before the run's date. */
const LEFT = '2026-10-31';

/** Per household that lost its aanvrager: who left and who is the aanvrager now (the partner). */
const changed = new Map<number, { former: { id: number; name: string }; current: { id: number; name: string } }>();

beforeAll(async () => {
  database = await openTestDatabase();
  world = await loadDetectionWorld(database, 200);
  // In every household of the municipality with an aanvrager and a partner, the aanvrager leaves.
  const rows = await database.query<{ household_id: number; membership: number; former: number; former_name: string; current: number; current_name: string }>(
    `select a.household_id, a.id as membership, a.person_id as former, pa.given_name || ' ' || pa.family_name as former_name,
            b.person_id as current, pb.given_name || ' ' || pb.family_name as current_name
       from household_memberships a join persons pa on pa.id = a.person_id
       join household_memberships b on b.household_id = a.household_id and b.role = 'partner' and b.valid_until is null and b.valid_from < $1
       join persons pb on pb.id = b.person_id
       join households h on h.id = a.household_id and h.municipality_nis = '99001'
      where a.role = 'aanvrager' and a.valid_until is null and a.valid_from < $1`,
    [LEFT],
  );
  for (const r of rows) {
    await database.query('update household_memberships set valid_until = $2 where id = $1', [r.membership, LEFT]);
    changed.set(r.household_id, { former: { id: r.former, name: r.former_name }, current: { id: r.current, name: r.current_name } });
  }
});
afterAll(async () => {
  await database?.close();
});

describe('the aanvrager of a grant', () => {
  it('addresses the decision letter and the payment to the current aanvrager, never to someone who left the household', async () => {
    expect(changed.size).toBeGreaterThan(0);
    const run = await runGrants(database, world.coordinator, { municipality_nis: '99001', at_date: AT });
    const decisions = (await detectionDb(database).selectFrom('grant_decisions').select(['id', 'household_id', 'amount', 'letter_pdf']).where('run_id', '=', run.id).execute()).filter((d) => changed.has(d.household_id));
    expect(decisions.length).toBeGreaterThan(0);
    const csv = (await paymentExport(database, world.coordinator, run.id)).trim().split('\r\n').map((l) => l.split(';'));
    const column = (name: (typeof PAYMENT_COLUMNS)[number]) => PAYMENT_COLUMNS.indexOf(name);
    const detail = await readGrantRunDetail(database, world.coordinator, run.id, { limit: 10000, offset: 0 });
    let paid = 0;
    for (const d of decisions) {
      const { former, current } = changed.get(d.household_id)!;
      const letter = pdfText(d.letter_pdf);
      expect(letter, `household ${d.household_id}`).toContain(current.name);
      expect(letter).not.toContain(former.name);
      expect(detail.decisions.find((v) => v.id === Number(d.id))?.person).toEqual({ id: current.id, name: current.name });
      if (d.amount === null) continue;
      const line = csv.find((l) => l[column('decision')] === String(d.id))!;
      expect(line[column('person')]).toBe(String(current.id));
      expect(line[column('name')]).toBe(current.name);
      paid += 1;
    }
    expect(paid).toBeGreaterThan(0);
  });
});
