import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { axeViolations } from './axe.ts';
import { ROOT, startHarness, type Harness } from './harness.ts';
import { DEMO_USERS, heading, scrollsHorizontally, signIn } from './pages.ts';

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

    // 2. Open the worklist, for the residents no organisation has a dossier on yet (filter by organisation).
    await page.getByRole('link', { name: 'Open de werklijst' }).first().click();
    await expect.poll(() => heading(page), POLL).toBe('Werklijst');
    await page.locator('[data-household]').first().waitFor(POLL);
    const filtered = page.waitForResponse((r) => r.url().includes('/api/worklist?') && r.url().includes('organisation=') && r.ok());
    await page.getByLabel('Organisatie').selectOption({ label: 'Nog geen dossier bij een organisatie' });
    await filtered;
    const item = page.locator('[data-household]').first();
    await item.waitFor(POLL);
    await expect.poll(() => item.innerText(), POLL).toContain('Nog geen dossier bij een organisatie.');
    const household = await item.getAttribute('data-household');
    const card = page.locator(`[data-household="${household}"]`);
    const right = await card.locator('[data-right]').first().getAttribute('data-right');
    const row = card.locator(`[data-right="${right}"]`);
    // The worker reads the right's name in their language, not its id (the id stays in data-right).
    const names = (await (await context.request.get(new URL('/api/rights?lang=nl', page.url()).toString())).json()) as { items: { id: string; name: string }[] };
    const rightName = names.items.find((r) => r.id === right)!.name;
    expect(rightName).not.toBe(right);
    await expect.poll(() => row.locator('strong').innerText(), POLL).toBe(rightName);
    // Filter by that right, chosen by its name: every household left on the list may miss it.
    const byRight = page.waitForResponse((r) => r.url().includes('/api/worklist?') && r.url().includes(`right=${right}`) && r.ok());
    await page.getByLabel('Recht', { exact: true }).selectOption({ label: rightName });
    await byRight;
    const everyCardHasRight = () =>
      page.locator('[data-household]').evaluateAll((cards, id) => cards.length > 0 && cards.every((c) => c.querySelector(`[data-right="${id}"]`) !== null), right);
    await expect.poll(everyCardHasRight, POLL).toBe(true);
    await page.getByLabel('Recht', { exact: true }).selectOption({ label: 'Alle rechten' });

    // 3. Assign it to a social worker.
    const assigned = page.waitForResponse((r) => r.url().includes('/assign') && r.status() === 204);
    const select = card.getByLabel('Toegewezen aan');
    const worker = await select.locator('option').filter({ hasNotText: 'Niemand' }).first().getAttribute('value');
    await select.selectOption(worker!);
    await assigned;

    // 4. Record a phone call that did not reach anyone, with a follow-up today: it appears under
    // "Op te volgen". Then a home visit that did reach the household, with a new follow-up: the
    // call's follow-up is done, the visit's is due. One contact form per card, keyboard only.
    const followUp = page.locator(`[data-follow-up="${household}"]`);
    expect(await followUp.count()).toBe(0);
    const todayIso = new Date().toISOString().slice(0, 10);
    const contact = card.getByRole('form', { name: 'Contact registreren' });
    await card.getByLabel('Opvolgen op (niet verplicht)').fill(todayIso);
    await contact.getByLabel('Over welk recht').selectOption(right!);
    expect(await contact.getByLabel('Over welk recht').locator('option:checked').innerText()).toBe(rightName);
    await contact.getByLabel('Soort contact').selectOption({ label: 'Telefoongesprek' });
    await contact.getByLabel('Hoe ging het?').selectOption({ label: 'We hebben de persoon niet bereikt' });
    await contact.getByLabel('Hoe ging het?').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => card.getByRole('status').innerText(), POLL).toBe('Het telefoongesprek is geregistreerd.');
    await expect.poll(() => followUp.count(), POLL).toBe(1);
    expect(await followUp.innerText()).toMatch(/^Vandaag: .*telefoon over /);
    expect(await followUp.innerText()).toContain(rightName);
    expect(await followUp.innerText()).not.toContain(right!);
    // A contact via a partner offers the other organisations of the werkingsgebied.
    await contact.getByLabel('Soort contact').selectOption({ label: 'Contact via een partner' });
    expect(await contact.getByLabel('Via welke partner').locator('option').count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    await card.getByLabel('Opvolgen op (niet verplicht)').fill(todayIso);
    await contact.getByLabel('Soort contact').selectOption({ label: 'Huisbezoek' });
    await contact.getByLabel('Hoe ging het?').selectOption({ label: 'We hebben de persoon gesproken' });
    await contact.getByRole('button', { name: 'Contact registreren' }).click();
    await expect.poll(() => card.getByRole('status').innerText(), POLL).toBe('Het huisbezoek is geregistreerd.');
    await expect.poll(() => followUp.innerText(), POLL).toMatch(/^Vandaag: .*huisbezoek over /);
    expect(await followUp.count()).toBe(1);

    // 5. Generate a letter (PDF). The worker knows the person reads French and chooses French (a
    // recorded preferred language does the same by default). The letter is the next action for
    // this right, so the follow-up is done.
    await card.getByLabel('Taal van de brief').selectOption({ label: 'Frans' });
    await row.getByRole('button', { name: 'Brief maken' }).click();
    const letter = row.getByRole('link', { name: 'Open de brief (PDF)' });
    await letter.waitFor(POLL);
    await expect.poll(() => card.getByRole('status').innerText(), POLL).toBe('De brief is gemaakt, in het Frans.');
    const pdf = await context.request.get(new URL((await letter.getAttribute('href'))!, page.url()).toString());
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    const bytes = await pdf.body();
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.toString('latin1')).toContain('/Lang (fr)');
    await expect.poll(() => followUp.count(), POLL).toBe(0);

    // 6. Mark the right as applied, then granted.
    await row.getByRole('button', { name: 'Aangevraagd' }).click();
    await expect.poll(() => card.getByRole('status').innerText(), POLL).toBe('De aanvraag is geregistreerd.');
    await page.locator(`[data-household="${household}"] [data-right="${right}"]`).getByRole('button', { name: 'Toegekend' }).click();
    await expect.poll(() => page.locator(`[data-household="${household}"] [data-right="${right}"]`).count(), POLL).toBe(0);

    // A resident of the demo who asked for letters in French: the card says so, and the letter is
    // in French without the worker choosing.
    const french = page.locator('[data-household]').filter({ has: page.locator('option', { hasText: 'De taal van de persoon: Frans' }) }).first();
    await french.waitFor(POLL);
    await french.locator('[data-right]').first().getByRole('button', { name: 'Brief maken' }).click();
    await expect.poll(() => french.getByRole('status').innerText(), POLL).toBe('De brief is gemaakt, in het Frans.');

    // 7. The ledger history, with who, the rules and the facts used, in plain words.
    await page.goto(`/rechtendetectie/gezinnen/${household}`);
    await expect.poll(() => heading(page), POLL).toBe('Geschiedenis van de rechten');
    const steps = page.locator('tbody tr');
    await expect.poll(() => steps.count(), POLL).toBeGreaterThan(0);
    const ofRight = page.locator('tbody tr', { has: page.locator(`td[data-right="${right}"]`) });
    // The worker reads the right's name and each step in plain words, not their codes.
    await expect.poll(() => ofRight.first().innerText(), POLL).toContain(`${rightName} (`);
    const states = await ofRight.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-state')));
    expect(states).toEqual(['mogelijk-recht', 'gecontacteerd', 'contact-gepland', 'aangevraagd', 'toegekend']);
    // Who, under which rules and with which facts, in words: no e-mail address, no version code
    // alone, no JSON. The screening's step names Springplank, the grant the coordinator by name.
    await expect.poll(() => ofRight.first().innerText(), POLL).toContain('Springplank (automatische screening)');
    const last = await ofRight.last().innerText();
    const me = ((await (await context.request.get(new URL('/api/auth/me', page.url()).toString())).json()) as { user: { name: string } }).user;
    expect(last).toContain(me.name);
    expect(last).not.toContain(DEMO_USERS.coordinator);
    expect(last).toMatch(/Regels van \d{1,2} \w+ \d{4} \(versie [0-9a-f]{8}\)/);
    expect(last).toContain('toegekend');
    expect(last).not.toContain('"persons"');
    // One fact the step used, named as the catalogue names it, its value in words.
    const ledger = (await (await context.request.get(new URL(`/api/ledger/households/${household}`, page.url()).toString())).json()) as {
      history: { right: string; input_snapshot: { household: Record<string, { value: unknown }>; persons: { facts: Record<string, { value: unknown }> }[] } }[];
    };
    const used = ledger.history.filter((t) => t.right === right).at(-1)!.input_snapshot;
    const facts = [used.household, ...used.persons.map((p) => p.facts)].flatMap((f) => Object.entries(f));
    const [factId, stored] = facts.find(([, f]) => typeof f.value === 'boolean') ?? facts.find(([, f]) => typeof f.value === 'number') ?? facts[0]!;
    const definition = (parse(readFileSync(join(ROOT, 'catalog/facts.yaml'), 'utf8')) as { id: string; type: string; label?: { nl: string }; question: { nl: string } }[]).find((f) => f.id === factId)!;
    const shown = ofRight.last().locator(`[data-fact="${factId}"]`).first();
    expect(await shown.locator('dt').innerText()).toBe(definition.label?.nl ?? definition.question.nl);
    const value = await shown.locator('dd').innerText();
    // The value in words, then where and when it was observed: "nee (uit een register, op 1 oktober 2026)".
    if (typeof stored.value === 'boolean') expect(value).toMatch(stored.value ? /^ja( \(.+\))?$/ : /^nee( \(.+\))?$/);
    else if (definition.type === 'money') expect(value).toMatch(/^€ [\d.]+,\d{2}/);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('shows a coordinator who would gain and who would lose a right before a rule changes', async () => {
    const context = await harness.newContext();
    const page = await context.newPage();
    await signIn(page, DEMO_USERS.coordinator);
    await page.getByRole('navigation').getByRole('link', { name: 'Regelwijziging' }).click();
    await expect.poll(() => heading(page), POLL).toBe('Gevolgen van een regelwijziging');
    expect(await axeViolations(page)).toEqual([]);

    // A file with an error is refused, and nothing is compared.
    await page.getByLabel('Alle inwoners van het werkingsgebied, ook zonder dossier').check();
    await page.getByLabel('Plaats in de catalogus').fill('rights/local/kansendonk-woonpremie.yaml');
    await page.getByLabel('Nieuwe tekst van het bestand').fill('id: kansendonk-woonpremie\neligibility:\n  expr: "onbekend_feit > 3"\n');
    await page.getByRole('button', { name: 'Vergelijk met de huidige regels' }).click();
    await expect.poll(() => page.getByRole('alert').innerText(), POLL).toContain('Het gewijzigde bestand heeft fouten.');

    // The woonpremie without its leefloon condition: private tenants without leefloon would gain it.
    const current = readFileSync(join(ROOT, 'catalog/rights/local/kansendonk-woonpremie.yaml'), 'utf8');
    const changed = current.replace(/    - id: leefloon\n[\s\S]*?(?=    - id: private-huurder)/, '');
    expect(changed).not.toBe(current);
    await page.getByLabel('Nieuwe tekst van het bestand').fill(changed);
    // Keyboard only: from the text to the button, and Enter.
    await page.getByLabel('Nieuwe tekst van het bestand').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const row = page.locator('[data-impact-right="kansendonk-woonpremie"]');
    await row.waitFor(POLL);
    await expect.poll(() => row.locator('th').innerText(), POLL).toBe('Kansendonk: woonpremie (demo)');
    const gains = await row.locator('[data-gains]').innerText();
    expect(gains === 'minder dan 5' || Number(gains) >= 5).toBe(true);
    expect(await row.locator('[data-losses]').innerText()).toBe('0');
    expect(await page.getByRole('main').innerText()).toContain('Er is niets veranderd in de dossiers of de rechten.');
    expect(await axeViolations(page)).toEqual([]);

    // The same report in French and in English.
    await page.getByRole('radio', { name: 'Français' }).click();
    await expect.poll(() => heading(page), POLL).toBe("Effets d'une modification de règle");
    expect(await page.getByRole('columnheader').allInnerTexts()).toEqual(['Droit', 'Maintenant', 'Après la modification', "L'obtiennent", 'Le perdent']);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('radio', { name: 'English' }).click();
    await expect.poll(() => heading(page), POLL).toBe('Effects of a rule change');
    await expect.poll(() => row.locator('th').innerText(), POLL).toBe('Kansendonk: housing premium (demo)');
    await context.close();
  });

  it('lets a coordinator start a grant run, follow it, read a decision and its letter, reverse it with a reason, and download the payments', async () => {
    const context = await harness.newContext();
    const page = await context.newPage();
    await signIn(page, DEMO_USERS.coordinator);
    await page.getByRole('navigation').getByRole('link', { name: 'Automatisch toekennen' }).click();
    await expect.poll(() => heading(page), POLL).toBe('Automatisch toekennen');
    // Nothing on the page can refuse a right: a run only grants, and sends doubts to a worker.
    expect(await page.getByRole('main').innerText()).toContain('Springplank weigert nooit zelf.');
    await expect.poll(() => page.getByLabel('Welk recht').locator('option').count(), POLL).toBeGreaterThan(1);
    expect(await page.getByLabel('Welk recht').locator('option').first().innerText()).toMatch(/^Alle automatische rechten \(\d+\)$/);
    expect(await axeViolations(page)).toEqual([]);

    // 1. Start a run for all automatic rights, on today's date, and watch its progress.
    const started = page.waitForResponse((r) => r.url().endsWith('/api/grants/runs') && r.request().method() === 'POST');
    await page.getByRole('button', { name: 'Start de toekenning' }).click();
    const response = await started;
    expect(response.status()).toBe(202);
    const { id: runId, rights: runRights } = (await response.json()) as { id: string; rights: string[] };
    const card = page.locator(`[data-grant-run="${runId}"]`);
    await expect.poll(() => card.innerText(), POLL).toMatch(/Klaar — (\d+) van \1 gezinnen bekeken · [1-9]\d* toegekend/);
    // The card names the run's rights as the reader knows them, never by their id.
    const rightNames = (await page.getByLabel('Welk recht').locator('option').allInnerTexts()).slice(1);
    await expect.poll(() => card.innerText(), POLL).toContain(`Rechten (${runRights.length}): `);
    for (const name of rightNames) expect(await card.innerText()).toContain(name);
    for (const id of runRights) expect(await card.innerText()).not.toContain(id);
    expect(await card.getByRole('progressbar').getAttribute('aria-valuetext')).toBe('100%');
    expect(await axeViolations(page)).toEqual([]);

    // 2. Its decisions: who, which right, how much, why, and the decision letter.
    await card.getByRole('link', { name: `Bekijk de beslissingen van toekenning ${runId}` }).click();
    await expect.poll(() => heading(page), POLL).toBe(`Toekenning ${runId}`);
    const decision = page.locator('[data-decision]').first();
    await decision.waitFor(POLL);
    expect(await decision.innerText()).toMatch(/Toegekend voor \d{4}: /);
    await decision.getByText('Waarom?').click();
    await expect.poll(async () => (await decision.locator('details li').allInnerTexts()).length, POLL).toBeGreaterThan(0);
    // The rules the decision was made under, in words, as on the ledger page.
    expect(await decision.locator('details').innerText()).toMatch(/Regels van \d{1,2} \w+ \d{4} \(versie [0-9a-f]{8}\)/);
    const letter = decision.getByRole('link', { name: 'Open de beslissingsbrief (PDF)' });
    const pdf = await context.request.get(new URL((await letter.getAttribute('href'))!, page.url()).toString());
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    const [popup] = await Promise.all([page.waitForEvent('popup'), letter.click()]);
    await popup.close();
    expect(await axeViolations(page)).toEqual([]);

    // 3. Reverse it: a reason is needed; then the decision says who reversed it and why.
    const decisionId = await decision.getAttribute('data-decision');
    await decision.getByRole('button', { name: 'Beslissing terugdraaien' }).click();
    await decision.getByRole('button', { name: 'Ja, draai de beslissing terug' }).click();
    expect(await decision.getByText('Schrijf waarom u de beslissing terugdraait.').count()).toBe(1);
    await decision.getByLabel('Waarom draait u de beslissing terug?').fill('Het gezin kreeg deze premie al via de school.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => decision.getAttribute('data-reversed'), POLL).toBe('true');
    expect(await decision.innerText()).toContain('Reden: Het gezin kreeg deze premie al via de school.');
    expect(await axeViolations(page)).toEqual([]);

    // 4. The payment export: a CSV download with the documented header, without the reversed decision.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: `Download de betalingen van toekenning ${runId} (CSV)` }).click()]);
    expect(download.suggestedFilename()).toBe(`betalingen-${runId}.csv`);
    const csv = await readFile((await download.path())!, 'utf8');
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('grant_run;decision;household;person;national_register_number;name;right;period;amount;amount_period;currency;decided_on');
    expect(lines.slice(1).map((l) => l.split(';')[1])).not.toContain(decisionId);
    expect(lines.slice(1).every((l) => l.startsWith(`${runId};`))).toBe(true);

    // On a narrow screen (320 px) nothing scrolls sideways (WCAG reflow).
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await scrollsHorizontally(page)).toBe(false);
    await page.setViewportSize({ width: 1280, height: 900 });

    // The same page in French.
    await page.getByRole('radio', { name: 'Français' }).click();
    await expect.poll(() => heading(page), POLL).toBe(`Octroi ${runId}`);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
