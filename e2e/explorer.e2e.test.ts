import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Request } from 'playwright-core';
import { currentQuestion, rightsPerBand, scenario } from './explorer-scenarios.ts';
import { answerAll, answerAllByKeyboard, buildHousehold, downloadPdf, expectAccessible, tabTo } from './explorer-ui.ts';
import { startHarness, type Harness } from './harness.ts';
import { heading } from './pages.ts';

// Pages load the catalogue and the dossier asynchronously; a busy test machine may take a while.
const POLL = { timeout: 20_000 };

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

/** Records every request the page makes, to prove that no answer leaves the device. */
function recordRequests(page: Page): Request[] {
  const requests: Request[] = [];
  page.on('request', (r) => requests.push(r));
  return requests;
}

/** No request carried a body, and no URL carries one of the given answers. */
function expectNoAnswerSent(requests: Request[], answers: string[]): void {
  expect(requests.length).toBeGreaterThan(0);
  expect(requests.filter((r) => r.method() !== 'GET' || r.postData()).map((r) => `${r.method()} ${r.url()}`)).toEqual([]);
  expect(requests.filter((r) => answers.some((a) => decodeURIComponent(r.url()).includes(a))).map((r) => r.url())).toEqual([]);
}

async function openExplorer(page: Page): Promise<void> {
  await page.goto('/rechtenverkenner');
  await expect.poll(() => heading(page), POLL).toBe('Rechtenverkenner');
  await currentQuestion(page);
}

/** Goes to the overview, checks its bands and downloads the PDF (mouse). */
async function overviewAndPdf(page: Page, eligible: string[]): Promise<void> {
  await page.getByRole('link', { name: 'Toon mijn rechtenoverzicht' }).click();
  await expect.poll(() => heading(page), POLL).toBe('Mijn rechtenoverzicht');
  const shown = await page.locator('[data-band="eligible"] [data-right]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.right));
  expect(shown).toEqual(expect.arrayContaining(eligible));
  await expect.poll(() => page.locator('.overview__meta').innerText(), POLL).toMatch(/rechtencatalogus versie \d{4}-\d{2}-\d{2}\.[0-9a-f]{8}/);
  const pdf = await downloadPdf(page, () => page.getByRole('button', { name: 'Download als PDF' }).click());
  expect(pdf.name).toMatch(/^rechtenoverzicht-\d{4}-\d{2}-\d{2}\.pdf$/);
  expect(pdf.text.startsWith('%PDF-')).toBe(true);
  expect(pdf.text).toContain('Mijn rechtenoverzicht');
}

describe('Rechtenverkenner, citizen mode', () => {
  it('single adult with leefloon: full questionnaire, bands, language switch, resume, nothing sent, PDF', async () => {
    const context = await harness.newContext();
    const page = await context.newPage();
    const requests = recordRequests(page);
    await openExplorer(page);
    await expectAccessible(page, 'the explorer at its first question');

    const s = scenario('alleenstaande-met-leefloon');
    // A day that does not exist is refused with a message tied to the field.
    const field = page.locator('[data-question] input').first();
    await field.fill('31/02/1985');
    await page.getByRole('button', { name: 'Volgende', exact: true }).click();
    expect(await page.getByRole('alert').innerText()).toBe('Vul een datum in, bijvoorbeeld 02/03/1985.');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await field.getAttribute('aria-describedby')).toContain(await page.getByRole('alert').getAttribute('id'));
    // Half-way, switch to French and back: the answers stay.
    let key = await currentQuestion(page);
    for (let i = 0; i < 3 && key; i++) {
      await page.locator('[data-question] [type=radio], [data-question] input').first().waitFor();
      await page.getByRole('button', { name: 'Weet ik niet' }).click();
      await page.waitForFunction((k) => document.querySelector('[data-question]')?.getAttribute('data-question') !== k, key);
      key = await currentQuestion(page);
    }
    await page.getByRole('radio', { name: 'Français' }).click();
    await expect.poll(() => heading(page), POLL).toBe('Explorateur de droits');
    // The catalogue's question is in French too (French writes a space before the question mark).
    await expect.poll(() => page.locator('[data-question] h2').innerText(), POLL).toMatch(/ \?$/);
    expect(await page.getByRole('button', { name: 'Je ne sais pas' }).count()).toBe(1);
    expect(await page.locator('.answers__list li').count()).toBe(3);
    await page.getByRole('radio', { name: 'Nederlands' }).click();
    await expect.poll(() => heading(page), POLL).toBe('Rechtenverkenner');
    // Change the three "don't know" answers back by going back to the first one.
    await page.locator('.answers__list li').first().getByRole('button').click();
    await answerAll(page, s);

    const bands = await rightsPerBand(page);
    expect(bands.eligible).toEqual(expect.arrayContaining(['leefloon', 'verhoogde-tegemoetkoming', 'sociaal-tarief-energie', 'maximumfactuur']));
    expect(bands['not-eligible']).toEqual(expect.arrayContaining(['groeipakket-basisbedrag', 'igo']));
    // An opened right explains itself condition by condition.
    await page.locator('[data-band="eligible"] [data-right="leefloon"] summary').click();
    await expect.poll(() => page.locator('[data-right="leefloon"] .condition--met').count(), POLL).toBeGreaterThan(0);
    await expectAccessible(page, 'the explorer with all questions answered');

    await page.reload();
    await page.getByText('Welkom terug').waitFor();
    await expect.poll(() => rightsPerBand(page), POLL).toEqual(bands);

    await overviewAndPdf(page, ['leefloon', 'verhoogde-tegemoetkoming']);
    await expectAccessible(page, 'the rights overview');
    expectNoAnswerSent(requests, ['1985-03-02', '99001', 'alleenstaand', 'huurder-privaat']);
    await context.close();
  });

  it('couple with three school-age children and a modest income: household builder, bands, PDF', async () => {
    const context = await harness.newContext();
    const page = await context.newPage();
    const requests = recordRequests(page);
    await openExplorer(page);
    const s = scenario('koppel-met-drie-schoolgaande-kinderen');
    // A housemate added by mistake is removed again; its member id is not reused.
    await page.getByRole('button', { name: 'Voeg een andere huisgenoot toe' }).click();
    await page.getByRole('button', { name: 'Verwijder Huisgenoot' }).click();
    await buildHousehold(page, s);
    expect(await page.locator('.household__member').count()).toBe(5);
    // The builder never reuses the removed member's id; the scenario's p1…p5 map onto its ids in order.
    await answerAll(page, remap(s, await memberIds(page)));
    const bands = await rightsPerBand(page);
    expect(bands.eligible).toEqual(expect.arrayContaining(['groeipakket-basisbedrag', 'groeipakket-schooltoeslag', 'groeipakket-sociale-toeslag', 'verhoogde-tegemoetkoming']));
    expect(bands['not-eligible']).toEqual(expect.arrayContaining(['leefloon', 'igo']));
    expect(bands.undetermined?.length ?? 0).toBeGreaterThan(0);
    await overviewAndPdf(page, ['groeipakket-basisbedrag', 'groeipakket-schooltoeslag']);
    expectNoAnswerSent(requests, ['1984-06-11', '2010-09-02', '31800']);
    await context.close();
  });

  it('elderly person living alone on a low pension, by keyboard only, with the PDF', async () => {
    const context = await harness.newContext();
    const page = await context.newPage();
    const requests = recordRequests(page);
    await openExplorer(page);
    const s = scenario('alleenwonende-oudere');
    await page.keyboard.press('Tab');
    await answerAllByKeyboard(page, s);
    const bands = await rightsPerBand(page);
    expect(bands.eligible).toEqual(expect.arrayContaining(['igo', 'verhoogde-tegemoetkoming', 'sociaal-verwarmingsfonds', 'mijn-verbouwpremie']));
    expect(bands['not-eligible']).toEqual(expect.arrayContaining(['groeipakket-basisbedrag', 'vlaamse-huurpremie']));

    await tabTo(page, 'a[href="/rechtenverkenner/overzicht"]');
    await page.keyboard.press('Enter');
    await expect.poll(() => heading(page), POLL).toBe('Mijn rechtenoverzicht');
    await page.getByRole('button', { name: 'Download als PDF' }).waitFor();
    await tabTo(page, '.overview__actions .button--secondary');
    const pdf = await downloadPdf(page, () => page.keyboard.press('Enter'));
    expect(pdf.text.startsWith('%PDF-')).toBe(true);
    expectNoAnswerSent(requests, ['1948-05-19', '1190', '14300']);
    await context.close();
  });
});

