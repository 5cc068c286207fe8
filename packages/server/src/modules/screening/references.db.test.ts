import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db/connect.ts';
import { openTestDatabase } from '../../platform/db/test-database.ts';
import { loadDetectionWorld, type DetectionWorld } from './detection-world.ts';
import { ScreeningJobs } from './screening.job.ts';
import { startScreening } from './screening.service.ts';

// Screening results, ledger transitions and input snapshots check their references to
// households and runs once per statement (migration 010) instead of row by row: the
// guarantees of a foreign key must hold.
let database: Database;
let world: DetectionWorld;
let runId: number;
let screened: number;

beforeAll(async () => {
  database = await openTestDatabase();
  world = await loadDetectionWorld(database, 120);
  const jobs = new ScreeningJobs(database);
  const run = await startScreening(database, world.coordinator, { scope: { organisation_id: world.ocmwId }, at_date: '2026-11-01' });
  jobs.drive(run.id);
  await jobs.settled(run.id);
  runId = run.id;
  const [row] = await database.query<{ household_id: number }>('select household_id from screening_results where run_id = $1 limit 1', [runId]);
  screened = row!.household_id;
});
afterAll(async () => {
  await database?.close();
});

const insertResults = (households: number[], run: number) =>
  database.query(
    `insert into screening_results (run_id, household_id, right_id, kind, status)
     select $1, h, 'leefloon', 'candidate', 'eligible' from unnest($2::int[]) as h`,
    [run, households],
  );

describe('references of screening results and ledger transitions', () => {
  it('refuses results for a household that does not exist, names it, and writes none of the statement', async () => {
    const other = (await database.query<{ id: number }>('select id from households where id <> $1 order by id limit 1', [screened]))[0]!.id;
    const before = await database.query<{ n: number }>('select count(*)::int as n from screening_results');
    await expect(insertResults([other, 987654], runId)).rejects.toMatchObject({ code: '23503', message: expect.stringMatching(/households that do not exist: \{987654\}/) });
    expect(await database.query('select count(*)::int as n from screening_results')).toEqual(before);
  });

  it('refuses results and ledger transitions for a screening run that does not exist', async () => {
    await expect(insertResults([screened], 424242)).rejects.toMatchObject({ code: '23503', message: expect.stringMatching(/screening runs that do not exist: \{424242\}/) });
    await expect(
      database.query(
        `insert into ledger_transitions (subject_type, subject_id, household_id, right_id, period, state, evidence, catalog_version, actor_label, screening_run_id)
         values ('household', $1, $1, 'leefloon', '2026', 'mogelijk-recht', '{}', 'test', 'system', 424242)`,
        [screened],
      ),
    ).rejects.toMatchObject({ code: '23503', message: expect.stringMatching(/screening_run_id names screening runs that do not exist: \{424242\}/) });
    await expect(
      database.query(`insert into screening_snapshots (run_id, household_id, snapshot) values ($1, 987654, '{"household": {}, "persons": []}')`, [runId]),
    ).rejects.toMatchObject({ code: '23503', message: expect.stringMatching(/screening_snapshots.household_id names households that do not exist: \{987654\}/) });
  });

  it('keeps a household and a run that results or the ledger still refer to', async () => {
    await expect(database.query('delete from households where id = $1', [screened])).rejects.toMatchObject({ code: '23503', message: expect.stringMatching(/referenced/) });
    await expect(database.query('delete from screening_runs where id = $1', [runId])).rejects.toMatchObject({ code: '23503', message: expect.stringMatching(/referenced/) });
    expect(await database.query('select id from households where id = $1', [screened])).toHaveLength(1);
  });
});
