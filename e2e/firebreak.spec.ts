import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, expectNoHorizontalScroll, launchBrowser, newContext, screenshot } from './lib/browser.ts';
import { chromiumMissing } from './lib/chromium.ts';
import { choose, eventually, field, signIn } from './lib/flows.ts';
import { ADMIN } from './lib/retroSetup.ts';
import { seedShowcase } from './lib/seed.ts';
import { type RunningServer, startServer } from './lib/server.ts';

// One real server (fresh SQLite data dir, random port) and one Chromium for the whole file; each
// user gets a browser context. Tests run in order: later ones use what earlier ones created.

const SAM = { name: 'Sam Comms', email: 'sam@example.com', password: 'sam-password-123' };
const VICTOR = { name: 'Victor Viewer', email: 'victor@example.com', password: 'victor-password-1' };

const TITLE = 'Checkout returns 500 for EU customers';
const COMMENT = 'Rolled back checkout config 1.4.2 on eu-west; error rate dropping';
const UPDATE = 'Some customers in Europe could not pay at checkout. We found the cause and are fixing it. Next update by 15:00.';
const FIX_NOW = 'Rolled back the checkout config to 1.4.1';
const FOLLOW_UP = 'Validate checkout config before rollout';

let server: RunningServer;
let browser: Browser;
let admin: BrowserContext;
let a: Page;
let sam: BrowserContext;
let s: Page;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  admin = await newContext(browser, server.url);
  a = await admin.newPage();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const timeline = (p: Page) => p.getByRole('region', { name: 'Timeline entries' });

