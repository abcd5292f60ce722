import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** Waits until `fn` stops throwing (Playwright's web-first waiting, for vitest's expect). */
export async function eventually(fn: () => Promise<unknown>, timeout = 10_000): Promise<void> {
  const end = Date.now() + timeout;
  for (;;) {
    try {
      await fn();
      return;
    } catch (err) {
      if (Date.now() > end) throw err;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** A text field by its accessible name (labels of required fields carry a hidden asterisk). */
export const field = (scope: Page | Locator, name: string) => scope.getByRole('textbox', { name, exact: true });

export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/login');
  await field(page, 'E-mail').fill(email);
  await field(page, 'Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Incidents', level: 1 }).waitFor();
}

/** Picks an option in a select (a combobox) by its label, optionally typing to search first. */
export async function choose(page: Page, scope: Page | Locator, label: string, option: string | RegExp, typed?: string): Promise<void> {
  const input = scope.getByRole('combobox', { name: label, exact: true });
  await input.click();
  if (typed) await input.fill(typed);
  await page.getByRole('option', { name: option }).first().click();
}

export async function expectVisible(page: Page, text: string | RegExp): Promise<void> {
  await page.getByText(text).first().waitFor({ state: 'visible' });
  expect(await page.getByText(text).first().isVisible()).toBe(true);
}
