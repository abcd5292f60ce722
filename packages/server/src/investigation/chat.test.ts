import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { declare, makeTestApp, type TestApp, testDatabases } from '../test/harness.ts';

type Entry = {
  id: number;
  kind: string;
  body: string | null;
  occurredAt: string;
  actor: { id: string; name: string } | null;
  data: Record<string, unknown>;
};

/** Seconds since the epoch as Slack writes `ts`, from an ISO instant. */
const ts = (iso: string, micros = '000100') => `${Date.parse(iso) / 1000}.${micros}`;

const slackExport = () => ({
  format: 'slack',
  channel: 'inc-checkout',
  users: [
    { id: 'U01PRIYA', name: 'priya', real_name: 'Priya R', profile: { display_name: 'Priya', email: 'Priya@Example.com' } },
    { id: 'U02DANA', name: 'dana', profile: { real_name: 'Dana Ext', email: 'dana@vendor.example' } },
  ],
  messages: [
    {
      type: 'message',
      subtype: 'channel_join',
      user: 'U02DANA',
      text: '<@U02DANA> has joined the channel',
      ts: ts('2026-03-01T11:00:00Z'),
    },
    {
      type: 'message',
      user: 'U01PRIYA',
      text: 'Checkout is throwing 500s, looking at <https://grafana.example/d/1|the dashboard>',
      ts: ts('2026-03-01T11:01:00Z'),
    },
    {
      type: 'message',
      user: 'U02DANA',
      text: 'Does anyone know who owns the payments DB? I have no access &amp; need it',
      ts: ts('2026-03-01T11:05:00Z'),
    },
    {
      type: 'message',
      user: 'U02DANA',
      user_profile: { real_name: 'Dana Ext' },
      text: 'still waiting for access',
      ts: ts('2026-03-01T11:50:00Z'),
      thread_ts: ts('2026-03-01T11:05:00Z'),
    },
    { type: 'message', user: 'U01PRIYA', text: "<@U02DANA> I'm handing over to Sam, he has access", ts: ts('2026-03-01T11:55:00Z') },
  ],
});

