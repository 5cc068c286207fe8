import type { CoreNode } from '../core/nodes.ts';
import { toDays } from '../dates.ts';
import type { FactsVocabulary } from '../facts/vocabulary.ts';
import type { Position } from '../types.ts';

const dmy = (iso: string) => iso.split('-').reverse().join('/');

/**
 * The conditions every right has without writing them: it is in force on the evaluation
 * date (valid_from/valid_until, inclusive) and, for a local right, the household lives in
 * its municipality. They are rewritten into ordinary named conditions so every evaluator
 * and every explanation handles them like the others.
 */
export function implicitConditions(
  right: { validFrom: string | null; validUntil: string | null; municipality: string | null },
  vocabulary: FactsVocabulary,
  pos: Position,
): CoreNode[] {
  const out: CoreNode[] = [];
  const date: CoreNode = { kind: 'parameter', ref: { type: 'date' }, type: 'date', pos };
  const bound = (op: '>=' | '<=', iso: string): CoreNode => ({
    kind: 'compare',
    op,
    left: date,
    right: { kind: 'constant', value: toDays(iso), type: 'date', pos },
    type: 'boolean',
    pos,
  });
  const { validFrom: from, validUntil: until } = right;
  if (from || until) {
    const tests = [from ? bound('>=', from) : null, until ? bound('<=', until) : null].filter((t): t is CoreNode => t !== null);
    const fromText = { nl: from ? ` vanaf ${dmy(from)}` : '', fr: from ? ` à partir du ${dmy(from)}` : '', en: from ? ` from ${dmy(from)}` : '' };
    const untilText = { nl: until ? ` tot en met ${dmy(until)}` : '', fr: until ? ` jusqu'au ${dmy(until)} inclus` : '', en: until ? ` up to and including ${dmy(until)}` : '' };
    const node: CoreNode = tests.length === 1 ? tests[0]! : { kind: 'logic', op: 'all', args: tests, type: 'boolean', pos };
    out.push({
      ...node,
      meta: {
        id: 'van-kracht',
        text: {
          nl: `Dit recht bestaat op de datum van de berekening (${fromText.nl}${untilText.nl}).`.replace('( ', '('),
          fr: `Ce droit existe à la date du calcul (${fromText.fr}${untilText.fr}).`.replace('( ', '('),
          en: `This right exists on the date of the calculation (${fromText.en}${untilText.en}).`.replace('( ', '('),
        },
        legal: null,
      },
    });
  }
  if (right.municipality && vocabulary.facts.has('municipality_nis')) {
    const nis = right.municipality;
    out.push({
      kind: 'compare',
      op: '=',
      left: { kind: 'fact', scope: 'household', fact: 'municipality_nis', type: 'string', pos },
      right: { kind: 'constant', value: nis, type: 'string', pos },
      type: 'boolean',
      pos,
      meta: {
        id: 'woont-in-gemeente',
        text: {
          nl: `U woont in de gemeente met NIS-code ${nis}.`,
          fr: `Vous habitez dans la commune avec le code INS ${nis}.`,
          en: `You live in the municipality with NIS code ${nis}.`,
        },
        legal: null,
      },
    });
  }
  return out;
}
