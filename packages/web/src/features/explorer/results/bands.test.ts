import { describe, expect, it } from 'vitest';
import { loadCatalog, type Outcome } from '@springplank/rules';
import { derivedRights, groupIntoBands } from './bands.ts';

const facts = { path: 'facts.yaml', text: '- { id: igo, entity: person, type: boolean }\n' };
const right = (id: string, domain: string, expr: string) => ({
  path: `rights/${id}.yaml`,
  text: `id: ${id}
name: { nl: ${id}, fr: ${id}, en: ${id} }
description: { nl: x, fr: x, en: x }
level: federal
provider: { nl: x, fr: x, en: x }
domain: ${domain}
granting: on-request
subject: household
legal_basis: x
sources: [{ url: "https://example.org", verified_on: 2026-11-22 }]
eligibility:
  id: voorwaarde
  text: { nl: x, fr: x, en: x }
  expr: "${expr}"
`,
});

const loaded = loadCatalog([facts, right('basis', 'inkomen', 'person.igo = true'), right('afgeleid', 'gezondheid', 'right(basis)')]);
if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
const catalog = loaded.catalog;
const outcome = (id: string, status: Outcome['status']) => ({ right: id, status }) as Outcome;

describe('result bands', () => {
  it('sorts outcomes into the four bands, by life domain, leaving empty domains out', () => {
    const bands = groupIntoBands([outcome('basis', 'eligible'), outcome('afgeleid', 'undetermined')], catalog);
    expect(bands.map((b) => b.status)).toEqual(['eligible', 'eligible-if-confirmed', 'undetermined', 'not-eligible']);
    expect(bands[0]!.domains).toEqual([{ domain: 'inkomen', outcomes: [outcome('basis', 'eligible')] }]);
    expect(bands[1]!.count).toBe(0);
    expect(bands[2]!.domains.map((d) => d.domain)).toEqual(['gezondheid']);
  });

  it('names the rights a right opens', () => {
    expect(derivedRights(catalog, 'basis')).toEqual(['afgeleid']);
    expect(derivedRights(catalog, 'afgeleid')).toEqual([]);
  });
});
