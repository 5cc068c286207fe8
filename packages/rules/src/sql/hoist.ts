import type { RightDefinition } from '../load/types.ts';
import { nodeKey } from '../core/key.ts';
import type { CoreNode } from '../core/nodes.ts';
import type { SqlCompiler } from './compiler.ts';

/**
 * Household-level parts of person rights, computed once per household as columns of the stage
 * row instead of once per member (and again inside every confirmation flag that repeats
 * them): an income ceiling read from a 21-bracket scale over the household size is the same
 * for every member. Returns the columns to add to the row (`alias` is the row's alias there);
 * from then on the compiler reads these columns wherever the same expression occurs.
 */
export function hoistRowExpressions(rights: RightDefinition[], c: SqlCompiler, alias: string): string[] {
  const found = new Map<string, CoreNode>();
  const walk = (node: CoreNode): void => {
    if (node.kind === 'fact' || node.kind === 'constant' || node.kind === 'parameter' || node.kind === 'right') return;
    if (node.kind === 'aggregate') {
      if (c.hoisted.has(nodeKey(node))) return;
      [node.where, node.of].forEach((n) => n && walk(n));
      return;
    }
    if (rowOnly(node, c) && readsData(node)) {
      found.set(nodeKey(node), node);
      return;
    }
    if (node.kind === 'compare') [node.left, node.right].forEach(walk);
    else node.args.forEach(walk);
  };
  for (const right of rights) if (right.subject === 'person') [right.eligibility, right.amount?.expr].forEach((n) => n && walk(n));
  const columns: string[] = [];
  const compiled = new Map<string, { v: string; u: string }>();
  let k = 0;
  for (const [key, node] of found) {
    const f = c.visit(node, { row: alias, person: null, it: null });
    columns.push(`${f.v} AS h${k}_v`);
    if (f.u !== 'false') columns.push(`${f.u} AS h${k}_u`);
    compiled.set(key, { v: `h${k}_v`, u: f.u === 'false' ? 'false' : `h${k}_u` });
    k++;
  }
  // Registered only now: the columns above are computed from the row, not from each other.
  for (const [key, col] of compiled) c.rowHoisted.set(key, col);
  return columns;
}

/** True when a node reads only the household's own facts and aggregates computed per household. */
function rowOnly(node: CoreNode, c: SqlCompiler): boolean {
  switch (node.kind) {
    case 'fact':
      return node.scope === 'household';
    case 'constant':
    case 'parameter':
      return true;
    case 'right':
      return false;
    case 'aggregate':
      return c.hoisted.has(nodeKey(node));
    case 'compare':
      return rowOnly(node.left, c) && rowOnly(node.right, c);
    default:
      return node.args.every((n) => rowOnly(n, c));
  }
}

/** True when a node reads a fact or an aggregate (a node of constants is folded where it is used). */
function readsData(node: CoreNode): boolean {
  switch (node.kind) {
    case 'fact':
    case 'aggregate':
      return true;
    case 'constant':
    case 'parameter':
    case 'right':
      return false;
    case 'compare':
      return readsData(node.left) || readsData(node.right);
    default:
      return node.args.some(readsData);
  }
}
