import { gzipSync } from 'node:zlib';
import { ensureWebBuilt } from '../e2e/lib/build.ts';
import { launchChromium } from '../e2e/lib/chromium.ts';
import { startServer } from '../e2e/lib/server.ts';
import type { BenchRow } from './lib.ts';

export const notes = `
**web**: the built web app (\`packages/web/dist\`) served by a real server on a fresh SQLite data dir, in
headless Chromium at 1440×900 (the e2e specs' one: \`FIREBREAK_CHROMIUM\`, else \`/usr/bin/chromium\`, else the
\`@sparticuz/chromium\` dev dependency). *JS loaded by the incident page* is every script the browser fetched to
show an incident page from a cold cache, gzipped (level 9) here. *Timeline rendered* is the time from
navigation start to the first render of the (virtualised) timeline with its entries, read from
\`performance.mark('firebreak:timeline-rendered')\`: HTML, scripts, the incident and timeline API calls
and React's render; median of 5 warm-cache loads, beside the same figure for an incident with an empty
timeline.
`;

const ENTRIES = 2000;
const RUNS = 5;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function run(): Promise<BenchRow[]> {
  ensureWebBuilt();
  const server = await startServer();
  const browser = await launchChromium();
  try {
    // First-run setup through the API, then seed with the session cookie.
    const token = new URL(server.setupLink as string).searchParams.get('token');
    const setup = await fetch(`${server.url}/api/v1/auth/setup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token, email: 'bench@example.com', name: 'Bench', password: 'bench-password-1' }),
    });
    const cookie = (setup.headers.get('set-cookie') ?? '').split(';')[0];
    const api = async (method: string, path: string, body?: unknown) => {
      const res = await fetch(`${server.url}/api/v1${path}`, {
        method,
        headers: { cookie, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
      return (await res.json()).data;
    };
    const big = await api('POST', '/incidents', { title: 'Timeline with 2,000 entries', severity: 'SEV2' });
    const empty = await api('POST', '/incidents', { title: 'Empty timeline', severity: 'SEV2' });
    const bodies = (i: number) =>
      i % 40 === 0
        ? `Step ${i}: checked \`pool.size\` on **eu-west**; see https://example.com/runbook#${i}`
        : `Step ${i}: error rate ${(i % 17) + 1}%, still rolling back`;
    for (let i = 1; i < ENTRIES; i += 25) {
      await Promise.all(
        Array.from({ length: Math.min(25, ENTRIES - i) }, (_, k) => api('POST', `/incidents/${big.ref}/comments`, { body: bodies(i + k) })),
      );
    }

    const [name, value] = cookie.split('=');
    const ctx = await browser.newContext({ viewport: { width: 1440, height: 900 }, baseURL: server.url });
    await ctx.addCookies([{ name, value, url: server.url }]);
    const page = await ctx.newPage();

    // Cold cache: count every script the incident page needed.
    const scripts = new Map<string, number>();
    // Bodies are read after the response event; a count waits for them (`counted`), so a script whose
    // body was still being read at network idle is not left out of the figure.
    let reading: Promise<void>[] = [];
    page.on('response', (r) => {
      if (r.request().resourceType() !== 'script') return;
      reading.push(
        r.body().then(
          (body) => void scripts.set(r.url(), gzipSync(body, { level: 9 }).length),
          () => undefined, // a redirected or aborted response has no body to count
        ),
      );
    });
    const counted = async () => {
      await Promise.all(reading);
      reading = [];
    };
    const load = async (ref: string) => {
      await page.goto(`/incidents/${ref}`);
      await page.locator('[data-timeline-ready="true"]').waitFor({ timeout: 30_000 });
      return page.evaluate(() => performance.getEntriesByName('firebreak:timeline-rendered')[0]?.startTime ?? Number.NaN);
    };
    await load(big.ref);
    await page.waitForLoadState('networkidle');
    await counted();
    const incidentJs = [...scripts.values()].reduce((a, b) => a + b, 0) / 1024;
    scripts.clear();
    await page.goto('/incidents');
    await page.waitForLoadState('networkidle');
    await counted();
    const listOnly = new Map(scripts);

    const timesBig: number[] = [];
    const timesEmpty: number[] = [];
    for (let r = 0; r < RUNS; r++) {
      timesBig.push(await load(big.ref));
      timesEmpty.push(await load(empty.ref));
    }
    const rendered = await page.locator('[data-timeline-ready="true"] article').count();
    if (rendered === 0) throw new Error('the timeline rendered no entries');
    await ctx.close();
    const big50 = median(timesBig);
    const empty50 = median(timesEmpty);
    const listJs = [...listOnly.values()].reduce((a, b) => a + b, 0) / 1024;
    return [
      {
        group: 'web',
        name: 'JS loaded by the incident page (gzip)',
        value: Math.round(incidentJs * 10) / 10,
        unit: 'KB',
        target: '<= 250',
        meets: incidentJs <= 250,
      },
      { group: 'web', name: 'JS loaded by the incident list page (gzip)', value: Math.round(listJs * 10) / 10, unit: 'KB' },
      {
        group: 'web',
        name: `navigation → timeline rendered, ${ENTRIES.toLocaleString('en')} entries`,
        value: Math.round(big50),
        unit: 'ms',
        baseline: { name: 'empty incident', value: Math.round(empty50) },
        ratio: Math.round((big50 / empty50) * 100) / 100,
        target: '<= 1000',
        meets: big50 <= 1000,
      },
    ];
  } finally {
    await browser.close();
    await server.stop();
  }
}
