/**
 * Rechtenverkenner benchmark (not a timed test): the explorer's first load in gzipped
 * JavaScript, and how long the results take to update after an answer, in Debian Chromium
 * against a real server. Results go to docs/performance.md under "Rechtenverkenner".
 *
 *   node --import tsx bench/explorer.ts
 */
import { gzipSync } from 'node:zlib';
import type { Response } from 'playwright-core';
import { currentQuestion, scenario, valueFor } from '../e2e/explorer-scenarios.ts';
import { startHarness } from '../e2e/harness.ts';

const harness = await startHarness();
try {
  const context = await harness.newContext();
  const page = await context.newPage();
  const scripts: { url: string; bytes: number; gzip: number }[] = [];
  const onResponse = async (response: Response) => {
    if (response.request().resourceType() !== 'script') return;
    const body = await response.body();
    scripts.push({ url: new URL(response.url()).pathname, bytes: body.length, gzip: gzipSync(body, { level: 9 }).length });
  };
  page.on('response', onResponse);
  await page.goto('/rechtenverkenner');
  await currentQuestion(page);
  await page.waitForLoadState('networkidle');
  page.off('response', onResponse);
  const total = scripts.reduce((s, f) => s + f.gzip, 0);
  console.log(`first load: ${scripts.length} scripts, ${(scripts.reduce((s, f) => s + f.bytes, 0) / 1024).toFixed(1)} KiB raw, ${(total / 1024).toFixed(1)} KiB gzipped`);

  for (const name of ['alleenstaande-met-leefloon', 'koppel-met-drie-schoolgaande-kinderen', 'alleenwonende-oudere']) {
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await currentQuestion(page);
    const s = scenario(name);
    for (const p of s.persons.slice(1)) {
      await page.getByRole('button', { name: p.role === 'partner' ? 'Voeg een partner toe' : p.role === 'kind' ? 'Voeg een kind toe' : 'Voeg een andere huisgenoot toe' }).click();
    }
    const ids = await page.evaluate(() => (JSON.parse(localStorage.getItem('springplank.explorer.answers') ?? '{}') as { members: { id: string }[] }).members.map((m) => m.id));
    const mapped = { ...s, persons: s.persons.map((p, i) => ({ ...p, id: ids[i] ?? p.id })) };
    const update: number[] = [];
    const engine: number[] = [];
    for (let key = await currentQuestion(page); key; key = await currentQuestion(page)) {
      const value = valueFor(mapped, key);
      const form = page.locator('[data-question]');
      if (value !== undefined) {
        if (await form.locator('input[type=radio]').count()) await form.locator(`input[type=radio][value="${String(value)}"]`).check();
        else await form.locator('input').first().fill(String(value));
      }
      // From the answer to the frame that shows the updated results: submit, then wait until that
      // frame is painted (a task queued from requestAnimationFrame runs after the paint).
      const ms = await page.evaluate(async (dontKnow) => {
        const started = performance.now();
        const form = document.querySelector<HTMLFormElement>('[data-question] form');
        const buttons = [...(form?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
        if (dontKnow) buttons.find((b) => b.textContent === 'Weet ik niet')?.click();
        else form?.requestSubmit();
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        return performance.now() - started;
      }, value === undefined);
      update.push(ms);
      engine.push(Number(await page.locator('.results').getAttribute('data-evaluation-ms')));
    }
    const stats = (xs: number[]) => {
      const sorted = [...xs].sort((a, b) => a - b);
      const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.toFixed(1);
      return `median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${sorted.at(-1)!.toFixed(1)} ms`;
    };
    console.log(`${name}: ${update.length} answers; engine ${stats(engine)}; answer → results on screen ${stats(update)}`);
  }
  await context.close();
} finally {
  await harness.close();
}
