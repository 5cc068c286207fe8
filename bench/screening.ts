/**
 * Rechtendetectie benchmark: end-to-end screening of the demo through the database — load the
 * facts the rules reference, evaluate with the batch evaluator, write candidates, review items
 * and ledger detections — for growing populations. Run:
 *
 *   npx tsx bench/screening.ts [households…]        (default 10000 100000)
 *
 * Uses a throw-away database on the PostgreSQL server of the tests (SPRINGPLANK_TEST_POSTGRES_URL)
 * and the demo generator; prints one Markdown table row per size for docs/performance.md, with
 * the load average, the CPU time of this process and of the PostgreSQL backends serving it
 * (the machine is shared).
 *
 * SCREENING_BENCH_REUSE=1 keeps the loaded demo as a template database
 * (`springplank_bench_demo_<households>`) and copies it for every run instead of loading it
 * again: repeated runs then cost only the screening. The fingerprint column is a SHA-256 over
 * everything the run found (results with missing facts and conflicts, ledger detections with
 * their input hash and snapshot; printed as results/ledger): two versions of the screening that find the same give the
 * same fingerprint (the catalogue version is left out of it).
 */
import { createHash, randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import pg from 'pg';
import { connectPostgres, type Database } from '../packages/server/src/platform/db/connect.ts';
import { migrate } from '../packages/server/src/platform/db/migrate.ts';
import { TEST_POSTGRES_URL } from '../packages/server/src/platform/db/test-database.ts';
import { actorByEmail, loadDetectionWorld } from '../packages/server/src/modules/screening/detection-world.ts';
import { ScreeningJobs } from '../packages/server/src/modules/screening/screening.job.ts';
import { readRun, startScreening } from '../packages/server/src/modules/screening/screening.service.ts';
import { ledgerForRun } from '../packages/server/src/modules/ledger/ledger.repository.ts';
import { backendCpuOf } from './backend-cpu.ts';

const reuse = process.env.SCREENING_BENCH_REUSE === '1';

function withName(name: string): string {
  const url = new URL(TEST_POSTGRES_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A database with the demo of `households` loaded; the seconds the load took (0 when copied from the template). */
async function demoDatabase(households: number): Promise<{ database: Database; loadSeconds: number }> {
  // A name of its own: test processes drop leftover `springplank_test_*` databases of processes they cannot see.
  const name = `springplank_bench_run_${randomBytes(4).toString('hex')}`;
  await admin((c) => c.query(`create database ${name}`));
  const url = withName(name);
  const drop = () => admin(async (c) => void (await c.query(`drop database if exists ${name} with (force)`)));
  const template = `springplank_bench_demo_${households}`;
  if (reuse && (await admin(async (c) => (await c.query('select 1 from pg_database where datname = $1', [template])).rowCount === 1))) {
    await admin(async (c) => {
      await c.query(`drop database ${name}`);
      await c.query(`create database ${name} template ${template}`);
    });
    const database = await connectPostgres(url, drop);
    await migrate(database);
    return { database, loadSeconds: 0 };
  }
  // Closing drops the database: while it may become the template, it is closed without dropping.
  const database = await connectPostgres(url, reuse ? async () => undefined : drop);
  await migrate(database);
  const loadStart = performance.now();
  await loadDetectionWorld(database, households);
  const loadSeconds = (performance.now() - loadStart) / 1000;
  if (reuse) {
    await database.close();
    await admin(async (c) => {
      await c.query(`create database ${template} template ${name}`);
    });
    return { database: await connectPostgres(url, drop), loadSeconds };
  }
  return { database, loadSeconds };
}

/** CPU seconds used so far by the PostgreSQL backends serving a database (see backendCpuOf). */
async function backendCpu(database: Database): Promise<number> {
  const rows = await database.query<{ pid: number }>('select pid from pg_stat_activity where datname = current_database()');
  return backendCpuOf(rows.map((r) => r.pid));
}

/** SHA-256 over what a run found, in a fixed order (see the module comment). */
async function fingerprint(database: Database, runId: number): Promise<string> {
  const results = createHash('sha256');
  const rows = await database.query<{ line: string }>(
    `select concat_ws('|', household_id, right_id, kind, status, amount, period, missing::text, conflicts::text) as line
       from screening_results where run_id = $1 order by household_id, right_id`,
    [runId],
  );
  for (const r of rows) results.update(r.line).update('\n');
  const ledger = createHash('sha256');
  const transitions = await ledgerForRun(database, runId);
  // Without the catalogue version: a catalogue edit elsewhere changes it, not what was found.
  for (const { catalogVersion: _, ...t } of transitions) ledger.update(JSON.stringify(t)).update('\n');
  if (process.env.SCREENING_BENCH_DUMP) {
    const { writeFileSync, appendFileSync } = await import('node:fs');
    // In pieces: a million snapshots do not fit in one string.
    for (const [file, lines] of [['results', rows.map((r) => r.line)], ['ledger', transitions.map((t) => JSON.stringify(t))]] as const) {
      writeFileSync(`${process.env.SCREENING_BENCH_DUMP}.${file}`, '');
      for (let i = 0; i < lines.length; i += 10_000) appendFileSync(`${process.env.SCREENING_BENCH_DUMP}.${file}`, `${lines.slice(i, i + 10_000).join('\n')}\n`);
    }
  }
  return `${results.digest('hex').slice(0, 8)}/${ledger.digest('hex').slice(0, 8)}`;
}

/**
 * SCREENING_BENCH_PACE=1 also prints the seconds each tenth of the run's chunks took (from the
 * audit records of the chunks): equal tenths mean the cost per household does not grow with
 * what the run has written so far.
 */
async function pace(database: Database, runId: number): Promise<string[]> {
  const rows = await database.query<{ at: Date }>(`select at from audit_log where record_type = 'screening-run' and record_id = $1 and action = 'screening-chunk' order by id`, [String(runId)]);
  const tenth = Math.max(1, Math.floor(rows.length / 10));
  const out: string[] = [];
  for (let i = tenth; i < rows.length; i += tenth) out.push(((rows[i]!.at.getTime() - rows[i - tenth]!.at.getTime()) / 1000).toFixed(1));
  return out;
}

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
console.log('| households | demo load (s) | screening (s) | CPU: Node + PostgreSQL (s) | load average before → after | households/s | candidates | review | ledger detections | fingerprint |');
console.log('|---:|---:|---:|---:|---|---:|---:|---:|---:|---|');
for (const households of sizes.length ? sizes : [10_000, 100_000]) {
  const { database, loadSeconds } = await demoDatabase(households);
  try {
    // SCREENING_BENCH_LOAD_ONLY=1 only prepares the template (with SCREENING_BENCH_REUSE=1).
    if (process.env.SCREENING_BENCH_LOAD_ONLY === '1') {
      console.log(`| ${households.toLocaleString('en')} | ${loadSeconds.toFixed(1)} | not run | | | | | | | |`);
      continue;
    }
    const coordinator = await actorByEmail(database, 'coordinator@ocmw.kansendonk.demo');
    const gebied = await database.db.selectFrom('organisations').select('werkingsgebied_id').where('id', '=', coordinator.organisation.id).executeTakeFirstOrThrow();
    const loadBefore = loadavg()[0]!;
    const cpuBefore = process.cpuUsage();
    const start = performance.now();
    const jobs = new ScreeningJobs(database);
    const run = await startScreening(database, coordinator, { scope: { werkingsgebied_id: gebied.werkingsgebied_id!, population: true }, at_date: '2026-11-01' });
    jobs.drive(run.id);
    await jobs.settled(run.id);
    const seconds = (performance.now() - start) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    const loadAfter = loadavg()[0]!;
    // The pool keeps its connections for the whole run: their CPU is the database's share.
    const dbCpu = await backendCpu(database);
    const done = await readRun(database, null, run.id);
    if (done.status !== 'done') throw new Error(`run ended ${done.status}: ${done.error}`);
    const [ledger] = await database.query<{ n: number }>('select count(*)::int as n from ledger_transitions where screening_run_id = $1', [run.id]);
    const print = process.env.SCREENING_BENCH_FINGERPRINT === '0' ? '—' : await fingerprint(database, run.id);
    console.log(
      `| ${done.total.toLocaleString('en')} | ${loadSeconds.toFixed(1)} | ${seconds.toFixed(1)} | ${((cpu.user + cpu.system) / 1e6).toFixed(1)} + ${dbCpu.toFixed(1)} | ${loadBefore.toFixed(1)} → ${loadAfter.toFixed(1)} | ${Math.round(done.total / seconds).toLocaleString('en')} | ${done.candidates.toLocaleString('en')} | ${done.reviews.toLocaleString('en')} | ${ledger!.n.toLocaleString('en')} | ${print} |`,
    );
    if (process.env.SCREENING_BENCH_PACE === '1') console.log(`pace: ${(await pace(database, run.id)).join(' ')}`);
  } finally {
    await database.close();
  }
}
