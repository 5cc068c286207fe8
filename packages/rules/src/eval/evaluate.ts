import { toDays } from '../dates.ts';
import type { Catalog, Period, RightDefinition } from '../load/types.ts';
import { STATUS_ORDER, type Status } from '../types.ts';
import { mergeRefs, type FactRef } from './context.ts';
import { explain, type ExplainedCondition } from './explain.ts';
import { findNearMiss, type NearMiss } from './near-miss.ts';
import { rankQuestions, type NextQuestion } from './questions.ts';
import { EvaluationRun, type SubjectResult } from './run.ts';
import { valueInForce } from './parameters.ts';
import { normalizeSituation, type Situation } from './situation.ts';

/** The outcome of one member for a person right. */
export interface MemberOutcome {
  person: string;
  status: Status;
  amount: number | null;
  explanation: ExplainedCondition | null;
}

/** The outcome of one right for a household. */
export interface Outcome {
  right: string;
  status: Status;
  /** The amount when eligible (for a person right: the sum over eligible members). */
  amount: number | null;
  period: Period | null;
  /** The explanation tree (household rights; person rights explain per member). */
  explanation: ExplainedCondition | null;
  members: MemberOutcome[] | null;
  /** Inputs whose absence leaves the right undetermined. */
  missing: FactRef[];
  /** Self-declared or stale facts to confirm (status eligible-if-confirmed). */
  confirm: FactRef[];
  nearMiss: NearMiss | null;
  /** The right or one of the values it used is marked uncertain: check with the provider. */
  uncertain: boolean;
}

/** The result of {@link evaluate}. */
export interface Evaluation {
  date: string;
  outcomes: Outcome[];
  nextQuestions: NextQuestion[];
}

/** Options of {@link evaluate}. */
export interface EvaluateOptions {
  /** Only these rights (and what they depend on); default every right. */
  rights?: string[];
  /** Build explanation trees (default true). */
  explain?: boolean;
  /** Look for near-misses of rights that are not eligible (default true). */
  nearMiss?: boolean;
}

/** Evaluates every right of a catalogue for one situation on one date (YYYY-MM-DD). */
export function evaluate(catalog: Catalog, situation: Situation, date: string, options: EvaluateOptions = {}): Evaluation {
  const day = toDays(date);
  const run = new EvaluationRun(catalog, normalizeSituation(situation, catalog.vocabulary, day), day);
  const ids = options.rights ?? catalog.order;
  const outcomes = ids.map((id) => {
    const right = catalog.rights.get(id);
    if (!right) throw new Error(`Unknown right "${id}"`);
    return outcome(run, right, options);
  });
  return { date, outcomes, nextQuestions: rankQuestions(outcomes, catalog) };
}

function outcome(run: EvaluationRun, right: RightDefinition, options: EvaluateOptions): Outcome {
  const results = run.results(right);
  const withExplanation = options.explain !== false;
  const best = results.reduce<SubjectResult | null>((b, r) => (!b || STATUS_ORDER.indexOf(r.status) < STATUS_ORDER.indexOf(b.status) ? r : b), null);
  const status: Status = best?.status ?? 'not-eligible';
  const eligible = results.filter((r) => r.status === 'eligible' || r.status === 'eligible-if-confirmed');
  const amount = !right.amount || !eligible.length || eligible.some((r) => r.amount === null) ? null : eligible.reduce((s, r) => s + r.amount!, 0);
  const undetermined = results.filter((r) => r.eligibility.kind === 'unknown');
  const out: Outcome = {
    right: right.id,
    status,
    amount,
    period: right.amount?.period ?? null,
    explanation: null,
    members: null,
    missing: status === 'undetermined' ? mergeRefs(undetermined.map((r) => (r.eligibility.kind === 'unknown' ? r.eligibility.missing : []))) : [],
    confirm: status === 'eligible-if-confirmed' && best?.eligibility.kind === 'known' ? best.eligibility.confirm : [],
    nearMiss: null,
    uncertain: right.uncertain || [...right.parameters.values()].some((p) => valueInForce(p, run.date)?.uncertain === true),
  };
  if (right.subject === 'household') {
    if (withExplanation) out.explanation = explain(right.eligibility, results[0]!.trace);
  } else {
    out.members = results.map((r) => ({
      person: run.situation.persons[r.person]!.id,
      status: r.status,
      amount: r.amount,
      explanation: withExplanation ? explain(right.eligibility, r.trace) : null,
    }));
  }
  if (status === 'not-eligible' && options.nearMiss !== false) out.nearMiss = findNearMiss(run, right, results);
  return out;
}
