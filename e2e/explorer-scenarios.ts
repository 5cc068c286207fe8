import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './harness.ts';

/** A synthetic household from catalog/examples, as the questionnaire will be answered for it. */
export interface Scenario {
  household: Record<string, unknown>;
  persons: { id: string; role: 'aanvrager' | 'partner' | 'kind' | 'andere'; facts: Record<string, unknown> }[];
}

/** Reads one of catalog/examples/*.json; provenance is dropped (a citizen just answers). */
export function scenario(name: string): Scenario {
  const raw = JSON.parse(readFileSync(join(ROOT, 'catalog/examples', `${name}.json`), 'utf8')) as {
    household: { facts: Record<string, unknown> };
    persons: { id: string; role: Scenario['persons'][number]['role']; facts?: Record<string, unknown> }[];
  };
  const plain = (facts: Record<string, unknown> = {}) =>
    Object.fromEntries(Object.entries(facts).map(([k, v]) => [k, v !== null && typeof v === 'object' && 'value' in v ? (v as { value: unknown }).value : v]));
  return { household: plain(raw.household.facts), persons: raw.persons.map((p) => ({ id: p.id, role: p.role, facts: plain(p.facts) })) };
}

/** The value a scenario gives for a question key (`entity|person|fact`), or undefined. */
export function valueFor(s: Scenario, key: string): unknown {
  const [entity, person, fact] = key.split('|') as [string, string, string];
  if (entity === 'household') return s.household[fact];
  return s.persons.find((p) => p.id === person)?.facts[fact];
}

/** The current question's key, or null when the questionnaire is done. */
export async function currentQuestion(page: Page): Promise<string | null> {
  const done = page.getByRole('heading', { level: 2, name: 'Klaar met de vragen' });
  const question = page.locator('[data-question]');
  await done.or(question).first().waitFor();
  if (await done.isVisible()) return null;
  return question.getAttribute('data-question');
}

/** The right ids shown in each band of the results. */
export async function rightsPerBand(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const band of document.querySelectorAll<HTMLElement>('.results [data-band]')) {
      out[band.dataset.band ?? ''] = [...band.querySelectorAll<HTMLElement>('[data-right]')].map((r) => r.dataset.right ?? '').sort();
    }
    return out;
  });
}
