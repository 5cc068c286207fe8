import { readFile } from 'node:fs/promises';
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from './axe.ts';
import { currentQuestion, type Scenario, valueFor } from './explorer-scenarios.ts';
import { scrollsHorizontally } from './pages.ts';

const ADD_BUTTON = { partner: 'Voeg een partner toe', kind: 'Voeg een kind toe', andere: 'Voeg een andere huisgenoot toe' } as const;

/** Builds the scenario's household with the household builder (mouse). */
export async function buildHousehold(page: Page, s: Scenario): Promise<void> {
  for (const p of s.persons.slice(1)) {
    if (p.role !== 'aanvrager') await page.getByRole('button', { name: ADD_BUTTON[p.role] }).click();
  }
}

/** Waits until the question shown is no longer `key` (the answer was taken). */
async function nextQuestion(page: Page, key: string): Promise<void> {
  await page.waitForFunction((k) => document.querySelector('[data-question]')?.getAttribute('data-question') !== k, key);
}

/**
 * Answers every question the explorer asks with the scenario's value (mouse and typing), or
 * "Weet ik niet" when the scenario does not know it, until the questionnaire is done.
 * Returns how many questions were asked.
 */
export async function answerAll(page: Page, s: Scenario): Promise<number> {
  let asked = 0;
  for (let key = await currentQuestion(page); key; key = await currentQuestion(page)) {
    const form = page.locator('[data-question]');
    const value = valueFor(s, key);
    if (value === undefined) {
      await form.getByRole('button', { name: 'Weet ik niet', exact: true }).click();
    } else {
      if (await form.locator('input[type=radio]').count()) await form.locator(`input[type=radio][value="${String(value)}"]`).check();
      else await form.locator('input').first().fill(String(value));
      await form.getByRole('button', { name: 'Volgende', exact: true }).click();
    }
    await nextQuestion(page, key);
    asked += 1;
    if (asked > 400) throw new Error('The questionnaire does not end');
  }
  return asked;
}

/** Presses Tab until the focused element matches `selector` (keyboard users get there the same way). */
export async function tabTo(page: Page, selector: string, max = 300): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Answers every question with the keyboard only: Tab, Space, arrows, typing and Enter. */
export async function answerAllByKeyboard(page: Page, s: Scenario): Promise<number> {
  let asked = 0;
  await tabTo(page, '[data-question] input');
  for (let key = await currentQuestion(page); key; key = await currentQuestion(page)) {
    // After each answer focus is on the new question's heading; the field is the next stop.
    if (!(await page.evaluate(() => document.activeElement?.matches('[data-question] input') ?? false))) await page.keyboard.press('Tab');
    const value = valueFor(s, key);
    const field = await page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement;
      const radios = [...document.querySelectorAll<HTMLInputElement>('[data-question] input[type=radio]')];
      return { type: el.type, values: radios.map((r) => r.value), current: radios.findIndex((r) => r === el) };
    });
    if (value === undefined) {
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Weet ik niet');
      await page.keyboard.press('Enter');
    } else {
      if (field.type === 'radio') {
        await page.keyboard.press('Space');
        const target = field.values.indexOf(String(value));
        for (let i = Math.max(field.current, 0); i < target; i++) await page.keyboard.press('ArrowDown');
      } else if (/^\d{4}-\d{2}-\d{2}$/.test(String(value))) {
        // Dates are typed the Belgian way, day first.
        const [y, m, d] = String(value).split('-');
        await page.keyboard.type(`${d}/${m}/${y}`);
      } else {
        await page.keyboard.type(String(value));
      }
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Volgende');
      await page.keyboard.press('Enter');
    }
    await nextQuestion(page, key);
    asked += 1;
    if (asked > 400) throw new Error('The questionnaire does not end');
  }
  return asked;
}

/** Downloads the rights overview PDF from the overview page and returns its bytes as text. */
export async function downloadPdf(page: Page, trigger: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), trigger()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: (await readFile(path)).toString('latin1') };
}

/** Zero axe-core violations (WCAG 2.x A+AA) and no sideways scrolling at 320 px. */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  expect(await axeViolations(page), `axe violations on ${what}`).toEqual([]);
  const viewport = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 640 });
  expect(await scrollsHorizontally(page), `${what} scrolls sideways at 320 px`).toBe(false);
  expect(await axeViolations(page), `axe violations on ${what} at 320 px`).toEqual([]);
  if (viewport) await page.setViewportSize(viewport);
}
