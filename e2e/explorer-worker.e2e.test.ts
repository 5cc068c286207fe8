import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentQuestion, rightsPerBand } from './explorer-scenarios.ts';
import { expectAccessible } from './explorer-ui.ts';
import { startHarness, type Harness } from './harness.ts';
import { DEMO_USERS, heading, signIn } from './pages.ts';

// Pages load the catalogue and the dossier asynchronously; a busy test machine may take a while.
const POLL = { timeout: 20_000 };

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

describe('Rechtenverkenner, worker mode', () => {
  it('records an answer as a fact with provenance and shows the same results and Rechtencheck after a reload', async () => {
    const context = await harness.newContext();
    const page = await context.newPage();
    await signIn(page, DEMO_USERS.maatschappelijkWerker);
    const worker = (await page.locator('.user-menu__who').innerText()).split('\n')[0]!.trim();
    await page.goto('/dossiers');
    await page.locator('main a[href^="/dossiers/"]').first().click();
    await page.getByRole('link', { name: 'Open de rechtenverkenner' }).click();
    await expect.poll(() => heading(page), POLL).toMatch(/^Rechtenverkenner: /);
    const key = await currentQuestion(page);
    expect(key).not.toBeNull();
    const [, person, fact] = key!.split('|') as [string, string, string];
    const rowOf = () => page.locator(`#provenance-title ~ div tr[data-fact="${fact}"][data-person="${person}"]`);

    await page.getByRole('radio', { name: 'Ik heb het zelf nagekeken' }).check();
    const form = page.locator('[data-question]');
    if (await form.locator('input[type=radio]').count()) await form.locator('input[type=radio]').first().check();
    else await form.locator('input').first().fill(fact === 'municipality_nis' ? '99001' : /date|since/.test(fact) ? '01/01/2020' : '0');
    const saved = page.waitForResponse((r) => r.url().endsWith('/explorer/answers') && r.request().method() === 'POST');
    await form.getByRole('button', { name: 'Volgende', exact: true }).click();
    expect((await saved).status()).toBe(200);

    const row = rowOf();
    await expect.poll(() => row.count(), POLL).toBeGreaterThan(0);
    expect(await row.first().innerText()).toContain('Ik heb het zelf nagekeken');
    expect(await row.first().innerText()).toContain(worker);
    const bands = await rightsPerBand(page);
    expect(await page.locator('#rechtencheck-title ~ div tr[data-right]').count()).toBeGreaterThan(10);

    await page.reload();
    await expect.poll(() => rowOf().count(), POLL).toBeGreaterThan(0);
    await expect.poll(() => rightsPerBand(page), POLL).toEqual(bands);
    // OCMW Kansendonk checks its own set for households in Kansendonk, the standard set for others.
    expect(await page.getByText(/van de \d+ rechten nagekeken/).innerText()).toMatch(
      /^(Rechtencheck OCMW Kansendonk \(demo\)|Standaard rechtencheck), versie 1: \d+ van de \d+ rechten nagekeken\.$/,
    );
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download als PDF' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^rechtenoverzicht-dossier-\d+\.pdf$/);
    await expectAccessible(page, 'worker mode of the explorer');

    // The household builder of worker mode changes the dossier household itself.
    await page.getByRole('button', { name: 'Voeg een gezinslid toe' }).click();
    expect(await page.getByRole('alert').innerText()).toBe('Vul de voornaam en de familienaam in.');
    await page.getByLabel('Voornaam').fill('Testa');
    await page.getByLabel('Familienaam').fill('Proefkind');
    await page.getByLabel('Wie is dit voor u?').selectOption('kind');
    await page.getByRole('button', { name: 'Voeg een gezinslid toe' }).click();
    const child = page.locator('.household__label', { hasText: '(Testa)' });
    await expect.poll(() => child.count(), POLL).toBe(1);
    // A member who joined today cannot also have left today; one who lived there before can.
    expect(await page.getByRole('button', { name: `${await child.innerText()} woont hier niet meer` }).count()).toBe(0);
    await context.close();
  });
});
