import { applyArithmetic } from '../core/kinds/arithmetic.ts';
import { applyCompare } from '../core/kinds/compare.ts';
import { ROLE_FACT } from '../core/kinds/fact.ts';
import type { CoreNode } from '../core/nodes.ts';
import { UnreachableCaseError } from '../errors.ts';
import type { Catalog, RightDefinition } from '../load/types.ts';
import type { Value } from '../types.ts';
import { mergeRefs, type FactRef } from './context.ts';
import { SituationOnDate } from './run.ts';
import type { NormalizedSituation } from './situation.ts';

/**
 * Missing facts for screening. The batch evaluator says which outcomes are undetermined; a
 * screening then needs, for each of those, the facts whose absence leaves it so — the list
 * the interpreter gives in `Outcome.missing`. Running the interpreter for every undetermined
 * right of every household costs more than the whole batch evaluation, mostly in the result
 * objects it builds at every node. Here each node is compiled once into a closure that
 * returns a plain value (`undefined` when unknown) and, only when the value is unknown,
 * leaves the interpreter's list of missing facts in `Row.missing`: known values allocate
 * nothing, and every node is evaluated once. Every kind follows the interpreter's rules,
 * including the order in which lists are merged; a differential test
 * (packages/rules/test/missing.test.ts) keeps the two equal.
 */

/** The subject being evaluated: the household, person and aggregate member; `missing` is the list of the last unknown value. */
interface Row {
  run: Household;
  person: number;
  it: number;
  missing: FactRef[];
}

/** A compiled node: its value, or undefined with the missing facts in `c.missing`. */
type Compiled = (c: Row) => Value | undefined;

const NONE: FactRef[] = [];

/** The interpreter's mergeRefs by identity: a household's references are interned (Household.ref). */
const byIdentity = (ref: FactRef): unknown => ref;
const mergeInterned = (lists: FactRef[][]): FactRef[] => mergeRefs(lists, byIdentity);
const compiledNodes = new WeakMap<CoreNode, Compiled>();

function compile(node: CoreNode): Compiled {
  let c = compiledNodes.get(node);
  if (!c) compiledNodes.set(node, (c = compileNode(node)));
  return c;
}

function compileNode(node: CoreNode): Compiled {
  switch (node.kind) {
    case 'constant': {
      const v = node.value;
      return () => v;
    }
    case 'parameter': {
      const ref = node.ref;
      if (ref.type === 'date') return (c) => c.run.date;
      return (c) => c.run.parameter(ref);
    }
    case 'fact':
      return factNode(node.fact, node.scope);
    case 'compare': {
      const op = node.op;
      return strict(compile(node.left), compile(node.right), (x, y) => applyCompare(op, x, y));
    }
    case 'arithmetic': {
      const op = node.op;
      const pair: Value[] = [0, 0];
      return strict(compile(node.args[0]!), compile(node.args[1]!), (x, y) => {
        pair[0] = x;
        pair[1] = y;
        return applyArithmetic(op, pair);
      });
    }
    case 'logic':
      return logicNode(node.op, node.args.map(compile));
    case 'aggregate':
      return aggregateNode(node.op, node.where ? compile(node.where) : null, node.of ? compile(node.of) : null);
    case 'right': {
      const { right, scope } = node;
      return (c) => c.run.rightValue(right, scope === 'household' ? -1 : scope === 'person' ? c.person : c.it, c);
    }
    default:
      throw new UnreachableCaseError(node);
  }
}

/** A fact of the household, the person or the member `it` (readFact of the interpreter). */
function factNode(fact: string, scope: 'household' | 'person' | 'it'): Compiled {
  if (scope === 'household') {
    return (c) => {
      const v = c.run.situation.household.get(fact);
      if (v) return v.value;
      c.missing = c.run.ref('household', fact, -1);
      return undefined;
    };
  }
  const role = fact === ROLE_FACT;
  return (c) => {
    const index = scope === 'person' ? c.person : c.it;
    const person = c.run.situation.persons[index];
    if (!person) {
      c.missing = role ? NONE : c.run.ref('person', fact, -1);
      return undefined;
    }
    if (role) return person.role;
    const v = person.facts.get(fact);
    if (v) return v.value;
    c.missing = c.run.ref('person', fact, index);
    return undefined;
  };
}

