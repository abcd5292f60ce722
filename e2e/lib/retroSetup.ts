import type { APIRequestContext, Page } from 'playwright-core';
import { field } from './flows.ts';

/** Calls the API as the page's signed-in user; throws with the answer when it is not 2xx. */
export async function apiCall(api: APIRequestContext, method: 'post' | 'patch' | 'put', url: string, data: unknown) {
  const res = await api[method](`/api/v1${url}`, { data });
  if (!res.ok()) throw new Error(`${method.toUpperCase()} ${url}: ${res.status()} ${await res.text()}`);
  return (await res.json()).data;
}

/** The first admin every spec sets up through the first-run link. */
export const ADMIN = { name: 'Ada Admin', email: 'ada@example.com', password: 'correct horse battery' };

/** First-run setup from the link the server printed: creates the admin and lands on the incident list. */
export async function setUpAdmin(page: Page, setupLink: string | null, who: { name: string; email: string; password: string }) {
  if (!setupLink) throw new Error('the server printed no setup link');
  const link = new URL(setupLink);
  await page.goto(`${link.pathname}${link.search}`);
  await field(page, 'Your name').fill(who.name);
  await field(page, 'E-mail').fill(who.email);
  await field(page, 'Password').fill(who.password);
  await field(page, 'Repeat password').fill(who.password);
  await page.getByRole('button', { name: 'Create admin account' }).click();
  await page.getByRole('heading', { name: 'Incidents', level: 1 }).waitFor();
}
