import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, newContext, screenshot } from './lib/browser.ts';
import { chromiumMissing } from './lib/chromium.ts';
import { eventually } from './lib/flows.ts';
import { ADMIN, apiCall, setUpAdmin } from './lib/retroSetup.ts';
import { type RunningServer, startServer } from './lib/server.ts';

// "Paging and acknowledging must work from a phone lock screen link in two taps, without a login"
// (UI.md): the page e-mail's link, opened in a browser that is signed in nowhere, acknowledges.

let server: RunningServer;
let browser: Browser;
let desktop: BrowserContext;
let a: Page;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  desktop = await newContext(browser, server.url);
  a = await desktop.newPage();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** The acknowledge link of the newest page e-mail in the server's outbox (no SMTP server: files). */
function ackLinkInOutbox(): string | null {
  const dir = join(server.dataDir, 'outbox');
  let files: string[] = [];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.eml'));
  } catch {
    return null;
  }
  for (const f of files) {
    // Quoted-printable may fold long lines with "=\n"; unfold before looking for the link.
    const text = readFileSync(join(dir, f), 'utf8')
      .replace(/=\r?\n/g, '')
      .replace(/=3D/g, '=');
    const m = /https?:\/\/[^\s"<>]+\/page-ack\/[\w.-]+/.exec(text);
    if (m) return m[0];
  }
  return null;
}

describe.skipIf(chromiumMissing())('One-click page acknowledgement', () => {
  it('acknowledges from the e-mail link on a phone that is signed in nowhere, in two taps', async () => {
    await setUpAdmin(a, server.setupLink, ADMIN);
    const me = await (await a.request.get('/api/v1/me')).json();
    await apiCall(a.request, 'post', '/me/contact-methods', { kind: 'email', address: ADMIN.email });
    const inc = await apiCall(a.request, 'post', '/incidents', { title: 'Checkout returns 500', severity: 'SEV1' });
    await apiCall(a.request, 'post', `/incidents/${inc.ref}/pages`, { target: { kind: 'user', id: me.data.id } });

    let link: string | null = null;
    await eventually(async () => {
      link = ackLinkInOutbox();
      expect(link).not.toBeNull();
    }, 30_000);

    const phone = await newContext(browser, server.url, { phone: true });
    const p = await phone.newPage();
    await p.goto(new URL(link as unknown as string).pathname);
    await p.getByRole('heading', { name: 'Acknowledge this page?' }).waitFor();
    await expectAccessible(p, 'page acknowledgement link');
    await screenshot(p, 'page-ack-phone');
    await p.getByRole('button', { name: 'Acknowledge' }).click();
    await p.getByRole('heading', { name: 'Acknowledged', exact: true }).waitFor();
    await phone.close();

    const pages = (await (await a.request.get(`/api/v1/pages?incident=${inc.ref}`)).json()).data as { status: string }[];
    expect(pages.map((x) => x.status)).toEqual(['acknowledged']);
  }, 120_000);
});
