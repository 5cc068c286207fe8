import { resolve } from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import {
  DataDirLockedError,
  locationFromEnv,
  openDatabase,
  type Database,
  type DatabaseLocation,
} from '@springplank/server/platform/db/index.ts';
import { DEMO_DEFAULTS, DEMO_PASSWORD, DEMO_USERS, DemoLoadError, loadDemo } from '@springplank/server/modules/demo/index.ts';

/** Options of `springplank demo`. */
interface DemoCommandOptions {
  households: number;
  seed: string;
  chunkSize: number;
  dataDir?: string;
}

/** Parses a whole number within [min, max] for a command-line option. */
export function wholeNumber(min: number, max: number): (value: string) => number {
  return (value) => {
    const n = Number(value.replaceAll('_', ''));
    if (!/^\d[\d_]*$/.test(value) || !Number.isSafeInteger(n) || n < min || n > max) {
      throw new InvalidArgumentError(`expected a whole number from ${min} to ${max}, got "${value}"`);
    }
    return n;
  };
}

/** Where to load the demo: --data-dir wins, else DATABASE_URL, else SPRINGPLANK_DATA_DIR or ./data. */
export function demoLocation(dataDir: string | undefined, env: NodeJS.ProcessEnv = process.env): DatabaseLocation {
  return dataDir ? { dataDir: resolve(dataDir) } : locationFromEnv(env);
}

/**
 * `springplank demo`: generates the fictitious municipality Kansendonk (and Beekveld) with the
 * given number of households and seed, and loads it in bulk into the configured database.
 */
export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description(
      'Load the synthetic demo municipality Kansendonk/Beekveld (organisations, a user for every role, ' +
        'households, persons, facts and dossiers). Does nothing when a demo is already loaded; ' +
        'finishes an interrupted load when run again with the same options.',
    )
    .option(
      '--households <n>',
      `number of households, 1 to ${DEMO_DEFAULTS.maxHouseholds.toLocaleString('en')}`,
      wholeNumber(1, DEMO_DEFAULTS.maxHouseholds),
      DEMO_DEFAULTS.households,
    )
    .option('--seed <seed>', 'seed of the generator: the same seed always gives the same demo', String(DEMO_DEFAULTS.seed))
    .option('--chunk-size <n>', 'households written per transaction', wholeNumber(1, 100_000), DEMO_DEFAULTS.chunkSize)
    .option('--data-dir <dir>', 'embedded (PGlite) database directory; without it DATABASE_URL, SPRINGPLANK_DATA_DIR or ./data is used')
    .addHelpText(
      'after',
      '\nEnvironment:\n  DATABASE_URL          postgres://… to load into a PostgreSQL server instead of the embedded database\n' +
        '  SPRINGPLANK_DATA_DIR  embedded database directory (default ./data)\n\n' +
        `Every demo user signs in with the password "${DEMO_PASSWORD}".`,
    )
    .action(async (options: DemoCommandOptions) => {
      process.exitCode = await runDemo(options, (line) => console.log(line));
    });
}

/** Runs the demo load; returns the process exit code. */
export async function runDemo(options: DemoCommandOptions, print: (line: string) => void): Promise<number> {
  const location = demoLocation(options.dataDir);
  let database: Database;
  try {
    database = await openDatabase(location);
  } catch (error) {
    if (error instanceof DataDirLockedError) {
      print(error.message);
      return 1;
    }
    throw error;
  }
  try {
    const where = 'url' in location ? 'the PostgreSQL server in DATABASE_URL' : location.dataDir;
    print(`Loading the demo municipality (${options.households} households, seed ${options.seed}) into ${where}…`);
    let reported = 0;
    const result = await loadDemo(database, {
      households: options.households,
      seed: options.seed,
      chunkSize: options.chunkSize,
      onProgress: (done, total) => {
        if (done === total || done - reported >= total / 10) {
          reported = done;
          print(`  ${done} / ${total} households`);
        }
      },
    });
    if (result.status === 'already-loaded') {
      print(
        `A demo (seed ${result.seed}, ${result.demoHouseholds} households) is already loaded; nothing was changed. ` +
          'For another size or seed, use an empty database (--data-dir or DATABASE_URL).',
      );
    } else {
      const seconds = (result.millis / 1000).toFixed(1);
      print(
        `${result.status === 'resumed' ? 'Finished the interrupted load' : 'Loaded'}: ${result.households} households, ` +
          `${result.persons} persons, ${result.facts} facts, ${result.dossiers} dossiers in ${seconds} s.`,
      );
    }
    print(`\nDemo logins (password "${DEMO_PASSWORD}"):`);
    for (const user of DEMO_USERS) print(`  ${user.email.padEnd(36)} ${user.role}`);
    return 0;
  } catch (error) {
    if (error instanceof DemoLoadError) {
      print(`Could not load the demo: ${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    await database.close();
  }
}
