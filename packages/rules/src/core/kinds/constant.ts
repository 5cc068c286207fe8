import { fromDays } from '../../dates.ts';
import type { Lang, Value } from '../../types.ts';
import type { NodeBase } from '../nodes.ts';

/** A literal value: number, text, truth value or date (in days). */
export interface ConstantNode extends NodeBase {
  kind: 'constant';
  value: Value;
}

const YES: Record<Lang, [string, string]> = { nl: ['ja', 'nee'], fr: ['oui', 'non'], en: ['yes', 'no'] };

/** Formats a value for a reader in a language (dates as DD/MM/YYYY, money with €). */
export function formatValue(value: Value, type: NodeBase['type'], lang: Lang): string {
  if (typeof value === 'boolean') return YES[lang][value ? 0 : 1];
  if (type === 'date' && typeof value === 'number') return fromDays(value).split('-').reverse().join('/');
  if (typeof value === 'number') {
    const text = value.toLocaleString(lang === 'en' ? 'en-GB' : `${lang}-BE`, { maximumFractionDigits: 2 });
    return type === 'money' ? `€ ${text}` : text;
  }
  return `'${value}'`;
}

/** Describes a constant in plain language. */
export function describeConstant(node: ConstantNode, lang: Lang): string {
  return formatValue(node.value, node.type, lang);
}
