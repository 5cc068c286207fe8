import { hash } from 'node:crypto';
import { rightFacts, type Catalog, type FactInput, type Situation } from '@springplank/rules';
import type { Json } from '../../platform/db/schema.ts';

/** The inputs one right used for one household: only the facts that right reads. */
export interface InputSnapshot {
  snapshot: Json;
  /** The snapshot as JSON text (what is hashed and stored). */
  json: string;
  /** SHA-256 of the snapshot: an `afgezien` is respected while this stays the same. */
  hash: string;
}

const factsCache = new WeakMap<Catalog, Map<string, { household: string[]; person: string[] }>>();

/** The household and person facts a right reads (cached per catalogue). */
export function factsOfRight(catalog: Catalog, right: string): { household: string[]; person: string[] } {
  let perRight = factsCache.get(catalog);
  if (!perRight) factsCache.set(catalog, (perRight = new Map()));
  let facts = perRight.get(right);
  if (!facts) {
    const all = rightFacts(catalog, right);
    facts = {
      household: all.filter((f) => f.entity === 'household').map((f) => f.fact).sort(),
      person: all.filter((f) => f.entity === 'person').map((f) => f.fact).sort(),
    };
    perRight.set(right, facts);
  }
  return facts;
}

function pick(facts: Record<string, FactInput> | undefined, ids: string[]): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const id of ids) if (facts && id in facts) out[id] = facts[id] as Json;
  return out;
}

/**
 * The snapshot of the inputs of a decision about `right`: the members (id and role) and the
 * facts the right reads, with their provenance. Built in a fixed order so that the same
 * situation always gives the same hash.
 */
export function inputSnapshot(catalog: Catalog, right: string, situation: Situation): InputSnapshot {
  const facts = factsOfRight(catalog, right);
  const snapshot: Json = {
    household: pick(situation.household?.facts, facts.household),
    persons: (situation.persons ?? []).map((p) => ({ id: p.id, role: p.role, facts: pick(p.facts, facts.person) })),
  };
  const json = JSON.stringify(snapshot);
  return { snapshot, json, hash: sha256(json) };
}

/** SHA-256 of a snapshot's text, hex. One call, no hash object: a screening hashes about a million snapshots per 100,000 households. */
function sha256(json: string): string {
  return hash('sha256', json, 'hex');
}

/** A right's input snapshot as stored: its JSON text and hash (see {@link inputSnapshot}). */
export type SnapshotText = Pick<InputSnapshot, 'json' | 'hash'>;

/**
 * The input snapshots of one situation for any number of rights: the same JSON text and hash
 * as {@link inputSnapshot}, character for character (so hashes stay comparable with earlier
 * transitions), but each fact is turned into JSON once per household instead of once per
 * right. A screening writes a snapshot for about ten rights of every household.
 */
export function inputSnapshots(catalog: Catalog, situation: Situation): { of: (right: string) => SnapshotText; union: (rights: readonly string[]) => string } {
  const entries = (facts: Record<string, FactInput> | undefined) => {
    const out = new Map<string, string>();
    for (const id in facts) out.set(id, `${JSON.stringify(id)}:${JSON.stringify(facts[id])}`);
    return out;
  };
  const household = entries(situation.household?.facts);
  const persons = (situation.persons ?? []).map((p) => ({ head: `{"id":${JSON.stringify(p.id)},"role":${JSON.stringify(p.role)},"facts":{`, facts: entries(p.facts) }));
  const picked = (facts: Map<string, string>, ids: string[]) => {
    let out = '';
    for (const id of ids) {
      const entry = facts.get(id);
      if (entry !== undefined) out += out ? `,${entry}` : entry;
    }
    return out;
  };
  const text = (facts: { household: string[]; person: string[] }) => {
    let out = `{"household":{${picked(household, facts.household)}},"persons":[`;
    for (let i = 0; i < persons.length; i++) out += `${i > 0 ? ',' : ''}${persons[i]!.head}${picked(persons[i]!.facts, facts.person)}}}`;
    return `${out}]}`;
  };
  return {
    of: (right) => {
      const json = text(factsOfRight(catalog, right));
      return { json, hash: sha256(json) };
    },
    // The facts of several rights at once: each right's snapshot is this one narrowed to its facts.
    union: (rights) => {
      const h = new Set<string>();
      const p = new Set<string>();
      for (const right of rights) {
        const facts = factsOfRight(catalog, right);
        for (const f of facts.household) h.add(f);
        for (const f of facts.person) p.add(f);
      }
      return text({ household: [...h].sort(), person: [...p].sort() });
    },
  };
}

/** The facts each of `rights` reads, as a screening run records them (screening_runs.right_facts). */
export function rightFactsOf(catalog: Catalog, rights: readonly string[]): Record<string, { household: string[]; person: string[] }> {
  return Object.fromEntries(rights.map((r) => [r, factsOfRight(catalog, r)]));
}