describe.each(testDatabases())('chat import and themes on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await makeTestApp(kind);
  });
  afterAll(() => t.close());

  const api = (path: string) => `/api/v1${path}`;
  const timeline = async (ref: string) =>
    (await t.call(t.admin, 'GET', api(`/incidents/${ref}/timeline?limit=5000`))).json().data as Entry[];
  const chat = async (ref: string) => (await timeline(ref)).filter((e) => e.kind === 'chat');

  it('imports a Slack export into the timeline as chat entries; re-importing adds nothing', async () => {
    const inc = await declare(t, t.responder);
    const res = await t.call(t.responder, 'POST', api(`/incidents/${inc.ref}/chat-imports`), slackExport());
    expect(res.statusCode).toBe(201);
    expect(res.json().data).toMatchObject({ source: 'slack', received: 5, imported: 4, duplicates: 0, skipped: 1 });
    const entries = await chat(inc.ref);
    expect(entries).toHaveLength(4);
    const first = entries[0];
    expect(first).toMatchObject({
      occurredAt: '2026-03-01T11:01:00.000Z',
      actor: { id: t.responder.id },
      data: { source: 'slack', channel: 'inc-checkout', author: { name: 'Priya', externalId: 'U01PRIYA' } },
    });
    expect(first.body).toBe('Checkout is throwing 500s, looking at the dashboard (https://grafana.example/d/1)');
    // Unknown chat users keep their chat name; mentions are written by name; entities are unescaped.
    const dana = entries[1];
    expect(dana.actor).toBeNull();
    expect(dana.data.author).toMatchObject({ name: 'Dana Ext' });
    expect(dana.body).toContain('no access & need it');
    expect(entries[3].body).toContain('@Dana Ext');
    expect(entries[2].data.threadTs).toBe(ts('2026-03-01T11:05:00Z'));
    const summary = (await timeline(inc.ref)).find((e) => e.kind === 'chat_imported');
    expect(summary?.data).toMatchObject({ imported: 4, unmatchedAuthors: ['Dana Ext'] });

    const again = await t.call(t.responder, 'POST', api(`/incidents/${inc.ref}/chat-imports`), slackExport());
    expect(again.json().data).toMatchObject({ imported: 0, duplicates: 4 });
    expect(await chat(inc.ref)).toHaveLength(4);
  });

  it('imports a plain transcript with time-only and dated lines, in the given time zone', async () => {
    const inc = await declare(t, t.responder);
    const text = [
      '[23:50] alice: anyone know why the queue is backing up?',
      'it is at 40k messages',
      '[23:55] Sam: looking',
      '[00:10] sam@example.com: permission denied on the broker console',
      '[2026-03-03 09:15:05] alice: taking over from Sam',
    ].join('\n');
    const res = await t.call(t.responder, 'POST', api(`/incidents/${inc.ref}/chat-imports`), {
      format: 'transcript',
      text,
      date: '2026-03-01',
      timezone: 'Europe/Berlin',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().data).toMatchObject({ source: 'transcript', imported: 4 });
    const entries = await chat(inc.ref);
    expect(entries.map((e) => e.occurredAt)).toEqual([
      '2026-03-01T22:50:00.000Z',
      '2026-03-01T22:55:00.000Z',
      '2026-03-01T23:10:00.000Z',
      '2026-03-03T08:15:05.000Z',
    ]);
    expect(entries[0].body).toBe('anyone know why the queue is backing up?\nit is at 40k messages');
    // Matched by name (Sam) and by e-mail; alice is nobody here and stays "alice".
    expect(entries[1].actor?.id).toBe(t.responder2.id);
    expect(entries[2].actor?.id).toBe(t.responder2.id);
    expect(entries[0].actor).toBeNull();
    expect(entries[0].data.author).toMatchObject({ name: 'alice' });
    const again = await t.call(t.responder, 'POST', api(`/incidents/${inc.ref}/chat-imports`), {
      format: 'transcript',
      text,
      date: '2026-03-01',
      timezone: 'Europe/Berlin',
    });
    expect(again.json().data).toMatchObject({ imported: 0, duplicates: 4 });
  });

  it('refuses malformed exports with a clear 400 and imports nothing; huge ones get 413', async () => {
    const inc = await declare(t, t.responder);
    const bad = slackExport();
    (bad.messages[3] as Record<string, unknown>).ts = 'yesterday';
    const res = await t.call(t.responder, 'POST', api(`/incidents/${inc.ref}/chat-imports`), bad);
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'invalid_chat_export', details: { where: 'messages.3' } });
    expect(res.json().error.message).toMatch(/messages\.3.*ts/);
    expect(await chat(inc.ref)).toHaveLength(0);

    const transcript = await t.call(t.responder, 'POST', api(`/incidents/${inc.ref}/chat-imports`), {
      format: 'transcript',
      text: 'hello\n[12:00] a: b',
    });
    expect(transcript.statusCode).toBe(400);
    expect(transcript.json().error.message).toMatch(/line 1/);
    const zone = await t.call(t.responder, 'POST', api(`/incidents/${inc.ref}/chat-imports`), {
      format: 'transcript',
      text: '[12:00] a: b',
      timezone: 'Mars/Olympus',
    });
    expect(zone.statusCode).toBe(400);
    expect((await t.call(t.responder, 'POST', api(`/incidents/${inc.ref}/chat-imports`), { format: 'irc', text: '' })).statusCode).toBe(
      400,
    );

    const huge = await t.call(t.responder, 'POST', api(`/incidents/${inc.ref}/chat-imports`), {
      format: 'slack',
      messages: new Array(100_001).fill(0),
    });
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error.code).toBe('chat_import_too_large');
    expect(await chat(inc.ref)).toHaveLength(0);
    expect((await timeline(inc.ref)).map((e) => e.kind)).toEqual(['declared']);
    // Viewers cannot import; private incidents are not found.
    expect((await t.call(t.viewer, 'POST', api(`/incidents/${inc.ref}/chat-imports`), slackExport())).statusCode).toBe(403);
  });

  it('finds themes in the chat: gaps without progress, stuck moments, people over time, handovers', async () => {
    const inc = await declare(t, t.responder, { title: 'Themes' }); // declared 2026-03-01T12:00Z (test clock)
    await t.call(t.responder, 'POST', api(`/incidents/${inc.ref}/chat-imports`), slackExport());
    await t.call(t.responder, 'POST', api(`/incidents/${inc.ref}/roles`), { role: 'commander', user: 'priya@example.com' });
    await t.call(t.responder, 'POST', api(`/incidents/${inc.ref}/roles`), { role: 'commander', user: 'sam@example.com' });
    const res = await t.call(t.responder, 'GET', api(`/incidents/${inc.ref}/themes?gapMinutes=30&bucketMinutes=15&crowdThreshold=2`));
    expect(res.statusCode).toBe(200);
    const th = res.json().data;
    const entries = await timeline(inc.ref);
    const byBody = (s: string) => entries.find((e) => e.body?.includes(s))?.id;
    expect(th.stuck.map((s: { entryId: number; category: string }) => [s.entryId, s.category])).toEqual([
      [byBody('Does anyone know'), 'knowledge'],
      [byBody('still waiting'), 'waiting'],
    ]);
    expect(th.handovers).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ source: 'chat', entryId: byBody('handing over'), from: 'Priya' }),
        expect.objectContaining({ source: 'role', from: 'Priya', to: 'Sam', role: 'Incident commander' }),
      ]),
    );
    // The chat (11:01–11:55) happened before the declaration (12:00): no progress entries in between.
    expect(th.gaps).toEqual([]);
    expect(th.people.bucketMinutes).toBe(15);
    expect(th.people.total).toBe(2);
    expect(th.people.buckets[0]).toMatchObject({ from: '2026-03-01T11:00:00.000Z', people: 2, names: ['Dana Ext', 'Priya'] });
    expect(th.people.crowded.length).toBeGreaterThan(0);
    expect(th.summary.join(' ')).toMatch(/stuck or waiting/);
  });
});
