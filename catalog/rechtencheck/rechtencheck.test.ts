import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/*
 * Checks every Rechtencheck set in this folder against the format in README.md: the right ids
 * exist in the catalogue, every text is in nl/fr/en, and a set based on another one keeps all
 * of its rights unless it names them under `removed` with a reason.
 */

const here = dirname(fileURLToPath(import.meta.url));
const rightsDir = join(here, '..', 'rights');
const LANGS = ['nl', 'fr', 'en'] as const;
const MOMENTS = ['onthaal', 'herziening', 'nazorg'];
const ORGANISATION_TYPES = ['ocmw', 'caw', 'dmw', 'partner', 'vereniging'];

type RechtencheckSet = Record<string, unknown>;

function catalogueRightIds(): Set<string> {
  const ids = new Set<string>();
  for (const level of readdirSync(rightsDir)) {
    for (const file of readdirSync(join(rightsDir, level))) {
      if (!file.endsWith('.yaml') || file.endsWith('.test.yaml')) continue;
      const right = parse(readFileSync(join(rightsDir, level, file), 'utf8')) as { id?: string };
      if (right?.id) ids.add(right.id);
    }
  }
  return ids;
}

function readSets(): Map<string, { file: string; set: RechtencheckSet }> {
  const sets = new Map<string, { file: string; set: RechtencheckSet }>();
  for (const file of readdirSync(here).filter((f) => f.endsWith('.yaml'))) {
    const set = parse(readFileSync(join(here, file), 'utf8')) as RechtencheckSet;
    sets.set(String(set.id), { file, set });
  }
  return sets;
}

const isText = (v: unknown) =>
  typeof v === 'object' && v !== null && LANGS.every((l) => typeof (v as Record<string, unknown>)[l] === 'string' && ((v as Record<string, string>)[l] ?? '').trim() !== '');

/** Every problem of one set; an empty list means the set is valid. */
function problemsOf(set: RechtencheckSet, file: string, rightIds: Set<string>, sets: Map<string, { set: RechtencheckSet }>): string[] {
  const problems: string[] = [];
  if (typeof set.id !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(set.id)) problems.push('id must be kebab-case');
  if (`${String(set.id)}.yaml` !== file) problems.push(`file name must be ${String(set.id)}.yaml`);
  if (!Number.isInteger(set.version) || (set.version as number) < 1) problems.push('version must be a whole number from 1');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(String(set.valid_from))) problems.push('valid_from must be a date');
  if (!isText(set.name)) problems.push('name needs nl, fr and en');
  if (!isText(set.description)) problems.push('description needs nl, fr and en');
  const moments = set.moments as unknown[];
  if (!Array.isArray(moments) || !moments.length || moments.some((m) => !MOMENTS.includes(String(m)))) problems.push(`moments must be a list of ${MOMENTS.join(', ')}`);
  const org = set.organisation as Record<string, unknown> | null;
  if (org !== null && (typeof org !== 'object' || !ORGANISATION_TYPES.includes(String(org.type)) || typeof org.name !== 'string')) problems.push('organisation must be null or { type, name, municipality? }');
  const rights = set.rights as unknown[];
  if (!Array.isArray(rights) || !rights.length) problems.push('rights must be a non-empty list');
  const list = Array.isArray(rights) ? rights.map(String) : [];
  for (const id of list) if (!rightIds.has(id)) problems.push(`unknown right "${id}"`);
  const seen = new Set<string>();
  for (const id of list) {
    if (seen.has(id)) problems.push(`right "${id}" is listed twice`);
    seen.add(id);
  }
  const removed = (set.removed ?? []) as { right?: string; reason?: unknown }[];
  if (!Array.isArray(removed)) problems.push('removed must be a list');
  for (const r of Array.isArray(removed) ? removed : []) if (typeof r.right !== 'string' || !isText(r.reason)) problems.push('each removed entry needs a right and a reason in nl, fr and en');
  const basedOn = set.based_on as { id?: string; version?: number } | null;
  if (basedOn) {
    const base = sets.get(String(basedOn.id))?.set;
    if (!base || base.version !== basedOn.version) problems.push(`based_on ${String(basedOn.id)} version ${String(basedOn.version)} does not exist`);
    else {
      const dropped = (base.rights as string[]).filter((id) => !seen.has(id) && !removed.some((r) => r.right === id));
      for (const id of dropped) problems.push(`right "${id}" of ${String(basedOn.id)} is missing; list it under removed with a reason`);
    }
  }
  return problems;
}

const rightIds = catalogueRightIds();
const sets = readSets();

describe('Rechtencheck sets', () => {
  it('has the standard set and the Kansendonk demo set', () => {
    expect([...sets.keys()].sort()).toEqual(expect.arrayContaining(['standaard', 'ocmw-kansendonk']));
  });

  for (const [id, { file, set }] of sets) {
    it(`${id} follows the format and names only existing rights`, () => {
      expect(problemsOf(set, file, rightIds, sets)).toEqual([]);
    });
  }

  it('the standard set covers all eight life domains', () => {
    const domains = new Set<string>();
    for (const level of readdirSync(rightsDir)) {
      for (const f of readdirSync(join(rightsDir, level))) {
        if (!f.endsWith('.yaml') || f.endsWith('.test.yaml')) continue;
        const right = parse(readFileSync(join(rightsDir, level, f), 'utf8')) as { id: string; domain: string };
        if ((sets.get('standaard')!.set.rights as string[]).includes(right.id)) domains.add(right.domain);
      }
    }
    expect([...domains].sort()).toEqual(['gezondheid', 'hulpverlening', 'inkomen', 'mobiliteit', 'onderwijs', 'participatie', 'werk', 'wonen-energie']);
  });

  it('rejects an unknown right and a base right dropped without a reason', () => {
    const derived: RechtencheckSet = {
      ...sets.get('ocmw-kansendonk')!.set,
      rights: ['leefloon', 'bestaat-niet'],
      removed: [],
    };
    const problems = problemsOf(derived, 'ocmw-kansendonk.yaml', rightIds, sets);
    expect(problems).toContain('unknown right "bestaat-niet"');
    expect(problems).toContain('right "verhoogde-tegemoetkoming" of standaard is missing; list it under removed with a reason');
  });

  it('accepts a base right that is removed with a reason in three languages', () => {
    const base = sets.get('standaard')!.set.rights as string[];
    const derived: RechtencheckSet = {
      ...sets.get('ocmw-kansendonk')!.set,
      rights: base.filter((r) => r !== 'mijn-verbouwpremie'),
      removed: [{ right: 'mijn-verbouwpremie', reason: { nl: 'Het Energiehuis volgt dit op.', fr: "La maison de l'énergie s'en charge.", en: 'The Energiehuis follows this up.' } }],
    };
    expect(problemsOf(derived, 'ocmw-kansendonk.yaml', rightIds, sets)).toEqual([]);
  });
});
