import { UnreachableCaseError } from '../errors.ts';
import { ROLE_FACT } from '../core/kinds/fact.ts';
import type { CoreNode, NodeKindTable, NodeOf } from '../core/nodes.ts';
import { fromDays } from '../dates.ts';
import { resolveParameter } from '../eval/parameters.ts';
import type { Catalog } from '../load/types.ts';
import { compileAggregate } from './aggregate.ts';
import { nodeKey } from '../core/key.ts';
import { orU, type Fragment, type SqlScope } from './fragment.ts';
import { ident, OBSERVED, SELF_DECLARED, type SqlTables } from './schema.ts';

/**
 * The positions ($n) of the parameters every compiled query starts with, the same for every
 * catalogue: the evaluation date, then the household range of a run (rangeFrom ≤ household_id <
 * rangeTo, NULL = unbounded), which rangeParameters (ranges.ts) sets for each range so that
 * the SQL need not be compiled again. Text parameters (SqlCompiler.param) follow them.
 */
export const QUERY_PARAMETER = { date: 1, rangeFrom: 2, rangeTo: 3 } as const;

type Visit<K extends keyof NodeKindTable<unknown>> = (node: NodeOf<K>, scope: SqlScope, c: SqlCompiler) => Fragment;

/** A number as a float8 literal; infinities (empty scale brackets) as PostgreSQL spells them. */
export function num(n: number): string {
  if (n === Infinity) return `'Infinity'::float8`;
  if (n === -Infinity) return `'-Infinity'::float8`;
  return `${n}::float8`;
}

/** A literal that is never NULL, so NULL checks on it can be left out. */
const LITERAL = /^(-?[\d.e+-]+::float8|'-?Infinity'::float8|'[\d-]+'::date)$/;

const COMPARE_SQL: Record<NodeOf<'compare'>['op'], string> = { '=': '=', '!=': '<>', '<': '<', '<=': '<=', '>': '>', '>=': '>=' };

/**
 * One operand's part of an all/any's confirmation flag where the all/any has its dominant value
 * (FALSE for all, TRUE for any): true unless this operand decides that value for certain. An
 * all/any with its dominant value is to confirm only if every operand that decides it is, so its
 * flag is these parts joined with AND. `flag` is the operand's flag where it has the dominant
 * value; an operand that does not decide (or whose flag is 'false') needs no flag here.
 * One place for this rule, so kleene and flagIf cannot disagree on it.
 */
function decidesToConfirm(value: string, flag: string, dominant: 'TRUE' | 'FALSE'): string {
  return flag === 'false' ? `(${value} IS NOT ${dominant})` : `(${value} IS NOT ${dominant} OR ${flag})`;
}

/** Kleene all/any with the interpreter’s confirmation rule (as in the batch compiler, compileRight). */
function kleene(args: Fragment[], dominant: 'TRUE' | 'FALSE'): Fragment {
  const v = `(${args.map((a) => a.v).join(dominant === 'FALSE' ? ' AND ' : ' OR ')})`;
  const all = orU(args.map((a) => a.u));
  if (all === 'false') return { v, u: 'false' };
  const deciding = args.map((a) => decidesToConfirm(a.v, a.u, dominant));
  return { v, u: `(CASE WHEN ${v} IS ${dominant} THEN (${deciding.join(' AND ')}) ELSE ${all} END)` };
}

function datePart(part: 'year' | 'month' | 'day', d: string): string {
  return `date_part('${part}', ${d})`;
}

