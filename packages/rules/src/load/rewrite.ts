import { UnreachableCaseError } from '../errors.ts';
import type { CompareOp } from '../core/kinds/compare.ts';
import { ROLE_FACT } from '../core/kinds/fact.ts';
import type { CoreNode } from '../core/nodes.ts';
import { toDays } from '../dates.ts';
import type { LoadErrorCode } from '../errors.ts';
import { factValueType, type FactsVocabulary } from '../facts/vocabulary.ts';
import type { Expr } from '../syntax/ast.ts';
import type { Position, ValueType } from '../types.ts';
import { rewriteCall } from './rewrite-calls.ts';
import type { ParameterDefinition } from './types.ts';
import { arithmeticType, family, typeWords } from './typing.ts';

/** What the rewriter knows about every right of the catalogue. */
export interface Symbols {
  vocabulary: FactsVocabulary;
  rights: Map<string, { subject: 'household' | 'person'; parameters: Map<string, ParameterDefinition> }>;
}

/** Where an expression is being rewritten, and how to report problems in it. */
export interface RewriteScope {
  self: string;
  subject: 'household' | 'person';
  inAggregate: boolean;
  symbols: Symbols;
  pos(at: number): Position;
  report(code: LoadErrorCode, at: number, message: string, expected?: string): void;
  /** Every right referenced with right(…), for dependencies and cycles. */
  rightRefs: { id: string; at: number }[];
}

/** Rewrites a surface expression into core nodes, checking names and types; null after an error. */
export function rewrite(expr: Expr, s: RewriteScope): CoreNode | null {
  const pos = s.pos(expr.at);
  switch (expr.type) {
    case 'num':
      return { kind: 'constant', value: expr.value, type: 'number', pos };
    case 'str':
      return { kind: 'constant', value: expr.value, type: 'string', pos };
    case 'bool':
      return { kind: 'constant', value: expr.value, type: 'boolean', pos };
    case 'date':
      return { kind: 'constant', value: toDays(expr.value), type: 'date', pos };
    case 'name':
      return rewriteName(expr.parts, expr.at, s);
    case 'call':
      return rewriteCall(expr, s);
    case 'unary': {
      const arg = rewrite(expr.arg, s);
      if (!arg) return null;
      if (expr.op === 'not') return expect(arg, 'boolean', expr.arg.at, s) ? { kind: 'logic', op: 'not', args: [arg], type: 'boolean', pos } : null;
      if (!expectNumeric(arg, expr.arg.at, s)) return null;
      return { kind: 'arithmetic', op: '-', args: [{ kind: 'constant', value: 0, type: 'number', pos }, arg], type: arg.type, pos };
    }
    case 'binary':
      return rewriteBinary(expr, s);
    case 'in': {
      const value = rewrite(expr.value, s);
      const items = expr.list.map((item) => rewrite(item, s));
      if (!value || items.some((i) => !i)) return null;
      const compares = (items as CoreNode[]).map((item, i) => compare('=', value, item, expr.list[i]!.at, s));
      if (compares.some((c) => !c)) return null;
      return { kind: 'logic', op: 'any', args: compares as CoreNode[], type: 'boolean', pos };
    }
    case 'if': {
      const [c, a, b] = [rewrite(expr.cond, s), rewrite(expr.then, s), rewrite(expr.else, s)];
      if (!c || !a || !b || !expect(c, 'boolean', expr.cond.at, s)) return null;
      if (family(a.type) !== family(b.type)) {
        s.report('type-error', expr.else.at, `"else" gives ${typeWords(b.type)} but "then" gives ${typeWords(a.type)}`, 'both branches of the same kind');
        return null;
      }
      const type = a.type === 'money' || b.type === 'money' ? 'money' : a.type;
      return { kind: 'logic', op: 'if', args: [c, a, b], type, pos };
    }
    default:
      throw new UnreachableCaseError(expr);
  }
}

function rewriteBinary(expr: Extract<Expr, { type: 'binary' }>, s: RewriteScope): CoreNode | null {
  const [left, right] = [rewrite(expr.left, s), rewrite(expr.right, s)];
  if (!left || !right) return null;
  const pos = s.pos(expr.at);
  switch (expr.op) {
    case 'and':
    case 'or': {
      if (!expect(left, 'boolean', expr.left.at, s) || !expect(right, 'boolean', expr.right.at, s)) return null;
      const op = expr.op === 'and' ? 'all' : 'any';
      const args = [left, right].flatMap((n) => (n.kind === 'logic' && n.op === op && !n.meta ? n.args : [n]));
      return { kind: 'logic', op, args, type: 'boolean', pos };
    }
    case '+':
    case '-':
    case '*':
    case '/':
      if (!expectNumeric(left, expr.left.at, s) || !expectNumeric(right, expr.right.at, s)) return null;
      return { kind: 'arithmetic', op: expr.op, args: [left, right], type: arithmeticType(expr.op, left.type, right.type), pos };
    default:
      return compare(expr.op, left, right, expr.at, s);
  }
}

