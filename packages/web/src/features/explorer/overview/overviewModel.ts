import type { Catalog, Lang, Outcome, Status } from '@springplank/rules';
import { BANDS } from '../results/bands.ts';
import { formatMoney } from '../results/format.ts';

/** One right on the rights overview. */
export interface OverviewRight {
  id: string;
  name: string;
  amount: string | null;
  provider: string;
  how: string | null;
  documents: string[];
  /** What is still needed (to confirm or to know), in words. */
  note: string | null;
  uncertain: boolean;
}

/** The rechtenoverzicht: what a person takes to any desk, in one language. */
export interface Overview {
  date: string;
  catalogVersion: string;
  bands: { status: Status; rights: OverviewRight[] }[];
}

/** Words the overview needs from the translations (kept out so the model stays pure). */
export interface OverviewWords {
  period(period: string): string;
  needs(facts: string): string;
  confirm(facts: string): string;
  factName(fact: string): string;
}

/**
 * Builds the rights overview from outcomes: the three bands worth taking to a desk (have,
 * probably, maybe), each right with its amount, provider, how to apply and documents. "Not now"
 * is left out: the overview is a list of things to do.
 */
export function buildOverview(outcomes: Outcome[], catalog: Catalog, lang: Lang, language: string, date: string, catalogVersion: string, words: OverviewWords): Overview {
  const bands = BANDS.filter((s) => s !== 'not-eligible').map((status) => ({
    status,
    rights: outcomes
      .filter((o) => o.status === status)
      .flatMap((o): OverviewRight[] => {
        const right = catalog.rights.get(o.right);
        if (!right) return [];
        const names = (refs: { fact: string }[]) => [...new Set(refs.map((r) => words.factName(r.fact)))].join('; ');
        return [
          {
            id: right.id,
            name: right.name[lang],
            amount: o.amount !== null && o.amount > 0 ? `${formatMoney(o.amount, language)} ${words.period(o.period ?? 'once')}` : null,
            provider: right.provider[lang],
            how: right.apply?.how[lang] ?? null,
            documents: right.apply?.documents.map((d) => d[lang]) ?? [],
            note: o.missing.length ? words.needs(names(o.missing)) : o.confirm.length ? words.confirm(names(o.confirm)) : null,
            uncertain: o.uncertain,
          },
        ];
      }),
  }));
  return { date, catalogVersion, bands };
}
