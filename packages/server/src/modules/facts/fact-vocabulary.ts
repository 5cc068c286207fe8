import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { Json } from '../../platform/db/schema.ts';
import type { FactEntity } from './fact.repository.ts';

/** catalog/facts.yaml: the situation vocabulary every recorded fact must belong to. */
export const FACTS_YAML = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../../catalog/facts.yaml');

/** What the server needs to know of one fact definition to accept a value. */
export interface FactSpec {
  id: string;
  entity: FactEntity;
  type: 'boolean' | 'number' | 'money' | 'date' | 'enum' | 'string';
  values?: string[];
  pattern?: string;
}

let cache: Map<string, FactSpec> | undefined;

/** The fact definitions of catalog/facts.yaml by id (read once). */
export function factSpecs(path: string = FACTS_YAML): Map<string, FactSpec> {
  if (cache && path === FACTS_YAML) return cache;
  const entries = parse(readFileSync(path, 'utf8')) as FactSpec[];
  const specs = new Map(entries.map((entry) => [entry.id, entry]));
  if (path === FACTS_YAML) cache = specs;
  return specs;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Why a value does not fit its fact definition, or undefined when it fits. The rules engine
 * reads these values, so a fact must have the type the vocabulary promises.
 */
export function factValueProblem(spec: FactSpec, entity: FactEntity, value: Json): string | undefined {
  if (spec.entity !== entity) return `${spec.id} is a fact of a ${spec.entity}, not of a ${entity}.`;
  switch (spec.type) {
    case 'boolean':
      return typeof value === 'boolean' ? undefined : 'Expected true or false.';
    case 'number':
    case 'money':
      return typeof value === 'number' && Number.isFinite(value) ? undefined : 'Expected a number.';
    case 'date':
      return typeof value === 'string' && ISO_DATE.test(value) && !Number.isNaN(Date.parse(value))
        ? undefined
        : 'Expected a date as YYYY-MM-DD.';
    case 'enum':
      return typeof value === 'string' && spec.values?.includes(value)
        ? undefined
        : `Expected one of: ${(spec.values ?? []).join(', ')}.`;
    case 'string':
      if (typeof value !== 'string') return 'Expected text.';
      return spec.pattern && !new RegExp(spec.pattern).test(value) ? `Expected text matching ${spec.pattern}.` : undefined;
  }
}
