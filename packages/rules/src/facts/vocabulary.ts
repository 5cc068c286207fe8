import { UnreachableCaseError } from '../errors.ts';
import { isMap, isScalar, type Node } from 'yaml';
import type { LoadError } from '../errors.ts';
import { YamlSource, type SourceFile } from '../load/source.ts';
import type { Position, Text, ValueType } from '../types.ts';

/** What a fact describes: one person, or the household as a whole. */
export type FactEntity = 'person' | 'household';

/** The declared type of a fact in facts.yaml. */
export type FactType = 'date' | 'number' | 'money' | 'boolean' | 'enum' | 'string';

/** The fact types facts.yaml may use. */
export const FACT_TYPES: readonly FactType[] = ['date', 'number', 'money', 'boolean', 'enum', 'string'];

/** One fact a rule may read: the situation vocabulary. */
export interface FactDefinition {
  id: string;
  entity: FactEntity;
  type: FactType;
  /** Allowed values of an enum fact. */
  values?: string[];
  /** Unit, e.g. EUR/month; a number fact with unit EUR… is money. */
  unit?: string;
  /** How many days an observation stays fresh; older values must be confirmed. */
  freshness_days?: number;
  /** GDPR special category (health, disability). */
  sensitive?: boolean;
  /** A short name for the fact in running text (optional). */
  label?: Text;
  question?: Text;
  help?: Text;
  why?: Text;
  /** Where the fact is declared, for messages. */
  pos?: Position;
}

/** The facts a catalogue may read, by id. */
export interface FactsVocabulary {
  facts: Map<string, FactDefinition>;
}

/** Builds a vocabulary from a list of definitions (for code and tests). */
export function vocabulary(definitions: FactDefinition[]): FactsVocabulary {
  return { facts: new Map(definitions.map((d) => [d.id, d])) };
}

/** The static type an expression reading this fact has. */
export function factValueType(fact: FactDefinition): ValueType {
  switch (fact.type) {
    case 'date':
      return 'date';
    case 'money':
      return 'money';
    case 'number':
      return fact.unit?.startsWith('EUR') ? 'money' : 'number';
    case 'boolean':
      return 'boolean';
    case 'enum':
    case 'string':
      return 'string';
    default:
      throw new UnreachableCaseError(fact.type);
  }
}

/**
 * Reads catalog/facts.yaml: a list of facts (or a mapping with a `facts:` list), each with
 * id, entity, type, unit, values, question, help, fresh_for_days, sensitive and why.
 * Fields the engine does not use are allowed, so the catalogue can add documentation.
 */
export function parseFactsYaml(file: SourceFile): { vocabulary: FactsVocabulary; errors: LoadError[] } {
  const src = new YamlSource(file);
  const facts = new Map<string, FactDefinition>();
  let list: Node | null = src.root;
  if (isMap(list)) list = src.get(list, 'facts');
  const seq = src.root === null ? null : src.seq(list, 'facts.yaml');
  for (const item of seq?.items ?? []) {
    const map = src.map(item as Node, 'a fact');
    if (!map) continue;
    const id = src.string(map, 'id', 'a fact');
    if (id === null) continue;
    const what = `fact "${id}"`;
    if (facts.has(id)) src.fail('duplicate', map, `fact "${id}" is declared twice`, 'one declaration per fact id');
    const entity = src.oneOf(map, 'entity', ['person', 'household'] as const, what);
    const type = src.oneOf(map, 'type', FACT_TYPES, what);
    if (!entity || !type) continue;
    const def: FactDefinition = { id, entity, type, pos: src.pos(map) };
    const unit = src.string(map, 'unit', what, false);
    if (unit !== null) def.unit = unit;
    const values = src.get(map, 'values');
    if (values) def.values = enumValues(src, values, what);
    if (type === 'enum' && !def.values?.length) src.fail('schema', map, `${what} is an enum without values`, 'a list of allowed values');
    const fresh = src.get(map, 'fresh_for_days') ?? src.get(map, 'freshness_days');
    if (fresh && !(isScalar(fresh) && fresh.value === null)) {
      const days = src.number(fresh, `fresh_for_days of ${what}`);
      if (days !== null) def.freshness_days = days;
    }
    def.sensitive = src.boolean(map, 'sensitive', what, false);
    for (const key of ['label', 'question', 'help', 'why'] as const) {
      const text = src.get(map, key) ? src.text(map, key, what, false) : null;
      if (text) def[key] = text;
    }
    facts.set(id, def);
  }
  return { vocabulary: { facts }, errors: src.errors };
}

function enumValues(src: YamlSource, node: Node, what: string): string[] {
  const seq = src.seq(node, `values of ${what}`);
  const out: string[] = [];
  for (const item of seq?.items ?? []) {
    if (isScalar(item)) out.push(String(item.value));
    else if (isMap(item)) {
      const v = src.string(item, src.get(item, 'value') ? 'value' : 'id', `a value of ${what}`);
      if (v !== null) out.push(v);
    } else src.fail('schema', item as Node, `a value of ${what} is not text`, 'a value such as huurder-privaat');
  }
  return out;
}
