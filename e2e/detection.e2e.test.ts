import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { startHarness, type Harness } from './harness.ts';
import { DEMO_USERS, heading, signIn } from './pages.ts';

// A screening of the demo and the worklist after it take a few seconds on a busy machine.
const POLL = { timeout: 30_000 };

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

describe('Rechtendetectie, the coordinator path', () => {
  it('starts a screening and watches it, works the worklist, and sees the ledger history with inputs and rule version', async () => {
    const context = await harness.newContext();
    const page = await context.newPage();
    await signIn(page, DEMO_USERS.coordinator);
    // The organisation's dossiers are there before the screening starts.
    await expect
      .poll(async () => ((await (await context.request.get(new URL('/api/dossiers', page.url()).toString())).json()) as { items?: unknown[] }).items?.length ?? 0, POLL)
      .toBeGreaterThan(0);

    // 1. Start a screening run and watch its progress.
    await page.getByRole('navigation').getByRole('link', { name: 'Rechtendetectie' }).click();
    await expect.poll(() => heading(page), POLL).toBe('Rechtendetectie');
    // The demo OCMW has few open dossiers: screen every resident of the werkingsgebied.
    await page.getByText('Alle inwoners van het werkingsgebied, ook zonder dossier').click();
    const started = page.waitForResponse((r) => r.url().endsWith('/api/screening/runs') && r.request().method() === 'POST');
    await page.getByRole('button', { name: 'Start een screening' }).click();
    expect((await started).status()).toBe(202);
    const bar = page.getByRole('progressbar').first();
    await expect.poll(() => bar.getAttribute('aria-valuenow'), POLL).not.toBeNull();
    await expect.poll(() => page.locator('[data-run]').first().innerText(), POLL).toMatch(/Klaar/);
    expect(await bar.getAttribute('aria-valuetext')).toBe('100%');
    expect(await page.locator('[data-run]').first().innerText()).toMatch(/[1-9]\d* mogelijke rechten/);
    expect(await axeViolations(page)).toEqual([]);

    // 2. Open the worklist.
    await page.getByRole('link', { name: 'Open de werklijst' }).first().click();
    await expect.poll(() => heading(page), POLL).toBe('Werklijst');
    const item = page.locator('[data-household]').first();
    await item.waitFor(POLL);
    const household = await item.getAttribute('data-household');
    const card = page.locator(`[data-household="${household}"]`);
    const right = await card.locator('[data-right]').first().getAttribute('data-right');
    const row = card.locator(`[data-right="${right}"]`);

    // 3. Assign it to a social worker.
    const assigned = page.waitForResponse((r) => r.url().includes('/assign') && r.status() === 204);
    const select = card.getByLabel('Toegewezen aan');
    const worker = await select.locator('option').filter({ hasNotText: 'Niemand' }).first().getAttribute('value');
    await select.selectOption(worker!);
    await assigned;

    // 4. Record a home visit.
    await row.getByRole('button', { name: 'Huisbezoek registreren' }).click();
    await expect.poll(() => card.getByRole('status').innerText(), POLL).toBe('Het huisbezoek is geregistreerd.');

    // 5. Generate a letter (PDF).
    await row.getByRole('button', { name: 'Brief maken' }).click();
    const letter = row.getByRole('link', { name: 'Open de brief (PDF)' });
    await letter.waitFor(POLL);
    const pdf = await context.request.get(new URL((await letter.getAttribute('href'))!, page.url()).toString());
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');

    // 6. Mark the right as applied, then granted.
    await row.getByRole('button', { name: 'Aangevraagd' }).click();
    await expect.poll(() => card.getByRole('status').innerText(), POLL).toBe('De aanvraag is geregistreerd.');
    await page.locator(`[data-household="${household}"] [data-right="${right}"]`).getByRole('button', { name: 'Toegekend' }).click();
    await expect.poll(() => page.locator(`[data-household="${household}"] [data-right="${right}"]`).count(), POLL).toBe(0);

    // 7. The ledger history, with inputs and rule version.
    await page.goto(`/rechtendetectie/gezinnen/${household}`);
    await expect.poll(() => heading(page), POLL).toBe('Geschiedenis van de rechten');
    const steps = page.locator('tbody tr');
    await expect.poll(() => steps.count(), POLL).toBeGreaterThan(0);
    const ofRight = page.locator('tbody tr', { hasText: `${right} (` });
    const states = await ofRight.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-state')));
    expect(states).toEqual(['mogelijk-recht', 'gecontacteerd', 'contact-gepland', 'aangevraagd', 'toegekend']);
    const last = await ofRight.last().innerText();
    expect(last).toMatch(/\d{4}-\d{2}-\d{2}\.[0-9a-f]{8}/);
    expect(last).toContain('"persons"');
    expect(last).toContain(DEMO_USERS.coordinator);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
