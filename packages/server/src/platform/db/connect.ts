import { PGlite, types as pgliteTypes } from '@electric-sql/pglite';
import { CompiledQuery, Kysely, PostgresDialect } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import type { Schema } from './schema.ts';

/** Which PostgreSQL engine serves the database. */
export type Backend = 'pglite' | 'postgres';

/** What can run queries: the database itself or a transaction inside it. */
export interface Queryable {
  /** Type-safe query builder (Kysely); inside a transaction it is bound to that transaction. */
  db: Kysely<Schema>;
  /** Runs one raw, parameterised statement ($1, $2…) and returns its rows. */
  query<R = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<R[]>;
}

/** A transaction as the migration runner needs it: raw scripts plus parameterised statements. */
export interface ScriptTransaction {
  /** Runs a script of several statements (a migration file). */
  exec(script: string): Promise<void>;
  /** Runs one parameterised statement and returns its rows. */
  query<R = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<R[]>;
}

/** An open Springplank database on either backend. */
export interface Database extends Queryable {
  backend: Backend;
  /** Runs fn in one transaction: committed when fn resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Runs fn in one transaction that may execute multi-statement scripts (migrations only). */
  scriptTransaction<T>(fn: (tx: ScriptTransaction) => Promise<T>): Promise<T>;
  /** Closes the connection(s) and releases the data-directory lock. */
  close(): Promise<void>;
}

// Both backends read `date` as 'YYYY-MM-DD' (no time-zone shifts) and int8 as a number
// (ids and counts stay far below 2^53).
const DATE_OID = 1082;
const INT8_OID = 20;
const keepText = (value: string): string => value;
const toNumber = (value: string): number => Number(value);

function queryableFor(db: Kysely<Schema>): Queryable {
  return {
    db,
    async query<R>(text: string, params: readonly unknown[] = []): Promise<R[]> {
      const result = await db.executeQuery<R>(CompiledQuery.raw(text, [...params]));
      return [...result.rows];
    },
  };
}

function makeDatabase(
  backend: Backend,
  db: Kysely<Schema>,
  scriptTransaction: Database['scriptTransaction'],
  onClose: () => Promise<void>,
): Database {
  return {
    backend,
    ...queryableFor(db),
    transaction: (fn) => db.transaction().execute((trx) => fn(queryableFor(trx))),
    scriptTransaction,
    async close() {
      await db.destroy();
      await onClose();
    },
  };
}

/** Creates a PGlite instance with Springplank's type parsers, optionally from a data-directory dump. */
export function createPglite(options: { dataDir?: string; loadDataDir?: Blob } = {}): Promise<PGlite> {
  return PGlite.create({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    parsers: { [pgliteTypes.DATE]: keepText, [pgliteTypes.INT8]: toNumber },
  });
}

/**
 * Wraps a PGlite instance as a Database. The Kysely driver serialises PGlite's single
 * connection; script transactions take that same connection so they never interleave with
 * other queries.
 */
export function wrapPglite(pglite: PGlite, onClose: () => Promise<void>): Database {
  const db = new Kysely<Schema>({ dialect: new PGliteDialect(pglite) });
  const scriptTransaction: Database['scriptTransaction'] = (fn) =>
    db.connection().execute(() =>
      pglite.transaction((tx) =>
        fn({
          exec: async (script) => {
            await tx.exec(script);
          },
          query: async <R>(text: string, params: readonly unknown[] = []) =>
            (await tx.query<R>(text, [...params])).rows,
        }),
      ),
    );
  return makeDatabase('pglite', db, scriptTransaction, onClose);
}

/** Opens an embedded PGlite database in dataDir (undefined: in memory). */
export async function connectPglite(dataDir: string | undefined, onClose: () => Promise<void>): Promise<Database> {
  return wrapPglite(await createPglite(dataDir ? { dataDir } : {}), onClose);
}

/** Opens a PostgreSQL server database through a `pg` connection pool. */
export async function connectPostgres(url: string, onClose: () => Promise<void>): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    // No JIT compilation: Springplank's queries are short, and a screening's read of a chunk's
    // facts (estimated expensive on a large facts table, though it is some 7,000 index look-ups)
    // spent about 0.3 s compiling for 0.15 s of work, every chunk.
    options: '-c jit=off',
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
        if (oid === DATE_OID) return keepText;
        if (oid === INT8_OID) return toNumber;
        return format === 'binary' ? pg.types.getTypeParser(oid, 'binary') : pg.types.getTypeParser(oid);
      }) as typeof pg.types.getTypeParser,
    },
  });
  // An idle pooled connection that the server ends (a restart, an administrator, a dropped
  // database) makes the pool emit 'error'; unheard, that would crash the whole process. The pool
  // already discards such a connection and opens a new one for the next query.
  pool.on('error', (error) => {
    console.warn(`springplank: an idle database connection was closed by the server (${error.message})`);
  });
  // Fail now with the server's message rather than on the first query.
  const probe = await pool.connect();
  probe.release();
  const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
  const scriptTransaction: Database['scriptTransaction'] = async (fn) => {
    const client = await pool.connect();
    try {
      await client.query('begin');
      const result = await fn({
        // Without parameters pg uses the simple protocol, which accepts several statements.
        exec: async (script) => {
          await client.query(script);
        },
        query: async <R>(text: string, params: readonly unknown[] = []) =>
          (await client.query(text, [...params])).rows as R[],
      });
      await client.query('commit');
      return result;
    } catch (error) {
      await client.query('rollback').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  };
  return makeDatabase('postgres', db, scriptTransaction, onClose);
}