describe('catalogue pages', () => {
  it('index with search and filters, and a right page generated from its rule file', async () => {
    const context = await harness.newContext();
    const page = await context.newPage();
    await page.goto('/rechten');
    await expect.poll(() => heading(page), POLL).toBe('Alle rechten');
    await page.getByRole('link', { name: 'Leefloon', exact: true }).waitFor();
    await expectAccessible(page, 'the rights index');
    await page.getByLabel('Zoek op naam').fill('groeipakket');
    await expect.poll(() => page.locator('.card-list li').count(), POLL).toBeGreaterThanOrEqual(4);
    expect((await page.locator('.card-list li .card__title').allInnerTexts()).every((n) => /groeipakket/i.test(n))).toBe(true);
    await page.getByLabel('Zoek op naam').fill('');
    await page.getByLabel('Thema').selectOption('gezondheid');
    await page.getByLabel('Hoe toegekend').selectOption('automatic');
    const names = await page.locator('.card-list li .muted').allInnerTexts();
    expect(names.length).toBeGreaterThan(0);
    expect(names.every((n) => n.startsWith('Gezondheid') && n.endsWith('Automatisch'))).toBe(true);

    await page.goto('/rechten/verhoogde-tegemoetkoming');
    await expect.poll(() => heading(page), POLL).toBe('Verhoogde tegemoetkoming');
    await page.getByRole('heading', { name: 'Voorwaarden' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Verbonden rechten' }).count()).toBe(1);
    expect(await page.locator('.graph a[href="/rechten/sociale-maximumfactuur"]').count()).toBe(1);
    expect(await page.getByText(/nagekeken op \d{4}-\d{2}-\d{2}/).count()).toBeGreaterThan(0);
    await expectAccessible(page, 'a right page');
    await page.goto('/rechten/leefloon');
    await expect.poll(() => page.locator('table tbody tr').count(), POLL).toBeGreaterThan(0);
    await context.close();
  });
});

/** The member ids the household builder gave, in order. */
async function memberIds(page: Page): Promise<string[]> {
  return page.evaluate(() => (JSON.parse(localStorage.getItem('springplank.explorer.answers') ?? '{}') as { members: { id: string }[] }).members.map((m) => m.id));
}

/** The scenario with its person ids replaced by the builder's ids (same order). */
function remap(s: ReturnType<typeof scenario>, ids: string[]): ReturnType<typeof scenario> {
  return { ...s, persons: s.persons.map((p, i) => ({ ...p, id: ids[i] ?? p.id })) };
}
