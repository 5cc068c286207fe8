import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db/connect.ts';
import { openTestDatabase } from '../../platform/db/test-database.ts';
import { arrayText, writeChunkOutcome } from './chunk-writer.ts';
import type { ChunkOutcome } from './screen-chunk.ts';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

describe('arrayText', () => {
  it('gives PostgreSQL exactly the texts, numbers and nulls of a chunk, whatever characters they hold', async () => {
    const texts = ['leefloon', '', 'NULL', 'a,b', '{x}', 'say "hi"', 'back\\slash', '[{"entity":"person","fact":"net_income_monthly","person":"12"}]', 'é ü ∑', null];
    const [row] = await database.query<{ t: (string | null)[]; n: string[] }>('select $1::text[] as t, $2::numeric[]::text[] as n', [arrayText(texts), arrayText([0, -5, 1234.56, 0.1 + 0.2, 1e21, null])]);
    expect(row!.t).toEqual(texts);
    expect(row!.n).toEqual(['0', '-5', '1234.56', '0.30000000000000004', '1000000000000000000000', null]);
  });
});

describe('writing a screened chunk', () => {
  // Two households and a run of their own; the snapshots hold what JSON can hold: quotes,
  // backslashes, escaped control characters and text that is not ASCII.
  const snapshots = [
    '{"household":{"neighbourhood":{"value":"Sint-Amandsberg – \\"Dampoort\\" ë","source":"worker","observed":"2026-10-01"}},"persons":[]}',
    '{"household":{},"persons":[{"id":"7","role":"aanvrager","facts":{"note":{"value":"a\\\\b\\n\\u001e c ∑","source":"worker","observed":"2026-10-01"}}}]}',
  ];
  let runId: number;
  let households: number[];
  let outcome: ChunkOutcome;
  const provenance = () => ({ runId, period: '2026', catalogVersion: 'test', evidence: { screening_run: runId }, recordRightFacts: true });
  const counts = async () =>
    (
      await database.query<{ results: number; ledger: number; snapshots: number }>(
        `select (select count(*)::int from screening_results where run_id = $1) as results,
                (select count(*)::int from ledger_transitions where screening_run_id = $1) as ledger,
                (select count(*)::int from screening_snapshots where run_id = $1) as snapshots`,
        [runId],
      )
    )[0]!;

  beforeAll(async () => {
    households = (await database.query<{ id: number }>('insert into households select from generate_series(1, 2) returning id')).map((r) => r.id);
    const [organisation] = await database.query<{ id: number }>(`insert into organisations (name, type) values ('Testorganisatie', 'ocmw') returning id`);
    [{ id: runId }] = (await database.query<{ id: number }>(
      `insert into screening_runs (scope, scope_key, at_date, status, catalog_version, rights, facts_read, total, chunk_size, organisation_id)
       values ('{}', 'test', '2026-11-01', 'running', 'test', '{leefloon}', '{}', 2, 2, $1) returning id`,
      [organisation!.id],
    )) as [{ id: number }];
    outcome = {
      results: households.map((householdId) => ({ householdId, right: 'leefloon', kind: 'candidate', status: 'undetermined', amount: 1234.5, period: 'month', missing: [{ entity: 'person', fact: 'net_income_monthly', person: '7' }], conflicts: [] })),
      detections: households.map((householdId) => ({ householdId, right: 'leefloon', inputHash: 'x'.repeat(64) })),
      snapshots: households.map((householdId, i) => ({ householdId, json: snapshots[i]! })),
      rightFacts: { leefloon: { household: [], person: ['net_income_monthly'] } },
      respected: 0,
    };
  });

  it('stores results, detections and every snapshot text exactly', async () => {
    await database.transaction((tx) => writeChunkOutcome(tx, outcome, provenance()));
    expect(await counts()).toEqual({ results: 2, ledger: 2, snapshots: 2 });
    const stored = await database.query<{ snapshot: string }>('select snapshot::text as snapshot from screening_snapshots where run_id = $1 order by household_id', [runId]);
    expect(stored.map((r) => r.snapshot)).toEqual(snapshots);
  });

  it('refuses a chunk written a second time, and writes none of it', async () => {
    await expect(database.transaction((tx) => writeChunkOutcome(tx, outcome, provenance()))).rejects.toMatchObject({ code: '23505' });
    expect(await counts()).toEqual({ results: 2, ledger: 2, snapshots: 2 });
  });
});
