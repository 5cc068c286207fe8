import { InvalidArgumentError, type Command } from 'commander';
import { publishImpact, ruleChangeImpact, type PublishedImpact } from '@springplank/server/modules/screening/impact.ts';
import { catalogForRun } from '@springplank/server/modules/screening/screening.catalog.ts';
import { ScreeningJobs } from '@springplank/server/modules/screening/screening.job.ts';
import { cancelRun, readRun, startScreening, type ScreeningRun } from '@springplank/server/modules/screening/screening.service.ts';
import { addDatabaseOptions, describeLocation, locationFromFlags, openFromFlags, type DatabaseFlags } from '../database-options.ts';
import { wholeNumber } from './demo.ts';

interface ScreenFlags extends DatabaseFlags {
  organisation?: number;
  werkingsgebied?: number;
  date: string;
  neighbourhood?: string;
  rights?: string;
  chunkSize?: number;
}

/** A commander parser for a YYYY-MM-DD date. */
export function isoDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) throw new InvalidArgumentError('expected a date as YYYY-MM-DD');
  return value;
}

/** One line of progress: a bar and the counts. */
export function progressLine(run: Pick<ScreeningRun, 'status' | 'total' | 'processed' | 'candidates' | 'reviews' | 'respected'>, width = 30): string {
  const share = run.total === 0 ? 1 : run.processed / run.total;
  const filled = Math.round(share * width);
  return (
    `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${Math.floor(share * 100)}%  ` +
    `${run.processed}/${run.total} households, ${run.candidates} candidates, ${run.reviews} to review, ${run.respected} declines respected (${run.status})`
  );
}

async function follow(runId: number, jobs: ScreeningJobs, database: Awaited<ReturnType<typeof openFromFlags>>): Promise<void> {
  const interactive = process.stdout.isTTY;
  const timer = setInterval(() => {
    void readRun(database, null, runId).then((run) => {
      if (interactive) process.stdout.write(`\r${progressLine(run)}`);
    });
  }, 500);
  jobs.drive(runId);
  await jobs.settled(runId);
  clearInterval(timer);
  const run = await readRun(database, null, runId);
  process.stdout.write(`${interactive ? '\r' : ''}${progressLine(run)}\n`);
  if (run.status === 'failed') throw new Error(`run ${runId} failed: ${run.error}`);
}

/** The impact report as a table: one line per right that anyone has now or would have; hidden counts (1 to 4) show as `<5`. */
export function impactTable(report: PublishedImpact): string {
  const shown = (n: number | null) => (n === null ? '<5' : String(n));
  const rows = report.rights.map((r) => [r.right, shown(r.before), shown(r.after), `+${shown(r.gains)}`, `-${shown(r.losses)}`]);
  const header = ['right', 'now', 'changed', 'gain', 'lose'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), ...rows.map(line)].join('\n');
}

/**
 * `springplank screen`: starts a screening run on the command line and shows its progress;
 * `screen resume` finishes runs an interrupted process left; `screen cancel <id>` cancels one.
 * Runs are the same persisted jobs as those started in the web app.
 */