/** Compare and arithmetic: both operands must be known; a result without value (null) is unknown without missing facts. */
function strict(a: Compiled, b: Compiled, apply: (x: Value, y: Value) => Value | null): Compiled {
  return (c) => {
    const x = a(c);
    const mx = c.missing;
    const y = b(c);
    if (x === undefined) {
      if (y === undefined) c.missing = mergeInterned([mx, c.missing]);
      else c.missing = mx;
      return undefined;
    }
    if (y === undefined) return undefined;
    const r = apply(x, y);
    if (r !== null) return r;
    c.missing = NONE;
    return undefined;
  };
}

function logicNode(op: 'all' | 'any' | 'not' | 'known' | 'if', args: Compiled[]): Compiled {
  switch (op) {
    case 'all':
    case 'any': {
      // Kleene and/or (kleene of the interpreter): a dominant operand decides; otherwise the
      // missing facts of the unknown operands, in order.
      const dominant = op === 'any';
      return (c) => {
        let lists: FactRef[][] | null = null;
        for (const a of args) {
          const v = a(c);
          if (v === undefined) (lists ??= []).push(c.missing);
          else if (v === dominant) return dominant;
        }
        if (!lists) return !dominant;
        c.missing = mergeInterned(lists);
        return undefined;
      };
    }
    case 'not': {
      const a = args[0]!;
      return (c) => {
        const v = a(c);
        return v === undefined ? undefined : !v;
      };
    }
    case 'known': {
      const a = args[0]!;
      return (c) => a(c) !== undefined;
    }
    case 'if': {
      const [cond, then, otherwise] = args as [Compiled, Compiled, Compiled];
      return (c) => {
        const v = cond(c);
        if (v === undefined) return undefined;
        return (v ? then : otherwise)(c);
      };
    }
    default:
      throw new UnreachableCaseError(op);
  }
}

/**
 * An aggregate over the members (evaluateAggregate of the interpreter): members whose `where`
 * is false are left out; any/all combine each member's part with Kleene logic, count, sum,
 * min and max are unknown as soon as one included member's `where` or `of` is.
 */
function aggregateNode(op: 'count' | 'sum' | 'min' | 'max' | 'any' | 'all', where: Compiled | null, of: Compiled | null): Compiled {
  const any = op === 'any';
  const logical = op === 'any' || op === 'all';
  return (c) => {
    const saved = c.it;
    const members = c.run.situation.persons.length;
    let lists: FactRef[][] | null = null;
    let unknown = false;
    let n = 0;
    let acc = op === 'min' ? Infinity : op === 'max' ? -Infinity : 0;
    let decided = false;
    for (let m = 0; m < members; m++) {
      c.it = m;
      const w = where ? where(c) : true;
      if (w === false) continue;
      const mw = c.missing;
      const v = of ? of(c) : true;
      const mv = c.missing;
      if (logical) {
        // A member's part: any → where and of; all → (not where, when where is known) or of.
        // An of that settles the part the other way leaves the aggregate to the other members.
        if (any ? v === false : v === true) continue;
        if (w !== undefined && v !== undefined) {
          // any: where and of hold → true; all: where holds and of does not → false. Decided.
          decided = true;
          break;
        }
        unknown = true;
        (lists ??= []).push(w === undefined ? (v === undefined ? mergeInterned([mw, mv]) : mw) : mv);
        continue;
      }
      if (w === undefined || v === undefined) {
        unknown = true;
        if (w === undefined) (lists ??= []).push(mw);
        if (v === undefined) (lists ??= []).push(mv);
        continue;
      }
      const k = op === 'count' ? (v === true ? 1 : 0) : (v as number);
      n++;
      acc = op === 'min' ? Math.min(acc, k) : op === 'max' ? Math.max(acc, k) : acc + k;
    }
    c.it = saved;
    if (logical) {
      if (decided) return any;
      if (!unknown) return !any;
      c.missing = mergeInterned(lists!);
      return undefined;
    }
    if (unknown) {
      c.missing = mergeInterned(lists!);
      return undefined;
    }
    if ((op === 'min' || op === 'max') && n === 0) {
      c.missing = NONE;
      return undefined;
    }
    return acc;
  };
}

