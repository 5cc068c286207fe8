import { UnreachableCaseError } from '../errors.ts';
import type { CoreNode } from '../core/nodes.ts';
import type { FactEntity } from '../facts/vocabulary.ts';
import type { RightDefinition } from '../load/types.ts';
import { EvaluationRun, type SubjectResult } from './run.ts';
import type { FactValue, NormalizedSituation } from './situation.ts';

/** The smallest change to one numeric fact that makes a right eligible. */
export interface NearMiss {
  entity: FactEntity;
  fact: string;
  person?: string;
  from: number;
  to: number;
  /** to − from: negative when the value must go down (e.g. an income above the limit). */
  change: number;
  type: 'number' | 'money';
}

const MAX_TRIES = 8;

/**
 * Finds a near-miss for a right that is not eligible: every comparison the right made on
 * known numbers proposes moving one fact it reads by the gap (and one step past it); each
 * proposal is checked by evaluating the right again, and the smallest one that works wins.
 */
export function findNearMiss(run: EvaluationRun, right: RightDefinition, results: SubjectResult[]): NearMiss | null {
  const candidates = new Map<string, { entity: FactEntity; fact: string; person: number; delta: number; type: 'number' | 'money' }>();
  for (const result of results) {
    if (!fixable(right.eligibility, result)) continue;
    for (const cmp of compares(right.eligibility)) {
      const outcome = result.trace.get(cmp);
      if (outcome?.kind !== 'known' || outcome.value !== false) continue;
      const [l, r] = [result.trace.get(cmp.left), result.trace.get(cmp.right)];
      if (l?.kind !== 'known' || r?.kind !== 'known' || typeof l.value !== 'number' || typeof r.value !== 'number') continue;
      if (cmp.left.type === 'date') continue;
      const gap = r.value - l.value;
      for (const f of facts(cmp)) {
        const type = f.type === 'money' ? 'money' : 'number';
        const step = type === 'money' ? 0.01 : 1;
        const persons = f.scope === 'household' ? [-1] : f.scope === 'person' ? [result.person] : run.situation.persons.map((_, i) => i);
        for (const person of persons) {
          for (const delta of [gap, gap + step, gap - step, -gap, -gap + step, -gap - step]) {
            const rounded = Math.round(delta * 100) / 100;
            if (rounded === 0) continue;
            candidates.set(`${f.scope === 'household'}|${person}|${f.fact}|${rounded}`, { entity: f.scope === 'household' ? 'household' : 'person', fact: f.fact, person, delta: rounded, type });
          }
        }
      }
    }
  }
  let best: NearMiss | null = null;
  const sorted = [...candidates.values()].sort((a, b) => Math.abs(a.delta) - Math.abs(b.delta)).slice(0, MAX_TRIES);
  for (const c of sorted) {
    const current = read(run.situation, c.entity, c.person, c.fact);
    if (current === null || (best && Math.abs(c.delta) >= Math.abs(best.change))) continue;
    if (current + c.delta < 0) continue;
    const changed = withFact(run.situation, c.entity, c.person, c.fact, current + c.delta);
    const trial = new EvaluationRun(run.catalog, changed, run.date).results(right);
    if (trial.some((t) => t.status === 'eligible' || t.status === 'eligible-if-confirmed')) {
      best = { entity: c.entity, fact: c.fact, from: current, to: current + c.delta, change: c.delta, type: c.type };
      if (c.person >= 0) best.person = run.situation.persons[c.person]!.id;
    }
  }
  return best;
}

/**
 * Whether changing one numeric fact could possibly make this result true: every false part
 * of an `all` (and some part of an `any`) must read a numeric fact. Rights that fail on a
 * status or a text are not searched at all.
 */
function fixable(node: CoreNode, result: SubjectResult): boolean {
  const r = result.trace.get(node);
  if (r?.kind === 'known' && r.value === true) return true;
  if (r?.kind !== 'known') return false;
  if (node.kind === 'logic' && node.op === 'all') return node.args.every((a) => fixable(a, result));
  if (node.kind === 'logic' && node.op === 'any') return node.args.some((a) => fixable(a, result));
  return facts(node).length > 0;
}

function compares(node: CoreNode): Extract<CoreNode, { kind: 'compare' }>[] {
  switch (node.kind) {
    case 'compare':
      return [node];
    case 'logic':
      return node.args.flatMap(compares);
    default:
      return [];
  }
}

function facts(node: CoreNode): Extract<CoreNode, { kind: 'fact' }>[] {
  switch (node.kind) {
    case 'fact':
      return node.type === 'number' || node.type === 'money' ? [node] : [];
    case 'compare':
      return [...facts(node.left), ...facts(node.right)];
    case 'arithmetic':
    case 'logic':
      return node.args.flatMap(facts);
    case 'aggregate':
      return [...(node.where ? facts(node.where) : []), ...(node.of ? facts(node.of) : [])];
    case 'constant':
    case 'parameter':
    case 'right':
      return [];
    default:
      throw new UnreachableCaseError(node);
  }
}

function read(s: NormalizedSituation, entity: FactEntity, person: number, fact: string): number | null {
  const map = entity === 'household' ? s.household : s.persons[person]?.facts;
  const v = map?.get(fact)?.value;
  return typeof v === 'number' ? v : null;
}

function withFact(s: NormalizedSituation, entity: FactEntity, person: number, fact: string, value: number): NormalizedSituation {
  const set = (m: Map<string, FactValue>) => new Map(m).set(fact, { ...m.get(fact)!, value });
  if (entity === 'household') return { household: set(s.household), persons: s.persons };
  return { household: s.household, persons: s.persons.map((p, i) => (i === person ? { ...p, facts: set(p.facts) } : p)) };
}
