import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from './axe.ts';
import { startHarness, type Harness } from './harness.ts';
import { DEMO_PASSWORD, DEMO_USERS, focused, heading, scrollsHorizontally, signIn } from './pages.ts';

let harness: Harness;
// A person the social worker looked at; the DPO then checks who accessed that file.
let personSeenByWorker = '';

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

/** Zero axe-core violations (WCAG 2.0/2.1/2.2 A+AA), and no sideways scrolling at 320 px. */
async function expectAccessiblePage(page: Page, what: string): Promise<void> {
  expect(await axeViolations(page), `axe violations on ${what}`).toEqual([]);
  const viewport = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 640 });
  expect(await scrollsHorizontally(page), `${what} scrolls sideways at 320 px`).toBe(false);
  expect(await axeViolations(page), `axe violations on ${what} at 320 px`).toEqual([]);
  if (viewport) await page.setViewportSize(viewport);
}

/** The page title follows the `<h1>` of the route. */
async function expectTitleMatchesHeading(page: Page): Promise<void> {
  expect(await page.title()).toBe(`${await heading(page)} – Springplank`);
}

describe('web shell', () => {
  it('login page: accessible, one generic message for wrong credentials, errors linked to fields', async () => {
    const context = await harness.newContext();
    const page = await context.newPage();
    await page.goto('/');
    await page.waitForURL('**/login');
    expect(await heading(page)).toBe('Aanmelden');
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    await expectTitleMatchesHeading(page);
    await expectAccessiblePage(page, 'the login page');

    // Empty form: each field says what is missing, linked through aria-describedby.
    // Switching the language keeps what was typed; labels, title and <html lang> follow.
    await page.getByLabel('E-mailadres').fill('iemand@kansendonk.demo');
    await page.getByRole('radio', { name: 'Français' }).click();
    await page.getByRole('heading', { level: 1, name: 'Se connecter' }).waitFor();
    expect(await page.getByLabel('Adresse e-mail').inputValue()).toBe('iemand@kansendonk.demo');
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(await page.title()).toBe('Se connecter – Springplank');
    await expectAccessiblePage(page, 'the login page in French');
    await page.getByRole('radio', { name: 'Nederlands' }).click();
    await page.getByRole('heading', { level: 1, name: 'Aanmelden' }).waitFor();
    await page.getByLabel('E-mailadres').fill('');

    await page.getByRole('button', { name: 'Aanmelden' }).click();
    const email = page.getByLabel('E-mailadres');
    await expect.poll(() => email.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await email.getAttribute('aria-describedby')) ?? '';
    const messages = await Promise.all(describedBy.split(' ').map((id) => page.locator(`[id="${id}"]`).innerText()));
    expect(messages).toContain('Vul uw e-mailadres in.');
    await expectAccessiblePage(page, 'the login page with field errors');

    const wrong = async (address: string) => {
      await page.getByLabel('E-mailadres').fill(address);
      await page.getByLabel('Wachtwoord').fill('niet-het-wachtwoord');
      await page.getByRole('button', { name: 'Aanmelden' }).click();
      return (await page.getByRole('alert').innerText()).trim();
    };
    const knownUser = await wrong(DEMO_USERS.coordinator);
    const unknownUser = await wrong('niemand@kansendonk.demo');
    expect(knownUser).toBe('Het e-mailadres of het wachtwoord klopt niet. Probeer het opnieuw.');
    expect(unknownUser).toBe(knownUser);
    const alertId = await page.getByRole('alert').getAttribute('id');
    expect(await page.getByLabel('Wachtwoord').getAttribute('aria-describedby')).toContain(alertId);
    await expectAccessiblePage(page, 'the login page after a failed sign-in');
    await context.close();
  });

  it('signs in and moves around with the keyboard only', async () => {
    const context = await harness.newContext();
    const page = await context.newPage();
    await page.goto('/login');
    // Wait until the session check is done and the navigation is drawn, so the order is final.
    await page.getByRole('navigation').getByRole('link', { name: 'Aanmelden' }).waitFor();

    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe('Ga naar de inhoud');
    await page.keyboard.press('Enter');
    expect((await focused(page)).tag).toBe('main');

    for (let i = 0; i < 10 && (await focused(page)).name !== 'email'; i++) await page.keyboard.press('Tab');
    expect((await focused(page)).name).toBe('email');
    await page.keyboard.type(DEMO_USERS.maatschappelijkWerker);
    await page.keyboard.press('Tab');
    expect((await focused(page)).name).toBe('password');
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: /^Dag / }).waitFor();

    for (let i = 0; i < 20 && (await focused(page)).text !== 'Mijn dossiers'; i++) await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe('Mijn dossiers');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Mijn dossiers' }).waitFor();
    // After a route change focus lands on the new page's heading.
    await expect.poll(async () => (await focused(page)).tag).toBe('h1');
    await context.close();
  });

  it('maatschappelijk werker: role-aware home, language switch, every page accessible', async () => {
    const context = await harness.newContext();
    const page = await context.newPage();
    await signIn(page, DEMO_USERS.maatschappelijkWerker);

    const main = page.getByRole('main');
    await expect.poll(() => main.innerText()).toContain('Uw rol is: maatschappelijk werker.');
    expect(await main.innerText()).toMatch(/U werkt bij .+\. Soort organisatie: OCMW of Sociaal Huis\./);
    expect(await main.getByRole('link', { name: 'Mijn dossiers' }).isVisible()).toBe(true);
    await expectTitleMatchesHeading(page);
    await expectAccessiblePage(page, 'home (nl)');

    // French and back: visible text, <html lang> and the title follow; the page stays.
    await page.getByRole('radio', { name: 'Français' }).click();
    await page.getByRole('heading', { level: 1, name: /^Bonjour / }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(await main.innerText()).toContain('Votre rôle : travailleur social.');
    expect(await main.getByRole('link', { name: 'Mes dossiers' }).isVisible()).toBe(true);
    await expectTitleMatchesHeading(page);
    await expectAccessiblePage(page, 'home (fr)');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: /^Bonjour / }).waitFor();
    await page.getByRole('radio', { name: 'Nederlands' }).click();
    await page.getByRole('heading', { level: 1, name: /^Dag / }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('nl');

    await main.getByRole('link', { name: 'Mijn dossiers' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mijn dossiers' }).waitFor();
    await expect.poll(async () => (await focused(page)).tag).toBe('h1');
    await page.locator('.card').first().waitFor();
    await expectTitleMatchesHeading(page);
    await expectAccessiblePage(page, 'the dossier list');

    await page.locator('.card__title a').first().click();
    await page.getByRole('heading', { level: 2, name: 'Het gezin' }).waitFor();
    await page.locator('.person-number').first().waitFor();
    personSeenByWorker = (await page.locator('.person-number').first().innerText()).trim();
    expect(await main.innerText()).toContain('Aanspreekpunt');
    expect(await main.innerText()).toContain('Back-up');
    // The dossier's name stays out of the document title (browser history keeps titles).
    expect(await page.title()).toBe('Dossier – Springplank');
    await expectAccessiblePage(page, 'a dossier');

    await page.goto('/werkingsgebied');
    await page.getByText('Kansendonk', { exact: false }).first().waitFor();
    await expectTitleMatchesHeading(page);
    await expectAccessiblePage(page, 'the werkingsgebied');

    await page.goto('/deze-pagina-bestaat-niet');
    expect(await heading(page)).toBe('Pagina niet gevonden');
    await expectTitleMatchesHeading(page);
    await expectAccessiblePage(page, 'the not-found page');

    // The session ends (expiry): the next request sends the person to login, with a reason,
    // and signing in again brings them back where they were going.
    await context.clearCookies();
    await page.getByRole('navigation').getByRole('link', { name: 'Mijn dossiers' }).click();
    await page.getByRole('heading', { level: 1, name: 'Aanmelden' }).waitFor();
    expect(await page.getByRole('status').innerText()).toBe('U bent niet meer aangemeld. Meld u opnieuw aan.');
    await page.getByLabel('E-mailadres').fill(DEMO_USERS.maatschappelijkWerker);
    await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mijn dossiers' }).waitFor();
    await context.close();
  });

  it('DPO: lists every access to one person file, and signs out', async () => {
    expect(personSeenByWorker).not.toBe('');
    const context = await harness.newContext();
    const page = await context.newPage();
    await signIn(page, DEMO_USERS.dpo);
    const main = page.getByRole('main');
    await expect.poll(() => main.innerText()).toContain('functionaris voor gegevensbescherming (DPO)');
    await expectAccessiblePage(page, 'home (dpo)');

    await main.getByRole('link', { name: 'Toegang tot een persoonsdossier nagaan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Toegang tot een persoonsdossier nagaan' }).waitFor();
    await expectTitleMatchesHeading(page);
    await expectAccessiblePage(page, 'the audit search');

    await page.getByLabel('Nummer van de persoon').fill(personSeenByWorker);
    await page.getByRole('button', { name: 'Toon de toegang' }).click();
    const rows = page.locator('table tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThan(0);
    expect(await page.locator('table').innerText()).toContain('Ja');
    await expectAccessiblePage(page, 'the audit of one person');

    await page.getByRole('button', { name: 'Afmelden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Aanmelden' }).waitFor();
    expect(await page.getByRole('status').innerText()).toContain('U bent afgemeld.');
    await page.goto('/audit');
    await page.waitForURL('**/login');
    await context.close();
  });

  it.each([
    ['onthaal@ocmw.kansendonk.demo', 'onthaalmedewerker', ['Dossiers', 'Rechtenverkenner', 'Werkingsgebied'], 'Dossiers'],
    ['coordinator@ocmw.kansendonk.demo', 'coördinator', ['Dossiers van uw organisatie'], 'Dossiers van uw organisatie'],
    ['mw@caw.kansendonk.demo', 'maatschappelijk werker', ['Mijn dossiers'], 'Mijn dossiers'],
    ['signaal@school.kansendonk.demo', 'partner die signalen doorgeeft', ['Rechtenverkenner', 'Werkingsgebied'], 'Werkingsgebied'],
    ['beleid@gemeente.kansendonk.demo', 'beleidsmedewerker', ['Werkingsgebied'], 'Werkingsgebied'],
    ['beheer@ocmw.kansendonk.demo', 'beheerder', ['Gebruikers', 'Werkingsgebied'], 'Gebruikers'],
  ])('%s gets the home page of a %s, and its tasks open', async (email, roleName, actions, opens) => {
    const context = await harness.newContext();
    const page = await context.newPage();
    await signIn(page, email);
    const main = page.getByRole('main');
    await expect.poll(() => main.innerText()).toContain(`Uw rol is: ${roleName}.`);
    for (const action of actions) expect(await main.getByRole('link', { name: action, exact: true }).isVisible()).toBe(true);
    await expectAccessiblePage(page, `home of ${email}`);

    await main.getByRole('link', { name: opens, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: opens }).waitFor();
    await expect.poll(() => main.getByText('Even geduld').count()).toBe(0);
    expect(await page.getByRole('alert').count()).toBe(0);
    await expectAccessiblePage(page, `${opens} for ${email}`);
    await context.close();
  });

  it('rate-limits repeated failed sign-ins with a clear message', async () => {
    const context = await harness.newContext();
    const page = await context.newPage();
    await page.goto('/login');
    let message = '';
    for (let attempt = 0; attempt < 25 && !message.includes('te vaak'); attempt++) {
      await page.getByLabel('E-mailadres').fill('geblokkeerd@kansendonk.demo');
      await page.getByLabel('Wachtwoord').fill(`fout-${attempt}`);
      await page.getByRole('button', { name: 'Aanmelden' }).click();
      await page.getByRole('button', { name: 'Aanmelden' }).waitFor();
      message = (await page.getByRole('alert').innerText()).trim();
    }
    expect(message).toMatch(/^U hebt te vaak geprobeerd om aan te melden\./);
    await expectAccessiblePage(page, 'the login page when rate-limited');
    await context.close();
  });
});