/** One household on one date: parameters, members per right and right outcomes, each computed once. */
class Household extends SituationOnDate {
  /** Outcomes by right and subject (index + 1: the aanvrager of a household without one is -1). */
  private readonly outcomes = new Map<RightDefinition, ({ value: Value | undefined; missing: FactRef[] } | undefined)[]>();
  /** Interned references: [0] household facts, [1] facts of a member that does not exist, [2 + i] member i. */
  private readonly refs: Map<string, FactRef[]>[] = [];

  /**
   * The one-reference list of a missing fact of the household, of member `person`, or of a
   * member that does not exist (-1), interned: the same object every time it is asked.
   */
  ref(entity: 'household' | 'person', fact: string, person: number): FactRef[] {
    // Nested maps keyed by the rule's own fact text: no key text is built per look-up.
    const slot = entity === 'household' ? 0 : person < 0 ? 1 : person + 2;
    const refs = (this.refs[slot] ??= new Map());
    let list = refs.get(fact);
    if (!list) {
      const ref: FactRef = entity === 'household' || person < 0 ? { entity, fact } : { entity, fact, person: this.situation.persons[person]!.id };
      refs.set(fact, (list = [ref]));
    }
    return list;
  }

  /** A right's eligibility for a subject, and its missing facts when it is unknown (memoised). */
  subject(right: RightDefinition, person: number): { value: Value | undefined; missing: FactRef[] } {
    let bySubject = this.outcomes.get(right);
    if (!bySubject) this.outcomes.set(right, (bySubject = []));
    let out = bySubject[person + 1];
    if (!out) {
      const row: Row = { run: this, person, it: -1, missing: NONE };
      const value = compile(right.eligibility)(row);
      out = { value, missing: value === undefined ? row.missing : NONE };
      bySubject[person + 1] = out;
    }
    return out;
  }

  /** Another right's outcome as a truth value (rightResult of the interpreter); its missing facts go to `c.missing`. */
  rightValue(id: string, person: number, c: Row): Value | undefined {
    const right = this.catalog.rights.get(id)!;
    if (right.subject === 'household' || person >= 0) {
      if (right.subject !== 'household' && !this.members(right).includes(person)) return false;
      const out = this.subject(right, right.subject === 'household' ? this.aanvrager : person);
      if (out.value === undefined) c.missing = out.missing;
      return out.value;
    }
    // The household's outcome of a person right: one eligible member decides.
    let lists: FactRef[][] | null = null;
    for (const m of this.members(right)) {
      const out = this.subject(right, m);
      if (out.value === true) return true;
      if (out.value === undefined) (lists ??= []).push(out.missing);
    }
    if (!lists) return false;
    c.missing = mergeInterned(lists);
    return undefined;
  }
}

/**
 * The facts whose absence leaves each of `rights` undetermined, exactly as {@link evaluate}
 * lists them in `Outcome.missing` (empty for a right that is not undetermined), for a
 * situation already normalised for `day` (days since 1970-01-01). Built for screening: no
 * explanation, near-miss or next question, and no result objects for known values.
 */
export function missingFacts(catalog: Catalog, situation: NormalizedSituation, day: number, rights: readonly string[]): FactRef[][] {
  const household = new Household(catalog, situation, day);
  const row: Row = { run: household, person: -1, it: -1, missing: NONE };
  return rights.map((id) => {
    if (!catalog.rights.has(id)) throw new Error(`Unknown right "${id}"`);
    // The right's outcome for the household, as another right reading it would see it.
    return household.rightValue(id, -1, row) === undefined ? row.missing : NONE;
  });
}
