/**
 * Rechtendetectie benchmark: end-to-end screening of the demo through the database — load the
 * facts the rules reference, evaluate with the batch evaluator, write candidates, review items
 * and ledger detections — for growing populations. Run:
 *
 *   npx tsx bench/screening.ts [households…]        (default 10000 100000)
 *
 * Uses a throw-away database on the PostgreSQL server of the tests (SPRINGPLANK_TEST_POSTGRES_URL)
 * and the demo generator; prints one Markdown table row per size for docs/performance.md.
 */
import { connectPostgres } from '../packages/server/src/platform/db/connect.ts';
import { migrate } from '../packages/server/src/platform/db/migrate.ts';
import { createThrowAwayPostgres } from '../packages/server/src/platform/db/test-database.ts';
import { loadDetectionWorld } from '../packages/server/src/modules/screening/detection-world.ts';
import { ScreeningJobs } from '../packages/server/src/modules/screening/screening.job.ts';
import { readRun, startScreening } from '../packages/server/src/modules/screening/screening.service.ts';

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
console.log('| households | demo load (s) | screening (s) | households/s | candidates | review | ledger detections |');
console.log('|---:|---:|---:|---:|---:|---:|---:|');
for (const households of sizes.length ? sizes : [10_000, 100_000]) {
  const { url, drop } = await createThrowAwayPostgres();
  const database = await connectPostgres(url, drop);
  try {
    await migrate(database);
    const loadStart = performance.now();
    const world = await loadDetectionWorld(database, households);
    const loadSeconds = (performance.now() - loadStart) / 1000;
    const gebied = await database.db.selectFrom('organisations').select('werkingsgebied_id').where('id', '=', world.ocmwId).executeTakeFirstOrThrow();
    const start = performance.now();
    const jobs = new ScreeningJobs(database);
    const run = await startScreening(database, world.coordinator, { scope: { werkingsgebied_id: gebied.werkingsgebied_id!, population: true }, at_date: '2026-11-01' });
    jobs.drive(run.id);
    await jobs.settled(run.id);
    const seconds = (performance.now() - start) / 1000;
    const done = await readRun(database, null, run.id);
    if (done.status !== 'done') throw new Error(`run ended ${done.status}: ${done.error}`);
    const [ledger] = await database.query<{ n: number }>('select count(*)::int as n from ledger_transitions where screening_run_id = $1', [run.id]);
    console.log(`| ${done.total.toLocaleString('en')} | ${loadSeconds.toFixed(1)} | ${seconds.toFixed(1)} | ${Math.round(done.total / seconds).toLocaleString('en')} | ${done.candidates.toLocaleString('en')} | ${done.reviews.toLocaleString('en')} | ${ledger!.n.toLocaleString('en')} |`);
  } finally {
    await database.close();
  }
}
