import { UnreachableCaseError } from '../errors.ts';
import { monthsBetween, yearsBetween } from '../dates.ts';
import { ROLE_FACT } from '../core/kinds/fact.ts';
import type { CoreNode, NodeOf } from '../core/nodes.ts';
import { MEMBER_ROLES } from '../types.ts';
import type { Binding, CompileContext, RightInput } from './compile.ts';
import { aggregateCode, constantValue, countUses, dayTable, keyId } from './compile-parts.ts';

/**
 * The variables holding the rows bound to household, person and it (member), and where the
 * sub-expressions used more than once in this binding are computed: once, at the start of
 * the row (or of the member, inside an aggregate), into `prelude`.
 */
export interface Scope {
  household: string;
  person: string;
  it: string;
  /** Identifies the binding: the nesting of aggregates it sits in. */
  id: string;
  prelude: string[];
  memo: Map<string, Out>;
}

/** The binding of a row of the frame: household, person and it as the frame gives them. */
export function topScope(): Scope {
  return { household: 'H', person: 'P', it: 'I', id: '', prelude: [], memo: new Map() };
}

/** One value as two JS expressions: the value (NaN = unknown) and the confirmation flag. */
export interface Out {
  v: string;
  u: string;
}

const COMPARE_JS: Record<NodeOf<'compare'>['op'], string> = { '=': '===', '!=': '!==', '<': '<', '<=': '<=', '>': '>', '>=': '>=' };

/** Emits the JS source of a right, node by node (see compileRight). */
export class Generator {
  /** The values the kernel's `K` holds, as functions of the population bound per call. */
  consts: ((b: Binding) => unknown)[] = [];
  rights: RightInput[] = [];
  temps = 0;
  private labels = 0;
  /** Where the next statements go. */
  lines: string[] = [];
  private constIndex = new Map<unknown, number>();
  private boundIndex = new Map<string, number>();
  private uses = new Map<string, number>();

  constructor(readonly ctx: CompileContext) {}

  /** Counts the uses of every sub-expression of a tree about to be generated. */
  count(tree: CoreNode): void {
    this.uses = new Map();
    countUses(tree, '', this.uses);
  }

  line(s: string): void {
    this.lines.push(s);
  }

  flush(): string[] {
    const out = this.lines;
    this.lines = [];
    return out;
  }

  tmp(): string {
    return `t${this.temps++}`;
  }

  label(): string {
    return `L${this.labels++}`;
  }

  /** A constant bound in the function's closure (typed arrays, functions, odd numbers). */
  konst(x: unknown): string {
    let k = this.constIndex.get(x);
    if (k === undefined) {
      k = this.consts.push(() => x) - 1;
      this.constIndex.set(x, k);
    }
    return `k${k}`;
  }
  /** A value that depends on the population (a column, a text's code), bound per call by `key`. */
  bound(key: string, get: (b: Binding) => unknown): string {
    let k = this.boundIndex.get(key);
    if (k === undefined) {
      k = this.consts.push(get) - 1;
      this.boundIndex.set(key, k);
    }
    return `k${k}`;
  }


  /** A number as JS source: a literal when it reads back identically (not -0), else a constant. */
  num(x: number): string {
    return Object.is(Number(String(x)), x) ? `(${String(x)})` : this.konst(x);
  }

  /**
   * A node used more than once in its binding is generated once into the binding's prelude
   * (evaluated eagerly: expressions have no effects) and read from its variables after that.
   */
  gen(node: CoreNode, s: Scope): Out {
    const trivial = node.kind === 'constant' || node.kind === 'parameter';
    const key = `${s.id}|${keyId(node)}`;
    if (trivial || (this.uses.get(key) ?? 0) < 2) return this.node(node, s);
    let out = s.memo.get(key);
    if (!out) {
      const saved = this.lines;
      this.lines = s.prelude;
      out = this.node(node, s);
      this.lines = saved;
      s.memo.set(key, out);
    }
    return out;
  }

