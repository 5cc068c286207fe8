import type { AggregateOp } from '../core/kinds/aggregate.ts';
import { ROLE_FACT } from '../core/kinds/fact.ts';
import type { CoreNode } from '../core/nodes.ts';
import type { Expr } from '../syntax/ast.ts';
import { compare, expect, expectNumeric, factNode, rewrite, type RewriteScope } from './rewrite.ts';
import { arithmeticType } from './typing.ts';

type Call = Extract<Expr, { type: 'call' }>;

const FUNCTIONS = 'age, years_between, months_between, min, max, round, known, right, scale, count, sum, any, all';

/** Rewrites a function call of the surface language into core nodes. */
export function rewriteCall(call: Call, s: RewriteScope): CoreNode | null {
  if (call.roles) return aggregate(call, call.roles, s);
  const pos = s.pos(call.at);
  switch (call.name) {
    case 'age': {
      const who = call.args[0];
      if (call.args.length !== 1 || who?.type !== 'name' || who.parts.length !== 1 || !['person', 'it'].includes(who.parts[0]!)) {
        s.report('expression-syntax', call.at, 'age(…) needs whose age', 'age(person) or age(it)');
        return null;
      }
      const birth = factNode(who.parts[0] as 'person' | 'it', 'date_of_birth', who.at, s);
      if (!birth) return null;
      return { kind: 'arithmetic', op: 'years_between', args: [birth, { kind: 'parameter', ref: { type: 'date' }, type: 'date', pos }], type: 'number', pos };
    }
    case 'years_between':
    case 'months_between': {
      const args = arity(call, 2, s);
      if (!args || !args.every((a, i) => expect(a, 'date', call.args[i]!.at, s))) return null;
      return { kind: 'arithmetic', op: call.name, args, type: 'number', pos };
    }
    case 'min':
    case 'max': {
      const args = arity(call, 2, s);
      if (!args || !args.every((a, i) => expectNumeric(a, call.args[i]!.at, s))) return null;
      return { kind: 'arithmetic', op: call.name, args, type: arithmeticType(call.name, args[0]!.type, args[1]!.type), pos };
    }
    case 'round': {
      const args = arity(call, 2, s);
      if (!args || !expectNumeric(args[0]!, call.args[0]!.at, s)) return null;
      const digits = args[1]!;
      if (digits.kind !== 'constant' || !Number.isInteger(digits.value)) {
        s.report('type-error', call.args[1]!.at, 'the number of decimals of round(…) is not a whole number', 'round(<amount>, 2)');
        return null;
      }
      return { kind: 'arithmetic', op: 'round', args, type: args[0]!.type, pos };
    }
    case 'known': {
      const args = arity(call, 1, s);
      return args ? { kind: 'logic', op: 'known', args, type: 'boolean', pos } : null;
    }
    case 'right':
      return rightReference(call, s);
    case 'scale':
      return scale(call, s);
    default:
      s.report('unknown-name', call.at, `unknown function "${call.name}"`, `one of ${FUNCTIONS}`);
      return null;
  }
}

function arity(call: Call, n: number, s: RewriteScope): CoreNode[] | null {
  if (call.args.length !== n) {
    s.report('expression-syntax', call.at, `${call.name}(…) takes ${n} argument${n > 1 ? 's' : ''}, found ${call.args.length}`, `${n} argument${n > 1 ? 's' : ''}`);
    return null;
  }
  const args = call.args.map((a) => rewrite(a, s));
  return args.every((a) => a) ? (args as CoreNode[]) : null;
}

function rightReference(call: Call, s: RewriteScope): CoreNode | null {
  const arg = call.args[0];
  if (call.args.length !== 1 || arg?.type !== 'name' || arg.parts.length !== 1) {
    s.report('expression-syntax', call.at, 'right(…) needs the id of one right', 'right(<right-id>), e.g. right(leefloon)');
    return null;
  }
  const id = arg.parts[0]!;
  const target = s.symbols.rights.get(id);
  if (!target) {
    s.report('unknown-right', arg.at, `there is no right "${id}"`, 'the id of a right in the catalogue');
    return null;
  }
  s.rightRefs.push({ id, at: arg.at });
  const scope = target.subject === 'household' ? 'household' : s.inAggregate ? 'it' : s.subject === 'person' ? 'person' : 'household';
  return { kind: 'right', right: id, scope, type: 'boolean', pos: s.pos(call.at) };
}

