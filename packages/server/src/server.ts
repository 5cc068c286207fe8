import type { FastifyInstance } from 'fastify';
import { buildApp, type AppOptions } from './app.ts';
import { openDatabase, type DatabaseLocation } from './platform/db/database.ts';
import type { Database } from './platform/db/connect.ts';
import { loadDemoOnFirstStart, type DemoStart } from './platform/startup/demo-on-first-start.ts';

/** Options of startServer. */
export interface ServerOptions extends Omit<AppOptions, 'database'> {
  location: DatabaseLocation;
  port: number;
  host: string;
  /** Load the demo on the first start of an empty database (default households and seed of the demo module). */
  demo?: { households?: number; seed?: number | string } | false;
  /** Told when the demo starts loading (it takes a while on a first start). */
  onDemoLoading?: () => void;
}

/** A running server. */
export interface RunningServer {
  app: FastifyInstance;
  database: Database;
  url: string;
  demo: DemoStart | 'skipped';
  /** Stops accepting requests, closes the database and releases its lock. */
  stop(): Promise<void>;
}

/**
 * Opens (and migrates) the database, loads the demo on a first start, and listens.
 * Used by `springplank serve` and by browser tests.
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const database = await openDatabase(options.location);
  try {
    const demo = options.demo === false ? 'skipped' : await loadDemoOnFirstStart(database, options.demo ?? {}, options.onDemoLoading);
    const { location: _location, port, host, demo: _demo, onDemoLoading: _onDemoLoading, ...appOptions } = options;
    const { app } = await buildApp({ ...appOptions, database });
    await app.listen({ port, host });
    const address = app.server.address();
    const actualPort = typeof address === 'object' && address ? address.port : port;
    const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
    return {
      app,
      database,
      url: `http://${shownHost}:${actualPort}`,
      demo,
      async stop() {
        await app.close();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