  private node(node: CoreNode, s: Scope): Out {
    switch (node.kind) {
      case 'constant':
      case 'parameter': {
        const value = constantValue(node, this.ctx);
        // A text's code depends on the population's dictionary: it is bound, not written into
        // the source, so the same catalogue gives the same source (and reuses its JIT) every call.
        if (value === undefined) {
          const text = (node as NodeOf<'constant'>).value as string;
          return { v: this.bound(`text:${text}`, (b) => b.code(text)), u: '0' };
        }
        return { v: this.num(value), u: '0' };
      }
      case 'fact':
        return this.fact(node, s);
      case 'compare': {
        const a = this.gen(node.left, s);
        const b = this.gen(node.right, s);
        const [v, u] = [this.tmp(), this.tmp()];
        this.line(`if (${a.v} !== ${a.v} || ${b.v} !== ${b.v}) { ${v} = NaN; ${u} = 0; } else { ${v} = ${a.v} ${COMPARE_JS[node.op]} ${b.v} ? 1 : 0; ${u} = ${a.u} | ${b.u}; }`);
        return { v, u };
      }
      case 'arithmetic':
        return this.arithmetic(node, s);
      case 'logic':
        return this.logic(node, s);
      case 'aggregate':
        return aggregateCode(this, node, s);
      case 'right': {
        const personLevel = node.scope !== 'household' && this.ctx.catalog.rights.get(node.right)!.subject !== 'household';
        const index = personLevel ? (node.scope === 'person' ? s.person : s.it) : s.household;
        let r = this.rights.findIndex((x) => x.id === node.right && x.person === personLevel);
        if (r < 0) r = this.rights.push({ id: node.right, person: personLevel }) - 1;
        const [v, u] = [this.tmp(), this.tmp()];
        const base = personLevel ? 'p0' : 'h0';
        this.line(`if (${index} < 0) { ${v} = ${personLevel ? 0 : 'NaN'}; ${u} = 0; } else { ${v} = r${r}v[${index} - ${base}]; ${u} = r${r}u[${index} - ${base}]; }`);
        return { v, u };
      }
      default:
        throw new UnreachableCaseError(node);
    }
  }

  private fact(node: NodeOf<'fact'>, s: Scope): Out {
    const { population: pop, catalog, date } = this.ctx;
    const j = node.scope === 'household' ? s.household : node.scope === 'person' ? s.person : s.it;
    const v = this.tmp();
    if (node.fact === ROLE_FACT) {
      const codes = this.bound('roles', (b) => Float64Array.from(MEMBER_ROLES, (r) => b.code(r)));
      this.line(`${v} = ${j} < 0 ? NaN : ${codes}[${this.bound('personRole', (b) => b.population.personRole)}[${j}]];`);
      return { v, u: '0' };
    }
    const col = (node.scope === 'household' ? pop.householdFacts : pop.personFacts)[node.fact];
    if (!col) return { v: 'NaN', u: '0' };
    const entity = node.scope === 'household' ? 'householdFacts' : 'personFacts';
    const column = (b: Binding) => b.population[entity][node.fact]!;
    this.line(`${v} = ${j} < 0 ? NaN : ${this.bound(`${entity}:${node.fact}`, (b) => column(b).values)}[${j}];`);
    if (!(col.values instanceof Float64Array) && typeof col.missing === 'number' && !Number.isNaN(col.missing)) {
      this.line(`if (${v} === ${this.num(col.missing)}) ${v} = NaN;`);
    }
    const fresh = catalog.vocabulary.facts.get(node.fact)?.freshness_days;
    const tests: string[] = [];
    if (col.selfDeclared) tests.push(`${this.bound(`${entity}:${node.fact}:selfDeclared`, (b) => column(b).selfDeclared)}[${j}] === 1`);
    if (col.observed && fresh !== undefined) tests.push(`${this.bound(`${entity}:${node.fact}:observed`, (b) => column(b).observed)}[${j}] < ${this.num(date - fresh)}`);
    if (tests.length === 0) return { v, u: '0' };
    const u = this.tmp();
    this.line(`${u} = ${j} >= 0 && ${v} === ${v} && (${tests.join(' || ')}) ? 1 : 0;`);
    return { v, u };
  }

