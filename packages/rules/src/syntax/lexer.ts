/** A token of the expression language, with its character offset in the expression. */
export interface Token {
  type: 'num' | 'str' | 'date' | 'ident' | 'op' | 'end';
  text: string;
  at: number;
}

/** A syntax error at a character offset of the expression. */
export class ExpressionSyntaxError extends Error {
  constructor(
    message: string,
    readonly at: number,
    readonly expected: string,
  ) {
    super(message);
  }
}

const OPERATORS = ['<=', '>=', '!=', '=', '<', '>', '+', '-', '*', '/', '(', ')', '[', ']', ',', '.', '|'];

/**
 * Splits an expression into tokens. Identifiers may contain hyphens between letters
 * (`right(verhoogde-tegemoetkoming)`), so subtraction needs spaces: `a - b`.
 */
export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const rest = source.slice(i);
    const date = /^\d{4}-\d{2}-\d{2}(?![\d.])/.exec(rest);
    const num = /^\d+(\.\d+)?/.exec(rest);
    const ident = /^[A-Za-z_][A-Za-z0-9_]*(-[A-Za-z][A-Za-z0-9_]*)*/.exec(rest);
    if (date) tokens.push({ type: 'date', text: date[0], at: i });
    else if (num) tokens.push({ type: 'num', text: num[0], at: i });
    else if (ident) tokens.push({ type: 'ident', text: ident[0], at: i });
    else if (c === "'" || c === '"') {
      const end = source.indexOf(c, i + 1);
      if (end < 0) throw new ExpressionSyntaxError('text without a closing quote', i, `a closing ${c}`);
      tokens.push({ type: 'str', text: source.slice(i + 1, end), at: i });
      i = end + 1;
      continue;
    } else {
      const op = OPERATORS.find((o) => rest.startsWith(o));
      if (!op) throw new ExpressionSyntaxError(`unexpected character "${c}"`, i, 'a name, number, text or operator');
      tokens.push({ type: 'op', text: op, at: i });
      i += op.length;
      continue;
    }
    i += tokens[tokens.length - 1]!.text.length;
  }
  tokens.push({ type: 'end', text: '', at: source.length });
  return tokens;
}
