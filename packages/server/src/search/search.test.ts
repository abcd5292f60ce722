import { SEARCH_FACET_LIMIT, type SearchPage, SearchPageSchema, type SearchResult } from '@firebreak/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDbFor } from '../platform/db/index.ts';
import { readThreadOf } from '../platform/db/readThread.ts';
import { buildAction, buildIncident, buildRetro, buildService, buildUser } from '../test/factories.ts';
import { makeTestApp, type TestApp, type TestUser, testDatabases } from '../test/harness.ts';
import { parseQuery, toFts5, toTsquery } from './query.ts';

describe('search query syntax', () => {
  it('compiles words, phrases, prefixes, exclusions and OR into safe syntax for both engines', () => {
    const q = parseQuery('Database "connection pool" time* -staging OR replica');
    expect(toFts5(q)).toBe('(("database" AND "connection pool" AND "time"*) NOT "staging") OR ("replica")');
    expect(toTsquery(q)).toBe('(database & (connection <-> pool) & time:* & !staging) | (replica)');
  });
  it('keeps engine syntax out: quotes, parentheses, colons and operators become plain words', () => {
    const q = parseQuery(`NEAR(a b) "unclosed AND body:x ) ( ' ! & | :* \\`);
    expect(toFts5(q)).toBe('("near a" AND "b" AND "unclosed and body x")');
    expect(toTsquery(q)).toBe('((near <-> a) & b & (unclosed <-> and <-> body <-> x))');
  });
  it('refuses a query with nothing to find', () => {
    expect(() => parseQuery('!!! ...')).toThrow(/nothing to search for/);
    expect(() => parseQuery('-outage')).toThrow(/besides the excluded/);
  });
});

