import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoHorizontalScroll, launchBrowser, newContext, screenshot } from './lib/browser.ts';
import { chromiumMissing } from './lib/chromium.ts';
import { ADMIN, setUpAdmin } from './lib/retroSetup.ts';
import { type RunningServer, startServer } from './lib/server.ts';

// The header on tablets and small laptops: its eleven links need ~720px, so between phone and wide
// desktop they used to push Declare, the notifications and the account menu off the right edge,
// out of reach. At every width the controls stay on screen and every section is reachable.

let server: RunningServer;
let browser: Browser;
let ctx: BrowserContext;
let p: Page;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  ctx = await newContext(browser, server.url);
  p = await ctx.newPage();
  await setUpAdmin(p, server.setupLink, ADMIN);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** The element is drawn and wholly inside the viewport. */
async function onScreen(name: string, el: ReturnType<Page['getByRole']>, width: number) {
  const box = await el.boundingBox();
  expect(box, `${name} at ${width}px is not drawn`).not.toBeNull();
  expect(box!.x, `${name} at ${width}px starts off screen`).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width, `${name} at ${width}px runs off the right edge`).toBeLessThanOrEqual(width);
}

describe.skipIf(chromiumMissing())('Header at tablet and laptop widths', () => {
  for (const width of [768, 900, 1024, 1280, 1366, 1440]) {
    it(`keeps Declare, search and the account menu on screen at ${width}px, and every section reachable`, async () => {
      await p.setViewportSize({ width, height: 800 });
      await p.goto('/incidents');
      const header = p.getByRole('banner');
      await onScreen('Declare', header.getByRole('button', { name: /^Declare/ }), width);
      await onScreen('the account menu', header.getByRole('button', { name: `Account: ${ADMIN.name}` }), width);
      await onScreen('search', header.getByRole('button', { name: /^Search and commands/ }), width);
      await expectNoHorizontalScroll(p, `incidents at ${width}px`);

      // Settings, the last section, is reached from the bar when it shows, else from the menu button.
      const menu = header.getByRole('button', { name: 'Open navigation' });
      if (await menu.isVisible()) {
        await menu.click();
        await p.getByRole('dialog').getByRole('link', { name: 'Settings' }).click();
      } else {
        const link = header.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' });
        await onScreen('the Settings link', link, width);
        await link.click();
      }
      await p.waitForURL(/\/settings/);
      await p.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
      if (width === 1024) await screenshot(p, 'settings-1024');
    });
  }
});

describe.skipIf(chromiumMissing())('Settings at an address that names no section', () => {
  it('says so, and the list of sections still leads on', async () => {
    await p.setViewportSize({ width: 1024, height: 800 });
    await p.goto('/settings/integrations');
    await p.getByText('There is no section called “integrations”. Choose one from the list.').waitFor();
    await p.getByRole('tab', { name: 'Background jobs' }).click();
    await p.waitForURL(/\/settings\/jobs$/);
    // The jobs panel replaces the message (the address changes a render before the panel does).
    await p.getByRole('button', { name: 'Run a test job' }).waitFor();
    await p.getByText('No such settings section').waitFor({ state: 'detached' });
  });
});
