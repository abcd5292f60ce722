import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, expectNoHorizontalScroll, launchBrowser, newContext, screenshot } from './lib/browser.ts';
import { chromiumMissing } from './lib/chromium.ts';
import { field, signIn } from './lib/flows.ts';
import { apiCall, setUpAdmin } from './lib/retroSetup.ts';
import { type RunningServer, startServer } from './lib/server.ts';

// Issue 10, from a closed SEV1 back to its published retrospective, as a newcomer meets it: a solo admin
// (Ada) runs the incident and writes the retrospective, a stakeholder (Victor, viewer) reads it.
// Tests run in order; later ones use what earlier ones made.

const ADMIN = { name: 'Ada Admin', email: 'ada@example.com', password: 'correct horse battery' };
const VICTOR = { name: 'Victor Viewer', email: 'victor@example.com', password: 'victor-password-1' };
const TITLE = 'Orders are slow to confirm';
const WAR_ROOM = 'p99 on db-primary 4.2 s, lock waits on the orders table';
const REWORDED = 'The order database slowed down while it waited on locks.';

let server: RunningServer;
let browser: Browser;
let admin: BrowserContext;
let a: Page;
let viewer: BrowserContext;
let v: Page;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  admin = await newContext(browser, server.url);
  a = await admin.newPage();
  await setUpAdmin(a, server.setupLink, ADMIN);
  await apiCall(a.request, 'post', '/users', { email: VICTOR.email, name: VICTOR.name, role: 'viewer', password: VICTOR.password });
  viewer = await newContext(browser, server.url);
  v = await viewer.newPage();
  await signIn(v, VICTOR.email, VICTOR.password);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const section = (p: Page, title: string) => p.getByRole('region', { name: title, exact: true });
const timelineEntries = (p: Page) => p.getByRole('region', { name: 'Timeline entries' });
const moments = (p: Page) => p.getByRole('list', { name: 'Timeline: moments' });

describe.skipIf(chromiumMissing())('A newcomer from a SEV1 to its published retrospective', () => {
  it('a pinned war-room comment lands in the draft marked internal, with a way to reword it or share it', async () => {
    const inc = await apiCall(a.request, 'post', '/incidents', { title: TITLE, severity: 'SEV1', status: 'investigating' });
    await a.goto(`/incidents/${inc.ref}`);
    await field(a, 'War-room comment').fill(WAR_ROOM);
    await a.getByRole('button', { name: 'Post to war room' }).click();
    const entry = timelineEntries(a).getByRole('article').filter({ hasText: WAR_ROOM });
    await entry.hover();
    await entry.getByRole('button', { name: 'Pin entry' }).click();
    await entry.getByRole('button', { name: 'Unpin entry' }).waitFor();
    await apiCall(a.request, 'post', `/incidents/${inc.ref}/status`, { status: 'resolved' });

    await a.goto(`/retros/${inc.ref}`);
    const line = moments(a).getByRole('listitem').filter({ hasText: WAR_ROOM });
    await line.getByText('Internal: quoted from the war room').waitFor();
    await line.getByRole('button', { name: 'Reword' }).waitFor();
    await line.getByRole('button', { name: 'Share as written' }).waitFor();
    await expectAccessible(a, 'retrospective with an internal war-room line');
    await section(a, 'Timeline').scrollIntoViewIfNeeded();
    await screenshot(a, 'newcomer-retro-internal-1440');
  });

  it('published, the stakeholder reads the retrospective without the war-room line; reworded, they read it', async () => {
    await a.getByRole('button', { name: 'Send for review' }).click();
    await a.getByRole('button', { name: 'Publish', exact: true }).click();
    await a.getByText('Published', { exact: true }).first().waitFor();

    await v.goto('/retros/INC-1');
    await v.getByRole('heading', { name: `Retrospective: ${TITLE}`, level: 1 }).waitFor();
    await v.getByRole('note').getByText(/stay with the responders/).waitFor();
    expect(await v.getByText(WAR_ROOM).count()).toBe(0);
    await moments(v).getByText('Incident declared').waitFor();
    await expectAccessible(v, 'published retrospective for a stakeholder');
    await screenshot(v, 'newcomer-retro-stakeholder-1440');

    await a.getByRole('button', { name: 'Amend (start revision 2)' }).click();
    const line = moments(a).getByRole('listitem').filter({ hasText: WAR_ROOM });
    await line.getByRole('button', { name: 'Reword' }).click();
    await a.getByRole('textbox', { name: 'Reworded for the retrospective' }).fill(REWORDED);
    await a.getByRole('button', { name: 'Save line' }).click();
    const reworded = moments(a).getByRole('listitem').filter({ hasText: REWORDED });
    await reworded.waitFor();
    expect(await reworded.getByText(/Internal/).count()).toBe(0);
    await a.getByRole('button', { name: 'Send for review' }).click();
    await a.getByRole('button', { name: 'Publish', exact: true }).click();
    await a.getByRole('button', { name: 'Amend (start revision 3)' }).waitFor();

    await v.reload();
    await moments(v).getByText(REWORDED).waitFor();
    expect(await v.getByText(WAR_ROOM).count()).toBe(0);
  });

  it('reads well on a phone for the stakeholder', async () => {
    const phone = await newContext(browser, server.url, { phone: true });
    const p = await phone.newPage();
    await signIn(p, VICTOR.email, VICTOR.password);
    await p.goto('/retros/INC-1');
    await moments(p).getByText(REWORDED).waitFor();
    await expectNoHorizontalScroll(p, 'stakeholder retrospective on a phone');
    await phone.close();
  });
});
