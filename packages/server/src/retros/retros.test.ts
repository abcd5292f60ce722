import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { declare, makeTestApp, type TestApp, testDatabases } from '../test/harness.ts';

type Section = {
  key: string;
  kind: string;
  title: string;
  body: string;
  revision: number;
  items: { text: string; milestone: string | null; entryId: number | null }[] | null;
};

describe.each(testDatabases())('retrospectives on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await makeTestApp(kind);
  });
  afterAll(() => t.close());

  const api = (path: string) => `/api/v1${path}`;
  const timeline = async (ref: string) =>
    (await t.call(t.admin, 'GET', api(`/incidents/${ref}/timeline`))).json().data as {
      id: number;
      kind: string;
      data: Record<string, unknown>;
      actor: { id: string } | null;
    }[];
  const retroOf = async (ref: string) => (await t.call(t.responder, 'GET', api(`/incidents/${ref}/retro`))).json().data;
  const section = (retro: { sections: Section[] }, key: string) => retro.sections.find((s) => s.key === key) as Section;

  /** An incident resolved at SEV2 (which requires a retrospective), with a ticket worth pre-filling. */
  async function resolvedIncident(extra: Record<string, unknown> = {}) {
    const inc = await declare(t, t.responder, { severity: 'SEV2', summary: 'Checkout failed for EU customers', ...extra });
    const url = api(`/incidents/${inc.ref}`);
    await t.call(t.responder, 'PATCH', url, {
      symptoms: 'HTTP 500 on POST /checkout',
      customerImpact: 'EU customers could not pay',
      prevention: 'Alert on 5xx rate',
    });
    const note = await t.call(t.responder, 'POST', `${url}/timeline`, { body: 'Rolled back deploy 4411', pinned: true });
    t.clock.advance(20 * 60_000);
    const res = await t.call(t.responder, 'POST', `${url}/status`, { status: 'resolved' });
    expect(res.statusCode).toBe(200);
    return { ...inc, url, pinnedId: note.json().data.id as number };
  }

  it('drafts the retrospective when an incident whose severity requires one is resolved, pre-filled from the ticket', async () => {
    const inc = await resolvedIncident();
    const entries = await timeline(inc.ref);
    const drafted = entries.find((e) => e.kind === 'retro_drafted');
    expect(drafted?.data).toMatchObject({ trigger: 'resolved', required: true, template: { id: 'retrospective' } });
    // Same transaction as the status change: recorded right after it.
    expect(entries[entries.indexOf(drafted as (typeof entries)[number]) - 1].kind).toBe('status_changed');
    const retro = await retroOf(inc.ref);
    expect(retro).toMatchObject({ status: 'draft', revision: 1, required: true, template: { name: 'Retrospective' } });
    expect(retro.sections.map((s: Section) => s.kind)).toEqual(['markdown', 'timeline', 'five_whys', 'actions', 'answers']);
    expect(section(retro, 'introduction').body).toContain('Checkout failed for EU customers');
    expect(section(retro, 'introduction').body).toContain('HTTP 500 on POST /checkout');
    expect(section(retro, 'actions').body).toBe('Alert on 5xx rate');
    const items = section(retro, 'timeline').items ?? [];
    expect(items.map((i) => i.milestone).filter(Boolean)).toEqual(expect.arrayContaining(['declared', 'resolved']));
    expect(items.find((i) => i.entryId === inc.pinnedId)?.text).toBe('Rolled back deploy 4411');
    expect(retro.abilities).toMatchObject({ edit: true, submitForReview: true, publish: false });

    // Resolving again after reopening keeps the one retrospective.
    await t.call(t.responder, 'POST', `${inc.url}/status`, { status: 'investigating' });
    await t.call(t.responder, 'POST', `${inc.url}/status`, { status: 'resolved' });
    expect((await timeline(inc.ref)).filter((e) => e.kind === 'retro_drafted')).toHaveLength(1);
  });

  it('does not draft for a severity that does not require one, but drafts on demand with any template', async () => {
    const inc = await declare(t, t.responder, { severity: 'SEV3' });
    await t.call(t.responder, 'POST', api(`/incidents/${inc.ref}/status`), { status: 'resolved' });
    expect((await t.call(t.responder, 'GET', api(`/incidents/${inc.ref}/retro`))).statusCode).toBe(404);
    const made = await t.call(t.responder, 'POST', api(`/incidents/${inc.ref}/retro`), { template: 'production_support_review' });
    expect(made.statusCode).toBe(201);
    expect(made.json().data.required).toBe(false);
    expect(made.json().data.sections.map((s: Section) => s.key)).toEqual([
      'original_request',
      'symptoms',
      'scope',
      'root_causes',
      'fixes_for_symptoms',
      'root_cause_fix',
      'whys',
      'prevention',
    ]);
    const again = await t.call(t.responder, 'POST', api(`/incidents/${inc.ref}/retro`), {});
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('retro_exists');
    const viewer = await t.call(t.viewer, 'POST', api(`/incidents/${(await declare(t, t.responder)).ref}/retro`), {});
    expect(viewer.statusCode).toBe(403);
  });

  it('two concurrent edits to different sections both survive; a stale save gets 409 with both versions', async () => {
    const inc = await resolvedIncident();
    const retro = await retroOf(inc.ref);
    const save = (user: typeof t.responder, key: string, body: string, baseRevision: number) =>
      t.call(user, 'PUT', api(`/retros/${retro.id}/sections/${key}`), { baseRevision, body });
    const [a, b] = await Promise.all([
      save(t.responder, 'introduction', 'Intro by Priya', section(retro, 'introduction').revision),
      save(t.responder2, 'actions', 'Actions by Sam', section(retro, 'actions').revision),
    ]);
    expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
    const after = await retroOf(inc.ref);
    expect(section(after, 'introduction')).toMatchObject({ body: 'Intro by Priya', revision: 1, updatedBy: { name: 'Priya' } });
    expect(section(after, 'actions')).toMatchObject({ body: 'Actions by Sam', revision: 1, updatedBy: { name: 'Sam' } });

    // Sam saves the introduction from the revision he loaded before Priya's save.
    const stale = await save(t.responder2, 'introduction', 'Intro by Sam', 0);
    expect(stale.statusCode).toBe(409);
    const err = stale.json().error;
    expect(err.code).toBe('edit_conflict');
    expect(err.details.yours).toMatchObject({ baseRevision: 0, body: 'Intro by Sam' });
    expect(err.details.theirs).toMatchObject({ body: 'Intro by Priya', revision: 1, updatedBy: { name: 'Priya' } });
    expect(section(await retroOf(inc.ref), 'introduction').body).toBe('Intro by Priya');
    // Merging and saving on the current revision works.
    expect((await save(t.responder2, 'introduction', 'Intro by Priya and Sam', 1)).json().data.revision).toBe(2);

    // Concurrent saves to the same section from the same base: exactly one wins.
    const same = await Promise.all([save(t.responder, 'introduction', 'one', 2), save(t.responder2, 'introduction', 'two', 2)]);
    expect(same.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    // Section saves are the retrospective's own history, not lines on the incident's timeline.
    expect((await timeline(inc.ref)).some((e) => e.kind === 'retro_section_edited')).toBe(false);
    const history = (await t.call(t.admin, 'GET', api(`/retros/${retro.id}/history`))).json().data as {
      kind: string;
      data: Record<string, unknown>;
    }[];
    const edits = history.filter((e) => e.kind === 'retro_section_edited').reverse();
    expect(edits.length).toBeGreaterThanOrEqual(3);
    expect(edits[0].data).toMatchObject({ retroId: retro.id });
    expect(new Set(edits.map((e) => e.data.section))).toEqual(new Set(['introduction', 'actions']));
  });

  it("reviews participants' answers before publishing, like the sections", async () => {
    const inc = await resolvedIncident();
    const retro = await retroOf(inc.ref);
    const url = api(`/retros/${retro.id}`);
    const text = 'Honestly, Dave simply forgot to renew the certificate.';
    const saved = (await t.call(t.responder, 'PUT', `${url}/answers/mine`, { surprised: text })).json().data;
    // The answer shows its findings wherever it is read, so what publishing will list is visible first.
    expect(saved.findings.surprised.length).toBeGreaterThan(0);
    expect(saved.findings.whatHappened).toEqual([]);
    const view = (await t.call(t.responder, 'GET', url)).json().data;
    const shown = view.answers.find((a: { id: string }) => a.id === saved.id);
    expect(shown.findings).toEqual(saved.findings);
    expect(text.slice(shown.findings.surprised[0].start, shown.findings.surprised[0].end)).toMatch(/simply|forgot|Dave/);
    expect(view.openFindings).toBe(saved.findings.surprised.length);
    const listed = (await t.call(t.responder, 'GET', `${url}/answers`)).json().data;
    expect(listed.find((a: { id: string }) => a.id === saved.id).findings).toEqual(saved.findings);
    const open = (await t.call(t.responder, 'GET', `${url}/findings`)).json().data;
    expect(open.map((f: { where: string }) => f.where)).toEqual(saved.findings.surprised.map(() => `answer:${saved.id}:surprised`));
    await t.call(t.responder, 'POST', `${url}/status`, { status: 'in_review' });
    const refused = await t.call(t.responder, 'POST', `${url}/publish`, {});
    expect(refused.statusCode).toBe(409);
    expect(
      refused.json().error.details.findings.some((f: { where: string }) => f.where.startsWith('answer:') && f.where.endsWith(':surprised')),
    ).toBe(true);
    expect((await t.call(t.responder, 'POST', `${url}/publish`, { confirm: true })).statusCode).toBe(200);
    const published = (await t.call(t.responder, 'GET', `${url}?revision=1`)).json().data;
    expect(published.answers.find((a: { id: string }) => a.id === saved.id).findings).toEqual(saved.findings);

    // A revision published before answers carried findings (stored without them) still reads, with none.
    const row = await t.deps.db.selectFrom('retro_revisions').selectAll().where('retro_id', '=', retro.id).executeTakeFirstOrThrow();
    const old = JSON.parse(row.snapshot);
    for (const a of old.answers) delete a.findings;
    await t.deps.db
      .updateTable('retro_revisions')
      .set({ snapshot: JSON.stringify(old) })
      .where('retro_id', '=', retro.id)
      .execute();
    const before = await t.call(t.responder, 'GET', `${url}?revision=1`);
    expect(before.statusCode).toBe(200);
    expect(before.json().data.answers[0]).toMatchObject({ surprised: text, findings: { surprised: [], stuck: [] } });
  });

  it('publishing with open language findings needs confirm; published is immutable; amend makes revision 2 and keeps history', async () => {
    const inc = await resolvedIncident();
    const retro = await retroOf(inc.ref);
    const url = api(`/retros/${retro.id}`);
    const intro = section(retro, 'introduction');
    const saved = await t.call(t.responder, 'PUT', `${url}/sections/introduction`, {
      baseRevision: intro.revision,
      body: 'Bob should have checked the config before deploying. The cache filled up.',
    });
    expect(saved.json().data.findings.length).toBeGreaterThan(0);
    const early = await t.call(t.responder, 'POST', `${url}/publish`, {});
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('invalid_retro_transition');
    expect((await t.call(t.responder, 'POST', `${url}/status`, { status: 'in_review' })).json().data.status).toBe('in_review');
    const refused = await t.call(t.responder, 'POST', `${url}/publish`, {});
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('language_findings');
    expect(refused.json().error.details.findings[0]).toMatchObject({ where: 'section:introduction' });
    expect(refused.json().error.details.findings[0].excerpt.length).toBeGreaterThan(0);
    expect((await retroOf(inc.ref)).status).toBe('in_review');

    const published = await t.call(t.responder, 'POST', `${url}/publish`, { confirm: true });
    expect(published.statusCode).toBe(200);
    expect(published.json().data).toMatchObject({ status: 'published', revision: 1, publishedRevision: 1 });
    const edit = await t.call(t.responder, 'PUT', `${url}/sections/introduction`, { baseRevision: 1, body: 'sneaky' });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().error.code).toBe('retro_published');
    expect((await t.call(t.responder, 'POST', `${url}/whys`, { text: 'x' })).statusCode).toBe(409);

    const amended = await t.call(t.responder, 'POST', `${url}/amend`, {});
    expect(amended.json().data).toMatchObject({ status: 'draft', revision: 2, publishedRevision: 1 });
    const fixed = await t.call(t.responder, 'PUT', `${url}/sections/introduction`, {
      baseRevision: 1,
      body: 'The config check ran after the deploy. The cache filled up.',
    });
    expect(fixed.statusCode).toBe(200);
    const r1 = (await t.call(t.responder, 'GET', `${url}?revision=1`)).json().data;
    expect(r1).toMatchObject({ status: 'published', revision: 1 });
    expect(section(r1, 'introduction').body).toContain('Bob should have checked');
    const history = (await t.call(t.responder, 'GET', `${url}/revisions`)).json().data;
    expect(history.map((h: { revision: number }) => h.revision)).toEqual([1]);
    const kinds = (await timeline(inc.ref)).map((e) => e.kind);
    expect(kinds).toEqual(expect.arrayContaining(['retro_status_changed', 'retro_published', 'retro_amended']));

    // Viewers (stakeholders) read the published revision, never the draft of revision 2.
    const asViewer = (await t.call(t.viewer, 'GET', url)).json().data;
    expect(asViewer.revision).toBe(1);
    expect(section(asViewer, 'introduction').body).toContain('Bob should have checked');
  });

  it('of two concurrent publishes exactly one wins, the other gets 409', async () => {
    const inc = await resolvedIncident();
    const retro = await retroOf(inc.ref);
    const url = api(`/retros/${retro.id}`);
    await t.call(t.responder, 'POST', `${url}/status`, { status: 'in_review' });
    const both = await Promise.all([
      t.call(t.responder, 'POST', `${url}/publish`, { confirm: true }),
      t.call(t.responder2, 'POST', `${url}/publish`, { confirm: true }),
    ]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect((await t.call(t.responder, 'GET', `${url}/revisions`)).json().data).toHaveLength(1);
    expect((await timeline(inc.ref)).filter((e) => e.kind === 'retro_published')).toHaveLength(1);
  });

  it('the closing gate waits for the required retrospective to be published', async () => {
    const inc = await resolvedIncident();
    await t.call(t.responder, 'PATCH', inc.url, { rootCauseFix: { state: 'waived', reason: 'Vendor bug, fixed upstream' } });
    const before = (await t.call(t.responder, 'GET', inc.url)).json().data;
    expect(before.abilities.close).toBe(false);
    expect(before.closingBlockers).toEqual([expect.stringMatching(/retrospective/)]);
    const refused = await t.call(t.responder, 'POST', `${inc.url}/status`, { status: 'closed' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('closing_blocked');
    expect(refused.json().error.message).toMatch(/retrospective/);
    const retro = await retroOf(inc.ref);
    await t.call(t.responder, 'POST', api(`/retros/${retro.id}/status`), { status: 'in_review' });
    await t.call(t.responder, 'POST', api(`/retros/${retro.id}/publish`), { confirm: true });
    expect((await t.call(t.responder, 'GET', inc.url)).json().data.abilities.close).toBe(true);
    expect((await t.call(t.responder, 'POST', `${inc.url}/status`, { status: 'closed' })).statusCode).toBe(200);
  });

  it('exports Markdown with the sections, and a printable HTML page that renders no HTML from the text', async () => {
    const inc = await resolvedIncident({ title: 'Cache <b>stampede</b>' });
    const retro = await retroOf(inc.ref);
    await t.call(t.responder, 'PUT', api(`/retros/${retro.id}/sections/introduction`), {
      baseRevision: 0,
      body: 'The cache **expired** at once. <script>alert(1)</script> [x](javascript:alert(1))',
    });
    const why = (
      await t.call(t.responder, 'POST', api(`/retros/${retro.id}/whys`), { text: 'The cache expired for all keys at once' })
    ).json().whyId;
    await t.call(t.responder, 'PUT', api(`/retros/${retro.id}/whys/${why}/ending`), {
      type: 'accepted',
      reason: 'Rare; jitter planned next quarter',
    });
    const md = await t.call(t.responder, 'GET', api(`/retros/${retro.id}/export.md`));
    expect(md.statusCode).toBe(200);
    expect(md.headers['content-type']).toMatch(/text\/markdown/);
    expect(md.headers['content-disposition']).toContain(`${inc.ref}-retrospective-r1.md`);
    for (const h of ['## Introduction', '## Timeline', '## The five whys', '## Actions', "## Everyone's view"])
      expect(md.body).toContain(h);
    expect(md.body).toContain('The cache **expired** at once.');
    expect(md.body).toContain('→ Accepted: Rare; jitter planned next quarter');
    expect(md.body).toContain('Rolled back deploy 4411');
    const html = await t.call(t.responder, 'GET', api(`/retros/${retro.id}/export.html`));
    expect(html.headers['content-type']).toMatch(/text\/html/);
    expect(html.headers['content-security-policy']).toContain("default-src 'none'");
    expect(html.body).toContain('<h2>Introduction</h2>');
    expect(html.body).toContain('<strong>expired</strong>');
    expect(html.body).not.toContain('<script>');
    expect(html.body).toContain('&lt;script&gt;');
    expect(html.body).not.toMatch(/href="javascript:/);
    expect(html.body).toContain('<title>');
    expect(html.body).not.toContain('<b>stampede</b>');
  });

  it('answers a language review of any text', async () => {
    const res = await t.call(t.responder, 'POST', api('/language/review'), {
      text: 'Alice failed to notice the alert. The disk filled up.',
    });
    expect(res.statusCode).toBe(200);
    const f = res.json().findings;
    expect(f.length).toBeGreaterThan(0);
    expect(Object.keys(f[0]).sort()).toEqual(['end', 'message', 'rule', 'start', 'suggestion']);
    expect((await t.call(t.responder, 'POST', api('/language/review'), { text: 'The disk filled up.' })).json().findings).toEqual([]);
  });
});
