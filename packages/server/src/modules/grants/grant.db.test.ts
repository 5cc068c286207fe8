import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../platform/audit/audit.service.ts';
import type { Database } from '../../platform/db/connect.ts';
import { openTestDatabase } from '../../platform/db/test-database.ts';
import { detectionDb } from '../ledger/ledger.tables.ts';
import { loadDetectionWorld, type DetectionWorld } from '../screening/detection-world.ts';
import { paymentExport, PAYMENT_COLUMNS, readDecisionLetter, reverseDecision } from './grant.decisions.ts';
import { runGrants } from './grant.service.ts';

let database: Database;
let world: DetectionWorld;
const AT = '2026-11-01';

beforeAll(async () => {
  database = await openTestDatabase();
  world = await loadDetectionWorld(database, 200);
});
afterAll(async () => {
  await database?.close();
});

describe('grant runs', () => {
  it('never refuse anyone; every grant has a letter, an explanation, inputs and an audit entry', async () => {
    const result = await runGrants(database, world.coordinator, { municipality_nis: '99001', at_date: AT });
    expect(result.rights.length).toBeGreaterThan(0);
    expect(result.granted).toBeGreaterThan(0);
    const decisions = await detectionDb(database).selectFrom('grant_decisions').selectAll().where('run_id', '=', result.id).execute();
    expect(decisions).toHaveLength(result.granted);
    for (const d of decisions) {
      expect(d.status).toBe('eligible');
      expect(Buffer.from(d.letter_pdf).subarray(0, 5).toString()).toBe('%PDF-');
      expect(JSON.stringify(d.explanation)).toContain('"status":"met"');
      expect(d.input_snapshot).toHaveProperty('persons');
      expect(d.catalog_version).toBe(result.catalogVersion);
    }
    const audits = await database.query<{ record_id: string }>("select record_id from audit_log where action = 'automatic-grant'");
    expect(new Set(audits.map((a) => Number(a.record_id)))).toEqual(new Set(decisions.map((d) => Number(d.id))));
    // No other automatic outcome than a grant or "a worker looks at it": no refusal in the ledger.
    const byRun = await detectionDb(database).selectFrom('ledger_transitions').select('state').where('grant_run_id', '=', result.id).execute();
    expect(new Set(byRun.map((t) => t.state))).toEqual(new Set(result.toWorker > 0 ? ['toegekend', 'mogelijk-recht'] : ['toegekend']));
    // "A worker checks it" is a code the ledger page says in the reader's language, not Dutch text.
    const toWorker = await detectionDb(database).selectFrom('ledger_transitions').select(['reason', 'evidence']).where('grant_run_id', '=', result.id).where('state', '=', 'mogelijk-recht').execute();
    expect(toWorker).toHaveLength(result.toWorker);
    for (const t of toWorker) expect(t).toEqual({ reason: null, evidence: { reason_code: 'automatic-grant-uncertain' } });
    expect((await verifyAuditChain(database)).ok).toBe(true);
  });

  it('cannot store a refusal: the table accepts only eligible decisions', async () => {
    const [d] = await detectionDb(database).selectFrom('grant_decisions').selectAll().limit(1).execute();
    await expect(
      database.query(
        `insert into grant_decisions (run_id, household_id, right_id, period, status, explanation, catalog_version, input_snapshot, letter_pdf)
         values ($1, $2, 'kansendonk-woonpremie', '2026', 'not-eligible', '{}', 'x', '{}', '\\x00')`,
        [d!.run_id, d!.household_id],
      ),
    ).rejects.toThrow(/check constraint/);
  });

  it('grants nothing twice when run again', async () => {
    const again = await runGrants(database, world.coordinator, { municipality_nis: '99001', at_date: AT });
    expect(again.granted).toBe(0);
  });

  it('lets a coordinator reverse a decision, keeps it in the export no more, and writes a payment CSV with the documented columns', async () => {
    const [first, second] = await detectionDb(database).selectFrom('grant_decisions').selectAll().where('amount', 'is not', null).orderBy('id').limit(2).execute();
    const csvBefore = await paymentExport(database, world.coordinator, first!.run_id);
    const lines = csvBefore.trim().split('\r\n');
    expect(lines[0]).toBe(PAYMENT_COLUMNS.join(';'));
    expect(lines.some((l) => l.split(';')[1] === String(first!.id))).toBe(true);
    await reverseDecision(database, world.coordinator, Number(first!.id), 'Verhuisd naar een andere gemeente');
    await expect(reverseDecision(database, world.coordinator, Number(first!.id), 'Nog eens')).rejects.toMatchObject({ status: 409 });
    const csvAfter = await paymentExport(database, world.coordinator, first!.run_id);
    expect(csvAfter.split('\r\n').some((l) => l.split(';')[1] === String(first!.id))).toBe(false);
    expect(csvAfter.split('\r\n').some((l) => l.split(';')[1] === String(second!.id))).toBe(true);
    const history = await detectionDb(database).selectFrom('ledger_transitions').select(['state', 'reason', 'evidence', 'input_hash']).where('household_id', '=', first!.household_id).where('right_id', '=', first!.right_id).orderBy('id').execute();
    expect(history.map((t) => t.state).slice(-2)).toEqual(['toegekend', 'mogelijk-recht']);
    // The coordinator's own words, and what happened as a code (said in the reader's language).
    expect(history.at(-1)).toMatchObject({ reason: 'Verhuisd naar een andere gemeente', evidence: { reason_code: 'automatic-grant-reversed' } });
    // Same inputs as the grant, so the same input hash: a later decline compares against it.
    expect(history.at(-1)!.input_hash).toBe(history.at(-2)!.input_hash);
    await expect(database.query('update grant_decisions set amount = 1 where id = $1', [second!.id])).rejects.toThrow(/only be reversed/);
    const letter = Buffer.from(await readDecisionLetter(database, world.coordinator, Number(second!.id)));
    expect(letter.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('does not grant a reversed decision again in a later run: a worker decides it now', async () => {
    const [reversed] = await detectionDb(database).selectFrom('grant_decisions').selectAll().where('reversed_at', 'is not', null).execute();
    const again = await runGrants(database, world.coordinator, { municipality_nis: '99001', at_date: AT });
    expect(again.granted).toBe(0);
    const standing = await detectionDb(database).selectFrom('grant_decisions').select('id').where('household_id', '=', reversed!.household_id).where('right_id', '=', reversed!.right_id).where('reversed_at', 'is', null).execute();
    expect(standing).toEqual([]);
    const [last] = await detectionDb(database).selectFrom('ledger_transitions').select('state').where('household_id', '=', reversed!.household_id).where('right_id', '=', reversed!.right_id).orderBy('id', 'desc').limit(1).execute();
    expect(last!.state).toBe('mogelijk-recht');
  });
});
