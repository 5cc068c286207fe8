import { parse } from 'yaml';
import type { Text } from '@springplank/rules';

/**
 * One entry of catalog/facts.yaml with the documentation fields the rules engine does not
 * need (value labels, patterns): the situation schema and docs/situation.md use them.
 */
export interface FactEntry {
  id: string;
  entity: 'person' | 'household';
  type: 'date' | 'number' | 'money' | 'boolean' | 'enum' | 'string';
  unit: string | null;
  values: string[];
  valueLabels: Record<string, Text>;
  pattern: string | null;
  question: Text;
  help: Text;
  why: Text;
  freshForDays: number | null;
  sensitive: boolean;
}

const empty: Text = { nl: '', fr: '', en: '' };

/**
 * Reads the raw entries of facts.yaml (a list, or a mapping with a `facts:` list). The engine
 * checks the file's schema when it loads the catalogue; this reader only picks fields.
 */
export function parseFactsFile(text: string): FactEntry[] {
  const doc: unknown = parse(text);
  const list = Array.isArray(doc) ? doc : ((doc as { facts?: unknown[] } | null)?.facts ?? []);
  return list.map((raw) => {
    const f = raw as Record<string, unknown>;
    const values = Array.isArray(f.values) ? f.values.map((v) => (typeof v === 'object' && v ? String((v as { value?: unknown; id?: unknown }).value ?? (v as { id?: unknown }).id) : String(v))) : [];
    return {
      id: String(f.id),
      entity: f.entity as FactEntry['entity'],
      type: f.type as FactEntry['type'],
      unit: typeof f.unit === 'string' ? f.unit : null,
      values,
      valueLabels: (f.value_labels as Record<string, Text> | undefined) ?? {},
      pattern: typeof f.pattern === 'string' ? f.pattern : null,
      question: (f.question as Text | undefined) ?? empty,
      help: (f.help as Text | undefined) ?? empty,
      why: (f.why as Text | undefined) ?? empty,
      freshForDays: typeof f.fresh_for_days === 'number' ? f.fresh_for_days : null,
      sensitive: f.sensitive === true,
    };
  });
}
