import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { declare, makeTestApp, type TestApp, testDatabases } from '../test/harness.ts';

type Why = {
  id: string;
  parentId: string | null;
  depth: number;
  open: boolean;
  ending: string | null;
  acceptedReason: string | null;
  action: { id: string; owner: { name: string } | null; title: string } | null;
};

describe.each(testDatabases())("five whys and everyone's view on %s", (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await makeTestApp(kind);
  });
  afterAll(() => t.close());

  const api = (path: string) => `/api/v1${path}`;

  async function draftedRetro(extra: Record<string, unknown> = {}) {
    const inc = await declare(t, t.responder, { severity: 'SEV3', ...extra });
    const res = await t.call(t.responder, 'POST', api(`/incidents/${inc.ref}/retro`), {});
    expect(res.statusCode).toBe(201);
    return { inc, id: res.json().data.id as string };
  }

  it('builds why chains as a tree that end in a follow-up with an owner or an accepted risk', async () => {
    const { inc, id } = await draftedRetro();
    const add = async (text: string, parentId: string | null = null) => {
      const r = await t.call(t.responder, 'POST', api(`/retros/${id}/whys`), { text, parentId });
      expect(r.statusCode).toBe(201);
      return r.json().whyId as string;
    };
    const root = await add('The primary database instance failed');
    const disk = await add('Its disk filled up', root);
    const alert = await add('No alert fired on disk usage', root); // a contributing factor: a branch
    const logs = await add('Debug logging was left on after an investigation', disk);

    // Only the last why of a chain can end it.
    const notLeaf = await t.call(t.responder, 'PUT', api(`/retros/${id}/whys/${disk}/ending`), { type: 'accepted', reason: 'x' });
    expect(notLeaf.statusCode).toBe(409);
    expect(notLeaf.json().error.code).toBe('why_not_last');
    // A follow-up ending needs an owner.
    const noOwner = await t.call(t.responder, 'PUT', api(`/retros/${id}/whys/${logs}/ending`), {
      type: 'follow_up',
      action: { title: 'x' },
    });
    expect(noOwner.statusCode).toBe(400);

    const ended = await t.call(t.responder, 'PUT', api(`/retros/${id}/whys/${logs}/ending`), {
      type: 'follow_up',
      action: { title: 'Expire debug logging automatically', owner: 'sam@example.com', dueAt: '2026-04-01T00:00:00Z', priority: 'p2' },
    });
    expect(ended.statusCode).toBe(200);
    let v = ended.json().data;
    const nodes = v.whys.nodes as Why[];
    expect(nodes.map((n) => n.id)).toEqual([root, disk, logs, alert]); // depth-first
    expect(nodes.map((n) => n.depth)).toEqual([1, 2, 3, 2]);
    const leaf = nodes.find((n) => n.id === logs) as Why;
    expect(leaf).toMatchObject({
      ending: 'follow_up',
      open: false,
      action: { title: 'Expire debug logging automatically', owner: { name: 'Sam' } },
    });
    expect(v.whys.summary).toMatchObject({ chains: 1, maxDepth: 3, followUps: 1, openLeaves: [alert], complete: false });

    // The follow-up is a real action of the incident, owned, with the chain in its description.
    const action = (await t.call(t.responder, 'GET', api(`/actions/${leaf.action?.id}`))).json().data;
    expect(action).toMatchObject({
      kind: 'follow_up',
      draft: false,
      priority: 'p2',
      addresses: 'root_cause',
      owner: { email: 'sam@example.com' },
      dueAt: '2026-04-01T00:00:00.000Z',
    });
    expect(action.description).toContain('Its disk filled up');
    expect(v.actions.longTerm.find((a: { id: string }) => a.id === action.id)).toMatchObject({ fromRetro: true, whyId: logs });

    // A chain that ended cannot grow until re-opened.
    expect((await t.call(t.responder, 'POST', api(`/retros/${id}/whys`), { text: 'more', parentId: logs })).statusCode).toBe(409);

    v = (
      await t.call(t.responder, 'PUT', api(`/retros/${id}/whys/${alert}/ending`), {
        type: 'accepted',
        reason: 'Disk alerts are being replaced by SLO alerts',
      })
    ).json().data;
    expect(v.whys.summary).toMatchObject({ accepted: 1, followUps: 1, openLeaves: [], complete: true });
    // The whys are the retrospective's history; the incident's timeline has the follow-up they led to.
    const kinds = ((await t.call(t.admin, 'GET', api(`/retros/${id}/history`))).json().data as { kind: string }[]).map((e) => e.kind);
    expect(kinds.filter((k) => k === 'retro_why_added')).toHaveLength(4);
    expect(kinds).toContain('retro_why_changed');
    const onTimeline = ((await t.call(t.admin, 'GET', api(`/incidents/${inc.ref}/timeline`))).json().data as { kind: string }[]).map(
      (e) => e.kind,
    );
    expect(onTimeline).toContain('action_added');
    expect(onTimeline.some((k) => k.startsWith('retro_why'))).toBe(false);

    // Re-opening and removing.
    v = (await t.call(t.responder, 'PUT', api(`/retros/${id}/whys/${alert}/ending`), { type: 'open' })).json().data;
    expect(v.whys.summary.openLeaves).toEqual([alert]);
    v = (await t.call(t.responder, 'DELETE', api(`/retros/${id}/whys/${disk}`))).json().data;
    expect((v.whys.nodes as Why[]).map((n) => n.id)).toEqual([root, alert]);
  });

  it('links an existing follow-up only if it has an owner', async () => {
    const { inc, id } = await draftedRetro();
    const why = (await t.call(t.responder, 'POST', api(`/retros/${id}/whys`), { text: 'Retry storm' })).json().whyId;
    const draft = (
      await t.call(t.responder, 'POST', api(`/incidents/${inc.ref}/actions`), { title: 'Add jitter', kind: 'follow_up' })
    ).json().data;
    const refused = await t.call(t.responder, 'PUT', api(`/retros/${id}/whys/${why}/ending`), { type: 'follow_up', actionId: draft.id });
    expect(refused.json().error.code).toBe('follow_up_needs_owner');
    await t.call(t.responder, 'PATCH', api(`/actions/${draft.id}`), { owner: 'priya@example.com' });
    const ok = await t.call(t.responder, 'PUT', api(`/retros/${id}/whys/${why}/ending`), { type: 'follow_up', actionId: draft.id });
    expect(ok.json().data.whys.nodes[0].action).toMatchObject({ id: draft.id, owner: { name: 'Priya' } });
  });

  it('an anonymous answer never reveals its author, to anyone, in any response or export; the author can still edit it', async () => {
    const { inc, id } = await draftedRetro();
    await t.call(t.responder, 'POST', api(`/incidents/${inc.ref}/members`), { user: 'sam@example.com', kind: 'participant' });
    const secret = 'I waited 40 minutes for database access';
    const mine = await t.call(t.responder2, 'PUT', api(`/retros/${id}/answers/mine`), {
      anonymous: true,
      stuck: secret,
      surprised: 'Failover was manual',
    });
    expect(mine.statusCode).toBe(200);
    expect(mine.json().data).toMatchObject({ anonymous: true, author: null, mine: true, stuck: secret });
    const attributed = await t.call(t.responder, 'PUT', api(`/retros/${id}/answers/mine`), { whatHappened: 'I was paged at 12:40' });
    expect(attributed.json().data).toMatchObject({ anonymous: false, author: { name: 'Priya' } });

    const samId = t.responder2.id;
    const leaks = (text: string) => text.includes(samId) || text.includes('Sam') || text.includes('sam@example.com');
    // The admin sees the answer, but not who wrote it.
    const asAdmin = await t.call(t.admin, 'GET', api(`/retros/${id}`));
    const view = asAdmin.json().data;
    const anon = view.answers.find((a: { stuck: string }) => a.stuck === secret);
    expect(anon).toEqual({
      id: anon.id,
      anonymous: true,
      author: null,
      whatHappened: '',
      surprised: 'Failover was manual',
      stuck: secret,
      wouldHaveHelped: '',
      mine: false,
      findings: { whatHappened: [], surprised: [], stuck: [], wouldHaveHelped: [] },
    });
    expect(view.participation).toMatchObject({ invited: 2, answered: 2, anonymous: 1, attributed: [{ name: 'Priya' }] });
    expect(leaks(JSON.stringify(view.answers)) || leaks(JSON.stringify(view.participation))).toBe(false);
    for (const path of [`/retros/${id}/answers`, `/retros/${id}/export.md`, `/retros/${id}/export.html`, `/retros/${id}/agenda`]) {
      const body = (await t.call(t.admin, 'GET', api(path))).body;
      expect(body).toContain('Failover was manual');
      expect(leaks(body)).toBe(false);
    }
    const md = (await t.call(t.admin, 'GET', api(`/retros/${id}/export.md`))).body;
    expect(md).toContain('### Anonymous');
    expect(md).toContain('### Priya');
    // The history line of the anonymous answer has no actor and no content.
    const entries = (
      (await t.call(t.admin, 'GET', api(`/retros/${id}/history`))).json().data as {
        kind: string;
        actor: unknown;
        data: { anonymous: boolean };
      }[]
    ).filter((e) => e.kind === 'retro_answered');
    const anonEntry = entries.find((e: { data: { anonymous: boolean } }) => e.data.anonymous);
    expect(anonEntry?.actor).toBeNull();
    expect(leaks(JSON.stringify(anonEntry))).toBe(false);
    // Not even the database row names the author.
    const rows = await t.deps.db.selectFrom('retro_answers').selectAll().where('retro_id', '=', id).execute();
    const row = rows.find((r) => r.stuck === secret);
    expect(row?.user_id).toBeNull();
    expect(leaks(JSON.stringify(row))).toBe(false);
    expect(row?.updated_on).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    // The author finds and edits their own answer; others cannot see it as theirs.
    expect((await t.call(t.responder2, 'GET', api(`/retros/${id}/answers/mine`))).json().data).toMatchObject({ stuck: secret, mine: true });
    const edited = await t.call(t.responder2, 'PUT', api(`/retros/${id}/answers/mine`), {
      anonymous: true,
      stuck: `${secret} (and then some)`,
    });
    expect(edited.json().data.id).toBe(anon.id);
    expect((await t.call(t.admin, 'GET', api(`/retros/${id}/answers/mine`))).statusCode).toBe(404);
    const after = (await t.call(t.admin, 'GET', api(`/retros/${id}`))).json().data;
    expect(after.participation.answered).toBe(2);

    // Published snapshots keep the anonymity too.
    await t.call(t.responder, 'POST', api(`/retros/${id}/status`), { status: 'in_review' });
    await t.call(t.responder, 'POST', api(`/retros/${id}/publish`), { confirm: true });
    const snap = await t.deps.db.selectFrom('retro_revisions').select('snapshot').where('retro_id', '=', id).executeTakeFirstOrThrow();
    expect(snap.snapshot).toContain('and then some');
    expect(leaks(snap.snapshot)).toBe(false);
    expect(
      (await t.call(t.responder2, 'GET', api(`/retros/${id}?revision=1`)))
        .json()
        .data.answers.find((a: { anonymous: boolean }) => a.anonymous).mine,
    ).toBe(true);
  });

  it('lists retrospective tasks for participants and role holders until they answer', async () => {
    const { inc, id } = await draftedRetro({ title: 'Tasks test' });
    await t.call(t.responder, 'POST', api(`/incidents/${inc.ref}/roles`), { role: 'commander', user: 'sam@example.com' });
    const tasks = async (user: typeof t.responder, all = false) =>
      (
        (await t.call(user, 'GET', api(`/me/retro-tasks${all ? '?all=true' : ''}`))).json().data as {
          kind: string;
          retroId: string;
          done: boolean;
          prompts?: { prompt: string }[];
        }[]
      ).filter((x) => x.retroId === id);
    const sam = await tasks(t.responder2);
    expect(sam).toHaveLength(1);
    expect(sam[0]).toMatchObject({ kind: 'answer', done: false });
    expect(sam[0].prompts?.map((p) => p.prompt)).toEqual([
      'What happened from where you stood?',
      'What surprised you?',
      'Where did you get stuck or wait?',
      'What would have helped?',
    ]);
    expect(await tasks(t.admin)).toHaveLength(0); // not on the incident
    await t.call(t.responder2, 'PUT', api(`/retros/${id}/answers/mine`), { anonymous: true, whatHappened: 'Paged late' });
    expect(await tasks(t.responder2)).toHaveLength(0);
    expect((await tasks(t.responder2, true))[0]).toMatchObject({ done: true });
  });
});
