import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db/connect.ts';
import { openTestDatabase } from '../../platform/db/test-database.ts';
import { detectionDb } from '../ledger/ledger.tables.ts';
import { catalogForRun } from '../screening/screening.catalog.ts';
import { loadDetectionWorld, type DetectionWorld } from '../screening/detection-world.ts';
import { processGrantChunk } from './grant.job.ts';
import { grantJobs, readGrantRun, runGrants, startGrantRun } from './grant.service.ts';
import { factsReadFor } from '../screening/receipt.ts';

const AT = '2026-11-01';
const RUN = { municipality_nis: '99001', at_date: AT, chunk_size: 20 };
let uninterrupted: Database;
let crashed: Database;
let world: DetectionWorld;

beforeAll(async () => {
  uninterrupted = await openTestDatabase();
  crashed = await openTestDatabase();
  await loadDetectionWorld(uninterrupted, 200);
  world = await loadDetectionWorld(crashed, 200);
});
afterAll(async () => {
  await uninterrupted?.close();
  await crashed?.close();
});

/** The decisions of a database as (household, right) pairs, and how often each occurs. */
async function decisions(database: Database): Promise<string[]> {
  const rows = await detectionDb(database).selectFrom('grant_decisions').select(['household_id', 'right_id']).orderBy('household_id').orderBy('right_id').execute();
  return rows.map((r) => `${r.household_id}|${r.right_id}`);
}

describe('a grant run is a persisted job', () => {
  it('resumes after a crash and grants exactly what an uninterrupted run grants, nothing twice', async () => {
    const reference = await runGrants(uninterrupted, world.coordinator, RUN);
    expect(reference.status).toBe('done');
    expect(reference.granted).toBeGreaterThan(0);

    const { catalog } = catalogForRun();
    const id = await startGrantRun(crashed, world.coordinator, RUN);
    // Two servers (or a crash between deciding and committing) decide the same first chunk: it is written once.
    expect(await Promise.all([processGrantChunk(crashed, id, catalog, factsReadFor), processGrantChunk(crashed, id, catalog, factsReadFor)])).toEqual([true, true]);
    const afterFirst = await detectionDb(crashed).selectFrom('grant_runs').select(['cursor', 'processed']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(afterFirst.processed).toBe(RUN.chunk_size);
    await processGrantChunk(crashed, id, catalog, factsReadFor);
    // The process dies here: the run stays `running` with the cursor of its last committed chunk.
    expect((await readGrantRun(crashed, id)).status).toBe('running');

    const jobs = grantJobs(crashed);
    expect(await jobs.resumeInterrupted()).toEqual([id]);
    await jobs.settled(id);
    const resumed = await readGrantRun(crashed, id);
    expect(resumed.status).toBe('done');
    expect(resumed.granted).toBe(reference.granted);
    expect(resumed.toWorker).toBe(reference.toWorker);

    const granted = await decisions(crashed);
    expect(granted).toEqual(await decisions(uninterrupted));
    expect(new Set(granted).size).toBe(granted.length);
    const audits = await crashed.query<{ n: number }>("select count(*)::int as n from audit_log where action = 'automatic-grant'");
    expect(audits[0]!.n).toBe(granted.length);
    const households = await crashed.query<{ n: number }>("select count(*)::int as n from households where municipality_nis = '99001'");
    expect((await detectionDb(crashed).selectFrom('grant_runs').select('processed').where('id', '=', id).executeTakeFirstOrThrow()).processed).toBe(households[0]!.n);
    // Every person read is in the audit log, also those who got nothing: one record per committed chunk.
    const chunks = await crashed.query<{ person_ids: string[] }>("select person_ids from audit_log where action = 'grant-chunk' and record_id = $1", [String(id)]);
    expect(chunks).toHaveLength(Math.ceil(households[0]!.n / RUN.chunk_size));
    const members = await crashed.query<{ person_id: number }>(
      `select distinct m.person_id from household_memberships m join households h on h.id = m.household_id
        where h.municipality_nis = '99001' and m.valid_from <= $1 and (m.valid_until is null or m.valid_until > $1)`,
      [AT],
    );
    const named = new Set(chunks.flatMap((c) => c.person_ids.map(Number)));
    expect(members.length).toBeGreaterThan(0);
    expect(members.filter((m) => !named.has(Number(m.person_id)))).toEqual([]);
  });

  it('cannot store a second standing grant for the same household, right and period', async () => {
    const [d] = await detectionDb(crashed).selectFrom('grant_decisions').selectAll().limit(1).execute();
    const other = await startGrantRun(crashed, world.coordinator, RUN);
    await expect(
      crashed.query(
        `insert into grant_decisions (run_id, household_id, right_id, period, status, explanation, catalog_version, input_snapshot, letter_pdf)
         values ($1, $2, $3, $4, 'eligible', '{}', 'x', '{}', '\\x00')`,
        [other, d!.household_id, d!.right_id, d!.period],
      ),
    ).rejects.toThrow(/duplicate key|unique/);
    // Running again grants nothing twice.
    const jobs = grantJobs(crashed);
    jobs.drive(other);
    await jobs.settled(other);
    expect((await readGrantRun(crashed, other)).granted).toBe(0);
  });
});