/** The visitor table: one entry per primitive kind, checked complete by the compiler. */
const VISIT: { [K in keyof NodeKindTable<unknown>]: Visit<K> } = {
  constant: (node, _s, c) => {
    if (node.type === 'date') return { v: `'${fromDays(node.value as number)}'::date`, u: 'false' };
    if (typeof node.value === 'string') return { v: c.param(node.value), u: 'false' };
    if (typeof node.value === 'boolean') return { v: node.value ? 'TRUE' : 'FALSE', u: 'false' };
    return { v: num(node.value), u: 'false' };
  },
  parameter: (node, _s, c) => {
    if (node.ref.type === 'date') return { v: `$${QUERY_PARAMETER.date}::date`, u: 'false' };
    const value = resolveParameter(c.catalog, node.ref, c.date);
    return { v: node.type === 'date' ? `'${fromDays(value)}'::date` : num(value), u: 'false' };
  },
  fact: (node, scope, c) => c.fact(node, scope),
  compare: (node, scope, c) => {
    const [a, b] = [c.visit(node.left, scope), c.visit(node.right, scope)];
    return { v: `(${a.v} ${COMPARE_SQL[node.op]} ${b.v})`, u: orU([a.u, b.u]) };
  },
  arithmetic: (node, scope, c) => {
    const [a, b] = node.args.map((n) => c.visit(n, scope)) as [Fragment, Fragment];
    const u = orU([a.u, b.u]);
    const nullable = [a.v, b.v].filter((v) => !LITERAL.test(v));
    const bothKnown = nullable.length ? nullable.map((v) => `${v} IS NULL`).join(' OR ') : 'FALSE';
    switch (node.op) {
      case '+':
      case '-':
      case '*':
        return { v: `(${a.v} ${node.op} ${b.v})`, u };
      case '/':
        return { v: `(${a.v} / NULLIF(${b.v}, 0))`, u };
      case 'min':
        return { v: `(CASE WHEN ${bothKnown} THEN NULL ELSE LEAST(${a.v}, ${b.v}) END)`, u };
      case 'max':
        return { v: `(CASE WHEN ${bothKnown} THEN NULL ELSE GREATEST(${a.v}, ${b.v}) END)`, u };
      case 'round':
        return { v: `(floor(${a.v} * (10::float8 ^ ${b.v}) + 0.5::float8) / (10::float8 ^ ${b.v}))`, u };
      case 'years_between':
        return {
          v: `((${datePart('year', b.v)} - ${datePart('year', a.v)}) - (CASE WHEN ${datePart('month', b.v)} * 100 + ${datePart('day', b.v)} < ${datePart('month', a.v)} * 100 + ${datePart('day', a.v)} THEN 1 ELSE 0 END))`,
          u,
        };
      case 'months_between':
        return {
          v: `((${datePart('year', b.v)} - ${datePart('year', a.v)}) * 12 + (${datePart('month', b.v)} - ${datePart('month', a.v)}) - (CASE WHEN ${datePart('day', b.v)} < ${datePart('day', a.v)} THEN 1 ELSE 0 END))`,
          u,
        };
      default:
        throw new UnreachableCaseError(node.op);
    }
  },
  logic: (node, scope, c) => {
    const args = node.args.map((n) => c.visit(n, scope));
    switch (node.op) {
      case 'all':
        return kleene(args, 'FALSE');
      case 'any':
        return kleene(args, 'TRUE');
      case 'not':
        return { v: `(NOT ${args[0]!.v})`, u: args[0]!.u };
      case 'known':
        return { v: `(${args[0]!.v} IS NOT NULL)`, u: 'false' };
      case 'if': {
        const [k, a, b] = args as [Fragment, Fragment, Fragment];
        // A scale nests an if per bracket whose conditions all rest on the same facts: when both
        // branches give the same flag, no CASE (which would walk the whole scale a second time).
        const same = (x: string) => x === 'false' || x === k.u || x === `(${k.u})`;
        const [ua, ub] = [a.u, b.u].map((x) => (same(x) ? orU([k.u]) : orU([k.u, x]))) as [string, string];
        const u = ua === ub ? ua : `(CASE WHEN ${k.v} THEN ${ua} ELSE ${ub} END)`;
        // A simple CASE evaluates the condition once (a scale of 21 brackets nests 21 of these);
        // an unknown condition matches neither branch, so the value is unknown.
        return { v: `(CASE ${k.v} WHEN TRUE THEN ${a.v} WHEN FALSE THEN ${b.v} END)`, u };
      }
      default:
        throw new UnreachableCaseError(node.op);
    }
  },
  aggregate: (node, scope, c) => compileAggregate(node, scope, c),
  right: (node, scope, c) => c.right(node, scope),
};

/** Compiles core nodes to PostgreSQL, collecting parameters (the first ones at QUERY_PARAMETER). */
export class SqlCompiler {
  readonly parameters: unknown[];
  private aliases = 0;

  constructor(
    readonly catalog: Catalog,
    readonly date: number,
    readonly tables: SqlTables,
    readonly provenance: boolean,
    /** Stage columns (qualified by their stage step's alias) holding household-level right outcomes already computed. */
    readonly rightColumns: Map<string, { e: string; u: string }>,
    /** Aggregates computed once per household in a grouped pass: columns by node key. */
    readonly hoisted: Map<string, { v: string; u: string }> = new Map(),
  ) {
    this.parameters = [];
    this.parameters[QUERY_PARAMETER.date - 1] = fromDays(date);
    // All households unless rangeParameters (ranges.ts) bounds a run to one range of them.
    this.parameters[QUERY_PARAMETER.rangeFrom - 1] = null;
    this.parameters[QUERY_PARAMETER.rangeTo - 1] = null;
  }

  /** Household-level expressions computed once per household as row columns (hoist.ts): columns by node key. */
  readonly rowHoisted = new Map<string, { v: string; u: string }>();

  /** Compiles a node. */
  visit(node: CoreNode, scope: SqlScope): Fragment {
    if (this.rowHoisted.size) {
      const col = this.rowHoisted.get(nodeKey(node));
      if (col) return { v: `${scope.row}.${col.v}`, u: col.u === 'false' ? 'false' : `${scope.row}.${col.u}` };
    }
    return (VISIT[node.kind] as Visit<typeof node.kind>)(node as never, scope, this);
  }

