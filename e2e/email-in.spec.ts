import { createTransport } from 'nodemailer';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, expectNoHorizontalScroll, launchBrowser, newContext, screenshot } from './lib/browser.ts';
import { chromiumMissing } from './lib/chromium.ts';
import { eventually } from './lib/flows.ts';
import { ADMIN, setUpAdmin } from './lib/retroSetup.ts';
import { freePort, type RunningServer, startServer } from './lib/server.ts';

// E-mail in against the real server: a support desk mails report@ with two files, the incident page
// shows the report verbatim with the files under it, and a reply by mail lands live on the timeline.

let server: RunningServer;
let browser: Browser;
let admin: BrowserContext;
let a: Page;
let smtpPort = 0;

const mail = (msg: Parameters<ReturnType<typeof createTransport>['sendMail']>[0]) => {
  const peer = createTransport({ host: '127.0.0.1', port: smtpPort, secure: false, ignoreTLS: true });
  return peer.sendMail(msg).finally(() => peer.close());
};

beforeAll(async () => {
  smtpPort = await freePort();
  [server, browser] = await Promise.all([
    startServer({
      FIREBREAK_SMTP_LISTEN: `127.0.0.1:${smtpPort}`,
      FIREBREAK_MAIL_FROM: 'Firebreak <firebreak@firebreak.test>',
      FIREBREAK_MAIL_ALLOWED_DOMAINS: 'example.com',
    }),
    launchBrowser(),
  ]);
  admin = await newContext(browser, server.url);
  a = await admin.newPage();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe.skipIf(chromiumMissing())('E-mail in', () => {
  it('a report by e-mail is an incident with its files; a reply by e-mail is a live comment', async () => {
    await setUpAdmin(a, server.setupLink, ADMIN);
    const info = await mail({
      from: 'Support Desk <desk@example.com>',
      to: 'report@firebreak.test',
      subject: 'Kunden können nicht bezahlen — checkout 500',
      text: 'Hi,\n\nsince 12:40 customers in DE get "Internal Server Error" when paying.\nTicket #4711, screenshot and log attached.\n\nSupport Desk',
      attachments: [
        { filename: 'checkout-error.png', content: Buffer.from('89504e470d0a1a0a', 'hex'), contentType: 'image/png' },
        { filename: 'payments-api-Protokoll-äöü.log', content: '12:40:01 ERROR upstream timeout\n' },
      ],
    });
    expect(info.response).toMatch(/Accepted for INC-1/);

    await a.goto('/incidents/INC-1');
    await a.getByRole('heading', { name: 'Kunden können nicht bezahlen — checkout 500', level: 1 }).waitFor();
    const files = a.getByRole('list', { name: 'Files from e-mail' });
    await files.getByRole('link', { name: 'checkout-error.png' }).waitFor();
    await files.getByRole('link', { name: 'payments-api-Protokoll-äöü.log' }).waitFor();
    await a.getByText('Ticket #4711, screenshot and log attached.').waitFor();
    await a.getByText(/^incident\+INC-1\.[0-9a-f]{16}@firebreak\.test$/).waitFor();
    const download = a.waitForEvent('download');
    await files.getByRole('link', { name: 'payments-api-Protokoll-äöü.log' }).click();
    expect((await download).suggestedFilename()).toBe('payments-api-Protokoll-äöü.log');

    await mail({
      from: `${ADMIN.name} <${ADMIN.email}>`,
      to: 'firebreak@firebreak.test',
      subject: 'Re: [INC-1] Kunden können nicht bezahlen',
      text: 'Rolled back payments-api 2.4.1; errors stopped at 12:58.\n\nOn Wed, Support Desk wrote:\n> since 12:40 customers in DE get errors\n',
    });
    await eventually(
      async () => expect(await a.getByText('Rolled back payments-api 2.4.1; errors stopped at 12:58.').count()).toBe(1),
      15_000,
    );
    await expect(a.getByText('since 12:40 customers in DE get errors').count()).resolves.toBe(0);

    await a.getByRole('heading', { name: 'Original report' }).scrollIntoViewIfNeeded();
    await expectAccessible(a, 'incident reported by e-mail');
    await screenshot(a, 'email-in-incident');

    const cookies = await admin.cookies();
    for (const variant of [
      { phone: true, dark: false },
      { phone: false, dark: true },
    ]) {
      const ctx = await newContext(browser, server.url, variant);
      await ctx.addCookies(cookies);
      const p = await ctx.newPage();
      await p.goto('/incidents/INC-1');
      // On a phone the timeline is the page; the ticket is the other tab.
      if (variant.phone) await p.getByRole('tab', { name: 'Ticket and actions' }).click();
      const list = p.getByRole('list', { name: 'Files from e-mail' });
      await list.scrollIntoViewIfNeeded();
      await list.getByRole('link', { name: 'checkout-error.png' }).waitFor();
      await expectAccessible(p, `incident reported by e-mail (${variant.phone ? 'phone' : 'dark'})`);
      if (variant.phone) await expectNoHorizontalScroll(p, 'incident reported by e-mail (phone)');
      await screenshot(p, `email-in-incident-${variant.phone ? 'phone' : 'dark'}`);
      await ctx.close();
    }
  }, 120_000);
});
