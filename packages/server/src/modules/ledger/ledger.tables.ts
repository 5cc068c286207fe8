import type { ColumnType, Generated, Kysely } from 'kysely';
import type { Queryable } from '../../platform/db/connect.ts';
import type { Json, Schema } from '../../platform/db/schema.ts';

/**
 * Kysely table types of migration 002_detection (ledger, screening, worklists, outreach,
 * grants). They live beside the detection modules rather than in the platform schema so that
 * the platform file stays the core model; `detectionDb` gives a query builder that knows both.
 */

type Defaulted<T> = ColumnType<T, T | undefined, T>;
type Moment = ColumnType<Date, Date | string | undefined, Date | string>;
type Numeric = ColumnType<string | null, number | null | undefined, number | null>;

/** The states of the take-up ledger (issue 6), as stored. */
export const LEDGER_STATES = [
  'niet-onderzocht',
  'mogelijk-recht',
  'contact-gepland',
  'gecontacteerd',
  'aangevraagd',
  'toegekend',
  'geweigerd',
  'afgezien',
  'niet-meer-van-toepassing',
] as const;
/** A take-up state. */
export type LedgerState = (typeof LEDGER_STATES)[number];

/** Status of a screening run. */
export type RunStatus = 'running' | 'done' | 'cancelled' | 'failed';
/** Engine outcome status (shared contract). */
export type OutcomeStatus = 'eligible' | 'eligible-if-confirmed' | 'undetermined' | 'not-eligible';

/** Table `screening_runs`. */
export interface ScreeningRunsTable {
  id: Generated<number>;
  scope: Json;
  scope_key: string;
  at_date: string;
  status: RunStatus;
  catalog_version: string;
  rights: string[];
  facts_read: string[];
  total: number;
  processed: Defaulted<number>;
  candidates: Defaulted<number>;
  reviews: Defaulted<number>;
  respected: Defaulted<number>;
  cursor: Defaulted<number>;
  chunk_size: number;
  error: string | null;
  started_by: number | null;
  organisation_id: number;
  started_at: Moment;
  finished_at: Date | string | null;
  /** The facts each right of the run reads: `{ right: { household: [...], person: [...] } }` (migration 005). */
  right_facts: Json | null;
}

/** Table `screening_results`. */
export interface ScreeningResultsTable {
  run_id: number;
  household_id: number;
  right_id: string;
  kind: 'candidate' | 'review';
  status: OutcomeStatus;
  amount: Numeric;
  period: string | null;
  missing: Json;
  conflicts: Json;
}

/** Table `ledger_transitions` (append-only). */
export interface LedgerTransitionsTable {
  id: Generated<number>;
  subject_type: 'household' | 'person';
  subject_id: number;
  household_id: number;
  right_id: string;
  period: string;
  state: LedgerState;
  reason: string | null;
  evidence: Json;
  catalog_version: string;
  input_snapshot: Json;
  input_hash: string;
  actor_user_id: number | null;
  actor_label: string;
  screening_run_id: number | null;
  grant_run_id: number | null;
  at: Moment;
}

/** Table `contact_preferences` (append-only). */
export interface ContactPreferencesTable {
  id: Generated<number>;
  person_id: number;
  opted_out: boolean;
  recorded_on: string;
  note: string | null;
  actor_user_id: number | null;
  at: Moment;
}

/** Table `worklist_assignments`. */
export interface WorklistAssignmentsTable {
  id: Generated<number>;
  household_id: number;
  organisation_id: number;
  assignee_user_id: number | null;
  assigned_by: number;
  at: Moment;
}

/** Outreach kinds. */
export const OUTREACH_KINDS = ['letter', 'phone', 'home-visit', 'partner'] as const;
/** Outreach outcomes. */
export const OUTREACH_OUTCOMES = ['planned', 'reached', 'not-reached', 'declined', 'applied'] as const;

/** Table `outreach_actions`. */
export interface OutreachActionsTable {
  id: Generated<number>;
  household_id: number;
  person_id: number | null;
  right_id: string | null;
  kind: (typeof OUTREACH_KINDS)[number];
  outcome: (typeof OUTREACH_OUTCOMES)[number];
  note: string | null;
  follow_up_on: string | null;
  language: 'nl' | 'fr' | 'en' | null;
  letter_pdf: Uint8Array | null;
  /** The organisation of the werkingsgebied a contact via a partner went through; only on kind `partner` (migration 006). */
  partner_organisation_id: number | null;
  actor_user_id: number;
  organisation_id: number;
  at: Moment;
}

/** Table `grant_runs`. */
export interface GrantRunsTable {
  id: Generated<number>;
  municipality_nis: string;
  at_date: string;
  catalog_version: string;
  rights: string[];
  status: 'running' | 'done' | 'failed';
  granted: Defaulted<number>;
  to_worker: Defaulted<number>;
  /** Skipped: the person declined the right and their situation did not change (migration 007). */
  declined: Defaulted<number>;
  /** Skipped: a worker recorded a refusal of the right and the situation did not change (migration 009). */
  refused_earlier: Defaulted<number>;
  started_by: number | null;
  started_at: Moment;
  finished_at: Date | string | null;
  /** The last household of the last committed chunk (migration 004). */
  cursor: Defaulted<number>;
  chunk_size: Defaulted<number>;
  processed: Defaulted<number>;
  error: Defaulted<string | null>;
}

/** Table `grant_decisions` (only the reversal columns change, once). */
export interface GrantDecisionsTable {
  id: Generated<number>;
  run_id: number;
  household_id: number;
  right_id: string;
  period: string;
  status: 'eligible';
  amount: Numeric;
  amount_period: string | null;
  explanation: Json;
  catalog_version: string;
  input_snapshot: Json;
  letter_pdf: Uint8Array;
  reversed_at: Date | string | null;
  reversed_by: number | null;
  reversal_reason: string | null;
}

/** The detection tables. */
export interface DetectionTables {
  screening_runs: ScreeningRunsTable;
  screening_results: ScreeningResultsTable;
  ledger_transitions: LedgerTransitionsTable;
  ledger_current: LedgerTransitionsTable;
  /** View: every transition's input snapshot, wherever it is stored (migration 005). */
  ledger_inputs: { id: number; input_snapshot: Json };
  contact_preferences: ContactPreferencesTable;
  worklist_assignments: WorklistAssignmentsTable;
  outreach_actions: OutreachActionsTable;
  grant_runs: GrantRunsTable;
  grant_decisions: GrantDecisionsTable;
}

/** A query builder over the core model and the detection tables, bound to q (database or transaction). */
export function detectionDb(q: Queryable): Kysely<Schema & DetectionTables> {
  return q.db as unknown as Kysely<Schema & DetectionTables>;
}
