import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, expectNoHorizontalScroll, launchBrowser, newContext, screenshot } from './lib/browser.ts';
import { chromiumMissing } from './lib/chromium.ts';
import { choose, eventually, field, signIn } from './lib/flows.ts';
import { ADMIN, apiCall, setUpAdmin } from './lib/retroSetup.ts';
import { type RunningServer, startServer } from './lib/server.ts';

// On-call schedules through the browser: Ada creates a schedule (the form names each problem under
// its field first), its page draws the week of each layer and the final schedule with the nights and
// weekends left uncovered shown as red gaps; she covers a span by dragging across the timeline and
// takes a shift from the list; on a phone the same page fits and a shift is one tap to take.

let server: RunningServer;
let browser: Browser;
let admin: BrowserContext;
let a: Page;
let scheduleUrl = '';
const SAM = { name: 'Sam Rivera', email: 'sam@example.com', password: 'sam-password-123' };

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  admin = await newContext(browser, server.url);
  a = await admin.newPage();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const track = (p: Page | Locator, name: string) => p.getByRole('group', { name, exact: true });
/** A date a week ago, as the date input wants it. */
const weekAgo = () => new Date(Date.now() - 7 * 86_400_000).toISOString().slice(0, 10);

describe.skipIf(chromiumMissing())('On-call schedules', () => {
  it('creates a schedule: field errors first, then the week timeline of each layer and the final schedule with gaps in red', async () => {
    await setUpAdmin(a, server.setupLink, ADMIN);
    await apiCall(a.request, 'post', '/users', { ...SAM, role: 'responder' });
    await apiCall(a.request, 'post', '/users', { email: 'priya@example.com', name: 'Priya Shah', role: 'responder' });
    await apiCall(a.request, 'post', '/users', { email: 'lee@example.com', name: 'Lee Chen', role: 'responder' });
    await a.reload(); // the people the app read at sign-in did not include them yet
    await a.getByRole('heading', { name: 'Incidents', level: 1 }).waitFor();

    await a.getByRole('link', { name: 'On-call' }).first().click();
    await a.getByRole('heading', { name: 'On-call', level: 1 }).waitFor();
    await a.getByText('No schedules yet').waitFor();
    await expectAccessible(a, 'on-call: no schedules');
    await a.getByRole('link', { name: 'New schedule' }).click();
    await a.getByRole('heading', { name: 'New schedule', level: 1 }).waitFor();

    // Submitting the empty form names each problem under its field, in words.
    await a.getByRole('button', { name: 'Create schedule' }).click();
    await a.getByText('Give the schedule a name people will recognise').waitFor();
    await a.getByText('A layer needs at least one participant').waitFor();
    await a.getByText('2 fields need fixing').waitFor();
    await expectAccessible(a, 'schedule editor with field errors');
    await screenshot(a, 'oncall-schedule-editor-errors-1440-light');

    await field(a, 'Name').fill('Payments primary');
    await choose(a, a, 'Time zone', 'Europe/London', 'Europe/Lon');
    await choose(a, a, 'Add a participant to layer 1', 'Sam Rivera');
    await choose(a, a, 'Add a participant to layer 1', 'Priya Shah');
    await a.getByLabel('Shift length').fill('1');
    await choose(a, a, 'Unit', 'days');
    await a.getByLabel('Start date').fill(weekAgo());
    // Weekdays 08:00–20:00 only: nights and weekends are left uncovered.
    await a.getByRole('button', { name: 'Add a weekly window to layer 1' }).click();
    await a.getByLabel('Layer 1 window 1 from').fill('08:00');
    await a.getByLabel('Layer 1 window 1 until').fill('20:00');
    // The preview draws the draft with the same engine the server uses.
    const preview = a.getByRole('region', { name: 'Preview of this week' });
    await track(preview, 'Final schedule')
      .getByRole('img', { name: /^nobody on call/ })
      .first()
      .waitFor();
    await a.getByRole('button', { name: 'Create schedule' }).click();

    await a.getByRole('heading', { name: 'Payments primary', level: 1 }).waitFor();
    scheduleUrl = new URL(a.url()).pathname;
    await a.getByText('Europe/London').first().waitFor();
    const final = track(a, 'Final schedule');
    await final
      .getByRole('button', { name: /^Sam Rivera, / })
      .first()
      .waitFor();
    await final
      .getByRole('button', { name: /^Priya Shah, / })
      .first()
      .waitFor();
    await track(a, 'Layer 1')
      .getByRole('img', { name: /^Sam Rivera, / })
      .first()
      .waitFor();
    // Weekends are gaps: red blocks that say so, and a warning in words.
    await final.getByRole('img', { name: /^nobody on call Fri \d+ \w+ 20:00 – Mon/ }).waitFor();
    await a.getByText(/gaps in this week/).waitFor();
    await a
      .getByRole('alert')
      .filter({ hasText: /gaps? in the next 14 days/i })
      .waitFor();
    await expectAccessible(a, 'schedule page, week');
    await screenshot(a, 'oncall-schedule-week-1440-light');

    await a.locator('label', { hasText: /^Month$/ }).click();
    await eventually(async () => expect(await final.getByRole('button', { name: /^Sam Rivera, / }).count()).toBeGreaterThan(6));
    await screenshot(a, 'oncall-schedule-month-1440-light');
    await a.locator('label', { hasText: /^Week$/ }).click();

    // The list shows who is on call now for this schedule.
    await a.getByRole('link', { name: '← Schedules' }).click();
    const row = a.getByRole('row', { name: /Payments primary/ });
    await row.waitFor();
    await row.getByText(/gaps? in the next 14 days/).waitFor();
    await expectAccessible(a, 'schedules list');
    await screenshot(a, 'oncall-schedules-1440-light');
  }, 180_000);

  it('covers a span by dragging across the timeline, and takes a shift from the final schedule', async () => {
    await a.goto(scheduleUrl);
    const picker = a.getByTestId('override-picker');
    await picker.waitFor();
    // Next week: every shift and Saturday are ahead whatever the day the suite runs (this week's Saturday
    // and Sam's shifts this week are behind us from Friday on).
    await a.getByRole('button', { name: 'Next week', exact: true }).click();
    // Drag across Saturday (days are sevenths of the strip): a weekend gap gets covered.
    const box = await picker.boundingBox();
    if (!box) throw new Error('no picker');
    const y = box.y + box.height / 2;
    await a.mouse.move(box.x + box.width * (5.1 / 7), y);
    await a.mouse.down();
    await a.mouse.move(box.x + box.width * (5.5 / 7), y, { steps: 5 });
    await a.mouse.move(box.x + box.width * (5.9 / 7), y, { steps: 5 });
    await a.mouse.up();
    const dialog = a.getByRole('dialog', { name: 'New override' });
    await dialog.waitFor();
    await dialog.getByText(/^Sat \d+ \w+ 0[0-9]:00 – Sat \d+ \w+ (1|2)\d:00/).waitFor();
    await choose(a, dialog, 'Who covers it', 'Lee Chen');
    await expectAccessible(a, 'override dialog');
    await screenshot(a, 'oncall-override-dialog-1440-light');
    await dialog.getByRole('button', { name: 'Add override' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const final = track(a, 'Final schedule');
    await final.getByRole('button', { name: /^Lee Chen, Sat .*, override$/ }).waitFor();
    await a.getByRole('list', { name: 'Overrides' }).getByText('Lee Chen').waitFor();

    // Clicking start then end works as well as dragging: an overlapping span is refused in words.
    await a.mouse.click(box.x + box.width * (5.3 / 7), y);
    await a.getByText(/click the end/).waitFor();
    await a.mouse.click(box.x + box.width * (5.7 / 7), y);
    const clash = a.getByRole('dialog', { name: 'New override' });
    await choose(a, clash, 'Who covers it', 'Priya Shah');
    await clash.getByRole('button', { name: 'Add override' }).click();
    await clash.getByText(/overlap/i).waitFor();
    await clash.getByRole('button', { name: 'Cancel' }).click();

    // "Take this shift" on a shift of the final schedule: Ada covers Sam, only while Sam would be on call.
    const shifts = a.getByRole('list', { name: 'Shifts in the final schedule' });
    await shifts
      .getByRole('button', { name: /^Take this shift: Sam Rivera/ })
      .first()
      .click();
    const take = a.getByRole('dialog', { name: "Take Sam Rivera's shift" });
    await take.getByText('Applies only while Sam Rivera would be on call.').waitFor();
    await take.getByRole('button', { name: 'Take this shift' }).click();
    await take.waitFor({ state: 'hidden' });
    await a.getByRole('list', { name: 'Overrides' }).getByText('covers Sam Rivera').waitFor();
    await final
      .getByRole('button', { name: /^Ada Admin, .*, override$/ })
      .first()
      .waitFor();
    await expectAccessible(a, 'schedule page with overrides');
    await screenshot(a, 'oncall-schedule-overrides-1440-light');

    // Removing an override puts the schedule back.
    await a.getByRole('button', { name: /^Remove override: Lee Chen/ }).click();
    await eventually(async () => expect(await final.getByRole('button', { name: /^Lee Chen/ }).count()).toBe(0));
  }, 120_000);

  it('works on a phone (light and dark): the timeline fits, and a shift is one tap to take', async () => {
    for (const dark of [false, true]) {
      const phone = await newContext(browser, server.url, { phone: true, dark });
      const p = await phone.newPage();
      await signIn(p, SAM.email, SAM.password);
      await p.goto(scheduleUrl);
      await p.getByRole('heading', { name: 'Payments primary', level: 1 }).waitFor();
      await track(p, 'Final schedule').getByRole('button').first().waitFor();
      await expectNoHorizontalScroll(p, `schedule page on a phone${dark ? ' (dark)' : ''}`);
      await expectAccessible(p, `schedule page on a phone${dark ? ' (dark)' : ''}`);
      await screenshot(p, `oncall-schedule-390-${dark ? 'dark' : 'light'}`);
      if (!dark) {
        // Next week, where Priya's shifts are all ahead whatever the day the suite runs.
        await p.getByRole('button', { name: 'Next week', exact: true }).click();
        await p
          .getByRole('list', { name: 'Shifts in the final schedule' })
          .getByRole('button', { name: /^Take this shift: Priya Shah/ })
          .first()
          .click();
        const take = p.getByRole('dialog', { name: "Take Priya Shah's shift" });
        await take.getByRole('button', { name: 'Take this shift' }).click();
        await take.waitFor({ state: 'hidden' });
        await p.getByRole('list', { name: 'Overrides' }).getByText('covers Priya Shah').waitFor();
        await p.goto('/oncall');
        await p.getByRole('row', { name: /Payments primary/ }).waitFor();
        await expectNoHorizontalScroll(p, 'schedules list on a phone');
        await screenshot(p, 'oncall-schedules-390-light');
      }
      await phone.close();
    }
    const dark = await newContext(browser, server.url, { dark: true });
    const d = await dark.newPage();
    await signIn(d, ADMIN.email, ADMIN.password);
    await d.goto(scheduleUrl);
    await track(d, 'Final schedule').getByRole('button').first().waitFor();
    await expectAccessible(d, 'schedule page (dark)');
    await screenshot(d, 'oncall-schedule-week-1440-dark');
    await dark.close();
  }, 180_000);
});
