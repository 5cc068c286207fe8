import { toDays } from '../dates.ts';
import type { FactsVocabulary } from '../facts/vocabulary.ts';
import { normalizeSituation, type FactValue, type NormalizedSituation, type Situation } from '../eval/situation.ts';
import { MEMBER_ROLES } from '../types.ts';

/** One fact as a column: values (NaN = unknown) and, optionally, which need confirmation. */
export interface FactColumn {
  /**
   * Numbers, amounts, 0/1 for truth values, days since 1970-01-01 for dates, dictionary codes
   * for texts. Float64Array uses NaN for unknown; a narrower array (Uint8Array for truth
   * values, Int32Array for dates and codes) saves memory and marks unknown with `missing`.
   */
  values: Float64Array | Float32Array | Int32Array | Int16Array | Uint8Array | Uint16Array;
  /** The value meaning unknown in a narrow array (e.g. 255 in a Uint8Array). */
  missing?: number;
  /** 1 where the value was self-declared. */
  selfDeclared?: Uint8Array;
  /** Day the value was observed (NaN = not recorded), for freshness. */
  observed?: Float64Array;
}

/**
 * A population held as columns (struct of arrays), for screening. Members of a household
 * are stored contiguously: household h owns persons personStart[h] … personStart[h+1]-1.
 * Texts are codes into `dictionary`.
 */
export interface Population {
  households: number;
  householdFacts: Record<string, FactColumn>;
  personStart: Int32Array;
  /** Index of each person's role in MEMBER_ROLES. */
  personRole: Uint8Array;
  personFacts: Record<string, FactColumn>;
  dictionary: string[];
}

/** Builds a population from situations (tests, demos and small screenings). */
export function populationFromSituations(situations: Situation[], vocabulary: FactsVocabulary): Population {
  return populationFromNormalized(
    situations.map((s) => normalizeSituation(s, vocabulary, toDays('2000-01-01'))),
    vocabulary,
  );
}

/**
 * Builds a population from situations already normalised (see normalizeSituation): a
 * screening normalises each household once and uses it for the columns and, where an
 * outcome stays undetermined, for the missing facts. Which facts need confirming is read
 * from the values' source and observation date, as populationFromSituations does.
 */
export function populationFromNormalized(normalized: NormalizedSituation[], vocabulary: FactsVocabulary): Population {
  const dictionary: string[] = [];
  const codes = new Map<string, number>();
  const code = (s: string) => {
    let c = codes.get(s);
    if (c === undefined) {
      c = dictionary.length;
      dictionary.push(s);
      codes.set(s, c);
    }
    return c;
  };
  // Observation dates repeat across households: each is counted once.
  const observedDays = new Map<string, number>();
  const day = (iso: string) => {
    let d = observedDays.get(iso);
    if (d === undefined) observedDays.set(iso, (d = toDays(iso)));
    return d;
  };
  const personCount = normalized.reduce((n, s) => n + s.persons.length, 0);
  const column = (n: number): FactColumn => ({ values: new Float64Array(n).fill(NaN), selfDeclared: new Uint8Array(n), observed: new Float64Array(n).fill(NaN) });
  const householdFacts: Record<string, FactColumn> = {};
  const personFacts: Record<string, FactColumn> = {};
  for (const f of vocabulary.facts.values()) {
    if (f.entity === 'household') householdFacts[f.id] = column(normalized.length);
    else personFacts[f.id] = column(personCount);
  }
  const personStart = new Int32Array(normalized.length + 1);
  const personRole = new Uint8Array(personCount);
  const put = (cols: Record<string, FactColumn>, facts: Map<string, FactValue>, i: number) => {
    for (const [id, fv] of facts) {
      const col = cols[id]!;
      col.values[i] = typeof fv.value === 'string' ? code(fv.value) : Number(fv.value);
      if (fv.source === 'self-declared') col.selfDeclared![i] = 1;
      if (fv.observed) col.observed![i] = day(fv.observed);
    }
  };
  let p = 0;
  normalized.forEach((s, h) => {
    personStart[h] = p;
    put(householdFacts, s.household, h);
    for (const person of s.persons) {
      personRole[p] = MEMBER_ROLES.indexOf(person.role as (typeof MEMBER_ROLES)[number]);
      put(personFacts, person.facts, p);
      p++;
    }
  });
  personStart[normalized.length] = p;
  return { households: normalized.length, householdFacts, personStart, personRole, personFacts, dictionary };
}
