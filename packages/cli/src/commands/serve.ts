import { Command, InvalidArgumentError } from 'commander';
import { demoLogins, startServer } from '@springplank/server';
import { addDatabaseOptions, describeLocation, locationFromFlags, type DatabaseFlags } from '../database-options.ts';

interface ServeFlags extends DatabaseFlags {
  port: number;
  host: string;
  demo: boolean;
  demoHouseholds?: number;
  demoSeed?: string;
}

function port(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0 || parsed > 65535) throw new InvalidArgumentError('a port is a whole number from 0 to 65535');
  return parsed;
}

function positive(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) throw new InvalidArgumentError('expected a whole number of at least 1');
  return parsed;
}

/** Registers `springplank serve`. */
export function registerServe(program: Command): void {
  addDatabaseOptions(
    program
      .command('serve')
      .description('start the web app and the API; migrates the database and loads the demo municipality on the first start')
      .option('-p, --port <port>', 'port to listen on (env PORT)', port, Number(process.env.PORT ?? 3000))
      .option('--host <host>', 'address to listen on; 0.0.0.0 for every network interface (env HOST)', process.env.HOST ?? 'localhost')
      .option('--no-demo', 'do not load the demo municipality into an empty database')
      .option('--demo-households <n>', 'households of the demo loaded on the first start (default 5000)', positive)
      .option('--demo-seed <seed>', 'seed of the demo loaded on the first start (default 1)'),
  ).action(async (flags: ServeFlags) => {
    const location = locationFromFlags(flags);
    console.log(`Springplank: opening ${describeLocation(location)}…`);
    const demoOptions = {
      ...(flags.demoHouseholds !== undefined ? { households: flags.demoHouseholds } : {}),
      ...(flags.demoSeed !== undefined ? { seed: flags.demoSeed } : {}),
    };
    const server = await startServer({
      location,
      port: flags.port,
      host: flags.host,
      demo: flags.demo ? demoOptions : false,
      logger: false,
      onDemoLoading: () => console.log('First start: loading the demo municipality Kansendonk (this takes a minute)…'),
    }).catch(
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'EADDRINUSE') throw new Error(`port ${flags.port} on ${flags.host} is already in use; choose another with --port`);
        throw error;
      },
    );
    if (server.demo === 'loaded') console.log('Loaded the demo municipality Kansendonk.');
    if (server.demo === 'resumed') console.log('Finished the demo load that an earlier start did not complete.');
    console.log(`\nSpringplank is running at ${server.url}\n`);
    const { password, logins } = await demoLogins(server.database);
    if (logins.length > 0) {
      console.log(`Demo logins (password: ${password}):`);
      for (const login of logins) console.log(`  ${login.email.padEnd(36)} ${login.role.padEnd(24)} ${login.organisation}`);
      console.log('');
    }
    const stop = async (signal: string) => {
      console.log(`\n${signal}: stopping Springplank…`);
      await server.stop();
      process.exit(0);
    };
    process.once('SIGINT', () => void stop('SIGINT'));
    process.once('SIGTERM', () => void stop('SIGTERM'));
  });
}