  private arithmetic(node: NodeOf<'arithmetic'>, s: Scope): Out {
    const a = this.gen(node.args[0]!, s);
    const b = this.gen(node.args[1]!, s);
    const [v, u] = [this.tmp(), this.tmp()];
    const unknown = `${a.v} !== ${a.v} || ${b.v} !== ${b.v}`;
    const expr: Record<NodeOf<'arithmetic'>['op'], string> = {
      '+': `${a.v} + ${b.v}`,
      '-': `${a.v} - ${b.v}`,
      '*': `${a.v} * ${b.v}`,
      '/': `${b.v} === 0 ? NaN : ${a.v} / ${b.v}`,
      min: `Math.min(${a.v}, ${b.v})`,
      max: `Math.max(${a.v}, ${b.v})`,
      round: `Math.floor(${a.v} * 10 ** ${b.v} + 0.5) / 10 ** ${b.v}`,
      years_between: `${unknown} ? NaN : ${this.konst(yearsBetween)}(${a.v}, ${b.v})`,
      months_between: `${unknown} ? NaN : ${this.konst(monthsBetween)}(${a.v}, ${b.v})`,
    };
    const to = constantValue(node.args[1]!, this.ctx);
    if ((node.op === 'years_between' || node.op === 'months_between') && to !== undefined && Number.isInteger(to)) {
      // Counting years/months to a fixed day (an age on the evaluation date) is a table look-up.
      const key = `${node.op}:${to}`;
      let table = this.ctx.tables.get(key);
      if (!table) this.ctx.tables.set(key, (table = dayTable(node.op, to)));
      const k = this.tmp();
      const lookUp = `${this.konst(table.values)}[${k}]`;
      this.line(`${k} = ${a.v} - ${this.num(table.from)};`);
      expr[node.op] = `${a.v} !== ${a.v} ? NaN : ${k} >= 0 && ${k} < ${table.values.length} && (${k} | 0) === ${k} ? ${lookUp} : ${expr[node.op]}`;
    }
    this.line(`${v} = ${expr[node.op]}; ${u} = ${a.u} | ${b.u};`);
    return { v, u };
  }

  private logic(node: NodeOf<'logic'>, s: Scope): Out {
    const [v, u] = [this.tmp(), this.tmp()];
    switch (node.op) {
      case 'all':
      case 'any': {
        // Kleene and/or with the confirmation rule of the interpreter: a dominant result rests
        // on facts to confirm only when every operand that decides it does.
        const d = node.op === 'any' ? 1 : 0;
        const [dec, du, unk, al] = [this.tmp(), this.tmp(), this.tmp(), this.tmp()];
        const label = this.label();
        this.line(`${dec} = 0; ${du} = 1; ${unk} = 0; ${al} = 0;`);
        this.line(`${label}: {`);
        node.args.forEach((arg, k) => {
          const x = this.gen(arg, s);
          this.line(`if (${x.v} !== ${x.v}) ${unk} = 1; else { ${al} |= ${x.u}; if (${x.v} === ${d}) { ${dec} = 1; ${du} &= ${x.u}; } }`);
          if (k < node.args.length - 1) this.line(`if (${dec} === 1 && ${du} === 0) break ${label};`);
        });
        this.line('}');
        this.line(`if (${dec} === 1) { ${v} = ${d}; ${u} = ${du}; } else if (${unk} === 1) { ${v} = NaN; ${u} = 0; } else { ${v} = ${1 - d}; ${u} = ${al}; }`);
        return { v, u };
      }
      case 'not': {
        const a = this.gen(node.args[0]!, s);
        this.line(`${v} = 1 - ${a.v}; ${u} = ${a.u};`);
        return { v, u };
      }
      case 'known': {
        const a = this.gen(node.args[0]!, s);
        this.line(`${v} = ${a.v} !== ${a.v} ? 0 : 1; ${u} = 0;`);
        return { v, u };
      }
      case 'if': {
        // Only the chosen branch is evaluated: expressions have no effects.
        const c = this.gen(node.args[0]!, s);
        this.line(`if (${c.v} !== ${c.v}) { ${v} = NaN; ${u} = 0; } else if (${c.v} === 1) {`);
        const t = this.gen(node.args[1]!, s);
        this.line(`${v} = ${t.v}; ${u} = ${v} !== ${v} ? 0 : ${c.u} | ${t.u}; } else {`);
        const e = this.gen(node.args[2]!, s);
        this.line(`${v} = ${e.v}; ${u} = ${v} !== ${v} ? 0 : ${c.u} | ${e.u}; }`);
        return { v, u };
      }
      default:
        throw new UnreachableCaseError(node.op);
    }
  }
}
