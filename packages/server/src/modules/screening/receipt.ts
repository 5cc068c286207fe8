import { rightFacts, type Catalog, type Situation } from '@springplank/rules';

/**
 * Rights whose receipt a register fact records: a household "receives" such a right when the
 * fact says so (besides a `toegekend` in the take-up ledger). Each entry names the fact from
 * catalog/facts.yaml and the values that mean the right is paid or granted.
 */
const RECEIPT_FACTS: Record<string, { entity: 'person' | 'household'; fact: string; receives: (value: unknown) => boolean }> = {
  leefloon: { entity: 'person', fact: 'leefloon_category', receives: (v) => typeof v === 'string' && v !== 'geen' },
  'equivalent-financiele-hulp': { entity: 'person', fact: 'equivalent_hulp', receives: (v) => v === true },
  'verhoogde-tegemoetkoming': { entity: 'person', fact: 'verhoogde_tegemoetkoming', receives: (v) => v === true },
  igo: { entity: 'person', fact: 'igo', receives: (v) => v === true },
  ivt: { entity: 'person', fact: 'ivt', receives: (v) => v === true },
  it: { entity: 'person', fact: 'it', receives: (v) => v === true },
  'zorgbudget-ouderen-met-zorgnood': { entity: 'person', fact: 'zorgbudget_ouderen', receives: (v) => v === true },
  'groeipakket-sociale-toeslag': { entity: 'household', fact: 'groeipakket_sociale_toeslag', receives: (v) => v === true },
};

/** The facts the receipt check reads (a screening loads them besides the rules' facts). */
export function receiptFactIds(rights: readonly string[]): string[] {
  return [...new Set(rights.flatMap((r) => (RECEIPT_FACTS[r] ? [RECEIPT_FACTS[r].fact] : [])))];
}

/**
 * The facts a screening, re-evaluation or grant run reads for `rights`: those their rules
 * reference plus the receipt facts, sorted. Nothing else is loaded (data minimisation).
 */
export function factsReadFor(catalog: Catalog, rights: readonly string[]): string[] {
  return [...new Set([...rights.flatMap((r) => rightFacts(catalog, r).map((f) => f.fact)), ...receiptFactIds(rights)])].sort();
}

function plain(input: unknown): unknown {
  return input !== null && typeof input === 'object' && 'value' in input ? (input as { value: unknown }).value : input;
}

/** Whether the situation's register facts say the household already receives `right`. */
export function receivesByFact(right: string, situation: Situation): boolean {
  const receipt = RECEIPT_FACTS[right];
  if (!receipt) return false;
  if (receipt.entity === 'household') return receipt.receives(plain(situation.household?.facts?.[receipt.fact]));
  return (situation.persons ?? []).some((p) => receipt.receives(plain(p.facts?.[receipt.fact])));
}
