import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIncident } from '../test/factories.ts';
import { makeTestApp, type TestApp, type TestUser, testDatabases } from '../test/harness.ts';

const api = '/api/v1';

/**
 * Issue 9 finding 4: nothing about a private incident — ref, title, existence — reaches someone who
 * may not see it through another incident: a duplicate merged into a public incident, a public
 * incident marked as a duplicate of a private one; in pages, live streams, replay and investigation aids.
 */
describe.each(testDatabases())('references to other incidents on %s', (kind) => {
  let t: TestApp;
  let base: string;
  const SECRET = 'Payroll export leaked to a contractor';
  const TARGET_SECRET = 'Board member mailbox compromised';
  let publicTarget: { ref: string };
  let privateDup: { ref: string };
  let publicDup: { ref: string };
  let privateTarget: { ref: string };
  beforeAll(async () => {
    t = await makeTestApp(kind);
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const addr = t.app.server.address();
    base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
    // A private incident merged into a public one (the finding), and a public incident marked as a
    // duplicate of a private one (its duplicateOf and status entry name the private incident).
    publicTarget = await buildIncident(t, { title: 'Checkout errors' });
    privateDup = await buildIncident(t, { title: SECRET, private: true });
    await must(
      t.call(t.responder, 'POST', `${api}/incidents/${privateDup.ref}/status`, { status: 'duplicate', duplicateOf: publicTarget.ref }),
    );
    privateTarget = await buildIncident(t, { title: TARGET_SECRET, private: true });
    publicDup = await buildIncident(t, { title: 'Login slow' });
    await must(
      t.call(t.responder, 'POST', `${api}/incidents/${publicDup.ref}/status`, { status: 'duplicate', duplicateOf: privateTarget.ref }),
    );
  });
  afterAll(() => t.close());

  async function must(p: ReturnType<TestApp['call']>) {
    const res = await p;
    if (res.statusCode >= 300) throw new Error(`${res.statusCode} ${res.body}`);
    return res;
  }
  const mentions = (text: string, ref: string) => new RegExp(`\\b${ref}\\b`).test(text);
  const leaksPrivate = (text: string) =>
    mentions(text, privateDup.ref) || mentions(text, privateTarget.ref) || text.includes(SECRET) || text.includes(TARGET_SECRET);

  /** Reads an SSE stream until `marker` shows up, then closes it; returns what arrived. */
  async function readStream(path: string, user: TestUser, marker: string, before?: () => Promise<void>): Promise<string> {
    const ac = new AbortController();
    const res = await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${user.token}` }, signal: ac.signal });
    expect(res.status).toBe(200);
    const body = res.body?.getReader();
    if (!body) throw new Error('no body');
    const decoder = new TextDecoder();
    let raw = '';
    // The stream is open (its first bytes arrived) before anything live happens.
    const first = await body.read();
    raw += decoder.decode(first.value, { stream: true });
    if (before) await before();
    while (!raw.includes(marker)) {
      const { done, value } = await body.read();
      if (done) break;
      raw += decoder.decode(value, { stream: true });
    }
    ac.abort();
    return raw;
  }

  it('a member (and an admin) sees the references', async () => {
    for (const user of [t.responder, t.admin]) {
      const timeline = (await must(t.call(user, 'GET', `${api}/incidents/${publicTarget.ref}/timeline`))).json().data as {
        kind: string;
        data: Record<string, unknown>;
      }[];
      expect(timeline.find((e) => e.kind === 'merged')?.data.duplicate).toBe(privateDup.ref);
      expect((await must(t.call(user, 'GET', `${api}/incidents/${publicDup.ref}`))).json().data.duplicateOf).toBe(privateTarget.ref);
    }
  });

  it('a non-member reads no ref, title or trace of the private incidents in incident views and timelines', async () => {
    for (const user of [t.responder2, t.viewer]) {
      const target = await must(t.call(user, 'GET', `${api}/incidents/${publicTarget.ref}/timeline`));
      expect(leaksPrivate(target.body), `${user.email}: ${target.body}`).toBe(false);
      expect((target.json().data as { kind: string }[]).some((e) => e.kind === 'merged')).toBe(false);

      const dup = await must(t.call(user, 'GET', `${api}/incidents/${publicDup.ref}`));
      expect(dup.json().data.status).toBe('duplicate');
      expect(dup.json().data.duplicateOf).toBeNull();
      expect(leaksPrivate(dup.body), dup.body).toBe(false);
      const dupTimeline = await must(t.call(user, 'GET', `${api}/incidents/${publicDup.ref}/timeline`));
      expect(leaksPrivate(dupTimeline.body), dupTimeline.body).toBe(false);
      const statusEntry = (dupTimeline.json().data as { kind: string; data: Record<string, unknown> }[]).find(
        (e) => e.kind === 'status_changed' && e.data.to === 'duplicate',
      );
      if (user.id === t.responder2.id) expect(statusEntry?.data.duplicateOf).toBeNull();

      const themes = await t.call(user, 'GET', `${api}/incidents/${publicTarget.ref}/themes`);
      expect(themes.statusCode).toBe(200);
      expect(leaksPrivate(themes.body)).toBe(false);
    }
  });

  it('pages of a timeline never end early where an entry is left out for the reader', async () => {
    // declared, merged (left out for this reader), then this update: a page of one holding nothing must go on.
    await must(t.call(t.responder, 'POST', `${api}/incidents/${publicTarget.ref}/updates`, { body: 'After the merge' }));
    const all = (await must(t.call(t.responder2, 'GET', `${api}/incidents/${publicTarget.ref}/timeline?limit=200`))).json().data as {
      id: number;
    }[];
    const walked: number[] = [];
    let cursor: string | null = null;
    do {
      const page: { data: { id: number }[]; nextCursor: string | null } = (
        await must(t.call(t.responder2, 'GET', `${api}/incidents/${publicTarget.ref}/timeline?limit=1${cursor ? `&cursor=${cursor}` : ''}`))
      ).json();
      walked.push(...page.data.map((e) => e.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(walked).toEqual(all.map((e) => e.id));
    expect(walked.length).toBe(2);
  });

  it('replay (Last-Event-ID) of the incident stream and of the all-incidents stream leaves them out', async () => {
    const marker = `replay marker ${kind}`;
    await must(t.call(t.responder, 'POST', `${api}/incidents/${publicTarget.ref}/updates`, { body: marker }));
    await must(t.call(t.responder, 'POST', `${api}/incidents/${publicDup.ref}/updates`, { body: `${marker} 2` }));
    for (const user of [t.responder2, t.viewer]) {
      const one = await readStream(`${api}/incidents/${publicTarget.ref}/events?lastEventId=0`, user, marker);
      expect(one).toContain(marker);
      expect(leaksPrivate(one), one).toBe(false);
      const dup = await readStream(`${api}/incidents/${publicDup.ref}/events?lastEventId=0`, user, `${marker} 2`);
      expect(leaksPrivate(dup), dup).toBe(false);
      const every = await readStream(`${api}/events?lastEventId=0`, user, `${marker} 2`);
      expect(every).toContain(`${marker} 2`);
      expect(leaksPrivate(every), every).toBe(false);
    }
    // The member's replay carries them (nothing is lost for those who may see it).
    const member = await readStream(`${api}/incidents/${publicTarget.ref}/events?lastEventId=0`, t.responder, marker);
    expect(mentions(member, privateDup.ref)).toBe(true);
  });

  it('live streams do not deliver a merge of a private duplicate to a non-member', async () => {
    const SECRET2 = 'Second secret incident';
    const marker = `live marker ${kind}`;
    const merge = async () => {
      const another = await buildIncident(t, { title: SECRET2, private: true });
      await must(
        t.call(t.responder, 'POST', `${api}/incidents/${another.ref}/status`, { status: 'duplicate', duplicateOf: publicTarget.ref }),
      );
      await must(t.call(t.responder, 'POST', `${api}/incidents/${publicTarget.ref}/updates`, { body: marker }));
    };
    const one = await readStream(`${api}/incidents/${publicTarget.ref}/events`, t.responder2, marker, merge);
    expect(one).toContain(marker);
    expect(one).not.toContain('"merged"');
    expect(one).not.toContain(SECRET2);
    const marker2 = `${marker} again`;
    const every = await readStream(`${api}/events`, t.viewer, marker2, async () => {
      const another = await buildIncident(t, { title: SECRET2, private: true });
      await must(
        t.call(t.responder, 'POST', `${api}/incidents/${another.ref}/status`, { status: 'duplicate', duplicateOf: publicTarget.ref }),
      );
      await must(t.call(t.responder, 'POST', `${api}/incidents/${publicTarget.ref}/updates`, { body: marker2 }));
    });
    expect(every).toContain(marker2);
    expect(every).not.toContain('"merged"');
    expect(every).not.toContain(SECRET2);
  });

  it('is decided when read: once added to the private incident, the reader sees its references', async () => {
    await must(t.call(t.responder, 'POST', `${api}/incidents/${privateDup.ref}/members`, { user: t.responder2.id }));
    const timeline = (await must(t.call(t.responder2, 'GET', `${api}/incidents/${publicTarget.ref}/timeline`))).json().data as {
      kind: string;
      data: Record<string, unknown>;
    }[];
    expect(timeline.some((e) => e.kind === 'merged' && e.data.duplicate === privateDup.ref)).toBe(true);
  });
});
