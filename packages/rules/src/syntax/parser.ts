import { UnreachableCaseError } from '../errors.ts';
import { MEMBER_ROLES } from '../types.ts';
import type { BinaryOp, Expr } from './ast.ts';
import { ExpressionSyntaxError, tokenize, type Token } from './lexer.ts';

/** Functions whose first argument is a role filter (`*`, `kind`, `aanvrager|partner`). */
const AGGREGATES = ['count', 'sum', 'min', 'max', 'any', 'all'];
const COMPARE_OPS = ['=', '!=', '<', '<=', '>', '>='];

/** Parses an expression; throws {@link ExpressionSyntaxError} with the offset of the problem. */
export function parseExpression(source: string): Expr {
  const p = new Parser(tokenize(source));
  const expr = p.expr();
  p.expectEnd();
  return expr;
}

class Parser {
  private i = 0;
  constructor(private readonly tokens: Token[]) {}

  private peek(offset = 0): Token {
    return this.tokens[Math.min(this.i + offset, this.tokens.length - 1)]!;
  }
  private next(): Token {
    const t = this.peek();
    this.i++;
    return t;
  }
  private isWord(word: string): boolean {
    return this.peek().type === 'ident' && this.peek().text === word;
  }
  private isOp(op: string): boolean {
    return this.peek().type === 'op' && this.peek().text === op;
  }
  private expectOp(op: string): void {
    if (!this.isOp(op)) this.fail(`"${op}"`);
    this.i++;
  }
  private expectWord(word: string): void {
    if (!this.isWord(word)) this.fail(`"${word}"`);
    this.i++;
  }
  private fail(expected: string): never {
    const t = this.peek();
    const message = t.type === 'end' ? 'the expression ends too soon' : `unexpected "${t.text}"`;
    throw new ExpressionSyntaxError(message, t.at, expected);
  }
  expectEnd(): void {
    if (this.peek().type !== 'end') this.fail('an operator or the end of the expression');
  }

  expr(): Expr {
    if (this.isWord('if')) {
      const at = this.next().at;
      const cond = this.expr();
      this.expectWord('then');
      const then = this.expr();
      this.expectWord('else');
      return { type: 'if', cond, then, else: this.expr(), at };
    }
    return this.binary(0);
  }

  /** Precedence climbing: or < and < comparison < + - < * /. */
  private binary(level: number): Expr {
    if (level === 2 && this.isWord('not')) {
      const at = this.next().at;
      return { type: 'unary', op: 'not', arg: this.binary(2), at };
    }
    if (level === 5) return this.unary();
    let left = this.binary(level + 1);
    for (;;) {
      const t = this.peek();
      const op = this.operatorAt(level, t);
      if (!op) return left;
      this.i++;
      if (op === 'in') {
        left = { type: 'in', value: left, list: this.list(), at: t.at };
        continue;
      }
      left = { type: 'binary', op, left, right: this.binary(level + 1), at: t.at };
      if (level === 2) return left;
    }
  }

  private operatorAt(level: number, t: Token): BinaryOp | 'in' | null {
    const word = t.type === 'ident' ? t.text : null;
    const op = t.type === 'op' ? t.text : null;
    if (level === 0 && word === 'or') return 'or';
    if (level === 1 && word === 'and') return 'and';
    if (level === 2 && word === 'in') return 'in';
    if (level === 2 && op && COMPARE_OPS.includes(op)) return op as BinaryOp;
    if (level === 3 && (op === '+' || op === '-')) return op;
    if (level === 4 && (op === '*' || op === '/')) return op;
    return null;
  }

  private list(): Expr[] {
    this.expectOp('[');
    const items: Expr[] = [];
    while (!this.isOp(']')) {
      items.push(this.expr());
      if (!this.isOp(']')) this.expectOp(',');
    }
    this.i++;
    return items;
  }

  private unary(): Expr {
    if (this.isOp('-')) {
      const at = this.next().at;
      return { type: 'unary', op: '-', arg: this.unary(), at };
    }
    return this.primary();
  }

  private primary(): Expr {
    const t = this.next();
    switch (t.type) {
      case 'num':
        return { type: 'num', value: Number(t.text), at: t.at };
      case 'str':
        return { type: 'str', value: t.text, at: t.at };
      case 'date':
        return { type: 'date', value: t.text, at: t.at };
      case 'op':
        if (t.text === '(') {
          const inner = this.expr();
          this.expectOp(')');
          return inner;
        }
        this.i--;
        return this.fail('a value, a name or "("');
      case 'ident':
        return this.word(t);
      case 'end':
        this.i--;
        return this.fail('a value or a name');
      default:
        throw new UnreachableCaseError(t.type);
    }
  }

  private word(t: Token): Expr {
    if (t.text === 'true' || t.text === 'false') return { type: 'bool', value: t.text === 'true', at: t.at };
    if (this.isOp('(')) return this.call(t);
    const parts = [t.text];
    while (this.isOp('.')) {
      this.i++;
      const part = this.next();
      if (part.type !== 'ident') {
        this.i--;
        this.fail('a name after "."');
      }
      parts.push(part.text);
    }
    return { type: 'name', parts, at: t.at };
  }

  private call(t: Token): Expr {
    this.expectOp('(');
    const roles = AGGREGATES.includes(t.text) ? this.roles() : null;
    const args: Expr[] = [];
    if (roles && this.isOp(',')) this.i++;
    while (!this.isOp(')')) {
      args.push(this.expr());
      if (!this.isOp(')')) this.expectOp(',');
    }
    this.i++;
    return { type: 'call', name: t.text, args, roles, at: t.at };
  }

  /** A role filter, if the next tokens are one; otherwise nothing is consumed. */
  private roles(): string[] | null {
    if (this.isOp('*') && (this.peek(1).text === ',' || this.peek(1).text === ')')) {
      this.i++;
      return ['*'];
    }
    const start = this.i;
    const roles: string[] = [];
    while (this.peek().type === 'ident' && (MEMBER_ROLES as readonly string[]).includes(this.peek().text)) {
      roles.push(this.next().text);
      if (!this.isOp('|')) break;
      this.i++;
    }
    if (roles.length && (this.isOp(',') || this.isOp(')'))) return roles;
    this.i = start;
    return null;
  }
}
