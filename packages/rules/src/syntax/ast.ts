/** The surface syntax tree of an expression, before rewriting into core nodes. */
export type Expr =
  | { type: 'num'; value: number; at: number }
  | { type: 'str'; value: string; at: number }
  | { type: 'date'; value: string; at: number }
  | { type: 'bool'; value: boolean; at: number }
  | { type: 'name'; parts: string[]; at: number }
  | { type: 'call'; name: string; args: Expr[]; roles: string[] | null; at: number }
  | { type: 'unary'; op: '-' | 'not'; arg: Expr; at: number }
  | { type: 'binary'; op: BinaryOp; left: Expr; right: Expr; at: number }
  | { type: 'in'; value: Expr; list: Expr[]; at: number }
  | { type: 'if'; cond: Expr; then: Expr; else: Expr; at: number };

/** Infix operators of the surface syntax. */
export type BinaryOp = 'and' | 'or' | '=' | '!=' | '<' | '<=' | '>' | '>=' | '+' | '-' | '*' | '/';