/** scale(v, p): marginal rates become a sum of slices, fixed amounts a chain of choices. */
function scale(call: Call, s: RewriteScope): CoreNode | null {
  const [valueExpr, paramExpr] = call.args;
  const pos = s.pos(call.at);
  if (call.args.length !== 2 || paramExpr?.type !== 'name' || paramExpr.parts.length > 2) {
    s.report('expression-syntax', call.at, 'scale(…) needs an amount and a scale parameter', 'scale(<amount>, <scale parameter>)');
    return null;
  }
  const [right, name] = paramExpr.parts.length === 2 ? (paramExpr.parts as [string, string]) : [s.self, paramExpr.parts[0]!];
  const param = s.symbols.rights.get(right)?.parameters.get(name);
  if (!param?.scale) {
    s.report('type-error', paramExpr.at, `"${paramExpr.parts.join('.')}" is not a scale parameter`, 'a parameter whose values are lists of { above, rate } or { above, amount }');
    return null;
  }
  const value = valueExprNode(valueExpr!, s);
  if (!value) return null;
  const n = Math.max(...param.values.map((v) => (Array.isArray(v.value) ? v.value.length : 0)));
  const field = (index: number, f: 'above' | 'rate' | 'amount'): CoreNode => ({
    kind: 'parameter',
    ref: { type: 'bracket', right, name, index, field: f },
    type: f === 'rate' ? 'number' : 'money',
    pos,
  });
  const zero: CoreNode = { kind: 'constant', value: 0, type: 'number', pos };
  const arith = (op: '+' | '-' | '*' | 'min' | 'max', a: CoreNode, b: CoreNode): CoreNode => ({ kind: 'arithmetic', op, args: [a, b], type: 'money', pos });
  if (param.scale === 'amount') {
    let out: CoreNode = zero;
    for (let i = 0; i < n; i++) {
      const reached: CoreNode = { kind: 'compare', op: '>=', left: value, right: field(i, 'above'), type: 'boolean', pos };
      out = { kind: 'logic', op: 'if', args: [reached, field(i, 'amount'), out], type: 'money', pos };
    }
    return out;
  }
  let sum: CoreNode | null = null;
  for (let i = 0; i < n; i++) {
    const top = i + 1 < n ? arith('min', value, field(i + 1, 'above')) : value;
    const slice = arith('*', field(i, 'rate'), arith('max', zero, arith('-', top, field(i, 'above'))));
    sum = sum ? arith('+', sum, slice) : slice;
  }
  return sum ?? zero;
}

function valueExprNode(expr: Expr, s: RewriteScope): CoreNode | null {
  const node = rewrite(expr, s);
  return node && expectNumeric(node, expr.at, s) ? node : null;
}

/** count/sum/min/max/any/all over members: the role filter becomes a `where` on it.$role. */
function aggregate(call: Call, roles: string[], s: RewriteScope): CoreNode | null {
  const pos = s.pos(call.at);
  if (s.inAggregate) {
    s.report('expression-syntax', call.at, `${call.name}(…) inside another aggregate`, 'aggregates over members that are not nested');
    return null;
  }
  const op = call.name as AggregateOp;
  const needsOf = op !== 'count';
  if (call.args.length > 1 || (needsOf && call.args.length !== 1)) {
    s.report('expression-syntax', call.at, `${op}(…) takes a role filter and ${needsOf ? 'one expression' : 'at most one condition'}`, `${op}(<roles>${needsOf ? ', <expression>' : ''})`);
    return null;
  }
  const inner: RewriteScope = { ...s, inAggregate: true };
  const of = call.args[0] ? rewrite(call.args[0], inner) : null;
  if (call.args[0] && !of) return null;
  if (of) {
    const wanted = op === 'count' || op === 'any' || op === 'all' ? 'boolean' : 'number';
    if (!(wanted === 'boolean' ? expect(of, 'boolean', call.args[0]!.at, s) : expectNumeric(of, call.args[0]!.at, s))) return null;
  }
  let where: CoreNode | null = null;
  if (roles[0] !== '*') {
    const role: CoreNode = { kind: 'fact', scope: 'it', fact: ROLE_FACT, type: 'string', pos };
    const tests = roles.map((r) => compare('=', role, { kind: 'constant', value: r, type: 'string', pos }, call.at, s) as CoreNode);
    where = tests.length === 1 ? tests[0]! : { kind: 'logic', op: 'any', args: tests, type: 'boolean', pos };
  }
  const type = op === 'count' ? 'number' : op === 'any' || op === 'all' ? 'boolean' : of!.type;
  return { kind: 'aggregate', op, where, of, type, pos };
}
