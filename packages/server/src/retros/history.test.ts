import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { declare, makeTestApp, type TestApp, testDatabases } from '../test/harness.ts';

// Issue 10, "timeline noise": retrospective work flooded the incident timeline ("retro why added" x5,
// "retro section edited"). Its edits are its own history; the incident gets one line per step.

type Entry = { id: number; kind: string; actor: { name: string } | null; data: Record<string, unknown> };

describe.each(testDatabases())("a retrospective's history, on %s", (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await makeTestApp(kind);
  });
  afterAll(() => t.close());

  it('keeps every save and why, while the incident timeline says drafted, in review, published', async () => {
    const inc = await declare(t, t.responder, { severity: 'SEV2' });
    await t.call(t.responder, 'POST', `/api/v1/incidents/${inc.ref}/status`, { status: 'resolved' });
    const r = `/api/v1/retros/${inc.ref}`;
    for (const [i, body] of ['One', 'Two', 'Three'].entries()) {
      t.clock.advance(11 * 60_000); // past the 10-minute coalescing of one person's saves
      await t.call(t.responder, 'PUT', `${r}/sections/introduction`, { baseRevision: i, body });
    }
    let parent: string | null = null;
    for (const text of ['Checkout timed out', 'The pool was exhausted', 'Config halved it', 'No CI check', 'Nobody owned config CI']) {
      const res = await t.call(t.responder, 'POST', `${r}/whys`, { parentId: parent, text });
      parent = res.json().whyId;
    }
    await t.call(t.responder, 'PUT', `${r}/answers/mine`, { anonymous: true, stuck: 'Waiting for access' });
    await t.call(t.responder, 'POST', `${r}/status`, { status: 'in_review' });
    await t.call(t.responder, 'POST', `${r}/publish`, { confirm: true });

    const timeline = (await t.call(t.responder, 'GET', `/api/v1/incidents/${inc.ref}/timeline`)).json().data as Entry[];
    expect(timeline.filter((e) => e.kind.startsWith('retro_')).map((e) => e.kind)).toEqual([
      'retro_drafted',
      'retro_status_changed',
      'retro_published',
    ]);

    const history = (await t.call(t.responder, 'GET', `${r}/history`)).json();
    const kinds = (history.data as Entry[]).map((e) => e.kind);
    expect(kinds[0]).toBe('retro_published');
    expect(kinds.at(-1)).toBe('retro_drafted');
    expect(kinds.filter((k) => k === 'retro_section_edited')).toHaveLength(3);
    expect(kinds.filter((k) => k === 'retro_why_added')).toHaveLength(5);
    const answered = (history.data as Entry[]).find((e) => e.kind === 'retro_answered');
    expect(answered).toMatchObject({ actor: null, data: { anonymous: true } });

    // Paged newest first, without loss.
    const first = (await t.call(t.responder, 'GET', `${r}/history?limit=4`)).json();
    const second = (await t.call(t.responder, 'GET', `${r}/history?limit=100&cursor=${encodeURIComponent(first.nextCursor)}`)).json();
    expect([...first.data, ...second.data].map((e: Entry) => e.id)).toEqual((history.data as Entry[]).map((e) => e.id));

    // Stakeholders read published revisions, not the working history.
    expect((await t.call(t.viewer, 'GET', `${r}/history`)).statusCode).toBe(403);
  });
});
