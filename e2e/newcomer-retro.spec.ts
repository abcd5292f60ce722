import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, expectNoHorizontalScroll, launchBrowser, newContext, screenshot } from './lib/browser.ts';
import { chromiumMissing } from './lib/chromium.ts';
import { field, signIn } from './lib/flows.ts';
import { ADMIN, apiCall, setUpAdmin } from './lib/retroSetup.ts';
import { type RunningServer, startServer } from './lib/server.ts';

// Issue 10, from a closed SEV1 back to its published retrospective, as a newcomer meets it: a solo admin
// (Ada) runs the incident and writes the retrospective, a stakeholder (Victor, viewer) reads it.
// Tests run in order; later ones use what earlier ones made.

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
  it('a stakeholder on a fresh install is told published retrospectives will appear, not to draft one', async () => {
    await v.goto('/retros');
    await v.getByText('No published retrospectives yet').waitFor();
    expect(await v.getByText(/choose Retrospective/).count()).toBe(0);
  });

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
    await v
      .getByRole('note')
      .getByText(/stay with the responders/)
      .waitFor();
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

  it('the closing gate says what is left: only the retrospective, with a link to it; back from publishing, no stale blocker', async () => {
    const inc = await apiCall(a.request, 'post', '/incidents', {
      title: 'Invoices e-mailed twice',
      severity: 'SEV2',
      status: 'investigating',
    });
    await apiCall(a.request, 'patch', `/incidents/${inc.ref}`, { rootCauseFix: { state: 'done', description: 'Deduplicate sends' } });
    await apiCall(a.request, 'post', `/incidents/${inc.ref}/status`, { status: 'resolved' });
    await a.goto(`/incidents/${inc.ref}`);
    const gate = a.getByRole('alert').filter({ hasText: 'Before this incident can close' });
    await gate.getByText('Finish the retrospective and publish it (it is a draft).').waitFor();
    expect(await gate.getByText(/fix for the root cause/).count()).toBe(0);
    await expect.poll(() => a.getByRole('button', { name: 'Close', exact: true }).isDisabled()).toBe(true);
    // Its tooltip opens below the button, never over the incident's title.
    const close = a.getByRole('button', { name: 'Close', exact: true });
    await close.locator('..').hover();
    const tip = a.getByRole('tooltip').filter({ hasText: 'Cannot close yet' });
    await tip.waitFor();
    const [button, tooltip] = [await close.boundingBox(), await tip.boundingBox()];
    expect(tooltip?.y ?? 0).toBeGreaterThanOrEqual((button?.y ?? 0) + (button?.height ?? 0));
    await a.mouse.move(0, 0);
    await expectAccessible(a, 'incident with only the retrospective blocking');
    await screenshot(a, 'newcomer-closing-gate-1440');
    await gate.getByRole('link', { name: 'Open the retrospective' }).click();
    await a.getByRole('heading', { name: 'Retrospective: Invoices e-mailed twice', level: 1 }).waitFor();

    await a.getByRole('button', { name: 'Send for review' }).click();
    // Publishing fetches the incident's gate at once; later fetches of it are slowed down, so a page that
    // showed its cached copy while refetching would show the lifted blocker for over a second.
    const lifted = async (r: Response) => {
      if (!r.url().endsWith(`/api/v1/incidents/${inc.ref}`) || r.request().method() !== 'GET') return false;
      try {
        return (await r.json()).data.closingBlockers.length === 0;
      } catch {
        return false; // a response of a page navigated away from has no body left to read
      }
    };
    const refreshed = a.waitForResponse(lifted);
    await a.getByRole('button', { name: 'Publish', exact: true }).click();
    await refreshed;
    await a.route(`**/api/v1/incidents/${inc.ref}`, async (route) => {
      await new Promise((r) => setTimeout(r, 1500));
      await route.continue();
    });
    await a.getByRole('link', { name: inc.ref, exact: true }).click();
    await a.getByRole('heading', { name: 'Invoices e-mailed twice', level: 1 }).waitFor();
    expect(await a.getByText('Before this incident can close').count()).toBe(0);
    expect(await a.getByRole('button', { name: 'Close', exact: true }).isEnabled()).toBe(true);
    await a.unroute(`**/api/v1/incidents/${inc.ref}`);
  });

  it('publishing asks about wordings only when the server still finds some', async () => {
    const inc = await apiCall(a.request, 'post', '/incidents', { title: 'Search index lagging', severity: 'SEV3' });
    await apiCall(a.request, 'post', `/incidents/${inc.ref}/retro`, {});
    await a.goto(`/retros/${inc.ref}`);
    const intro = section(a, 'Introduction');
    await intro.getByRole('button', { name: 'Edit Introduction' }).click();
    await intro.getByRole('textbox', { name: 'Introduction' }).fill('Bob forgot to run the migration, which caused the outage.');
    await intro.getByRole('button', { name: 'Save Introduction' }).click();
    await a.getByText('1 wording to reconsider', { exact: true }).waitFor();
    await a.getByRole('button', { name: 'Send for review' }).click();
    // Someone rewords it elsewhere; this page still counts one wording.
    const retro = await (await a.request.get(`/api/v1/retros/${inc.ref}`)).json();
    const s = retro.data.sections.find((x: { key: string }) => x.key === 'introduction');
    await apiCall(a.request, 'put', `/retros/${inc.ref}/sections/introduction`, {
      baseRevision: s.revision,
      body: 'The migration step was manual and easy to miss.',
    });
    await intro.getByText('The migration step was manual and easy to miss.').waitFor();
    await a.getByRole('button', { name: 'Publish', exact: true }).click();
    await a.getByRole('button', { name: 'Amend (start revision 2)' }).waitFor();
    expect(await a.getByRole('dialog').count()).toBe(0);
  });

  it('the list shows published retrospectives by default, and the stakeholder the revision they can read', async () => {
    // INC-1 is published as revision 2; its revision 3 goes into review.
    await apiCall(a.request, 'post', '/retros/INC-1/amend', {});
    await apiCall(a.request, 'post', '/retros/INC-1/status', { status: 'in_review' });
    await a.goto('/retros');
    const rows = a.getByRole('table');
    await rows
      .getByRole('row', { name: /INC-2 Invoices e-mailed twice/ })
      .getByText('Published')
      .waitFor();
    const inReview = rows.getByRole('row', { name: /INC-1 Orders are slow to confirm/ });
    await inReview.getByText('In review').waitFor();
    await inReview.getByText('rev 3 · rev 2 published').waitFor();
    await a.getByRole('combobox', { name: 'Show' }).selectOption({ label: 'Draft' });
    await a.getByText('No retrospectives that are draft').waitFor();
    await a.getByRole('button', { name: 'Show all retrospectives' }).click();
    await rows.getByRole('row', { name: /INC-2/ }).waitFor();

    await v.goto('/retros');
    expect(await v.getByRole('combobox', { name: 'Show' }).count()).toBe(0);
    const row = v.getByRole('row', { name: /INC-1 Orders are slow to confirm/ });
    await row.getByText('Published').waitFor();
    await row.getByText('rev 2', { exact: true }).waitFor();
    expect(await row.getByText('In review').count()).toBe(0);
    await expectAccessible(v, 'retrospective list for a stakeholder');
    await row.getByRole('link').click();
    await v
      .getByRole('combobox', { name: 'Revision history' })
      .getByRole('option', { name: 'Latest published: revision 2' })
      .waitFor({ state: 'attached' });
    expect(await v.getByText(/Working copy/).count()).toBe(0);
  });

  it('a solo admin publishes a draft directly; it starts with the whole ticket and its export with the facts', async () => {
    await apiCall(a.request, 'post', '/services', { name: 'payments-api', criticality: 'critical' });
    const inc = await apiCall(a.request, 'post', '/incidents', {
      title: 'Card payments declined in the EU',
      severity: 'SEV3',
      services: ['payments-api'],
      status: 'investigating',
    });
    await apiCall(a.request, 'patch', `/incidents/${inc.ref}`, {
      customerImpact: 'EU customers could not pay by card.',
      rootCauses: 'The acquirer rotated its certificate.',
      fixesForSymptoms: 'Routed EU cards to the backup acquirer.',
      scopeRegions: 'EU',
    });
    await apiCall(a.request, 'post', `/incidents/${inc.ref}/roles`, { role: 'commander', user: 'me' });
    await apiCall(a.request, 'post', `/incidents/${inc.ref}/status`, { status: 'resolved' });
    await apiCall(a.request, 'post', `/incidents/${inc.ref}/retro`, {});
    await a.goto(`/retros/${inc.ref}`);
    const intro = section(a, 'Introduction');
    for (const text of [
      'The acquirer rotated its certificate.',
      'EU customers could not pay by card.',
      'Routed EU cards to the backup acquirer.',
    ])
      await intro.getByText(text, { exact: false }).waitFor();
    // The timeline section shows its moments, not "Nothing written yet" above them.
    await moments(a).getByText('Incident declared').waitFor();
    expect(await section(a, 'Timeline').getByText('Nothing written yet').count()).toBe(0);
    expect(await a.getByText(/· revision \d/).count()).toBe(0);
    // Times follow the reader's time zone everywhere on the page; durations never say "0 min".
    expect(await a.getByRole('region', { name: 'Themes from the timeline' }).innerText()).not.toContain('UTC');
    const depth = await a.getByRole('region', { name: 'Investigation depth' }).innerText();
    expect(depth).toContain('It lasted less than a minute.');
    expect(depth).not.toMatch(/\b0 min/);
    await screenshot(a, 'newcomer-retro-prefilled-1440');

    await a.getByRole('button', { name: 'Publish', exact: true }).click();
    await a.getByRole('button', { name: 'Amend (start revision 2)' }).waitFor();
    await a.getByRole('button', { name: 'Export' }).click();
    const [download] = await Promise.all([a.waitForEvent('download'), a.getByRole('menuitem', { name: 'Download Markdown' }).click()]);
    const md = readFileSync((await download.path()) as string, 'utf8');
    for (const part of [
      '- **Duration:**',
      '- **Services:** payments-api',
      '- **Roles:** Incident commander: Ada Admin',
      '**Customer impact**',
      '**Root causes**',
    ])
      expect(md).toContain(part);

    // Its stakeholder page links to it now that it is published.
    await v.goto(`/incidents/${inc.ref}/status-page`);
    await v.getByRole('link', { name: 'Read the retrospective' }).click();
    await v.getByRole('heading', { name: 'Retrospective: Card payments declined in the EU', level: 1 }).waitFor();
  });

  it('one whys system: a why asked on the ticket moves into the five whys, and closing asks about it without blocking', async () => {
    const inc = await apiCall(a.request, 'post', '/incidents', {
      title: 'Webhooks delivered late',
      severity: 'SEV2',
      status: 'investigating',
    });
    await apiCall(a.request, 'patch', `/incidents/${inc.ref}`, { rootCauseFix: { state: 'done', description: 'Bigger worker pool' } });
    await a.goto(`/incidents/${inc.ref}`);
    await field(a, 'Ask why').fill('Why did the queue back up unnoticed?');
    await a.getByRole('button', { name: 'Ask why' }).click();
    await a.getByText('Why did the queue back up unnoticed?').first().waitFor();
    await apiCall(a.request, 'post', `/incidents/${inc.ref}/status`, { status: 'resolved' });
    await a.reload();
    await a.getByRole('link', { name: 'In the retrospective’s five whys' }).click();
    const whys = section(a, 'The five whys');
    const carried = whys.getByRole('listitem').filter({ hasText: 'Why did the queue back up unnoticed?' });
    await carried.getByText('Internal: from the ticket’s whys').waitFor();
    await carried.getByRole('button', { name: 'Keep as written' }).click();
    await carried.getByText('Internal: from the ticket’s whys').waitFor({ state: 'detached' });
    await a.getByRole('button', { name: 'Publish', exact: true }).click();
    await a.getByRole('button', { name: 'Amend (start revision 2)' }).waitFor();

    await a.goto(`/incidents/${inc.ref}`);
    await a.getByRole('button', { name: 'Close', exact: true }).click();
    const dialog = a.getByRole('dialog', { name: /→ Closed/ });
    await dialog.getByText('One why is still open.').waitFor();
    await expectAccessible(a, 'close dialog with an open why');
    await dialog.getByRole('button', { name: 'Close anyway' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await a.getByText('Closed', { exact: true }).first().waitFor();
  });

  it("retrospective work is the retrospective's history; the incident timeline shows only its steps", async () => {
    // INC-3: its introduction was edited twice and it was sent for review and published.
    await a.goto('/retros/INC-3');
    const history = a.getByRole('region', { name: 'History' });
    await history.getByText('edited Introduction').first().waitFor();
    await history.getByText('published revision 1 of the retrospective').waitFor();
    await expectAccessible(a, 'retrospective with its history');
    await history.scrollIntoViewIfNeeded();
    await screenshot(a, 'newcomer-retro-history-1440');
    await a.goto('/incidents/INC-3');
    const tl = a.getByRole('region', { name: 'Timeline entries' });
    await tl.getByText('published revision 1 of the retrospective').waitFor();
    await tl.getByText('sent the retrospective for review').waitFor();
    expect(await tl.getByText(/edited Introduction|retro section edited/).count()).toBe(0);
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
