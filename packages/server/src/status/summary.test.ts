import { parseSummary, summaryPlainText } from '@firebreak/shared';
import { parseFeed } from '@rowanmanning/feed-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp, testDatabases } from '../test/harness.ts';
import { ok, publishIncident, publishRetro, putSummary, setUpPage } from './page/testSetup.ts';

const SUMMARY = [
  'A **configuration change** made card payments fail for 40 minutes.',
  '',
  'What we changed:',
  '- Such changes now roll out *gradually*',
  '- Alerts fire on payment errors within 2 minutes',
  '',
  'Details in [our blog](https://blog.example.com/post-1). <script>alert(1)</script> [bad](javascript:alert(1))',
].join('\n');

describe('the summary format', () => {
  it('understands paragraphs, lists, bold, italic and https links only; everything else stays text', () => {
    expect(parseSummary(SUMMARY)).toEqual([
      {
        type: 'p',
        inlines: [
          { t: 'text', v: 'A ' },
          { t: 'strong', v: 'configuration change' },
          { t: 'text', v: ' made card payments fail for 40 minutes.' },
        ],
      },
      { type: 'p', inlines: [{ t: 'text', v: 'What we changed:' }] },
      {
        type: 'ul',
        items: [
          [
            { t: 'text', v: 'Such changes now roll out ' },
            { t: 'em', v: 'gradually' },
          ],
          [{ t: 'text', v: 'Alerts fire on payment errors within 2 minutes' }],
        ],
      },
      {
        type: 'p',
        inlines: [
          { t: 'text', v: 'Details in ' },
          { t: 'link', v: 'our blog', href: 'https://blog.example.com/post-1' },
          { t: 'text', v: '. <script>alert(1)</script> [bad](javascript:alert(1))' },
        ],
      },
    ]);
    expect(parseSummary('snake_case_name and 2 * 3 * 4')).toEqual([
      { type: 'p', inlines: [{ t: 'text', v: 'snake_case_name and 2 * 3 * 4' }] },
    ]);
    expect(summaryPlainText('We **fixed** it.\n\n- one\n- [two](https://x.example)')).toBe(
      'We fixed it.\n\n• one\n• two (https://x.example)',
    );
  });
});

