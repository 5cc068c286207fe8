import { isMap, isSeq, type Node, type YAMLMap } from 'yaml';
import type { YamlSource } from './source.ts';
import { PARAMETER_UNITS, PERIODS, type Bracket, type ParameterDefinition, type ParameterValue } from './types.ts';

/** Reads `parameters:` of a right: dated values (sorted by date), each with its source. */
export function readParameters(src: YamlSource, node: Node | null, right: string): Map<string, ParameterDefinition> {
  const out = new Map<string, ParameterDefinition>();
  if (!node) return out;
  const map = src.map(node, `parameters of ${right}`);
  for (const { key, value } of map ? src.entries(map) : []) {
    const what = `parameter "${key}"`;
    const p = src.map(value, what);
    if (!p) continue;
    src.onlyKeys(p, ['unit', 'period', 'values', 'description', 'note'], what);
    const unit = src.oneOf(p, 'unit', PARAMETER_UNITS, what);
    const period = src.oneOf(p, 'period', PERIODS, what, false);
    const seq = src.seq(src.get(p, 'values'), `values of ${what}`);
    const values: ParameterValue[] = [];
    let scale: ParameterDefinition['scale'] = null;
    for (const item of seq?.items ?? []) {
      const v = src.map(item as Node, `a value of ${what}`);
      if (!v) continue;
      src.onlyKeys(v, ['from', 'value', 'source', 'uncertain', 'note', 'verified_on'], `a value of ${what}`);
      const from = src.date(v, 'from', `a value of ${what}`);
      const source = src.string(v, 'source', `a value of ${what}`);
      const raw = src.get(v, 'value');
      const value = isSeq(raw) ? brackets(src, raw.items as Node[], what) : unit === 'date' ? dateValue(src, v, what) : src.number(raw, `value of ${what}`);
      if (Array.isArray(value)) {
        const kind = value.every((b) => b.rate !== undefined) ? 'rate' : value.every((b) => b.amount !== undefined) ? 'amount' : null;
        if (!kind || (scale && scale !== kind)) src.fail('schema', raw, `the brackets of ${what} mix "rate" and "amount"`, 'all brackets with rate, or all with amount');
        scale = kind ?? scale;
      }
      if (from === null || source === null || value === null) continue;
      values.push({
        from,
        value: unit === 'percent' && typeof value === 'number' ? value / 100 : value,
        source,
        uncertain: src.boolean(v, 'uncertain', `a value of ${what}`, false),
        note: src.string(v, 'note', `a value of ${what}`, false),
      });
    }
    if (seq && !seq.items.length) src.fail('schema', seq, `${what} has no values`, 'at least one dated value');
    if (!unit) continue;
    values.sort((a, b) => a.from.localeCompare(b.from));
    out.set(key, { name: key, unit, period, scale, values, pos: src.pos(value) });
  }
  return out;
}

function dateValue(src: YamlSource, v: YAMLMap<unknown, unknown>, what: string): number | null {
  const iso = src.date(v, 'value', `value of ${what}`);
  return iso === null ? null : Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
}

function brackets(src: YamlSource, items: Node[], what: string): Bracket[] | null {
  const out: Bracket[] = [];
  for (const item of items) {
    if (!isMap(item)) {
      src.fail('schema', item, `a bracket of ${what} is not a mapping`, '{ above: <amount>, rate: <fraction> } or { above, amount }');
      return null;
    }
    src.onlyKeys(item, ['above', 'rate', 'amount'], `a bracket of ${what}`);
    const above = src.number(src.get(item, 'above'), `"above" of a bracket of ${what}`);
    const b: Bracket = { above: above ?? 0 };
    for (const f of ['rate', 'amount'] as const) {
      const n = src.get(item, f);
      if (n) b[f] = src.number(n, `"${f}" of a bracket of ${what}`) ?? 0;
    }
    out.push(b);
  }
  for (let i = 1; i < out.length; i++) {
    if (out[i]!.above <= out[i - 1]!.above) src.fail('schema', items[i], `the brackets of ${what} are not in increasing order`, 'brackets sorted by "above", lowest first');
  }
  return out;
}
