import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { declare, makeTestApp, type TestApp, type TestUser, testDatabases } from '../test/harness.ts';

// Issue 10, item 1: a pinned war-room comment was copied into the retrospective draft and viewers read it
// once published. The rule (packages/shared/src/retros/stakeholders.ts): what a retrospective pulls in by
// itself is internal until a person rewords it or keeps it; every stakeholder path leaves it out.

const WAR_ROOM = 'p99 on db-primary 4.2 s, lock waits on the orders table';
const TICKET = 'Connection pool exhausted on db-primary after failover';
const REWORDED = 'The order database slowed down while it switched to its standby.';

type Item = { id: string; at: string; text: string; entryId: number | null; milestone: string | null; internal: boolean };
type Section = { key: string; kind: string; body: string; revision: number; internal: boolean; items: Item[] | null };

describe.each(testDatabases())('what stakeholders read of a retrospective, on %s', (kind) => {
  let t: TestApp;
  let ref: string;
  let shareToken: string;
  beforeAll(async () => {
    t = await makeTestApp(kind);
  });
  afterAll(() => t.close());

  const api = (path: string) => `/api/v1${path}`;
  const get = async (user: TestUser | null, path: string) => {
    const res = await t.call(user, 'GET', api(path));
    expect(res.statusCode, `${path}: ${res.body.slice(0, 200)}`).toBe(200);
    return res.body;
  };
  /** Every way a stakeholder reads the published retrospective: page (both addresses), both exports, the share link and its exports. */
  const stakeholderPaths = async () => ({
    page: await get(t.viewer, `/retros/${ref}`),
    incidentRetro: await get(t.viewer, `/incidents/${ref}/retro`),
    revision: await get(t.viewer, `/retros/${ref}?revision=1`),
    markdown: await get(t.viewer, `/retros/${ref}/export.md`),
    html: await get(t.viewer, `/retros/${ref}/export.html`),
    shared: await get(null, `/shared/retros/${shareToken}`),
    sharedMarkdown: await get(null, `/shared/retros/${shareToken}/export.md`),
    sharedHtml: await get(null, `/shared/retros/${shareToken}/export.html`),
  });

  it('marks the pinned war-room comment and the ticket text it pulled in as internal in the draft', async () => {
    const inc = await declare(t, t.responder, { severity: 'SEV2', summary: 'Orders were slow' });
    ref = inc.ref;
    await t.call(t.responder, 'PATCH', api(`/incidents/${ref}`), { rootCauses: TICKET, symptoms: TICKET });
    const comment = await t.call(t.responder, 'POST', api(`/incidents/${ref}/comments`), { body: WAR_ROOM });
    await t.call(t.responder, 'POST', api(`/incidents/${ref}/timeline/${comment.json().data.id}/pin`), { pinned: true });
    await t.call(t.responder, 'POST', api(`/incidents/${ref}/updates`), { body: 'Orders are slow; we are on it.' });
    expect((await t.call(t.responder, 'POST', api(`/incidents/${ref}/status`), { status: 'resolved' })).statusCode).toBe(200);

    const retro = (await t.call(t.responder, 'GET', api(`/retros/${ref}`))).json().data;
    const timeline = retro.sections.find((s: Section) => s.kind === 'timeline') as Section;
    const quoted = timeline.items?.find((i) => i.text === WAR_ROOM);
    expect(quoted).toMatchObject({ internal: true, entryId: comment.json().data.id });
    expect(timeline.items?.filter((i) => i.milestone).every((i) => !i.internal)).toBe(true);
    const intro = retro.sections.find((s: Section) => s.key === 'introduction') as Section;
    expect(intro).toMatchObject({ revision: 0, internal: true });
    expect(intro.body).toContain(TICKET);
    expect(retro.withheld).toBe(0);
  });

  it('publishes it, and no stakeholder path shows it: viewer page, revision, exports, share link and its exports', async () => {
    const r = api(`/retros/${ref}`);
    expect((await t.call(t.responder, 'POST', `${r}/status`, { status: 'in_review' })).statusCode).toBe(200);
    expect((await t.call(t.responder, 'POST', `${r}/publish`, { confirm: true })).statusCode).toBe(200);
    const share = await t.call(t.responder, 'POST', `${r}/share`, {});
    expect(share.statusCode).toBe(201);
    shareToken = share.json().data.token;

    const paths = await stakeholderPaths();
    for (const [name, body] of Object.entries(paths)) {
      expect(body, name).not.toContain('p99 on db-primary');
      expect(body, name).not.toContain(TICKET);
    }
    // The milestones and the published structure are still there.
    expect(paths.markdown).toContain('Incident declared');
    // The war-room line, the introduction pulled from the ticket, and the ticket's root causes in the facts.
    const page = JSON.parse(paths.page).data;
    expect(page.withheld).toBe(3);
    expect(page.incident.facts.rootCauses).toBe('');
    expect(JSON.parse(paths.shared).data.withheld).toBe(3);

    // Responders still read everything, marked.
    const full = (await t.call(t.responder, 'GET', api(`/retros/${ref}?revision=1`))).json().data;
    expect(JSON.stringify(full)).toContain(WAR_ROOM);
    expect(full.withheld).toBe(0);
    const responderExport = (await t.call(t.responder, 'GET', `${r}/export.md`)).body;
    expect(responderExport).toContain(`${WAR_ROOM} _(internal)_`);
  });

  it('once a person rewords the line and keeps the introduction, the next published revision shows them to stakeholders', async () => {
    const r = api(`/retros/${ref}`);
    expect((await t.call(t.responder, 'POST', `${r}/amend`, {})).statusCode).toBe(200);
    const retro = (await t.call(t.responder, 'GET', r)).json().data;
    const timeline = retro.sections.find((s: Section) => s.kind === 'timeline') as Section;
    const items = (timeline.items ?? []).map((i) => (i.text === WAR_ROOM ? { ...i, text: REWORDED } : i));
    const saved = await t.call(t.responder, 'PUT', `${r}/sections/${timeline.key}`, { baseRevision: timeline.revision, items });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().data.items.find((i: Item) => i.text === REWORDED).internal).toBe(false);
    // Keeping a section as written is a save of the same text.
    const intro = retro.sections.find((s: Section) => s.key === 'introduction') as Section;
    const kept = await t.call(t.responder, 'PUT', `${r}/sections/introduction`, { baseRevision: intro.revision, body: intro.body });
    expect(kept.json().data.internal).toBe(false);
    await t.call(t.responder, 'POST', `${r}/status`, { status: 'in_review' });
    expect((await t.call(t.responder, 'POST', `${r}/publish`, { confirm: true })).statusCode).toBe(200);

    const paths = await stakeholderPaths();
    for (const name of ['page', 'markdown', 'html', 'shared', 'sharedMarkdown', 'sharedHtml'] as const) {
      expect(paths[name], name).toContain(REWORDED);
      expect(paths[name], name).toContain(TICKET);
    }
    // Only the ticket's root causes in the facts stay with the responders.
    expect(JSON.parse(paths.page).data.withheld).toBe(1);
    // Revision 1 stays as it was published: still without the war room.
    expect(paths.revision).not.toContain(WAR_ROOM);
  });

  it('a person may also keep a war-room line as written (internal: false), or keep one for responders (internal: true)', async () => {
    const r = api(`/retros/${ref}`);
    await t.call(t.responder, 'POST', `${r}/amend`, {});
    const retro = (await t.call(t.responder, 'GET', r)).json().data;
    const timeline = retro.sections.find((s: Section) => s.kind === 'timeline') as Section;
    const items = (timeline.items ?? []).map((i) => (i.text === REWORDED ? { ...i, internal: true } : i));
    const saved = await t.call(t.responder, 'PUT', `${r}/sections/${timeline.key}`, { baseRevision: timeline.revision, items });
    expect(saved.json().data.items.find((i: Item) => i.text === REWORDED).internal).toBe(true);
    const again = saved.json().data as Section;
    const back = (again.items ?? []).map((i) => (i.text === REWORDED ? { ...i, internal: false } : i));
    const kept = await t.call(t.responder, 'PUT', `${r}/sections/${timeline.key}`, { baseRevision: again.revision, items: back });
    expect(kept.json().data.items.find((i: Item) => i.text === REWORDED).internal).toBe(false);
  });
});
