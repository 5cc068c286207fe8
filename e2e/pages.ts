import type { Page } from 'playwright-core';

/** Every demo user shares this password (team contract). */
export const DEMO_PASSWORD = 'springplank-demo';

/** Demo users the shell tests sign in as. */
export const DEMO_USERS = {
  maatschappelijkWerker: 'mw@ocmw.kansendonk.demo',
  coordinator: 'coordinator@ocmw.kansendonk.demo',
  dpo: 'dpo@ocmw.kansendonk.demo',
} as const;

/** Signs in through the login form (mouse and keyboard as a user would) and waits for home. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await page.getByRole('heading', { level: 1, name: /^Dag / }).waitFor();
}

/** The text of the page's `<h1>`. */
export async function heading(page: Page): Promise<string> {
  return (await page.getByRole('heading', { level: 1 }).innerText()).trim();
}

/** True when the page can scroll sideways (content wider than the viewport). */
export async function scrollsHorizontally(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

/** The element that has keyboard focus, described by tag and accessible text. */
export async function focused(page: Page): Promise<{ tag: string; text: string; name: string | null }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { tag: el?.tagName.toLowerCase() ?? '', text: el?.textContent?.trim() ?? '', name: el?.getAttribute('name') ?? null };
  });
}