/** Builds a comparison after checking both sides are of the same kind (and enum values exist). */
export function compare(op: CompareOp, left: CoreNode, right: CoreNode, at: number, s: RewriteScope): CoreNode | null {
  if (family(left.type) !== family(right.type)) {
    s.report('type-error', at, `cannot compare ${typeWords(left.type)} with ${typeWords(right.type)}`, 'two values of the same kind: amounts and numbers, dates, texts or truth values');
    return null;
  }
  if (op !== '=' && op !== '!=' && (left.type === 'boolean' || left.type === 'string')) {
    s.report('type-error', at, `"${op}" cannot order ${typeWords(left.type)}`, '"=" or "!=" for texts and truth values');
    return null;
  }
  for (const [fact, other] of [[left, right], [right, left]] as const) {
    if (fact.kind !== 'fact' || other.kind !== 'constant') continue;
    const values = s.symbols.vocabulary.facts.get(fact.fact)?.values;
    if (values && !values.includes(String(other.value))) {
      s.report('type-error', at, `'${other.value}' is not a value of ${fact.fact}`, `one of ${values.join(', ')}`);
      return null;
    }
  }
  return { kind: 'compare', op, left, right, type: 'boolean', pos: s.pos(at) };
}

function rewriteName(parts: string[], at: number, s: RewriteScope): CoreNode | null {
  const pos = s.pos(at);
  const [first, second] = parts as [string, string | undefined];
  if (parts.length === 1 && first === 'date') return { kind: 'parameter', ref: { type: 'date' }, type: 'date', pos };
  if (parts.length === 2 && (first === 'person' || first === 'household' || first === 'it')) return factNode(first, second!, at, s);
  if (parts.length === 1) return parameterNode(s.self, first, at, s);
  if (parts.length === 2) {
    if (!s.symbols.rights.has(first)) {
      s.report('unknown-right', at, `there is no right "${first}"`, 'the id of a right in the catalogue, or person./household./it. before a fact');
      return null;
    }
    return parameterNode(first, second!, at, s);
  }
  s.report('unknown-name', at, `"${parts.join('.')}" is not a name the language knows`, 'a parameter, <right>.<parameter>, person.<fact>, household.<fact>, it.<fact> or date');
  return null;
}

/** A fact read, checked against the vocabulary and the scope. */
export function factNode(scope: 'person' | 'household' | 'it', fact: string, at: number, s: RewriteScope): CoreNode | null {
  if (scope === 'it' && !s.inAggregate) {
    s.report('unknown-name', at, '"it" is used outside count/sum/min/max/any/all', 'it.<fact> only inside an aggregate over members');
    return null;
  }
  if (fact === 'role' && !s.symbols.vocabulary.facts.has('role')) return { kind: 'fact', scope, fact: ROLE_FACT, type: 'string', pos: s.pos(at) };
  const def = s.symbols.vocabulary.facts.get(fact);
  if (!def) {
    s.report('unknown-fact', at, `unknown fact "${fact}"`, `a fact declared in facts.yaml${suggest(fact, [...s.symbols.vocabulary.facts.keys()])}`);
    return null;
  }
  const wanted = scope === 'household' ? 'household' : 'person';
  if (def.entity !== wanted) {
    s.report('unknown-fact', at, `"${fact}" is a ${def.entity} fact, read here as a ${wanted} fact`, `${def.entity === 'household' ? 'household' : 'person or it'}.${fact}`);
    return null;
  }
  return { kind: 'fact', scope, fact, type: factValueType(def), pos: s.pos(at) };
}

function parameterNode(right: string, name: string, at: number, s: RewriteScope): CoreNode | null {
  const param = s.symbols.rights.get(right)?.parameters.get(name);
  if (!param) {
    const known = [...(s.symbols.rights.get(right)?.parameters.keys() ?? [])];
    s.report('unknown-name', at, `"${name}" is not a parameter of ${right}`, `a parameter declared under "parameters:"${suggest(name, known)}, person.<fact>, household.<fact> or date`);
    return null;
  }
  if (param.scale) {
    s.report('type-error', at, `"${name}" is a scale and can only be used in scale(…)`, `scale(<amount>, ${name})`);
    return null;
  }
  return { kind: 'parameter', ref: { type: 'value', right, name }, type: unitType(param.unit), pos: s.pos(at) };
}

/** The value type of a parameter unit. */
export function unitType(unit: ParameterDefinition['unit']): ValueType {
  return unit === 'EUR' ? 'money' : unit === 'date' ? 'date' : 'number';
}

/** Checks a node has a type; reports what was found otherwise. */
export function expect(node: CoreNode, type: ValueType, at: number, s: RewriteScope): boolean {
  if (family(node.type) === family(type)) return true;
  s.report('type-error', at, `found ${typeWords(node.type)}`, typeWords(type));
  return false;
}

/** Checks a node is a number or an amount. */
export function expectNumeric(node: CoreNode, at: number, s: RewriteScope): boolean {
  if (family(node.type) === 'numeric') return true;
  s.report('type-error', at, `found ${typeWords(node.type)} in arithmetic`, 'a number or an amount');
  return false;
}

function suggest(name: string, known: string[]): string {
  const close = known.filter((k) => k.includes(name) || name.includes(k) || k.split('_')[0] === name.split('_')[0]).slice(0, 3);
  return close.length ? ` (did you mean ${close.join(', ')}?)` : '';
}
