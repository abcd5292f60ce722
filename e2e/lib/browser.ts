import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { launchChromium } from './chromium.ts';
import { repoRoot } from './server.ts';

export const DESKTOP = { width: 1440, height: 900 };
export const PHONE = { width: 390, height: 844 };

/** Headless Chromium (which one: see chromium.ts); one browser per spec file, contexts per user. */
export function launchBrowser(): Promise<Browser> {
  return launchChromium();
}

export async function newContext(
  browser: Browser,
  baseURL: string,
  opts: { phone?: boolean; dark?: boolean } = {},
): Promise<BrowserContext> {
  const ctx = await browser.newContext({
    baseURL,
    viewport: opts.phone ? PHONE : DESKTOP,
    deviceScaleFactor: 1,
    isMobile: !!opts.phone,
    hasTouch: !!opts.phone,
    colorScheme: opts.dark ? 'dark' : 'light',
    locale: 'en-GB',
    timezoneId: 'Europe/Berlin',
    // Modals and drawers appear at once, so accessibility checks never see a half-faded overlay.
    reducedMotion: 'reduce',
  });
  ctx.setDefaultTimeout(10_000);
  return ctx;
}

/** Fails with the list of serious or critical accessibility violations on the page, if any. */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = bad.map(
    (v) =>
      `${v.impact} ${v.id}: ${v.help}\n    ${v.nodes
        .slice(0, 4)
        .map((n) => `${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`)
        .join('\n    ')}`,
  );
  expect(report, `axe on ${label}`).toEqual([]);
}

const shotsDir = join(repoRoot, 'docs', 'screenshots');

/** A viewport screenshot into docs/screenshots/<name>.png (small: 1x, viewport only). */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(shotsDir, { recursive: true });
  // Hide the blinking caret and finish transitions so screenshots are stable.
  await page.addStyleTag({
    content: '*, *::before, *::after { caret-color: transparent !important; transition: none !important; animation: none !important; }',
  });
  await page.screenshot({ path: join(shotsDir, `${name}.png`), fullPage: false });
}

/** Checks that nothing on the page scrolls sideways (phone layout). */
export async function expectNoHorizontalScroll(page: Page, label: string): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${label} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
}
