import type { ParameterNode } from '../core/kinds/parameter.ts';
import type { CoreNode } from '../core/nodes.ts';
import type { Catalog, RightDefinition } from '../load/types.ts';
import type { Status } from '../types.ts';
import { known, mergeRefs, unknown, type EvalContext, type FactRef, type Result } from './context.ts';
import { evaluateNode } from './interpreter.ts';
import { resolveParameter } from './parameters.ts';
import type { NormalizedSituation } from './situation.ts';

/** The evaluation of one right for one subject (the household, or one member). */
export interface SubjectResult {
  status: Status;
  amount: number | null;
  eligibility: Result;
  /** Results of every node, for the explanation. */
  trace: Map<CoreNode, Result>;
  /** Index of the member, or -1 for a household right. */
  person: number;
}

/** The status an eligibility result gives. */
export function statusOf(r: Result): Status {
  if (r.kind === 'unknown') return 'undetermined';
  if (r.value !== true) return 'not-eligible';
  return r.confirm.length ? 'eligible-if-confirmed' : 'eligible';
}

/**
 * One household on one date: its aanvrager, parameters and the members per right, each
 * looked up once. Shared by the interpreter's run and the compiled missing-facts evaluator.
 */
export class SituationOnDate {
  private readonly params = new Map<object, number>();
  private readonly memberCache = new Map<string, number[]>();
  /** Index of the aanvrager (-1 for a household without one). */
  readonly aanvrager: number;

  constructor(
    readonly catalog: Catalog,
    readonly situation: NormalizedSituation,
    readonly date: number,
  ) {
    this.aanvrager = situation.persons.findIndex((p) => p.role === 'aanvrager');
  }

  /** A parameter's value on the run's date (resolved once per run). */
  parameter(ref: Exclude<ParameterNode['ref'], { type: 'date' }>): number {
    let v = this.params.get(ref);
    if (v === undefined) {
      v = resolveParameter(this.catalog, ref, this.date);
      this.params.set(ref, v);
    }
    return v;
  }

  /** The members a person right is evaluated for. */
  members(right: RightDefinition): number[] {
    const cached = this.memberCache.get(right.id);
    if (cached) return cached;
    const out: number[] = [];
    this.situation.persons.forEach((p, i) => {
      if (!right.appliesTo || (right.appliesTo as string[]).includes(p.role)) out.push(i);
    });
    this.memberCache.set(right.id, out);
    return out;
  }
}

/**
 * One evaluation of a catalogue for one situation on one date. Right outcomes are computed
 * once and shared by every right that reads them (derived rights).
 */
export class EvaluationRun extends SituationOnDate {
  private readonly cache = new Map<string, SubjectResult>();
  readonly memo = new Map<string, Result>();

  /** A fresh context for a subject. */
  context(person: number, trace: Map<CoreNode, Result> | null): EvalContext {
    return new SubjectContext(this, person, trace);
  }

  /** Evaluates a right for a subject (memoised). */
  subject(right: RightDefinition, person: number): SubjectResult {
    const key = `${right.id}|${person}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const trace = new Map<CoreNode, Result>();
    const ctx = this.context(person, trace);
    const eligibility = evaluateNode(right.eligibility, ctx);
    const status = statusOf(eligibility);
    let amount: number | null = null;
    if (right.amount && (status === 'eligible' || status === 'eligible-if-confirmed')) {
      ctx.trace = null;
      const a = evaluateNode(right.amount.expr, ctx);
      amount = a.kind === 'known' ? (a.value as number) : null;
    }
    const result: SubjectResult = { status, amount, eligibility, trace, person };
    this.cache.set(key, result);
    return result;
  }

  /** A household right's result, or every evaluated member's result of a person right. */
  results(right: RightDefinition): SubjectResult[] {
    return right.subject === 'household' ? [this.subject(right, this.aanvrager)] : this.members(right).map((m) => this.subject(right, m));
  }

  /**
   * Another right's outcome as a truth value: a household right's own; a person right's for
   * one member (not evaluated for that member's role: false), or for the household
   * (any member: Kleene "or" over members, so one eligible member decides).
   */
  rightResult(id: string, person: number): Result {
    const right = this.catalog.rights.get(id)!;
    if (right.subject === 'household') return this.subject(right, this.aanvrager).eligibility;
    if (person >= 0) return this.members(right).includes(person) ? this.subject(right, person).eligibility : known(false);
    return householdResult(this.results(right).map((r) => r.eligibility));
  }
}

/** The context of one subject; a class, so no closures are made per evaluation. */
class SubjectContext implements EvalContext {
  readonly date: number;
  readonly situation: NormalizedSituation;
  readonly memo: Map<string, Result>;
  it = -1;

  constructor(
    private readonly run: EvaluationRun,
    readonly person: number,
    public trace: Map<CoreNode, Result> | null,
  ) {
    this.date = run.date;
    this.situation = run.situation;
    this.memo = run.memo;
  }

  parameter(ref: Exclude<ParameterNode['ref'], { type: 'date' }>): number {
    return this.run.parameter(ref);
  }

  right(id: string, person: number): Result {
    return this.run.rightResult(id, person);
  }
}

/** Combines member results of a person right into the household's: the best member decides. */
export function householdResult(members: Result[]): Result {
  const deciding: FactRef[][] = [];
  const missing: FactRef[][] = [];
  for (const r of members) {
    if (r.kind === 'unknown') missing.push(r.missing);
    else if (r.value === true) deciding.push(r.confirm);
  }
  if (deciding.length) return known(true, deciding.some((c) => c.length === 0) ? [] : deciding[0]!);
  if (missing.length) return unknown(mergeRefs(missing));
  return known(false);
}
