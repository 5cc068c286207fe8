import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db/connect.ts';
import { openTestDatabase } from '../../platform/db/test-database.ts';
import { runGrants } from '../grants/grant.service.ts';
import { detectionDb } from '../ledger/ledger.tables.ts';
import { loadDetectionWorld, type DetectionWorld } from '../screening/detection-world.ts';
import { readWorklist } from '../worklists/worklist.service.ts';
import { letterAddressee, preferredLanguages } from './letter-language.ts';
import { readLetter, recordOutreach } from './outreach.service.ts';
import { pdfLanguage, pdfTitle } from '../../../test/pdf-inspect.ts';

let database: Database;
let world: DetectionWorld;
let households: number[];
const AT = '2026-11-01';

/** Records (as a worker would) the language a person wants letters in. */
async function setLanguage(personId: number, language: string) {
  await database.query(
    `insert into facts (entity_type, entity_id, fact_id, value, source, observed_on, recorded_by) values ('person', $1, 'preferred_language', $2::jsonb, 'self-declared', $3, $4)`,
    [personId, JSON.stringify(language), AT, world.worker.id],
  );
}

beforeAll(async () => {
  database = await openTestDatabase();
  world = await loadDetectionWorld(database, 200);
  households = (await database.query<{ id: number }>("select id from households where municipality_nis = '99001' order by id")).map((r) => r.id);
  // Every third aanvrager reads French, every third English; the rest say nothing (Dutch).
  for (const [i, id] of households.entries()) {
    const addressee = await letterAddressee(database, id, undefined, AT);
    if (addressee && i % 3 === 1) await setLanguage(addressee.id, 'fr');
    if (addressee && i % 3 === 2) await setLanguage(addressee.id, 'en');
  }
});
afterAll(async () => {
  await database?.close();
});

describe('letters in the language of the person', () => {
  it('writes the outreach letter in the preferred language, in Dutch when unknown, and in the language the worker chooses', async () => {
    const letterFor = async (household: number, language?: 'nl' | 'fr' | 'en') => {
      const result = await recordOutreach(database, world.worker, household, { kind: 'letter', outcome: 'planned', right: 'verhoogde-tegemoetkoming', ...(language ? { language } : {}) });
      const pdf = await readLetter(database, world.worker, result.id);
      return { language: result.language, pdf: pdfLanguage(pdf), title: pdfTitle(pdf) };
    };
    const [dutch, french, english] = [households[0]!, households[1]!, households[2]!];
    const addressee = await letterAddressee(database, dutch, undefined, AT);
    expect((await preferredLanguages(database, [addressee!.id])).size).toBe(0);
    expect(await letterFor(dutch)).toEqual({ language: 'nl', pdf: 'nl', title: expect.stringMatching(/^U hebt misschien recht op: /) });
    expect(await letterFor(french)).toEqual({ language: 'fr', pdf: 'fr', title: expect.stringMatching(/^Vous avez peut-être droit à : /) });
    expect(await letterFor(english)).toEqual({ language: 'en', pdf: 'en', title: expect.stringMatching(/^You may be entitled to: /) });
    // The worker knows the person: their choice wins over the recorded preference.
    expect((await letterFor(french, 'nl')).pdf).toBe('nl');
    const kept = await detectionDb(database).selectFrom('outreach_actions').select('language').where('household_id', '=', french).orderBy('id').execute();
    expect(kept.map((k) => k.language)).toEqual(['fr', 'nl']);
    // The worklist shows the worker the language asked for before a letter is written.
    const list = await readWorklist(database, world.coordinator, { order: 'priority', limit: 500 });
    expect(list.items.find((i) => i.householdId === french)?.letterLanguage).toBe('fr');
    expect(list.items.find((i) => i.householdId === english)?.letterLanguage).toBe('en');
    expect(list.items.find((i) => i.householdId === dutch)?.letterLanguage).toBeNull();
  });

  it('writes each automatic decision letter in the aanvrager\'s language, Dutch when unknown', async () => {
    const run = await runGrants(database, world.coordinator, { municipality_nis: '99001', at_date: AT });
    expect(run.granted).toBeGreaterThan(0);
    const decisions = await detectionDb(database).selectFrom('grant_decisions').select(['household_id', 'letter_pdf']).where('run_id', '=', run.id).execute();
    const seen = new Set<string>();
    for (const d of decisions) {
      const addressee = await letterAddressee(database, d.household_id, undefined, AT);
      const expected = (await preferredLanguages(database, [addressee!.id])).get(addressee!.id) ?? 'nl';
      expect(pdfLanguage(d.letter_pdf), `household ${d.household_id}`).toBe(expected);
      const title = pdfTitle(d.letter_pdf)!;
      expect(title).toMatch({ nl: /^Beslissing: u krijgt /, fr: /^Décision : vous recevez /, en: /^Decision: you receive / }[expected]);
      seen.add(expected);
    }
    expect(seen.has('fr') || seen.has('en')).toBe(true);
    expect(seen.has('nl')).toBe(true);
  });
});
