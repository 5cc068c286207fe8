import type { Catalog } from '@springplank/rules';
import type { Database } from '../../platform/db/connect.ts';
import { catalogForRun } from './screening.catalog.ts';

/** How a job reaches the catalogue (tests point it at another directory). */
export interface JobOptions {
  catalogDir?: string;
}

/** The tables that hold persisted, resumable runs (each has id, status, catalog_version, error, finished_at). */
export type RunTable = 'screening_runs' | 'grant_runs';

/**
 * Drives persisted runs (screening runs, grant runs) inside the server process. A subclass
 * commits each chunk together with the run's cursor, so a run interrupted by a crash (even
 * `kill -9`) resumes after its last committed chunk when the server starts again, without
 * doing anything twice. This class owns only the life cycle: which runs are driven here,
 * resuming after a restart, stopping between chunks, and failing a run with a message.
 */
export abstract class ResumableRuns {
  private readonly active = new Map<number, Promise<void>>();
  private stopping = false;

  constructor(
    protected readonly database: Database,
    private readonly table: RunTable,
    protected readonly options: JobOptions = {},
  ) {}

  /** Runs the chunks of one run until it ends or `stopping()` turns true. */
  protected abstract driveChunks(runId: number, catalog: Catalog, stopping: () => boolean): Promise<void>;

  /** Starts driving a run in the background (no-op when it is already driven here). */
  drive(runId: number): void {
    if (this.stopping || this.active.has(runId)) return;
    const job = this.loop(runId).finally(() => this.active.delete(runId));
    this.active.set(runId, job);
  }

  /** Resumes every run left `running` by an earlier process. */
  async resumeInterrupted(): Promise<number[]> {
    const rows = await this.database.query<{ id: number }>(`select id from ${this.table} where status = 'running' order by id`);
    for (const row of rows) this.drive(row.id);
    return rows.map((r) => r.id);
  }

  /** Waits until a run driven here has ended (tests and the CLI). */
  async settled(runId: number): Promise<void> {
    await this.active.get(runId);
  }

  /** Stops after the current chunk of every run (server shutdown); the runs stay resumable. */
  async stop(): Promise<void> {
    this.stopping = true;
    await Promise.all(this.active.values());
  }

  private async loop(runId: number): Promise<void> {
    try {
      const [run] = await this.database.query<{ catalog_version: string }>(`select catalog_version from ${this.table} where id = $1`, [runId]);
      if (!run) return;
      const { catalog, version } = catalogForRun(this.options.catalogDir);
      // A run's results must all come from one catalogue version; a resumed run cannot mix two.
      if (version !== run.catalog_version) {
        throw new Error(`The catalogue changed (from ${run.catalog_version} to ${version}) while this run was interrupted; start a new run.`);
      }
      await this.driveChunks(runId, catalog, () => this.stopping);
    } catch (error) {
      await this.database
        .query(`update ${this.table} set status = 'failed', error = $2, finished_at = now() where id = $1 and status = 'running'`, [
          runId,
          error instanceof Error ? error.message : String(error),
        ])
        .catch(() => undefined);
    }
  }
}
