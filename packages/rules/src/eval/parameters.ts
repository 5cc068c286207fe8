import type { ParameterNode } from '../core/kinds/parameter.ts';
import { toDays } from '../dates.ts';
import type { Catalog, ParameterDefinition, ParameterValue } from '../load/types.ts';

/** The value of a parameter in force on a date: the last value whose `from` is not after it. */
export function valueInForce(param: ParameterDefinition, date: number): ParameterValue | null {
  let found: ParameterValue | null = null;
  for (const v of param.values) {
    if (day(v.from) <= date) found = v;
  }
  return found;
}

const days = new Map<string, number>();
function day(iso: string): number {
  let d = days.get(iso);
  if (d === undefined) {
    d = toDays(iso);
    days.set(iso, d);
  }
  return d;
}

/**
 * Resolves a parameter reference on a date. Before a parameter's first value it has the
 * earliest value (rules are only evaluated while their right is in force, and validity is
 * checked by its own condition). A bracket missing from a version is an empty bracket above
 * everything, so scales of different lengths evaluate alike in every evaluator.
 */
export function resolveParameter(catalog: Catalog, ref: Exclude<ParameterNode['ref'], { type: 'date' }>, date: number): number {
  const param = catalog.rights.get(ref.right)!.parameters.get(ref.name)!;
  const value = (valueInForce(param, date) ?? param.values[0]!).value;
  if (ref.type === 'value') return value as number;
  const bracket = Array.isArray(value) ? value[ref.index] : undefined;
  if (!bracket) return ref.field === 'above' ? Number.POSITIVE_INFINITY : 0;
  return bracket[ref.field] ?? 0;
}
