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
 */
export function aggregateOver(node: NodeOf<'aggregate'>, w: Fragment, o: Fragment, m: string): Fragment {
  const included = `${w.v} IS NOT FALSE`;
  switch (node.op) {
    case 'count':
    case 'sum':
    case 'min':
    case 'max': {
      const unknown = `bool_or(${w.v} IS NULL OR (${w.v} AND ${o.v} IS NULL))`;
      const value =
        node.op === 'count'
          ? `count(*) FILTER (WHERE ${w.v} AND ${o.v})::float8`
          : node.op === 'sum'
            ? `coalesce(sum(${o.v} ORDER BY ${m}.ordinal) FILTER (WHERE ${w.v}), 0::float8)`
            : `${node.op}(${o.v}) FILTER (WHERE ${w.v})`;
      const empty = node.op === 'min' || node.op === 'max' ? ` OR count(*) FILTER (WHERE ${w.v}) = 0` : '';
      const v = (`CASE WHEN coalesce(${unknown}, false)${empty} THEN NULL ELSE ${value} END`);
      const uu = orU([w.u, o.u]);
      return { v, u: uu === 'false' ? 'false' : (`coalesce(bool_or(${uu}) FILTER (WHERE ${w.v}), false)`) };
    }
    case 'any': {
      const p = `(${w.v} AND ${o.v})`;
      const v = (`CASE WHEN bool_or(${p}) FILTER (WHERE ${included}) THEN TRUE WHEN bool_or(${p} IS NULL) FILTER (WHERE ${included}) THEN NULL ELSE FALSE END`);
      if (w.u === 'false' && o.u === 'false') return { v, u: 'false' };
      const pu = `(CASE WHEN ${p} THEN ${orU([w.u, o.u])} ELSE ${o.u} END)`;
      return {
        v,
        u: (`CASE WHEN bool_or(${p}) FILTER (WHERE ${included}) THEN bool_and(${pu}) FILTER (WHERE ${included} AND ${p}) ELSE coalesce(bool_or(${pu}) FILTER (WHERE ${included}), false) END`),
      };
    }
    case 'all': {
      const p = `(CASE WHEN ${o.v} THEN TRUE WHEN ${w.v} IS NULL OR ${o.v} IS NULL THEN NULL ELSE FALSE END)`;
      const v = (`CASE WHEN bool_or(${p} IS FALSE) FILTER (WHERE ${included}) THEN FALSE WHEN bool_or(${p} IS NULL) FILTER (WHERE ${included}) THEN NULL ELSE TRUE END`);
      if (o.u === 'false') return { v, u: 'false' };
      return {
        v,
        u: (`CASE WHEN bool_or(${p} IS FALSE) FILTER (WHERE ${included}) THEN bool_and(${o.u}) FILTER (WHERE ${included} AND ${p} IS FALSE) ELSE coalesce(bool_or(${o.u}) FILTER (WHERE ${included} AND ${p} IS NOT NULL), false) END`),
      };
    }
    default:
      throw new UnreachableCaseError(node.op);
  }
}