// Skipped (one line from e2e/globalSetup.ts says why) only where no Chromium can run, e.g. macOS without FIREBREAK_CHROMIUM.
describe.skipIf(chromiumMissing())('Firebreak in a browser', () => {
  it('first-run setup creates the admin from the link the server printed', async () => {
    expect(server.setupLink).toMatch(/\/setup\?token=/);
    const link = new URL(server.setupLink as string);
    await a.goto(`${link.pathname}${link.search}`);
    await a.getByRole('heading', { name: 'Set up Firebreak' }).waitFor();
    await expectAccessible(a, 'setup page');
    await field(a, 'Your name').fill(ADMIN.name);
    await field(a, 'E-mail').fill(ADMIN.email);
    await field(a, 'Password').fill(ADMIN.password);
    await field(a, 'Repeat password').fill(ADMIN.password);
    await a.getByRole('button', { name: 'Create admin account' }).click();
    await a.getByRole('heading', { name: 'Incidents', level: 1 }).waitFor();
    await a.getByText('No incidents. Declare one with').waitFor();
    await expectAccessible(a, 'empty incident list');
    await screenshot(a, 'incidents-empty-1440-light');
  });

  it('admin adds people and a service', async () => {
    await a.goto('/settings/users');
    for (const [who, role] of [
      [SAM, 'Responder'],
      [VICTOR, 'Viewer'],
    ] as const) {
      await a.getByRole('button', { name: 'Add person' }).click();
      const dialog = a.getByRole('dialog', { name: 'Add a person' });
      await field(dialog, 'E-mail').fill(who.email);
      await field(dialog, 'Name').fill(who.name);
      await choose(a, dialog, 'Role', new RegExp(`^${role}`));
      await field(dialog, 'Initial password').fill(who.password);
      await dialog.getByRole('button', { name: 'Add person' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await a.getByText(who.email).waitFor();
    }
    await expectAccessible(a, 'settings: users');
    await a.goto('/services');
    await a.getByRole('button', { name: 'Add service' }).first().click();
    const dialog = a.getByRole('dialog', { name: 'Add a service' });
    await field(dialog, 'Name').fill('checkout');
    await field(dialog, 'Description').fill('Cart, payment and order confirmation.');
    await choose(a, dialog, 'Criticality', 'Critical');
    await dialog.getByRole('button', { name: 'Add service' }).click();
    await a.getByRole('heading', { name: 'checkout', level: 1 }).waitFor();

    // An API token: the secret is shown once, then it can be revoked.
    await a.goto('/account');
    await field(a, 'Token name').fill('laptop CLI');
    await a.getByRole('button', { name: 'Create token' }).click();
    const secret = a.getByRole('dialog', { name: /Token “laptop CLI” created/ });
    expect(await secret.getByLabel('New API token').textContent()).toMatch(/^fbt/);
    await secret.getByRole('button', { name: 'Done' }).click();
    await a.getByRole('button', { name: 'Revoke laptop CLI' }).click();
    await a.getByRole('dialog').getByRole('button', { name: 'Revoke token' }).click();
    await a.getByText('Revoked').waitFor();
  });

  it('runs an incident from declaration to closed, live in a second browser', async () => {
    // A second responder watches the incident list in their own browser.
    sam = await newContext(browser, server.url);
    s = await sam.newPage();
    await signIn(s, SAM.email, SAM.password);
    await s.getByText('No incidents. Declare one with').waitFor();
    await a.goto('/incidents');
    await a.getByRole('heading', { name: 'Incidents', level: 1 }).waitFor();
    await a.keyboard.press('d');
    const declare = a.getByRole('dialog', { name: 'Declare an incident' });
    await field(declare, 'What is broken?').fill(TITLE);
    // SEV3 needs no retrospective, so the closing gate is only about the root cause.
    await declare.getByRole('radio', { name: 'SEV3' }).check();
    // The browser remembers it for the next declaration.
    await declare.getByRole('radio', { name: 'Alert' }).check();
    await choose(a, declare, 'Affected services', 'checkout');
    await field(declare, 'Original report').fill('ALERT checkout-5xx firing: 5xx ratio 12% (eu-west-1)\nsource: prometheus');
    await declare.getByRole('button', { name: 'Declare incident' }).click();
    await a.waitForURL(/\/incidents\/INC-1$/);
    await a.getByRole('heading', { name: TITLE, level: 1 }).waitFor();

    // It appears in the other browser's list without a reload; they open it and follow along.
    await s.getByRole('link', { name: `INC-1: ${TITLE}` }).click();
    await s.waitForURL(/\/incidents\/INC-1$/);
    await timeline(s).getByText('declared INC-1').waitFor();

    // Who is on it.
    await a.getByRole('button', { name: 'Assign Incident commander' }).click();
    await a.getByRole('button', { name: 'Assign me' }).click();
    await a.getByRole('button', { name: 'Incident commander: Ada Admin. Hand over' }).waitFor();
    await a.getByRole('button', { name: 'Assign Communications lead' }).click();
    await choose(a, a.getByRole('dialog'), 'Assign to', /Sam Comms/, 'Sam');
    await a.getByRole('button', { name: 'Communications lead: Sam Comms. Hand over' }).waitFor();
    expect(
      await a.getByRole('button', { name: 'Communications lead: Sam Comms. Hand over' }).evaluate((el) => el === document.activeElement),
    ).toBe(true);

    // War room and stakeholders: two voices.
    await field(a, 'War-room comment').fill(COMMENT);
    await a.getByRole('button', { name: 'Post to war room' }).click();
    await timeline(a).getByText(COMMENT).waitFor();
    // The live stream can show the comment a moment before the post's own answer clears the composer.
    await eventually(async () => expect(await field(a, 'War-room comment').inputValue()).toBe(''));
    await timeline(s).getByText(COMMENT).waitFor(); // live, no reload

    // Pin it as a key moment; add a note back-dated to when it happened; edit the ticket in place.
    await timeline(a).getByRole('article').filter({ hasText: COMMENT }).getByRole('button', { name: 'Pin entry' }).click();
    await timeline(a).getByRole('article').filter({ hasText: COMMENT }).getByRole('button', { name: 'Unpin entry' }).waitFor();
    await a.getByRole('button', { name: 'Add note' }).click();
    const note = a.getByRole('dialog', { name: 'Add a note to the timeline' });
    await field(note, 'What happened').fill('First customer ticket about failed payments');
    const earlier = new Date(Date.now() - 25 * 60_000);
    const pad = (n: number) => String(n).padStart(2, '0');
    // The browser runs in Europe/Berlin; the field says it takes local time.
    const local = new Date(earlier.toLocaleString('en-US', { timeZone: 'Europe/Berlin' }));
    await note
      .getByLabel(/When it happened \(local time/)
      .fill(
        `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}T${pad(local.getHours())}:${pad(local.getMinutes())}`,
      );
    await note.getByRole('button', { name: 'Add note' }).click();
    await note.waitFor({ state: 'hidden' });
    const noted = timeline(a).getByRole('article').filter({ hasText: 'First customer ticket' });
    await noted.getByText('Note · back-dated').waitFor();
    await noted.getByText(/^rec\. /).waitFor();
    await a.getByRole('button', { name: 'Edit customer impact' }).click();
    await field(a, 'Customer impact').fill('EU customers **cannot pay** at checkout.');
    await a.getByRole('button', { name: 'Save customer impact' }).click();
    await a.locator('#impact-title').locator('xpath=../..').getByText('cannot pay').waitFor();
    expect(await a.getByRole('button', { name: 'Edit customer impact' }).evaluate((el) => el === document.activeElement)).toBe(true);
    await a.getByRole('tab', { name: 'Stakeholder update' }).click();
    await field(a, 'Stakeholder update').fill('NullPointerException at db-3.prod.internal, p99 latency up');
    await a.getByText('Stakeholders read this: keep it plain').waitFor();
    await field(a, 'Stakeholder update').fill(UPDATE);
    await a.getByText('Stakeholders read this: keep it plain').waitFor({ state: 'hidden' });
    await a.getByRole('button', { name: 'Send to stakeholders' }).click();
    await timeline(a).getByText(UPDATE).waitFor();
    await a.getByText('Last update sent').waitFor();
    await timeline(s).getByText(UPDATE).waitFor();

    // Identified, then mitigated with the fix for now.
    await a.getByRole('group', { name: 'Change status' }).getByRole('button', { name: 'Identified' }).click();
    await a.getByRole('dialog').getByRole('button', { name: 'Move to Identified' }).click();
    await a.getByRole('dialog').waitFor({ state: 'hidden' });
    await a.getByRole('group', { name: 'Change status' }).getByRole('button', { name: 'Mitigated · monitoring' }).click();
    const mitigate = a.getByRole('dialog');
    await field(mitigate, 'Fix for now').fill(FIX_NOW);
    await mitigate.getByRole('button', { name: 'Move to Monitoring' }).click();
    await mitigate.waitFor({ state: 'hidden' });
    await a.getByLabel('Fix for now', { exact: false }).or(a.locator('#fix-now-title')).first().waitFor();
    await a.getByText(FIX_NOW).first().waitFor();
    await timeline(s).getByText('Identified → Monitoring').waitFor();

    // Resolve; closing is refused in words until the root cause has an owned follow-up.
    await a.getByRole('group', { name: 'Change status' }).getByRole('button', { name: 'Resolve' }).click();
    // Resolving offers the final stakeholder update, ready to send.
    await a.getByRole('dialog').getByRole('button', { name: 'Resolve and send update' }).click();
    await a.getByRole('dialog').waitFor({ state: 'hidden' });
    await a.getByText('Before this incident can close').waitFor();
    expect(await a.getByRole('button', { name: 'Close' }).isDisabled()).toBe(true);
    await a.getByRole('button', { name: 'Add action' }).click();
    const form = a.getByRole('form', { name: 'New action' });
    await form.getByText('Follow-up').click();
    await field(form, 'What needs doing').fill(FOLLOW_UP);
    await choose(a, form, 'Owner', /^Me/);
    await form.getByRole('button', { name: 'Add follow-up' }).click();
    await a.getByText(FOLLOW_UP).first().waitFor();
    await eventually(async () => expect(await a.getByRole('button', { name: 'Close' }).isEnabled()).toBe(true));
    await expectAccessible(a, 'incident page');
    await screenshot(a, 'incident-1440-light');
    await a.getByRole('button', { name: 'Close' }).click();
    await a.getByRole('dialog').getByRole('button', { name: 'Move to Closed' }).click();
    await a.getByRole('dialog').waitFor({ state: 'hidden' });
    await a.getByRole('banner').or(a.locator('main header')).getByText('Closed').first().waitFor();
    await timeline(s).getByText('Resolved → Closed').waitFor();
  }, 120_000);

  it('shows a banner when the live connection drops, and catches up when it is back', async () => {
    await s.goto('/incidents/INC-1');
    await timeline(s).getByText(COMMENT).waitFor();
    await server.kill();
    await s.getByText('Live updates lost').waitFor({ timeout: 15_000 });
    await server.restart();
    // Posted as soon as the server is back: the page shows it, whether live or from the replay.
    const res = await a.request.post('/api/v1/incidents/INC-1/comments', { data: { body: 'Posted while the stream was reconnecting' } });
    expect(res.status()).toBe(201);
    await timeline(s).getByText('Posted while the stream was reconnecting').waitFor({ timeout: 20_000 });
    await s.getByText('Live updates lost').waitFor({ state: 'hidden', timeout: 15_000 });
  }, 60_000);

  it('a viewer sees the stakeholder view, never the war room or private incidents', async () => {
    await a.goto('/incidents');
    await a.getByRole('button', { name: 'Declare' }).first().click();
    const declare = a.getByRole('dialog', { name: 'Declare an incident' });
    await field(declare, 'What is broken?').fill('Suspicious admin logins');
    await declare.getByRole('switch', { name: /Private incident/ }).check();
    await declare.getByRole('button', { name: 'Declare incident' }).click();
    await a.waitForURL(/\/incidents\/INC-2$/);

    const viewer = await newContext(browser, server.url);
    const v = await viewer.newPage();
    await signIn(v, VICTOR.email, VICTOR.password);
    await v.getByRole('radiogroup', { name: 'Status' }).getByText('All').click();
    await v.getByRole('link', { name: `INC-1: ${TITLE}` }).waitFor();
    expect(await v.getByRole('link', { name: /INC-2/ }).count()).toBe(0);
    await v.getByRole('link', { name: `INC-1: ${TITLE}` }).click();
    await v.waitForURL(/\/incidents\/INC-1\/status-page$/);
    await v.getByText(UPDATE).waitFor();
    expect(await v.getByText(COMMENT).count()).toBe(0);
    expect(await v.getByText(FIX_NOW).count()).toBe(0);
    await expectAccessible(v, 'stakeholder view');
    await v.goto('/incidents/INC-2/status-page');
    await v.getByText('No incident INC-2').waitFor();
    await viewer.close();
  }, 60_000);

  it('every page: no serious accessibility problems, at 1440 and 390 px, light and dark (screenshots)', async () => {
    const ref = await seedShowcase(a.request, { sam: SAM.email });
    const pages: { path: string; name: string; ready: (p: Page) => Promise<unknown>; phone?: boolean; dark?: boolean }[] = [
      {
        path: '/incidents',
        name: 'incidents',
        ready: (p) => p.getByRole('link', { name: /Card payments time out/ }).waitFor(),
        phone: true,
        dark: true,
      },
      {
        path: `/incidents/${ref}`,
        name: 'incident',
        ready: (p) => timeline(p).getByText('Failing over payments-api').waitFor(),
        phone: true,
        dark: true,
      },
      {
        path: `/incidents/${ref}/status-page`,
        name: 'status-page',
        ready: (p) => p.getByText('Some customers in Europe cannot pay').waitFor(),
        phone: true,
        dark: true,
      },
      { path: '/services', name: 'services', ready: (p) => p.getByRole('link', { name: 'payments-api' }).waitFor(), phone: true },
      { path: '/services/payments-api', name: 'service', ready: (p) => p.getByRole('heading', { name: 'Recent incidents' }).waitFor() },
      { path: '/teams', name: 'teams', ready: (p) => p.getByRole('heading', { name: 'Payments' }).waitFor() },
      { path: '/follow-ups', name: 'follow-ups', ready: (p) => p.getByText('Fail over EU card traffic').waitFor() },
      {
        path: '/settings/severities',
        name: 'settings-severities',
        ready: (p) => p.getByRole('button', { name: 'Save severities' }).waitFor(),
        dark: true,
      },
      { path: '/settings/roles', name: 'settings-roles', ready: (p) => p.getByRole('button', { name: 'Save roles' }).waitFor() },
      { path: '/account', name: 'account', ready: (p) => p.getByRole('heading', { name: 'API tokens' }).waitFor() },
    ];
    const cookies = await admin.cookies();
    const variants = [
      { phone: false, dark: false },
      { phone: false, dark: true },
      { phone: true, dark: false },
    ];
    for (const variant of variants) {
      const ctx = await newContext(browser, server.url, variant);
      await ctx.addCookies(cookies);
      const p = await ctx.newPage();
      for (const pg of pages) {
        if (variant.phone && !pg.phone) continue;
        if (variant.dark && !pg.dark) continue;
        const label = `${pg.path} at ${variant.phone ? 390 : 1440} px, ${variant.dark ? 'dark' : 'light'}`;
        await p.goto(pg.path);
        await pg.ready(p);
        await expectAccessible(p, label);
        if (variant.phone) await expectNoHorizontalScroll(p, label);
        await screenshot(p, `${pg.name}-${variant.phone ? 390 : 1440}-${variant.dark ? 'dark' : 'light'}`);
      }
      if (variant.phone) {
        // Phone: the composers are one tap away, in a sheet over the timeline.
        await p.goto(`/incidents/${ref}`);
        await timeline(p).getByText('Failing over payments-api').waitFor();
        await p.getByRole('button', { name: 'Update', exact: true }).click();
        await field(p, 'Stakeholder update').waitFor();
        await expectAccessible(p, 'phone composer');
        await screenshot(p, 'incident-390-composer-light');
      } else if (!variant.dark) {
        await p.goto('/incidents');
        await p.getByRole('link', { name: /Card payments time out/ }).waitFor();
        await p.keyboard.press('d');
        const declare = p.getByRole('dialog', { name: 'Declare an incident' });
        await field(declare, 'What is broken?').fill('Card payments failing again');
        await choose(p, declare, 'Affected services', 'payments-api');
        await field(declare, 'Original report').click(); // closes the service list
        await declare.getByText(/open incident on payments-api/).waitFor();
        await expectAccessible(p, 'declare dialog');
        await screenshot(p, 'declare-1440-light');
        await p.keyboard.press('Escape');
        await p.keyboard.press('Control+k');
        await p.getByRole('textbox', { name: 'Search incidents or commands' }).fill('card');
        await p
          .getByRole('button', { name: /Card payments time out/ })
          .first()
          .waitFor();
        await expectAccessible(p, 'command palette');
        await screenshot(p, 'command-palette-1440-light');
      }
      await ctx.close();
    }
    const login = await newContext(browser, server.url);
    const lp = await login.newPage();
    await lp.goto('/login');
    await field(lp, 'E-mail').waitFor();
    await expectAccessible(lp, 'sign-in page');
    await screenshot(lp, 'login-1440-light');
    await login.close();
  }, 400_000);
});
