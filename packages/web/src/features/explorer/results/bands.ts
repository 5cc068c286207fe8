import { DOMAINS, type Catalog, type Domain, type Outcome, type Status } from '@springplank/rules';

/** The four bands of results, in the order they are shown (same order as the statuses). */
export const BANDS: readonly Status[] = ['eligible', 'eligible-if-confirmed', 'undetermined', 'not-eligible'];

/** Outcomes of one band, grouped by life domain (domains without rights left out). */
export interface Band {
  status: Status;
  domains: { domain: Domain; outcomes: Outcome[] }[];
  count: number;
}

/** Sorts outcomes into the four bands and, inside each band, by life domain. */
export function groupIntoBands(outcomes: Outcome[], catalog: Catalog): Band[] {
  return BANDS.map((status) => {
    const inBand = outcomes.filter((o) => o.status === status);
    const domains = DOMAINS.map((domain) => ({
      domain,
      outcomes: inBand.filter((o) => catalog.rights.get(o.right)?.domain === domain),
    })).filter((d) => d.outcomes.length > 0);
    return { status, domains, count: inBand.length };
  });
}

/** The rights a right opens: those whose rules read its outcome (derived rights). */
export function derivedRights(catalog: Catalog, id: string): string[] {
  return [...catalog.rights.values()].filter((r) => r.dependsOn.includes(id)).map((r) => r.id);
}
