import { evaluate } from '@springplank/rules';
import { benchCatalog } from './catalog.ts';
import { situationOf, syntheticPopulation } from './synthetic.ts';

/** Single: one household, full catalogue, with explanation (and near-misses), many times. */
const { catalog, name } = benchCatalog();
const pop = syntheticPopulation(catalog.vocabulary, 500, 7);
const situations = Array.from({ length: 500 }, (_, h) => situationOf(pop, catalog.vocabulary, h));
for (let i = 0; i < 1000; i++) evaluate(catalog, situations[i % 500]!, '2026-06-01');
const times: number[] = [];
for (let i = 0; i < 5000; i++) {
  const t = process.hrtime.bigint();
  evaluate(catalog, situations[i % 500]!, '2026-06-01');
  times.push(Number(process.hrtime.bigint() - t) / 1e6);
}
times.sort((a, b) => a - b);
const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
console.log(JSON.stringify({ catalogue: name, rights: catalog.rights.size, runs: times.length, median_ms: at(0.5), p99_ms: at(0.99) }));