describe.each(testDatabases())('the retrospective summary on the status page, on %s', (kind) => {
  let t: TestApp;
  let inc: { id: string; ref: string };
  const api = '/api/v1';
  const page = async (url: string) => (await t.app.inject({ method: 'GET', url, headers: { accept: 'text/html' } })).body;
  const publication = async () =>
    ok<Record<string, unknown>>(await t.call(t.responder, 'GET', `${api}/incidents/${inc.ref}/status-page`), 'read');
  const timeline = async () =>
    (
      await ok<{ kind: string; body: string | null; data: Record<string, unknown> }[]>(
        await t.call(t.responder, 'GET', `${api}/incidents/${inc.ref}/timeline?limit=200`),
        'timeline',
      )
    ).filter((e) => e.kind === 'status_page_summary');
  const auditActions = async () =>
    (await ok<{ action: string }[]>(await t.call(t.admin, 'GET', `${api}/audit?action=status_page.summary`), 'audit')).map((a) => a.action);

  beforeAll(async () => {
    t = await makeTestApp(kind);
    const ids = await setUpPage(t);
    inc = await publishIncident(t, {
      internalTitle: 'db-7 failover broke payments',
      publicTitle: 'Card payments fail',
      body: 'Some card payments fail.',
      impacts: [{ componentId: ids.api, status: 'partial_outage' }],
    });
  });
  afterAll(() => t.close());

  it('is offered once the retrospective is published, with its introduction as a starting point', async () => {
    const before = await publication();
    expect(before).toMatchObject({ summary: null, retro: null });
    const refused = await putSummary(t, inc.ref, 'Too early', true);
    expect([refused.statusCode, refused.json().error.code]).toEqual([409, 'status_summary_needs_retro']);
    // Saving without publishing is fine at any time: responders may start writing early.
    const saved = await ok<{ summary: Record<string, unknown> }>(await putSummary(t, inc.ref, 'First draft', false), 'draft');
    expect(saved.summary).toMatchObject({
      body: 'First draft',
      published: false,
      publishedAt: null,
      updatedBy: { name: t.responder.name },
    });
    expect(await page(`/status/incidents/${inc.id}`)).not.toContain('First draft');
    expect(await timeline()).toEqual([]);

    await ok(await t.call(t.responder, 'POST', `${api}/incidents/${inc.ref}/status`, { status: 'resolved' }), 'resolve');
    await publishRetro(t, inc.ref, 'The db-7 failover left card payments failing; we rolled back.');
    const offered = await publication();
    expect(offered.retro).toMatchObject({
      published: true,
      revision: 1,
      suggestion: 'The db-7 failover left card payments failing; we rolled back.',
    });
  });

  it('publishes it on the incident page (escaped, limited markdown), notes it in the history and feeds, not in the Statuspage JSON', async () => {
    const before = (await t.call(null, 'GET', '/api/v2/incidents.json')).json().incidents[0];
    t.clock.advance(60_000);
    const res = await putSummary(t, inc.ref, SUMMARY, true);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().data.summary).toMatchObject({ published: true, retroRevision: 1 });
    const html = await page(`/status/incidents/${inc.id}`);
    expect(html).toContain('<h2 id="summary">What happened</h2>');
    expect(html).toContain('<p>A <strong>configuration change</strong> made card payments fail for 40 minutes.</p>');
    expect(html).toContain(
      '<ul><li>Such changes now roll out <em>gradually</em></li><li>Alerts fire on payment errors within 2 minutes</li></ul>',
    );
    expect(html).toContain('<a href="https://blog.example.com/post-1" rel="nofollow noopener noreferrer">our blog</a>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; [bad](javascript:alert(1))');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('href="javascript');
    expect(await page('/status/history')).toContain('Summary available');
    expect(await page('/status')).toContain('summary available');
    const rss = parseFeed(await page('/status/history.rss'));
    expect(rss.items[0].content).toContain('<strong>configuration change</strong>');

    // Statuspage's public v2 API documents no postmortem field: the incident keeps its documented shape.
    const after = (await t.call(null, 'GET', '/api/v2/incidents.json')).json().incidents[0];
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    expect(JSON.stringify(after)).not.toContain('configuration change');
    expect(after.updated_at > before.updated_at).toBe(true);

    expect(await timeline()).toMatchObject([{ body: SUMMARY, data: { action: 'published', retroRevision: 1 } }]);
    expect(await auditActions()).toEqual(['status_page.summary_published']);
  });

  it('can be edited while public and taken down (kept for responders); each public change is on the timeline and audited', async () => {
    t.clock.advance(60_000);
    await ok(await putSummary(t, inc.ref, 'We rolled back a **bad change**.', true), 'edit');
    let html = await page(`/status/incidents/${inc.id}`);
    expect(html).toContain('We rolled back a <strong>bad change</strong>.');
    expect(html).toMatch(/published <time[^>]*>[^<]*<\/time> · updated <time/);
    // Saving the same text again changes nothing.
    await ok(await putSummary(t, inc.ref, 'We rolled back a **bad change**.', true), 'same');
    const down = await ok<{ summary: Record<string, unknown> }>(
      await putSummary(t, inc.ref, 'We rolled back a **bad change**.', false),
      'down',
    );
    expect(down.summary).toMatchObject({ published: false, publishedAt: null, body: 'We rolled back a **bad change**.' });
    html = await page(`/status/incidents/${inc.id}`);
    expect(html).not.toContain('bad change');
    expect(html).not.toContain('What happened');
    expect(await page('/status/history')).not.toContain('Summary available');
    expect((await timeline()).map((e) => e.data.action)).toEqual(['published', 'changed', 'unpublished']);
    expect(await auditActions()).toEqual([
      'status_page.summary_unpublished',
      'status_page.summary_changed',
      'status_page.summary_published',
    ]);
  });

  it('is written only by people who may post public updates, within its length, never for a private incident', async () => {
    const viewer = await t.call(t.viewer, 'PUT', `${api}/incidents/${inc.ref}/status-page/summary`, { body: 'x', published: true });
    expect(viewer.statusCode).toBe(403);
    const long = await putSummary(t, inc.ref, 'x'.repeat(3001), true);
    expect([long.statusCode, long.json().error.code]).toEqual([400, 'invalid_input']);
    await ok(await putSummary(t, inc.ref, 'Back up', true), 'republish');
    await ok(await t.call(t.responder, 'PATCH', `${api}/incidents/${inc.ref}`, { private: true }), 'private');
    const refused = await putSummary(t, inc.ref, 'Still here?', true);
    expect([refused.statusCode, refused.json().error.code]).toEqual([409, 'status_page_private']);
    expect((await t.app.inject({ method: 'GET', url: `/status/incidents/${inc.id}` })).statusCode).toBe(404);
    expect(await page('/status/history')).not.toContain('Card payments fail');
    // Unpublishing the incident takes its summary with it.
    await ok(await t.call(t.responder, 'DELETE', `${api}/incidents/${inc.ref}/status-page`), 'unpublish');
    const row = await t.deps.db.selectFrom('status_incident_summaries').selectAll().where('incident_id', '=', inc.id).executeTakeFirst();
    expect(row).toBeUndefined();
  });
});
