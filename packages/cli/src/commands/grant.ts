import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { paymentExport } from '@springplank/server/modules/grants/grant.decisions.ts';
import { grantRunSummary, listGrantRuns, type GrantRunSummary } from '@springplank/server/modules/grants/grant.read.ts';
import { grantJobs, startGrantRun } from '@springplank/server/modules/grants/grant.service.ts';
import type { GrantJobs } from '@springplank/server/modules/grants/grant.job.ts';
import { addDatabaseOptions, describeLocation, locationFromFlags, openFromFlags, type DatabaseFlags } from '../database-options.ts';
import { wholeNumber } from './demo.ts';
import { isoDate } from './screen.ts';

interface GrantFlags extends DatabaseFlags {
  municipality: string;
  date: string;
  rights?: string;
  chunkSize?: number;
}

type Database = Awaited<ReturnType<typeof openFromFlags>>;

/**
 * One line of progress of a grant run: a bar and the counts. The run refuses nothing; it only
 * skips what the person declined or a worker refused earlier (situation unchanged).
 */
export function grantProgressLine(run: Pick<GrantRunSummary, 'status' | 'total' | 'processed' | 'granted' | 'to_worker' | 'declined' | 'refused_earlier'>, width = 30): string {
  const share = run.total === 0 ? 1 : run.processed / run.total;
  const filled = Math.round(share * width);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${Math.floor(share * 100)}%  ${run.processed}/${run.total} households, ${run.granted} granted, ${run.to_worker} to a worker, ${run.declined} declined earlier, ${run.refused_earlier} refused earlier by a worker (${run.status})`;
}

/** One line per run for `grant list`. */
function grantRunLine(run: GrantRunSummary): string {
  return `${run.id}  ${run.municipality_nis}  ${run.at_date}  ${run.status.padEnd(7)}  ${run.processed}/${run.total} households  ${run.granted} granted  ${run.to_worker} to a worker  ${run.declined} declined earlier  ${run.refused_earlier} refused earlier by a worker  rights: ${run.rights.join(',') || '-'}`;
}

async function follow(runId: number, jobs: GrantJobs, database: Database): Promise<void> {
  const interactive = process.stdout.isTTY;
  const timer = setInterval(() => {
    void grantRunSummary(database, runId).then((run) => {
      if (interactive && run) process.stdout.write(`\r${grantProgressLine(run)}`);
    });
  }, 500);
  jobs.drive(runId);
  await jobs.settled(runId);
  clearInterval(timer);
  const run = (await grantRunSummary(database, runId))!;
  process.stdout.write(`${interactive ? '\r' : ''}${grantProgressLine(run)}\n`);
  if (run.status === 'failed') throw new Error(`grant run ${runId} failed: ${run.error}`);
}

/**
 * `springplank grant`: automatic granting on the command line, the same persisted jobs as in the
 * web app. `grant run` grants a municipality's automatic rights and shows the progress;
 * `grant resume` finishes runs an interrupted process left; `grant list` shows the latest runs;
 * `grant payments <id>` writes the payment export (CSV).
 */
export function registerGrant(program: Command): void {
  const grant = program.command('grant').description("grant a municipality's rights configured automatic (favourable decisions only; doubts go to a worker)");
  addDatabaseOptions(
    grant
      .command('run', { isDefault: true })
      .description('start a grant run and follow its progress')
      .requiredOption('--municipality <nis>', 'NIS code of the municipality whose automatic rights are granted')
      .option('--date <YYYY-MM-DD>', 'the day the situation is judged on (default today)', isoDate, new Date().toISOString().slice(0, 10))
      .option('--rights <ids>', 'only these of its automatic rights, comma-separated (default all)')
      .option('--chunk-size <n>', 'households committed per chunk', wholeNumber(1, 10_000)),
  ).action(async (flags: GrantFlags) => {
    if (!/^\d{5}$/.test(flags.municipality)) throw new Error('--municipality: expected a NIS code of 5 digits');
    const database = await openFromFlags(flags);
    try {
      console.log(`Springplank: grant run in ${describeLocation(locationFromFlags(flags))}`);
      const id = await startGrantRun(database, null, {
        municipality_nis: flags.municipality,
        at_date: flags.date,
        ...(flags.rights ? { rights: flags.rights.split(',').map((r) => r.trim()) } : {}),
        ...(flags.chunkSize ? { chunk_size: flags.chunkSize } : {}),
      });
      const run = (await grantRunSummary(database, id))!;
      console.log(`Grant run ${id}: ${run.total} households, rights ${run.rights.join(', ') || 'none'}, catalogue ${run.catalog_version}.`);
      await follow(id, grantJobs(database), database);
    } finally {
      await database.close();
    }
  });
  addDatabaseOptions(grant.command('resume').description('finish the grant runs an interrupted process left running')).action(async (flags: DatabaseFlags) => {
    const database = await openFromFlags(flags);
    try {
      const jobs = grantJobs(database);
      const ids = await jobs.resumeInterrupted();
      if (ids.length === 0) console.log('No interrupted grant runs.');
      for (const id of ids) await follow(id, jobs, database);
    } finally {
      await database.close();
    }
  });
  addDatabaseOptions(grant.command('list').description('the latest grant runs with their progress').option('--limit <n>', 'how many', wholeNumber(1, 1000), 20)).action(
    async (flags: DatabaseFlags & { limit: number }) => {
      const database = await openFromFlags(flags);
      try {
        const runs = await listGrantRuns(database, null, flags.limit);
        if (runs.length === 0) console.log('No grant runs yet.');
        for (const run of runs) console.log(grantRunLine(run));
      } finally {
        await database.close();
      }
    },
  );
  addDatabaseOptions(
    grant.command('payments <id>').description('write the payment export of a grant run (CSV, layout in docs/detection.md; audited)').option('--out <file>', 'write to this file instead of standard output'),
  ).action(async (id: string, flags: DatabaseFlags & { out?: string }) => {
    const runId = wholeNumber(1, 2 ** 31 - 1)(id);
    const database = await openFromFlags(flags);
    try {
      const csv = await paymentExport(database, null, runId);
      if (flags.out) {
        writeFileSync(flags.out, csv);
        console.log(`Wrote ${csv.split('\r\n').length - 2} payments to ${flags.out}.`);
      } else process.stdout.write(csv);
    } finally {
      await database.close();
    }
  });
}
