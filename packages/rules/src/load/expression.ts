import { isScalar, type Node } from 'yaml';
import type { CoreNode } from '../core/nodes.ts';
import { loadError } from '../errors.ts';
import { parseExpression } from '../syntax/parser.ts';
import { ExpressionSyntaxError } from '../syntax/lexer.ts';
import type { ValueType } from '../types.ts';
import { rewrite, type RewriteScope, type Symbols } from './rewrite.ts';
import type { YamlSource } from './source.ts';
import { family, typeWords } from './typing.ts';

/** Where an expression of a right is read: which right, as household or person right. */
export interface ExpressionSite {
  src: YamlSource;
  self: string;
  subject: 'household' | 'person';
  symbols: Symbols;
  rightRefs: { id: string; at: number; file: string; line: number; column: number }[];
}

/**
 * Parses and rewrites the expression held by a YAML scalar, mapping offsets inside the
 * expression to file:line:column (the expression text is located in the raw source, so
 * quoted and plain scalars both point at the exact character).
 */
export function readExpression(node: Node | null, site: ExpressionSite, wanted: ValueType, what: string): CoreNode | null {
  const { src } = site;
  if (!isScalar(node) || node.value === null || typeof node.value === 'object') {
    src.fail('schema', node, `${what} has no expression`, 'an expression such as "age(person) >= 18"');
    return null;
  }
  const text = String(node.value);
  const start = node.range?.[0] ?? 0;
  const raw = src.file.text.slice(start, node.range?.[1] ?? start);
  const base = raw.indexOf(text) >= 0 ? start + raw.indexOf(text) : -1;
  const pos = (at: number) => {
    if (base >= 0) return src.at(base + at);
    const piece = text.slice(at, at + 12);
    const found = raw.indexOf(piece);
    return src.at(found >= 0 ? start + found : start);
  };
  let expr;
  try {
    expr = parseExpression(text);
  } catch (e) {
    if (!(e instanceof ExpressionSyntaxError)) throw e;
    src.errors.push(loadError('expression-syntax', pos(e.at), `${what}: ${e.message}`, e.expected));
    return null;
  }
  const scope: RewriteScope = {
    self: site.self,
    subject: site.subject,
    inAggregate: false,
    symbols: site.symbols,
    pos,
    report: (code, at, message, expected) => src.errors.push(loadError(code, pos(at), `${what}: ${message}`, expected)),
    rightRefs: [],
  };
  const core = rewrite(expr, scope);
  for (const ref of scope.rightRefs) site.rightRefs.push({ id: ref.id, at: ref.at, ...pos(ref.at) });
  if (core && family(core.type) !== family(wanted)) {
    src.errors.push(loadError('type-error', pos(0), `${what} gives ${typeWords(core.type)}`, typeWords(wanted)));
    return null;
  }
  return core;
}
