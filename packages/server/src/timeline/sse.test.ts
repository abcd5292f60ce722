import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { getIncident } from '../incidents/store.ts';
import type { BusEvent } from '../platform/bus.ts';
import { reader, transaction } from '../platform/context.ts';
import { declare, makeTestApp, type TestApp, type TestUser, testDatabases } from '../test/harness.ts';
import { type Entry, Stream } from '../test/sseClient.ts';
import { record } from './record.ts';

describe.each(testDatabases())('Server-Sent Events on %s, over HTTP', (kind) => {
  let t: TestApp;
  let base: string;
  const open: Stream[] = [];
  const connect = async (path: string, user: TestUser, headers?: Record<string, string>) => {
    const s = await Stream.open(`${base}${path}`, user, headers);
    open.push(s);
    return s;
  };
  const post = async (user: TestUser, url: string, body: unknown) => {
    const res = await t.call(user, 'POST', url, body);
    if (res.statusCode >= 300) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
    return res.json().data;
  };
  const comment = async (ref: string, body: string, user = t.responder): Promise<Entry> =>
    post(user, `/api/v1/incidents/${ref}/comments`, { body });
  const idsOf = (entries: { id: number }[]) => entries.map((e) => e.id);
  const increasing = (ids: number[]) => ids.every((id, i) => i === 0 || id > ids[i - 1]);
  /** Everything stored after an id, as the API lists it. */
  const storedAfter = async (ref: string, after: number, user = t.responder) =>
    (await t.call(user, 'GET', `/api/v1/incidents/${ref}/timeline?after=${after}&limit=5000`)).json().data as Entry[];

  beforeAll(async () => {
    t = await makeTestApp(kind);
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  });
  afterEach(() => {
    for (const s of open.splice(0)) s.close();
  });
  afterAll(() => t.close());

  it('sends live entries in order, each with an id: line, as text/event-stream', async () => {
    const inc = await declare(t, t.responder);
    const s = await connect(`/api/v1/incidents/${inc.ref}/events`, t.responder);
    expect(s.status).toBe(200);
    expect(s.contentType).toMatch(/^text\/event-stream/);
    const written = [
      await comment(inc.ref, 'one'),
      await comment(inc.ref, 'two'),
      await post(t.responder, `/api/v1/incidents/${inc.ref}/updates`, { body: 'three' }),
    ];
    await s.until(() => s.entries().length >= 3, '3 entries');
    expect(s.entries().map((e) => [e.id, e.body])).toEqual(written.map((e) => [e.id, e.body]));
    expect(s.events.map((e) => e.id)).toEqual(written.map((e) => String(e.id)));
    for (const e of written) expect(s.raw).toContain(`id: ${e.id}\nevent: timeline\ndata: `);
  });

  for (const how of ['Last-Event-ID header', '?lastEventId= query'] as const) {
    it(`resumes after a disconnect with the ${how}: exactly the missed entries, none twice`, async () => {
      const inc = await declare(t, t.responder);
      const path = `/api/v1/incidents/${inc.ref}/events`;
      const first = await connect(path, t.responder);
      await comment(inc.ref, 'before 1');
      await comment(inc.ref, 'before 2');
      await first.until(() => first.entries().length === 2, 'the first two');
      const lastSeen = first.entries()[1].id;
      first.close();
      await first.until(() => first.ended, 'the first connection to end');

      // Written while the client is away.
      await comment(inc.ref, 'away 1');
      await post(t.responder, `/api/v1/incidents/${inc.ref}/timeline`, { body: 'away note' });
      await post(t.responder, `/api/v1/incidents/${inc.ref}/status`, { status: 'investigating' });

      // Reconnect while more is being written at the same moment.
      const [second] = await Promise.all([
        how === 'Last-Event-ID header'
          ? connect(path, t.responder, { 'last-event-id': String(lastSeen) })
          : connect(`${path}?lastEventId=${lastSeen}`, t.responder),
        Promise.all(Array.from({ length: 10 }, (_, i) => comment(inc.ref, `during ${i}`))),
      ]);
      const missed = await storedAfter(inc.ref, lastSeen);
      expect(missed).toHaveLength(13);
      await second.until(() => second.entries().length >= missed.length, 'the missed entries');
      const sentinel = await comment(inc.ref, 'sentinel');
      await second.until(() => second.entries().some((e) => e.id === sentinel.id), 'the sentinel');
      expect(idsOf(second.entries())).toEqual([...idsOf(missed), sentinel.id]);
      expect(
        second
          .entries()
          .slice(0, 3)
          .map((e) => e.kind),
      ).toEqual(['comment', 'note', 'status_changed']);
    });
  }

  it('gives a viewer only stakeholder-visible entries, from the backlog and live', async () => {
    const inc = await declare(t, t.responder, { originalRequest: 'Customer Acme (jane@acme.example) cannot pay' });
    const url = `/api/v1/incidents/${inc.ref}`;
    await comment(inc.ref, 'internal before');
    await post(t.responder, `${url}/updates`, { body: 'public before' });
    const s = await connect(`${url}/events?lastEventId=0`, t.viewer);
    await comment(inc.ref, 'internal live');
    await post(t.responder, `${url}/timeline`, { body: 'note live' });
    await post(t.responder, `${url}/status`, { status: 'investigating' });
    await post(t.responder, `${url}/actions`, { title: 'Restart the pods' });
    const last = await post(t.responder, `${url}/updates`, { body: 'public live' });
    await s.until(() => s.entries().some((e) => e.id === last.id), 'the last update');
    expect(s.entries().map((e) => e.kind)).toEqual(['declared', 'stakeholder_update', 'status_changed', 'stakeholder_update']);
    expect(s.entries().every((e) => e.visibility === 'stakeholders')).toBe(true);
    expect(s.raw).not.toContain('internal');
    expect(s.raw).not.toContain('Restart the pods');
    // The declaration is there, but not the verbatim report it carries (it names a customer).
    expect(s.raw).not.toContain('Acme');
    const all = await connect('/api/v1/events?lastEventId=0', t.viewer);
    await all.until(() => all.changes().some((c) => c.entry.id === last.id), 'the update on the global stream');
    expect(all.changes().some((c) => c.ref === inc.ref && c.kind === 'declared')).toBe(true);
    expect(all.raw).not.toContain('Acme');
  });

  it('delivers a burst of 50 concurrent writes exactly once, in id order, to live and catching-up clients', async () => {
    const inc = await declare(t, t.responder);
    const path = `/api/v1/incidents/${inc.ref}/events`;
    const live = await connect(path, t.responder);
    const start = (await storedAfter(inc.ref, 0)).at(-1)?.id as number;
    const burst = Promise.all(Array.from({ length: 50 }, (_, i) => comment(inc.ref, `burst ${i}`, i % 2 ? t.responder : t.admin)));
    const catching = await connect(path, t.admin, { 'last-event-id': String(start) }); // joins mid-burst
    const written = await burst;
    const want = idsOf(written).sort((a, b) => a - b);
    for (const s of [live, catching]) {
      await s.until(() => s.entries().length >= 50, '50 entries');
      const sentinel = await comment(inc.ref, 'after the burst');
      await s.until(() => s.entries().some((e) => e.id === sentinel.id), 'the sentinel');
      const got = idsOf(s.entries()).filter((id) => want.includes(id));
      expect(got).toEqual(want);
      expect(increasing(idsOf(s.entries()))).toBe(true);
      expect(new Set(idsOf(s.entries())).size).toBe(s.entries().length);
    }
  });

  it('keeps id order and loses nothing when events are published out of order (PostgreSQL can do that under load)', async () => {
    const inc = await declare(t, t.responder);
    const s = await connect(`/api/v1/incidents/${inc.ref}/events`, t.responder);
    const row = await getIncident(reader(t.deps), inc.ref);
    if (!row) throw new Error('incident not found');
    // Two entries commit in order, but their events reach the bus the other way round.
    const held: BusEvent[] = [];
    for (const body of ['first', 'second']) {
      await transaction(t.deps, async (tx) => {
        await record(tx, { user: null, clock: t.clock }, row, { kind: 'note', body });
        held.push(...tx.events.splice(0));
      });
    }
    t.deps.bus.publish([held[1]]);
    t.deps.bus.publish([held[0]]);
    const sentinel = await comment(inc.ref, 'sentinel');
    await s.until(() => s.entries().some((e) => e.id === sentinel.id), 'the sentinel');
    expect(s.entries().map((e) => e.body)).toEqual(['first', 'second', 'sentinel']);
  });

  it('refuses a malformed Last-Event-ID with a 400 envelope before opening the stream', async () => {
    const inc = await declare(t, t.responder);
    for (const value of ['abc', '-1', '1.5', '12abc', '99999999999999999999']) {
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/v1/incidents/${inc.ref}/events`,
        headers: { authorization: `Bearer ${t.responder.token}`, 'last-event-id': value },
      });
      expect([res.statusCode, res.json().error.code], value).toEqual([400, 'invalid_input']);
    }
  });

  describe('private incidents', () => {
    it('never reach the global stream of people who cannot see them', async () => {
      const secret = await declare(t, t.responder, { title: 'Secret: layoffs planned', private: true });
      const open_ = await declare(t, t.responder, { title: 'Public incident' });
      const member = await t.makeUser(`member-${kind}@example.com`, 'responder', 'Member');
      await post(t.responder, `/api/v1/incidents/${secret.ref}/members`, { user: member.email });
      const who = { admin: t.admin, member, outsider: t.responder2, viewer: t.viewer };
      const streams = Object.fromEntries(
        await Promise.all(Object.entries(who).map(async ([k, u]) => [k, await connect('/api/v1/events', u)] as const)),
      );
      await comment(secret.ref, 'Secret comment');
      await post(t.responder, `/api/v1/incidents/${secret.ref}/updates`, { body: 'Secret update' });
      await post(t.responder, `/api/v1/incidents/${secret.ref}/status`, { status: 'investigating' });
      await comment(open_.ref, 'public comment');
      const sentinel = await post(t.responder, `/api/v1/incidents/${open_.ref}/updates`, { body: 'public update' });
      for (const s of Object.values(streams)) await s.until(() => s.changes().some((c) => c.entry.id === sentinel.id), 'the sentinel');
      const refs = (k: string) => streams[k].changes().map((c) => `${c.ref}:${c.kind}`);
      const secretKinds = ['comment', 'stakeholder_update', 'status_changed'].map((k) => `${secret.ref}:${k}`);
      expect(refs('admin')).toEqual([...secretKinds, `${open_.ref}:comment`, `${open_.ref}:stakeholder_update`]);
      expect(refs('member')).toEqual([...secretKinds, `${open_.ref}:comment`, `${open_.ref}:stakeholder_update`]);
      expect(refs('outsider')).toEqual([`${open_.ref}:comment`, `${open_.ref}:stakeholder_update`]);
      expect(refs('viewer')).toEqual([`${open_.ref}:stakeholder_update`]);
      for (const k of ['outsider', 'viewer']) expect(streams[k].raw).not.toContain('Secret');
      for (const s of Object.values(streams)) expect(increasing(s.events.map((e) => Number(e.id)))).toBe(true);
    });

    it('stop reaching a member once removed, on both streams', async () => {
      const secret = await declare(t, t.responder, { title: 'Breach investigation', private: true });
      const url = `/api/v1/incidents/${secret.ref}`;
      const other = await declare(t, t.responder, { title: 'Unrelated public incident' });
      await post(t.responder, `${url}/members`, { user: t.responder2.email });
      const own = await connect(`${url}/events`, t.responder2);
      const all = await connect('/api/v1/events', t.responder2);
      const before = await comment(secret.ref, 'still a member');
      await own.until(() => own.entries().some((e) => e.id === before.id), 'the comment on the incident stream');
      await all.until(() => all.changes().some((c) => c.entry.id === before.id), 'the comment on the global stream');

      expect((await t.call(t.responder, 'DELETE', `${url}/members/${t.responder2.id}`)).statusCode).toBe(200);
      await comment(secret.ref, 'After removal: the suspect is');
      const sentinel = await comment(other.ref, 'sentinel');
      await all.until(() => all.changes().some((c) => c.entry.id === sentinel.id), 'the sentinel');
      expect(all.raw).not.toContain('After removal');
      await own.until(() => own.ended, 'the incident stream to end');
      expect(own.raw).not.toContain('After removal');
      const again = await connect(`${url}/events`, t.responder2, { 'last-event-id': String(before.id) });
      expect(again.status).toBe(404);
    });

    it('an incident made private stops reaching non-members, and the change itself does not leak', async () => {
      const inc = await declare(t, t.responder, { title: 'Login errors' });
      const url = `/api/v1/incidents/${inc.ref}`;
      const other = await declare(t, t.responder, { title: 'Another public incident' });
      const own = await connect(`${url}/events`, t.responder2);
      const all = await connect('/api/v1/events', t.responder2);
      const before = await comment(inc.ref, 'public for now');
      await own.until(() => own.entries().some((e) => e.id === before.id), 'the comment');
      expect((await t.call(t.responder, 'PATCH', url, { private: true, title: 'Login errors: Acme account takeover' })).statusCode).toBe(
        200,
      );
      await comment(inc.ref, 'Acme is affected');
      const sentinel = await comment(other.ref, 'sentinel');
      await all.until(() => all.changes().some((c) => c.entry.id === sentinel.id), 'the sentinel');
      expect(all.raw).not.toContain('Acme');
      await own.until(() => own.ended, 'the incident stream to end');
      expect(own.raw).not.toContain('Acme');
      expect((await connect(`${url}/events`, t.responder2)).status).toBe(404);
    });
  });

  it('ends a retrospective stream, before any more draft text, for a member removed from a private incident', async () => {
    const secret = await declare(t, t.responder, { title: 'Payroll data exposure', private: true });
    const url = `/api/v1/incidents/${secret.ref}`;
    await post(t.responder, `${url}/members`, { user: t.responder2.email });
    const retro = await post(t.responder, `${url}/retro`, {});
    const live = await connect(`/api/v1/retros/${retro.id}/events`, t.responder2);
    const save = async (body: string, baseRevision: number) =>
      (await t.call(t.responder, 'PUT', `/api/v1/retros/${retro.id}/sections/introduction`, { baseRevision, body })).json().data;
    const intro = (retro.sections as { key: string; revision: number }[]).find((x) => x.key === 'introduction');
    const first = await save('Draft while a member', intro?.revision ?? 0);
    await live.until(() => live.raw.includes('Draft while a member'), 'the first draft text');
    expect((await t.call(t.responder, 'DELETE', `${url}/members/${t.responder2.id}`)).statusCode).toBe(200);
    await save('After removal: the payroll export leaked', first.revision);
    await live.until(() => live.ended, 'the retrospective stream to end');
    expect(live.raw).not.toContain('After removal');
    expect((await connect(`/api/v1/retros/${retro.id}/events`, t.responder2)).status).toBe(404);
  });

  describe('end when the credentials behind them stop holding', () => {
    const watch = async (user: TestUser) => {
      const inc = await declare(t, t.responder);
      return { inc, own: await connect(`/api/v1/incidents/${inc.ref}/events`, user), all: await connect('/api/v1/events', user) };
    };
    it('a revoked token', async () => {
      const person = await t.makeUser(`revoked-${kind}@example.com`, 'responder', 'Rey');
      const { inc, own, all } = await watch(person);
      const tokens = (await t.call(person, 'GET', '/api/v1/tokens')).json().data as { id: string }[];
      for (const tok of tokens) expect((await t.call(person, 'DELETE', `/api/v1/tokens/${tok.id}`)).statusCode).toBe(200);
      await comment(inc.ref, 'After revocation: rollback plan');
      await own.until(() => own.ended, 'the incident stream to end');
      await all.until(() => all.ended, 'the global stream to end');
      expect(own.raw + all.raw).not.toContain('After revocation');
    });
    it('a disabled user, and a user whose role changed', async () => {
      const disabled = await t.makeUser(`disabled-${kind}@example.com`, 'responder', 'Dee');
      const demoted = await t.makeUser(`demoted-${kind}@example.com`, 'responder', 'Dem');
      const a = await watch(disabled);
      const b = await watch(demoted);
      const other = await watch(t.responder2);
      expect((await t.call(t.admin, 'PATCH', `/api/v1/users/${disabled.id}`, { disabled: true })).statusCode).toBe(200);
      expect((await t.call(t.admin, 'PATCH', `/api/v1/users/${demoted.id}`, { role: 'viewer' })).statusCode).toBe(200);
      for (const s of [a.own, a.all, b.own, b.all]) await s.until(() => s.ended, 'the stream to end');
      const still = await comment(other.inc.ref, 'others keep streaming');
      await other.own.until(() => other.own.entries().some((e) => e.id === still.id), 'the comment on an unaffected stream');
      expect(other.own.ended).toBe(false);
    });
  });

  it('the global stream replays what a list missed after Last-Event-ID, never private incidents of others', async () => {
    const a = await declare(t, t.responder, { title: 'Replay A' });
    const secret = await declare(t, t.responder, { title: 'Replay secret', private: true });
    const first = await comment(a.ref, 'seen live');
    const missedPublic = await comment(a.ref, 'missed while away');
    await comment(secret.ref, 'private while away');
    const b = await declare(t, t.responder, { title: 'Replay B declared while away' });
    const back = await connect('/api/v1/events', t.responder2, { 'last-event-id': String(first.id) });
    await back.until(() => back.changes().some((c) => c.ref === b.ref && c.kind === 'declared'), 'the replayed declaration');
    const replayed = back.changes();
    expect(replayed.map((c) => c.entry.id)).toContain(missedPublic.id);
    expect(replayed.every((c) => c.entry.id > first.id)).toBe(true);
    expect(increasing(replayed.map((c) => c.entry.id))).toBe(true);
    expect(back.raw).not.toContain('private while away');
    const live = await comment(a.ref, 'after the replay');
    await back.until(() => back.changes().some((c) => c.entry.id === live.id), 'the live comment');
    expect(back.changes().filter((c) => c.entry.id === live.id)).toHaveLength(1);
  });
});
