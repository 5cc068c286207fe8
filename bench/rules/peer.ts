import Engine from 'publicodes';
import { evaluate, loadCatalog } from '@springplank/rules';
import { readCatalogDirectory } from '@springplank/rules/node';
import { fileURLToPath } from 'node:url';

/**
 * Peer: the example right voorbeeld-basisinkomen written in Publicodes and in Springplank,
 * evaluated per situation (eligibility and amount) on the same 2,000 synthetic situations.
 * Springplank also builds its explanation tree and near-miss; Publicodes evaluates its rules.
 */
const files = readCatalogDirectory(fileURLToPath(new URL('../../packages/rules/examples', import.meta.url)));
const loaded = loadCatalog([files.facts, ...files.rights.filter((f) => f.path.endsWith('voorbeeld-basisinkomen.yaml'))]);
if (!loaded.ok) throw new Error('example catalogue does not load');
const catalog = loaded.catalog;

const rules = {
  leeftijd: { valeur: 0 },
  'inkomen aanvrager': { valeur: 0, unité: '€/mois' },
  'inkomen partner': { valeur: 0, unité: '€/mois' },
  'heeft partner': { valeur: 'non' },
  eigenaar: { valeur: 'non' },
  grens: { valeur: '1300 €/mois' },
  recht: { 'toutes ces conditions': ['leeftijd >= 18', 'inkomen aanvrager + inkomen partner <= grens', 'eigenaar = non'] },
  bedrag: { 'applicable si': 'recht', valeur: { variations: [{ si: 'heeft partner', alors: '1200 €/mois' }, { sinon: '900 €/mois' }] } },
};
const engine = new Engine(rules as never);

let seed = 1;
const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
const cases = Array.from({ length: 2000 }, () => {
  const age = 16 + Math.floor(rnd() * 60);
  const a = Math.round(rnd() * 1500);
  const partner = rnd() < 0.5;
  const p = partner ? Math.round(rnd() * 800) : 0;
  const owner = rnd() < 0.2;
  return { age, a, partner, p, owner };
});

function springplank(c: (typeof cases)[number]) {
  const persons = [{ id: 'p1', role: 'aanvrager', facts: { date_of_birth: `${2025 - c.age}-01-01`, net_income_monthly: c.a } }];
  if (c.partner) persons.push({ id: 'p2', role: 'partner', facts: { date_of_birth: '1980-01-01', net_income_monthly: c.p } });
  const o = evaluate(catalog, { household: { facts: { tenure: c.owner ? 'eigenaar' : 'huurder-privaat' } }, persons }, '2025-06-01').outcomes[0]!;
  return o.status === 'eligible' ? o.amount : null;
}

function publicodes(c: (typeof cases)[number]) {
  engine.setSituation({
    leeftijd: c.age,
    'inkomen aanvrager': `${c.a} €/mois`,
    'inkomen partner': `${c.p} €/mois`,
    'heeft partner': c.partner ? 'oui' : 'non',
    eigenaar: c.owner ? 'oui' : 'non',
  } as never);
  const v = engine.evaluate('bedrag').nodeValue;
  return typeof v === 'number' ? v : null;
}

for (const c of cases.slice(0, 200)) {
  if (springplank(c) !== publicodes(c)) throw new Error(`engines disagree on ${JSON.stringify(c)}`);
}
const time = (f: (c: (typeof cases)[number]) => unknown) => {
  const t = performance.now();
  for (const c of cases) f(c);
  return ((performance.now() - t) * 1000) / cases.length;
};
time(springplank);
time(publicodes);
const sp = time(springplank);
const pc = time(publicodes);
console.log(JSON.stringify({ situations: cases.length, springplank_us: sp, publicodes_us: pc, ratio: pc / sp }));