export function registerScreen(program: Command): void {
  const screen = program.command('screen').description('screen the households of an organisation or werkingsgebied for rights they may miss');
  addDatabaseOptions(
    screen
      .command('run', { isDefault: true })
      .description('start a screening run and follow its progress')
      .option('--organisation <id>', 'organisation id: every household with an open dossier there', wholeNumber(1, 2 ** 31 - 1))
      .option('--werkingsgebied <id>', 'werkingsgebied id: every household with an open dossier of one of its organisations', wholeNumber(1, 2 ** 31 - 1))
      .option('--date <YYYY-MM-DD>', 'the day the situation is judged on (default today)', isoDate, new Date().toISOString().slice(0, 10))
      .option('--neighbourhood <name>', 'only households of this neighbourhood')
      .option('--rights <ids>', 'only these rights, comma-separated')
      .option('--chunk-size <n>', 'households committed per chunk', wholeNumber(1, 20_000)),
  ).action(async (flags: ScreenFlags) => {
    if ((flags.organisation === undefined) === (flags.werkingsgebied === undefined)) throw new Error('give either --organisation or --werkingsgebied');
    const database = await openFromFlags(flags);
    try {
      console.log(`Springplank: screening in ${describeLocation(locationFromFlags(flags))}`);
      const scope = {
        ...(flags.organisation !== undefined ? { organisation_id: flags.organisation } : { werkingsgebied_id: flags.werkingsgebied! }),
        ...(flags.neighbourhood ? { neighbourhood: flags.neighbourhood } : {}),
        ...(flags.rights ? { rights: flags.rights.split(',').map((r) => r.trim()) } : {}),
      };
      const run = await startScreening(database, null, { scope, at_date: flags.date, ...(flags.chunkSize ? { chunk_size: flags.chunkSize } : {}) });
      console.log(`Run ${run.id}: ${run.total} households, ${run.rights.length} rights, catalogue ${run.catalog_version}; reads ${run.facts_read.length} facts.`);
      await follow(run.id, new ScreeningJobs(database), database);
    } finally {
      await database.close();
    }
  });
  addDatabaseOptions(
    screen
      .command('impact')
      .description('who would gain and who would lose each right on the caseload under a changed catalogue (nothing is changed)')
      .requiredOption('--catalog <dir>', 'directory of the changed catalogue (facts.yaml and rights/)')
      .option('--organisation <id>', 'organisation id: every household with an open dossier there', wholeNumber(1, 2 ** 31 - 1))
      .option('--werkingsgebied <id>', 'werkingsgebied id: every household with an open dossier of one of its organisations', wholeNumber(1, 2 ** 31 - 1))
      .option('--population', 'with --werkingsgebied: every resident household of its municipalities')
      .option('--date <YYYY-MM-DD>', 'the day the situation is judged on (default today)', isoDate, new Date().toISOString().slice(0, 10)),
  ).action(async (flags: ScreenFlags & { catalog: string; population?: boolean }) => {
    if ((flags.organisation === undefined) === (flags.werkingsgebied === undefined)) throw new Error('give either --organisation or --werkingsgebied');
    if (flags.population && flags.werkingsgebied === undefined) throw new Error('--population needs --werkingsgebied');
    const changed = catalogForRun(flags.catalog);
    const database = await openFromFlags(flags);
    try {
      const scope = {
        ...(flags.organisation !== undefined ? { organisation_id: flags.organisation } : { werkingsgebied_id: flags.werkingsgebied! }),
        ...(flags.population ? { population: true } : {}),
      };
      const report = publishImpact(await ruleChangeImpact(database, null, { scope, at_date: flags.date, changed }));
      console.log(`Catalogue ${report.current_version} → ${report.changed_version}, ${report.households ?? '<5'} households on ${report.at_date}; counts below 5 are hidden.`);
      console.log(impactTable(report));
    } finally {
      await database.close();
    }
  });
  addDatabaseOptions(screen.command('resume').description('finish the runs an interrupted process left running')).action(async (flags: DatabaseFlags) => {
    const database = await openFromFlags(flags);
    try {
      const jobs = new ScreeningJobs(database);
      const ids = await jobs.resumeInterrupted();
      if (ids.length === 0) console.log('No interrupted runs.');
      for (const id of ids) await follow(id, jobs, database);
    } finally {
      await database.close();
    }
  });
  addDatabaseOptions(screen.command('cancel <id>').description('cancel a run after its current chunk')).action(async (id: string, flags: DatabaseFlags) => {
    const database = await openFromFlags(flags);
    try {
      console.log(progressLine(await cancelRun(database, null, Number(id))));
    } finally {
      await database.close();
    }
  });
}