  /**
   * The confirmation flag of a condition where its value is already known to be `value` (the
   * status of a right reads the flag only when the condition holds): no CASE that evaluates the
   * condition again to learn which branch applies, and below an all/any whose value is known the
   * operands' flags are simplified the same way. Gives the same flag as `visit(node).u` there.
   */
  flagIf(node: CoreNode, scope: SqlScope, value: boolean | null): string {
    const whole = this.visit(node, scope);
    if (whole.u === 'false' || whole.u.startsWith(`${scope.row}.`) || node.kind !== 'logic') return whole.u;
    if (node.op === 'not') return this.flagIf(node.args[0]!, scope, value === null ? null : !value);
    if (node.op !== 'all' && node.op !== 'any') return whole.u;
    // Unknown: the flags of all operands, whatever their values.
    if (value === null) return orU(node.args.map((a) => this.visit(a, scope).u));
    const dominant = node.op === 'all' ? false : true;
    if (value !== dominant) return orU(node.args.map((a) => this.flagIf(a, scope, value)));
    const sql = dominant ? 'TRUE' : 'FALSE';
    return `(${node.args
      .map((a) => {
        const f = this.visit(a, scope);
        return decidesToConfirm(f.v, f.u === 'false' ? 'false' : this.flagIf(a, scope, dominant), sql);
      })
      .join(' AND ')})`;
  }

  /**
   * The confirmation flag of a condition whose value is `value` (a column, or the condition
   * itself evaluated once more): one simple CASE on that value picks the flag for it (flagIf),
   * instead of every all/any testing its own value and its operands' again.
   */
  flagOf(node: CoreNode, scope: SqlScope, value: string): string {
    const u = this.visit(node, scope).u;
    if (u === 'false' || u.startsWith(`${scope.row}.`) || node.kind !== 'logic' || (node.op !== 'all' && node.op !== 'any' && node.op !== 'not')) return u;
    return `(CASE ${value} WHEN TRUE THEN ${this.flagIf(node, scope, true)} WHEN FALSE THEN ${this.flagIf(node, scope, false)} ELSE ${this.flagIf(node, scope, null)} END)`;
  }

  private texts = new Map<string, string>();

  /** A text parameter (one per distinct text: a condition compiled again reuses it). */
  param(value: string): string {
    let ref = this.texts.get(value);
    if (ref === undefined) {
      this.parameters.push(value);
      ref = `$${this.parameters.length}::text`;
      this.texts.set(value, ref);
    }
    return ref;
  }

  /** A fresh alias for a correlated subquery. */
  alias(prefix: string): string {
    return `${prefix}${++this.aliases}`;
  }

  /** The household columns and the aanvrager's person columns the compiled SQL reads (the row carries only these). */
  readonly usedColumns = { household: new Set<string>(), aanvrager: new Set<string>() };

  /** A fact column, with its confirmation flag from the provenance columns. */
  fact(node: NodeOf<'fact'>, scope: SqlScope): Fragment {
    const aanvrager = node.scope === 'person' && scope.person === null;
    const table = node.scope === 'household' || aanvrager ? scope.row : node.scope === 'person' ? scope.person! : scope.it!;
    const used = aanvrager ? this.usedColumns.aanvrager : node.scope === 'household' ? this.usedColumns.household : null;
    const column = (name: string) => (used?.add(name), `${table}.${ident(aanvrager ? `a__${name}` : name)}`);
    if (node.fact === ROLE_FACT) return { v: aanvrager ? `(CASE WHEN ${scope.row}."a__ordinal" IS NOT NULL THEN 'aanvrager' END)` : `${table}.role`, u: 'false' };
    const v = column(node.fact);
    if (!this.provenance) return { v, u: 'false' };
    const fresh = this.catalog.vocabulary.facts.get(node.fact)?.freshness_days;
    const stale = fresh === undefined ? '' : ` OR coalesce(${column(node.fact + OBSERVED)} < $${QUERY_PARAMETER.date}::date - ${Math.round(fresh)}, false)`;
    return { v, u: `(coalesce(${column(node.fact + SELF_DECLARED)}, false)${stale})` };
  }

  /** Another right's outcome: a stage column, or (a person right for one member) its condition inlined. */
  right(node: NodeOf<'right'>, scope: SqlScope): Fragment {
    const target = this.catalog.rights.get(node.right)!;
    if (target.subject === 'household' || node.scope === 'household') {
      const col = this.rightColumns.get(node.right)!;
      return { v: col.e, u: this.provenance ? col.u : 'false' };
    }
    const alias = node.scope === 'person' ? scope.person! : scope.it!;
    const inner = this.visit(target.eligibility, { row: scope.row, person: alias, it: null });
    if (!target.appliesTo) return inner;
    const applies = `${alias}.role IN (${target.appliesTo.map((r) => `'${r}'`).join(', ')})`;
    return { v: `(CASE WHEN ${applies} THEN ${inner.v} ELSE FALSE END)`, u: inner.u === 'false' ? 'false' : `(${applies} AND ${inner.u})` };
  }
}
