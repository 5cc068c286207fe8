import { fromDays, toDays } from '../../packages/rules/src/dates.ts';
import type { FactColumn, FactDefinition, FactsVocabulary, Population, Situation } from '@springplank/rules';
import { MEMBER_ROLES } from '@springplank/rules';

/** A small deterministic PRNG (mulberry32), so every run screens the same households. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const UNKNOWN_RATE = 0.1;
const NIS = ['99001', '99002', '44021', '11002'];

/**
 * Synthetic households as columns: 1-5 members (aanvrager, often a partner, 0-3 children,
 * sometimes another adult), every fact of the vocabulary filled with plausible values and
 * 10 % unknown; 20 % of amounts self-declared. Truth values take one byte, dates and texts four.
 */
export function syntheticPopulation(vocabulary: FactsVocabulary, households: number, seed = 42): Population {
  const rnd = prng(seed);
  const sizes = new Uint8Array(households);
  let persons = 0;
  for (let h = 0; h < households; h++) {
    sizes[h] = 1 + Math.floor(rnd() * rnd() * 5);
    persons += sizes[h]!;
  }
  const personStart = new Int32Array(households + 1);
  const personRole = new Uint8Array(persons);
  const [aanvrager, partner, kind, andere] = MEMBER_ROLES.map((_, i) => i) as [number, number, number, number];
  let p = 0;
  for (let h = 0; h < households; h++) {
    personStart[h] = p;
    for (let k = 0; k < sizes[h]!; k++, p++) personRole[p] = k === 0 ? aanvrager : k === 1 && rnd() < 0.5 ? partner : rnd() < 0.9 ? kind : andere;
  }
  personStart[households] = p;
  const dictionary: string[] = [];
  const code = (s: string) => (dictionary.includes(s) ? dictionary.indexOf(s) : dictionary.push(s) - 1);
  const today = toDays('2026-06-01');
  const column = (def: FactDefinition, n: number, roleOf: (i: number) => number): FactColumn => {
    switch (def.type) {
      case 'boolean': {
        const values = new Uint8Array(n);
        for (let i = 0; i < n; i++) values[i] = rnd() < UNKNOWN_RATE ? 255 : rnd() < 0.25 ? 1 : 0;
        return { values, missing: 255 };
      }
      case 'enum':
      case 'string': {
        const choices = (def.values ?? (def.id === 'municipality_nis' ? NIS : ['a', 'b', 'c'])).map(code);
        const values = new Int32Array(n);
        for (let i = 0; i < n; i++) values[i] = rnd() < UNKNOWN_RATE ? -1 : choices[Math.floor(rnd() * choices.length)]!;
        return { values, missing: -1 };
      }
      case 'date': {
        const values = new Int32Array(n);
        for (let i = 0; i < n; i++) {
          const role = roleOf(i);
          const years = def.id === 'date_of_birth' ? (role === kind ? rnd() * 25 : 18 + rnd() * 72) : rnd() * 5;
          values[i] = def.id !== 'date_of_birth' && rnd() < 0.6 ? -1 : today - Math.floor(years * 365.25);
        }
        return { values, missing: -1 };
      }
      case 'number':
      case 'money': {
        const values = new Float64Array(n);
        const yearly = def.unit?.includes('year');
        const max = def.type === 'number' ? 100 : yearly ? 60000 : 3500;
        const selfDeclared = def.type === 'money' ? new Uint8Array(n) : undefined;
        for (let i = 0; i < n; i++) {
          values[i] = rnd() < UNKNOWN_RATE ? NaN : def.type === 'number' ? Math.floor(rnd() * max) : Math.round(rnd() * max * 100) / 100;
          if (selfDeclared && rnd() < 0.2) selfDeclared[i] = 1;
        }
        return selfDeclared ? { values, selfDeclared } : { values };
      }
    }
  };
  const householdFacts: Record<string, FactColumn> = {};
  const personFacts: Record<string, FactColumn> = {};
  for (const def of vocabulary.facts.values()) {
    if (def.entity === 'household') householdFacts[def.id] = column(def, households, () => -1);
    else personFacts[def.id] = column(def, persons, (i) => personRole[i]!);
  }
  return { households, householdFacts, personStart, personRole, personFacts, dictionary };
}

/** Household h of a population as a situation (for the interpreter and the peer engine). */
export function situationOf(pop: Population, vocabulary: FactsVocabulary, h: number): Situation {
  const read = (col: FactColumn, i: number, def: FactDefinition) => {
    const raw = col.values[i]!;
    if (Number.isNaN(raw) || raw === col.missing) return undefined;
    const value = def.type === 'boolean' ? raw === 1 : def.type === 'date' ? fromDays(raw) : def.type === 'enum' || def.type === 'string' ? pop.dictionary[raw] : raw;
    return col.selfDeclared?.[i] ? { value, source: 'self-declared' } : value;
  };
  const facts = (cols: Record<string, FactColumn>, i: number) => {
    const out: Record<string, unknown> = {};
    for (const [id, col] of Object.entries(cols)) {
      const v = read(col, i, vocabulary.facts.get(id)!);
      if (v !== undefined) out[id] = v;
    }
    return out;
  };
  const persons = [];
  for (let p = pop.personStart[h]!; p < pop.personStart[h + 1]!; p++) {
    persons.push({ id: `p${p - pop.personStart[h]! + 1}`, role: MEMBER_ROLES[pop.personRole[p]!]!, facts: facts(pop.personFacts, p) });
  }
  return { household: { facts: facts(pop.householdFacts, h) }, persons } as Situation;
}