describe.each(testDatabases())('search on %s', (kind) => {
  let t: TestApp;
  let outsider: TestUser;
  const api = '/api/v1';
  const search = async (user: TestUser, qs: string) => {
    const res = await t.call(user, 'GET', `${api}/search?${qs}`);
    expect(res.statusCode, res.body).toBe(200);
    // Written without zod's encoding (routes.ts): a page is exactly its schema's keys, in its order.
    expect(res.body).toBe(JSON.stringify(SearchPageSchema.parse(res.json())));
    return res.json() as SearchPage;
  };
  const refs = (page: SearchPage) => page.data.map((r) => r.incident?.ref);
  const text = (r: SearchResult) => r.snippet.map((p) => p.text).join('');

  beforeAll(async () => {
    t = await makeTestApp(kind);
    outsider = await buildUser(t, { role: 'responder' });
  });
  afterAll(() => t.close());

  it('finds incidents by title and ticket, best match first, with highlighted snippets', async () => {
    await buildService(t, { name: 'ledger' });
    const strong = await buildIncident(t, {
      title: 'Zeppelin ledger outage',
      summary: 'The zeppelin ledger stopped',
      services: ['ledger'],
    });
    const weak = await buildIncident(t, { title: 'Slow pages' });
    await t.call(t.responder, 'PATCH', `${api}/incidents/${weak.ref}`, {
      symptoms: 'Pages were slow for an hour. Much later someone noticed a zeppelin graph in the dashboard was off.',
    });
    const page = await search(t.responder, 'q=zeppelin');
    expect(refs(page)[0]).toBe(strong.ref);
    expect(refs(page)).toContain(weak.ref);
    const ticketHit = page.data.find((r) => r.incident?.ref === weak.ref && r.label === 'ticket') as SearchResult;
    expect(ticketHit.snippet.filter((p) => p.match).map((p) => p.text.toLowerCase())).toEqual(['zeppelin']);
    expect(text(ticketHit)).toContain('graph in the dashboard');
    expect(page.data[0].url).toBe(`/incidents/${strong.ref}`);
    // Stemming: "outages" finds "outage"; a prefix finds the word it starts.
    expect(refs(await search(t.responder, 'q=zeppelin%20outages'))).toEqual([strong.ref]);
    expect(refs(await search(t.responder, 'q=zeppel*%20ledg*'))[0]).toBe(strong.ref);
    expect(refs(await search(t.responder, 'q=zeppelin%20-ledger'))).toEqual([weak.ref]);
    expect(refs(await search(t.responder, 'q=%22ledger%20outage%22'))).toEqual([strong.ref]);
  });

  it('snippets carry no blank gaps: a match only in the title has none, and a ticket starts at its words', async () => {
    const titleOnly = await buildIncident(t, { title: 'Quokka gateway down' });
    const patched = await t.call(t.responder, 'PATCH', `${api}/incidents/${titleOnly.ref}`, {
      symptoms: 'Quokka users saw\n\n   timeouts',
    });
    expect(patched.statusCode, patched.body).toBe(200);
    const page = await search(t.responder, 'q=quokka');
    const incidentHit = page.data.find((r) => r.incident?.ref === titleOnly.ref && r.label === 'incident') as SearchResult;
    expect(incidentHit.snippet).toEqual([]);
    const ticketHit = page.data.find((r) => r.incident?.ref === titleOnly.ref && r.label === 'ticket') as SearchResult;
    expect(text(ticketHit)).toBe('Quokka users saw timeouts');
  });

  it('indexes comments, stakeholder updates, follow-ups, retrospectives and keeps edits and removals in step', async () => {
    const inc = await buildIncident(t, { title: 'Quasar queue backlog' });
    const comment = await t.call(t.responder, 'POST', `${api}/incidents/${inc.ref}/comments`, { body: 'restarting the xylophone worker' });
    expect(comment.statusCode).toBe(201);
    await buildAction(t, { incident: inc, kind: 'follow_up', title: 'Alert on xylophone lag', owner: t.responder.email });
    const hits = await search(t.responder, 'q=xylophone');
    expect(hits.data.map((r) => r.kind).sort()).toEqual(['followup', 'timeline']);
    const entryHit = hits.data.find((r) => r.kind === 'timeline') as SearchResult;
    expect(entryHit.label).toBe('comment');
    expect(entryHit.url).toMatch(new RegExp(`^/incidents/${inc.ref}#entry-\\d+$`));

    const entryId = entryHit.id.split(':')[1];
    await t.call(t.responder, 'PATCH', `${api}/incidents/${inc.ref}/timeline/${entryId}`, { body: 'restarting the marimba worker' });
    expect((await search(t.responder, 'q=marimba')).data.map((r) => r.kind)).toEqual(['timeline']);
    expect((await search(t.responder, 'q=xylophone')).data.map((r) => r.kind)).toEqual(['followup']);

    const retro = await buildRetro(t, { incident: inc });
    const section = retro.sections.find((s) => s.kind !== 'timeline') as { key: string; revision: number };
    const saved = await t.call(t.responder, 'PUT', `${api}/retros/${retro.id}/sections/${section.key}`, {
      baseRevision: section.revision,
      body: 'The ocarina cache had no eviction limit.',
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const retroHit = (await search(t.responder, 'q=ocarina')).data;
    expect(retroHit.map((r) => [r.kind, r.incident?.ref, r.url])).toEqual([['retro', inc.ref, `/retros/${inc.ref}`]]);
  });

  it('anonymous retrospective answers are found by their words but never say who wrote them', async () => {
    const inc = await buildIncident(t, { title: 'Answer test' });
    const retro = await buildRetro(t, { incident: inc });
    const res = await t.call(t.responder2, 'PUT', `${api}/retros/${retro.id}/answers/mine`, {
      anonymous: true,
      stuck: 'I was stuck waiting on the bassoon dashboard',
    });
    expect(res.statusCode, res.body).toBe(200);
    const page = await search(t.admin, 'q=bassoon');
    expect(page.data).toHaveLength(1);
    expect(page.data[0]).toMatchObject({ kind: 'retro', label: 'answer' });
    expect(JSON.stringify(page)).not.toContain(t.responder2.id);
    expect(JSON.stringify(page)).not.toContain(t.responder2.name);
    // Searching for the author's name does not find their anonymous answer.
    const name = t.responder2.name.split(/\s+/)[0];
    expect((await search(t.admin, `q=${encodeURIComponent(name)}%20bassoon`)).data).toEqual([]);
  });

  it('private incidents of others never match, never count and never give a snippet', async () => {
    const secret = await buildIncident(t, { title: 'Walrus credential leak', private: true, by: t.responder2 });
    await t.call(t.responder2, 'POST', `${api}/incidents/${secret.ref}/comments`, { body: 'walrus keys rotated' });
    const open = await buildIncident(t, { title: 'Walrus dashboards slow' });

    const mine = await search(t.responder2, 'q=walrus');
    expect(mine.facets?.total).toBe(3);
    expect(new Set(refs(mine))).toEqual(new Set([secret.ref, open.ref]));
    const admin = await search(t.admin, 'q=walrus');
    expect(admin.facets?.total).toBe(3);

    for (const other of [t.responder, outsider, t.viewer]) {
      const page = await search(other, 'q=walrus');
      expect(refs(page)).toEqual([open.ref]);
      expect(page.facets?.total).toBe(1);
      expect(page.facets?.kind).toEqual([{ value: 'incident', label: 'Incidents', count: 1 }]);
      expect(JSON.stringify(page)).not.toMatch(/credential|rotated/);
      expect((await search(other, 'q=credential')).facets?.total).toBe(0);
    }
    // The incident list's ?q= hides it the same way.
    const list = (await t.call(outsider, 'GET', `${api}/incidents?q=walrus`)).json().data as { ref: string }[];
    expect(list.map((i) => i.ref)).toEqual([open.ref]);
    const listMine = (await t.call(t.responder2, 'GET', `${api}/incidents?q=walrus`)).json().data as { ref: string }[];
    expect(listMine.map((i) => i.ref).sort()).toEqual([secret.ref, open.ref].sort());
  });

  it('viewers find what stakeholders read: updates and impact, not war-room comments, the ticket or drafts', async () => {
    const inc = await buildIncident(t, { title: 'Harpsichord checkout errors', originalRequest: 'harpsichord customer Acme reported it' });
    await t.call(t.responder, 'PATCH', `${api}/incidents/${inc.ref}`, {
      rootCauses: 'harpsichord pool exhausted',
      customerImpact: 'harpsichord checkout failed for some',
    });
    await t.call(t.responder, 'POST', `${api}/incidents/${inc.ref}/comments`, { body: 'harpsichord db is on fire, blame nobody' });
    const upd = await t.call(t.responder, 'POST', `${api}/incidents/${inc.ref}/updates`, { body: 'Harpsichord checkout works again.' });
    expect(upd.statusCode, upd.body).toBe(201);
    await buildAction(t, { incident: inc, kind: 'follow_up', title: 'harpsichord capacity review' }); // a draft (no owner)

    const responder = await search(t.responder, 'q=harpsichord&limit=50');
    expect(responder.data.map((r) => r.label).sort()).toEqual(['comment', 'follow_up', 'incident', 'stakeholder_update', 'ticket']);
    const viewer = await search(t.viewer, 'q=harpsichord&limit=50');
    expect(viewer.data.map((r) => r.label).sort()).toEqual(['incident', 'stakeholder_update']);
    expect(viewer.facets?.total).toBe(2);
    expect(JSON.stringify(viewer)).not.toMatch(/on fire|pool exhausted|Acme/);
    expect((await search(t.viewer, 'q=acme')).facets?.total).toBe(0);
  });

  it('facets count every match by kind, service, severity, status, date and retrospective; filters narrow', async () => {
    await buildService(t, { name: 'tuba-api' });
    const a = await buildIncident(t, { title: 'Tuba latency', services: ['tuba-api'], severity: 'SEV2' });
    const b = await buildIncident(t, { title: 'Tuba errors', status: 'resolved' });
    await buildRetro(t, { incident: b });
    await t.call(t.responder, 'POST', `${api}/incidents/${a.ref}/comments`, { body: 'tuba p99 doubled' });
    const { facets } = await search(t.responder, 'q=tuba');
    expect(facets?.total).toBe(3);
    expect(facets?.capped).toBe(false);
    expect(facets?.kind).toEqual([
      { value: 'incident', label: 'Incidents', count: 2 },
      { value: 'timeline', label: 'Timeline', count: 1 },
    ]);
    expect(facets?.service).toEqual([expect.objectContaining({ label: 'tuba-api', count: 2 })]);
    expect(facets?.severity.map((s) => [s.label, s.count])).toEqual([
      ['SEV2', 2],
      ['SEV3', 1],
    ]);
    expect(facets?.status.map((s) => [s.value, s.count])).toEqual([
      ['triage', 2],
      ['resolved', 1],
    ]);
    expect(facets?.hasRetro.map((s) => [s.value, s.count])).toEqual([
      ['false', 2],
      ['true', 1],
    ]);
    expect(facets?.date.map((d) => [d.value, d.count])).toEqual([
      ['day', 3],
      ['week', 3],
      ['month', 3],
      ['year', 3],
    ]);
    expect(refs(await search(t.responder, 'q=tuba&service=tuba-api&kind=incident'))).toEqual([a.ref]);
    expect(refs(await search(t.responder, 'q=tuba&hasRetro=true'))).toEqual([b.ref]);
    expect(refs(await search(t.responder, 'q=tuba&status=resolved&severity=SEV3'))).toEqual([b.ref]);
    expect((await search(t.responder, 'q=tuba&from=2030-01-01T00:00:00Z')).facets?.total).toBe(0);
    expect((await search(t.responder, 'q=tuba&service=nope')).data).toEqual([]);
  });

  it("follows the incident's privacy, status, severity, services and retrospective in results, filters and facets", async () => {
    await buildService(t, { name: 'oboe-a' });
    await buildService(t, { name: 'oboe-b' });
    const inc = await buildIncident(t, { title: 'Oboe reed outage', services: ['oboe-a'], severity: 'SEV3' });
    await notes(inc.id, ['the oboe reed split']);
    const patch = async (body: object) => {
      const res = await t.call(t.responder, 'PATCH', `${api}/incidents/${inc.ref}`, body);
      expect(res.statusCode, res.body).toBe(200);
    };
    const facets = async (user: TestUser, qs = '') => {
      const page = await search(user, `q=oboe${qs}`);
      const f = page.facets as NonNullable<SearchPage['facets']>;
      const of = (list: { label: string; count: number }[]) => list.map((c) => `${c.label}:${c.count}`);
      return {
        total: f.total,
        refs: [...new Set(refs(page))],
        status: f.status.map((c) => `${c.value}:${c.count}`),
        severity: of(f.severity),
        service: of(f.service),
        hasRetro: f.hasRetro.map((c) => `${c.value}:${c.count}`),
      };
    };
    expect(await facets(outsider)).toEqual({
      total: 2,
      refs: [inc.ref],
      status: ['triage:2'],
      severity: ['SEV3:2'],
      service: ['oboe-a:2'],
      hasRetro: ['false:2'],
    });

    await patch({ severity: 'SEV1', services: ['oboe-b', 'oboe-a'] });
    expect(await facets(outsider)).toMatchObject({ severity: ['SEV1:2'], service: ['oboe-a:2', 'oboe-b:2'] });
    await patch({ services: ['oboe-b'] });
    expect(await facets(outsider)).toMatchObject({ severity: ['SEV1:2'], service: ['oboe-b:2'] });
    expect((await facets(outsider, '&severity=SEV1&service=oboe-b')).total).toBe(2);
    expect((await facets(outsider, '&severity=SEV3')).total).toBe(0);

    const moved = await t.call(t.responder, 'POST', `${api}/incidents/${inc.ref}/status`, { status: 'investigating' });
    expect(moved.statusCode, moved.body).toBe(200);
    expect((await facets(outsider)).status).toEqual(['investigating:2']);
    expect((await facets(outsider, '&status=investigating')).total).toBe(2);
    expect((await facets(outsider, '&status=triage')).total).toBe(0);

    // A retrospective: responders count it while it is a draft, viewers once it is published.
    await buildRetro(t, { incident: inc });
    expect((await facets(outsider)).hasRetro).toEqual(['true:2']);
    expect((await facets(outsider, '&hasRetro=true')).total).toBe(2);
    expect(await facets(t.viewer)).toMatchObject({ total: 1, hasRetro: ['false:1'] });
    await buildRetro(t, { incident: inc, status: 'published' });
    expect(await facets(t.viewer)).toMatchObject({ total: 1, hasRetro: ['true:1'] });
    expect((await facets(t.viewer, '&hasRetro=true')).total).toBe(1);
    await t.deps.db.deleteFrom('retros').where('incident_id', '=', inc.id).execute();
    expect((await facets(outsider)).hasRetro).toEqual(['false:2']);
    expect((await facets(t.viewer, '&hasRetro=false')).total).toBe(1);

    // Private: others stop finding or counting it at once; members and admins still do.
    await patch({ private: true });
    expect(await facets(outsider)).toEqual({ total: 0, refs: [], status: [], severity: [], service: [], hasRetro: [] });
    expect((await facets(t.viewer)).total).toBe(0);
    expect((await facets(t.responder)).total).toBe(2);
    expect((await facets(t.admin)).total).toBe(2);
    await patch({ private: false });
    expect((await facets(outsider)).total).toBe(2);
  });

  it('pages with a compound cursor: equal scores neither repeat nor skip', async () => {
    const made: string[] = [];
    for (let i = 0; i < 7; i++) made.push((await buildIncident(t, { title: 'Identical kazoo outage' })).ref);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: SearchPage = await search(t.responder, `q=kazoo&limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      if (pages > 0) expect(page.facets).toBeNull();
      seen.push(...(refs(page) as string[]));
      cursor = page.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect([...seen].sort()).toEqual([...made].sort());
    // Equal scores keep creation (id) order.
    expect(seen).toEqual(made);
  });

  /** Notes written straight into the timeline table (the index's triggers pick them up): many texts fast. */
  const notes = async (incidentId: string, bodies: string[]) => {
    const at = t.clock.now().toISOString();
    const rows = bodies.map((body) => ({
      incident_id: incidentId,
      kind: 'note',
      actor_id: t.responder.id,
      body,
      data: '{}',
      visibility: 'internal',
      occurred_at: at,
      recorded_at: at,
      pinned: 0,
    }));
    for (let i = 0; i < rows.length; i += 200)
      await t.deps.db
        .insertInto('timeline_entries')
        .values(rows.slice(i, i + 200))
        .execute();
  };

  it('over the window: more matches than it holds are ranked and counted among the newest, and say so', async () => {
    const inc = await buildIncident(t, { title: 'Capybara backlog' });
    const secret = await buildIncident(t, { title: 'Capybara secret', private: true, by: t.responder2 });
    await notes(
      inc.id,
      Array.from({ length: SEARCH_FACET_LIMIT + 5 }, (_, i) => `capybara note ${i} of a long series of notes about the queue`),
    );
    await notes(inc.id, ['capybara capybara']);
    await notes(secret.id, ['capybara whispers', 'capybara capybara capybara']);

    const page = await search(t.responder, 'q=capybara&limit=100');
    expect(page.facets).toMatchObject({ total: SEARCH_FACET_LIMIT, capped: true });
    expect(page.facets?.kind.reduce((n, c) => n + c.count, 0)).toBe(SEARCH_FACET_LIMIT);
    // Best first among the window: the short note that says it twice (the private ones never show).
    expect(text(page.data[0])).toBe('capybara capybara');
    let seen = page.data.length;
    let cursor = page.nextCursor;
    while (cursor) {
      const next: SearchPage = await search(t.responder, `q=capybara&limit=100&cursor=${cursor}`);
      expect(next.data.every((r) => r.incident?.ref === inc.ref && r.kind === 'timeline')).toBe(true);
      seen += next.data.length;
      cursor = next.nextCursor;
    }
    // The window holds the newest texts the user may read: the private incident's do not take its places.
    expect(seen).toBe(SEARCH_FACET_LIMIT);
    // A filter that leaves fewer matches than the window is exact again, older texts included.
    const incidents = await search(t.responder, 'q=capybara&kind=incident');
    expect(incidents.facets).toMatchObject({ total: 1, capped: false });
    expect(refs(incidents)).toEqual([inc.ref]);
    expect((await search(t.responder2, 'q=capybara&kind=incident')).facets).toMatchObject({ total: 2, capped: false });
    // Hidden texts neither fill the window nor make it `capped`.
    const zebu = await buildIncident(t, { title: 'Zebu secret', private: true, by: t.responder2 });
    await notes(
      zebu.id,
      Array.from({ length: SEARCH_FACET_LIMIT + 5 }, (_, i) => `zebu note ${i}`),
    );
    const open = await buildIncident(t, { title: 'Zebu dashboards' });
    const others = await search(t.responder, 'q=zebu');
    expect(others.facets).toMatchObject({ total: 1, capped: false });
    expect(refs(others)).toEqual([open.ref]);
    expect((await search(t.responder2, 'q=zebu')).facets).toMatchObject({ total: SEARCH_FACET_LIMIT, capped: true });
  });

  it('finds a page whose best-ranked matches are all filtered out', async () => {
    const loud = await buildIncident(t, { title: 'Okapi okapi storm' });
    const quiet = await buildIncident(t, { title: 'Calm day', status: 'resolved' });
    await notes(
      loud.id,
      Array.from({ length: 60 }, () => 'okapi okapi okapi'),
    );
    await notes(quiet.id, ['someone saw an okapi once, far away, between many other words in a long and winding note']);
    const page = await search(t.responder, 'q=okapi&status=resolved&limit=1');
    expect(refs(page)).toEqual([quiet.ref]);
    expect(page.nextCursor).toBeNull();
    expect(page.facets?.total).toBe(1);
    // Unfiltered, the loud incident's texts come first.
    expect(refs(await search(t.responder, 'q=okapi&limit=1'))).toEqual([loud.ref]);
  });

  it('the list ?q= pages newest first over incidents whose own texts match, past private incidents of others', async () => {
    const made: { ref: string; number: number; visible: boolean }[] = [];
    const add = async (title: string, visible = true) => {
      const inc = await buildIncident(t, { title, ...(visible ? {} : { private: true, by: t.responder2 }) });
      made.push({ ref: inc.ref, number: Number(inc.ref.slice(4)), visible });
      return inc;
    };
    const oldest = await add('Narwhal gateway errors');
    // Several matching texts of one incident (title, ticket, whys) are one incident in the list.
    await t.call(t.responder, 'PATCH', `${api}/incidents/${oldest.ref}`, { symptoms: 'narwhal timeouts', rootCauses: 'narwhal pool' });
    for (const question of ['Why did the narwhal pool fill?', 'Why was narwhal not paged?'])
      await t.call(t.responder, 'POST', `${api}/incidents/${oldest.ref}/whys`, { question });
    const ticketOnly = await buildIncident(t, { title: 'Slow pages' });
    await t.call(t.responder, 'PATCH', `${api}/incidents/${ticketOnly.ref}`, { symptoms: 'narwhals everywhere' });
    made.push({ ref: ticketOnly.ref, number: Number(ticketOnly.ref.slice(4)), visible: true });
    const commentOnly = await buildIncident(t, { title: 'Quiet night' });
    await notes(commentOnly.id, ['a narwhal in the war room']);
    for (let i = 0; i < 5; i++) await add(`Narwhal visible ${i}`);
    // More private matches than a page reads at first: the list must read on to find its page.
    for (let i = 0; i < 30; i++) await add(`Narwhal secret ${i}`, false);
    for (let i = 5; i < 8; i++) await add(`Narwhal visible ${i}`);
    const newestFirst = (visible: boolean) =>
      made
        .filter((m) => m.visible || visible)
        .sort((a, b) => b.number - a.number)
        .map((m) => m.ref);

    const pages = async (user: TestUser, limit: number) => {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const res = await t.call(user, 'GET', `${api}/incidents?q=narwhal&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
        expect(res.statusCode, res.body).toBe(200);
        const body = res.json() as { data: { ref: string }[]; nextCursor: string | null };
        if (body.nextCursor) expect(body.data).toHaveLength(limit);
        seen.push(...body.data.map((i) => i.ref));
        cursor = body.nextCursor;
      } while (cursor && seen.length < 100);
      return seen;
    };
    for (const limit of [1, 2, 3, 50]) {
      expect(await pages(t.responder, limit)).toEqual(newestFirst(false));
      expect(await pages(t.responder2, limit)).toEqual(newestFirst(true));
    }
    // Viewers match what stakeholders read: not the ticket or whys.
    expect(await pages(t.viewer, 2)).toEqual(newestFirst(false).filter((r) => r !== ticketOnly.ref));
    await t.call(t.responder, 'PATCH', `${api}/incidents/${oldest.ref}`, { title: 'Gateway errors' });
    expect(await pages(t.viewer, 2)).toEqual(newestFirst(false).filter((r) => r !== ticketOnly.ref && r !== oldest.ref));
    expect((await pages(t.responder, 2)).includes(oldest.ref)).toBe(true); // its ticket and whys still match
    // Filters apply within the stretches; a number finds its incident.
    const sev = (await t.call(t.responder, 'GET', `${api}/incidents?q=narwhal&status=resolved`)).json().data;
    expect(sev).toEqual([]);
    const byNumber = (await t.call(t.responder, 'GET', `${api}/incidents?q=${commentOnly.ref}`)).json().data as { ref: string }[];
    expect(byNumber.map((i) => i.ref)).toEqual([commentOnly.ref]);
  });

  it('answers the same with the search thread on and off (FIREBREAK_SEARCH_THREAD), which only SQLite has', async () => {
    await buildService(t, { name: 'sousaphone' });
    for (let i = 0; i < 12; i++) {
      const inc = await buildIncident(t, {
        title: `Sousaphone queue ${i}`,
        services: ['sousaphone'],
        private: i % 5 === 0,
        by: t.responder2,
      });
      await notes(inc.id, [`sousaphone lag ${i}`, `the sousaphones were slow, lag ${i}`]);
      t.clock.advance(3_600_000);
    }
    const queries = [
      'sousaphone',
      'sousa*',
      'sousaphone lag',
      '"sousaphone queue" OR lag',
      'sousaphone -queue',
      'sousaphone&kind=timeline',
      'sousaphone&service=sousaphone&hasRetro=false',
    ];
    const answers = async (on: boolean) => {
      t.deps.config.searchThread = on;
      const out: string[] = [];
      for (const user of [t.responder, t.responder2, t.viewer])
        for (const q of queries) {
          let cursor: string | null = null;
          do {
            const res = await t.call(user, 'GET', `${api}/search?q=${q}&limit=4${cursor ? `&cursor=${cursor}` : ''}`);
            expect(res.statusCode, res.body).toBe(200);
            expect(res.body).toBe(JSON.stringify(SearchPageSchema.parse(res.json())));
            out.push(res.body);
            cursor = (res.json() as SearchPage).nextCursor;
          } while (cursor);
        }
      return out;
    };
    try {
      const off = await answers(false);
      const on = await answers(true);
      expect(on).toEqual(off);
      expect(off.length).toBeGreaterThan(queries.length * 3);
      // The responder reads 9 of the 12 incidents (3 are responder2's private ones): a title and two notes each.
      expect((JSON.parse(off[0]) as SearchPage).facets?.total).toBe(27);
      // The thread answered on SQLite (a file's read connection has one); PostgreSQL has none.
      expect(readThreadOf(readDbFor(t.deps.db))?.running ?? false).toBe(kind === 'sqlite');
      // A statement the engine refuses is still the query's fault (400), not a 500, through the thread.
      const bad = await t.call(t.responder, 'GET', `${api}/search?q=${encodeURIComponent('a:b "x')}`);
      expect(bad.statusCode).not.toBe(500);
    } finally {
      t.deps.config.searchThread = true;
    }
  });

  it('answers 400 with the envelope for bad queries, never 500', async () => {
    for (const q of ['', '   ', '"""', '-only', '(', 'a'.repeat(201), '*', 'AND OR NOT', ':*', "'"]) {
      const res = await t.call(t.responder, 'GET', `${api}/search?q=${encodeURIComponent(q)}`);
      if (res.statusCode === 200) continue; // e.g. "AND OR NOT" are plain words
      expect(res.statusCode, `${q}: ${res.body}`).toBe(400);
      expect(res.json().error.code).toBe('invalid_input');
    }
    for (const qs of ['q=x&kind=nope', 'q=x&status=nope', 'q=x&cursor=abc', 'q=x&limit=0', 'q=x&from=yesterday', 'q=x&hasRetro=maybe']) {
      const res = await t.call(t.responder, 'GET', `${api}/search?${qs}`);
      expect(res.statusCode, qs).toBe(400);
      expect(res.json().error.code).toBe('invalid_input');
    }
    for (const q of ['NEAR(a b)', 'a:b', 'x AND', '"a" OR', '^start', 'col:*', '\\', '()&|!']) {
      expect((await t.call(t.responder, 'GET', `${api}/search?q=${encodeURIComponent(q)}`)).statusCode).not.toBe(500);
    }
  });
});
