import { UnreachableCaseError } from '../errors.ts';
import type { NodeOf } from '../core/nodes.ts';
import type { SqlCompiler } from './compiler.ts';
import { orU, type Fragment, type SqlScope } from './fragment.ts';
import { nodeKey } from '../core/key.ts';
import { ident } from './schema.ts';

/**
 * An aggregate over members as correlated subqueries on the persons table, ordered by the
 * members' ordinal (so sums add in the interpreter's order), with its three-valued rules:
 * a member whose `where` is unknown makes count/sum/min/max unknown; any/all are Kleene
 * or/and over the members.
 */
export function compileAggregate(node: NodeOf<'aggregate'>, scope: SqlScope, c: SqlCompiler): Fragment {
  const hoisted = c.hoisted.get(nodeKey(node));
  if (hoisted) return { v: `${scope.row}.${hoisted.v}`, u: hoisted.u === 'false' ? 'false' : `${scope.row}.${hoisted.u}` };
  const m = c.alias('m');
  const owner = scope.person ?? scope.row;
  const parts = aggregateSelects(node, { row: scope.row, person: scope.person, it: m }, m, c);
  const sub = (select: string) => `(SELECT ${select} FROM ${ident(c.tables.persons)} ${m} WHERE ${m}.household_id = ${owner}.household_id)`;
  return { v: sub(parts.v), u: parts.u === 'false' ? 'false' : sub(parts.u) };
}

/**
 * The aggregate expressions over member rows aliased `m` (value and confirmation flag), for
 * a correlated subquery or for one grouped pass over all members of all households.
 */
export function aggregateSelects(node: NodeOf<'aggregate'>, inner: SqlScope, m: string, c: SqlCompiler): Fragment {
  const w: Fragment = node.where ? c.visit(node.where, inner) : { v: 'TRUE', u: 'false' };
  const o: Fragment = node.of ? c.visit(node.of, inner) : { v: 'TRUE', u: 'false' };
  return aggregateOver(node, w, o, m);
}

/**
 * The aggregate expressions given its compiled `where` (w) and `of` (o) per member; `m` is
 * the alias whose `ordinal` orders a sum. The grouped pass passes member columns computed
 * once in an inner query, because these expressions repeat w and o several times.
 *
 * The three-valued bookkeeping of each member (unknown, to confirm, included, decided) is
 * packed into the bits of one integer per member and combined with a single bit_or, instead
 * of one bool_or/bool_and per question: the grouped pass over all members computes some fifty
 * aggregates, and each aggregate call costs time for every member.
 */
export function aggregateOver(node: NodeOf<'aggregate'>, w: Fragment, o: Fragment, m: string): Fragment {
  const bit = (u: string, b: number) => (u === 'false' ? '0' : `(CASE WHEN ${u} THEN ${b} ELSE 0 END)`);
  switch (node.op) {
    case 'count':
    case 'sum':
    case 'min':
    case 'max': {
      // bits: 1 = a member whose where is unknown, or included with an unknown of;
      // 2 = an included member rests on facts to confirm; 4 = an included member.
      const uu = orU([w.u, o.u]);
      const bits = `bit_or(CASE ${w.v} WHEN TRUE THEN 4 + (CASE WHEN ${o.v} IS NULL THEN 1 ELSE 0 END) + ${bit(uu, 2)} WHEN FALSE THEN 0 ELSE 1 END)`;
      const value =
        node.op === 'count'
          ? `count(*) FILTER (WHERE ${w.v} AND ${o.v})::float8`
          : node.op === 'sum'
            ? `coalesce(sum(${o.v} ORDER BY ${m}.ordinal) FILTER (WHERE ${w.v}), 0::float8)`
            : `${node.op}(${o.v}) FILTER (WHERE ${w.v})`;
      const empty = node.op === 'min' || node.op === 'max' ? ` OR coalesce(${bits} & 4 = 0, true)` : '';
      const v = `CASE WHEN coalesce(${bits} & 1 <> 0, false)${empty} THEN NULL ELSE ${value} END`;
      return { v, u: uu === 'false' ? 'false' : `coalesce(${bits} & 2 <> 0, false)` };
    }
    case 'any':
    case 'all': {
      // Over the members the where may include: bits 1 = a member decides (of true for any,
      // false for all), 2 = a member is unknown, 4 = a member that is not unknown rests on
      // facts to confirm, 8 = a deciding member does not.
      const any = node.op === 'any';
      const p = any ? `(${w.v} AND ${o.v})` : `(CASE WHEN ${o.v} THEN TRUE WHEN ${w.v} IS NULL OR ${o.v} IS NULL THEN NULL ELSE FALSE END)`;
      const decidingU = any ? orU([w.u, o.u]) : o.u;
      const live = decidingU !== 'false' || o.u !== 'false';
      const deciding = live ? `1 + ${decidingU === 'false' ? '8' : `(CASE WHEN ${decidingU} THEN 4 ELSE 8 END)`}` : '1';
      const other = bit(`coalesce(${o.u}, false)`, 4);
      const code = `(CASE WHEN ${w.v} IS FALSE THEN 0 ELSE (CASE ${p} WHEN ${any ? 'TRUE' : 'FALSE'} THEN ${deciding} WHEN ${any ? 'FALSE' : 'TRUE'} THEN ${o.u === 'false' ? '0' : other} ELSE ${any && o.u !== 'false' ? `2 + ${other}` : '2'} END) END)`;
      const bits = `bit_or(${code})`;
      const [decided, other_] = any ? ['TRUE', 'FALSE'] : ['FALSE', 'TRUE'];
      const v = `CASE WHEN ${bits} & 1 <> 0 THEN ${decided} WHEN ${bits} & 2 <> 0 THEN NULL ELSE ${other_} END`;
      if (!live) return { v, u: 'false' };
      return { v, u: `(CASE WHEN ${bits} & 1 <> 0 THEN ${bits} & 8 = 0 ELSE coalesce(${bits} & 4 <> 0, false) END)` };
    }
    default:
      throw new UnreachableCaseError(node.op);
  }
}
