import { describe, expect, it } from 'vitest';
import { generateDemo, generateHouseholds } from './generate.ts';

describe('demo generator determinism', () => {
  it('gives identical output for the same seed', () => {
    const first = generateDemo({ households: 300, seed: 42 });
    const second = generateDemo({ households: 300, seed: 42 });
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
  });

  it('gives different output for a different seed', () => {
    const first = generateDemo({ households: 300, seed: 42 });
    const other = generateDemo({ households: 300, seed: 43 });
    expect(JSON.stringify(other)).not.toBe(JSON.stringify(first));
    const sameNames = first.filter((h, i) => h.persons[0]?.givenName === other[i]?.persons[0]?.givenName).length;
    expect(sameNames).toBeLessThan(100);
  });

  it('treats a numeric seed and its text form alike', () => {
    expect(JSON.stringify(generateDemo({ households: 50, seed: '7' }))).toBe(
      JSON.stringify(generateDemo({ households: 50, seed: 7 })),
    );
  });

  it('does not depend on the chunk size', () => {
    const whole = generateDemo({ households: 250, seed: 5, chunkSize: 1000 });
    const chunks = [...generateHouseholds({ households: 250, seed: 5, chunkSize: 40 })];
    expect(chunks).toHaveLength(7);
    expect(chunks.every((c) => c.length <= 40)).toBe(true);
    expect(JSON.stringify(chunks.flat())).toBe(JSON.stringify(whole));
  });

  it('keeps the first households when more are asked for', () => {
    const small = generateDemo({ households: 100, seed: 9 });
    const large = generateDemo({ households: 200, seed: 9 });
    expect(JSON.stringify(large.slice(0, 100))).toBe(JSON.stringify(small));
  });

  it('numbers households, persons and dossiers consecutively from 1', () => {
    const demo = generateDemo({ households: 400, seed: 3 });
    expect(demo.map((h) => h.id)).toEqual(Array.from({ length: 400 }, (_, i) => i + 1));
    const personIds = demo.flatMap((h) => h.persons.map((p) => p.id));
    expect(personIds).toEqual(Array.from({ length: personIds.length }, (_, i) => i + 1));
    const dossierIds = demo.flatMap((h) => (h.dossier ? [h.dossier.id] : []));
    expect(dossierIds).toEqual(Array.from({ length: dossierIds.length }, (_, i) => i + 1));
  });
});
