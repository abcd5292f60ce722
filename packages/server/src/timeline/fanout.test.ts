import type { AddressInfo } from 'node:net';
import { connect as tcpConnect } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { getIncident } from '../incidents/store.ts';
import { reader, transaction } from '../platform/context.ts';
import { streamCounters, streamLimits } from '../platform/sse.ts';
import { declare, makeTestApp, type TestApp, type TestUser, testDatabases } from '../test/harness.ts';
import { type Entry, Stream } from '../test/sseClient.ts';
import { openFeeds } from './fanout.ts';
import { record, recordMany } from './record.ts';

/** The body of a chunked HTTP/1.1 response as bytes arrived on a raw socket (headers dropped). */
function dechunk(raw: Buffer): string {
  const head = raw.indexOf('\r\n\r\n');
  let at = head + 4;
  const parts: Buffer[] = [];
  while (at < raw.length) {
    const eol = raw.indexOf('\r\n', at);
    if (eol < 0) break;
    const size = Number.parseInt(raw.subarray(at, eol).toString(), 16);
    if (!size) break;
    parts.push(raw.subarray(eol + 2, eol + 2 + size));
    at = eol + 2 + size + 2;
  }
  return Buffer.concat(parts).toString();
}

describe.each(testDatabases())('Live fan-out on %s', (kind) => {
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
  const idsOf = (entries: { id: number }[]) => entries.map((e) => e.id);
  const incidentRow = async (ref: string) => {
    const row = await getIncident(reader(t.deps), ref);
    if (!row) throw new Error(`no ${ref}`);
    return row;
  };

  beforeAll(async () => {
    t = await makeTestApp(kind);
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  });
  afterEach(() => {
    for (const s of open.splice(0)) s.close();
  });
  afterAll(() => t.close());

  it('36 streams of mixed audiences on one private incident: each gets exactly what its audience may see, in order, once, from one read per wake', async () => {
    const secret = await declare(t, t.responder, { title: 'Card data exposure', private: true });
    const url = `/api/v1/incidents/${secret.ref}`;
    const row = await incidentRow(secret.ref);
    const leaving = await t.makeUser(`leaving-${kind}@example.com`, 'viewer', 'Lee');
    const outsiderViewer = await t.makeUser(`outsider-${kind}@example.com`, 'viewer', 'Otto');
    await post(t.responder, `${url}/members`, { user: t.viewer.email, kind: 'watcher' });
    await post(t.responder, `${url}/members`, { user: leaving.email, kind: 'watcher' });
    const start = (await t.call(t.responder, 'GET', `${url}/timeline?limit=5000`)).json().data.at(-1).id as number;

    const audiences = { admin: t.admin, responder: t.responder, viewer: t.viewer, leaving } as const;
    const streams: Record<keyof typeof audiences, Stream[]> = { admin: [], responder: [], viewer: [], leaving: [] };
    for (const [k, user] of Object.entries(audiences) as [keyof typeof audiences, TestUser][]) {
      for (let i = 0; i < 9; i++) streams[k].push(await connect(`${url}/events`, user));
    }
    for (const s of Object.values(streams).flat()) expect(s.status).toBe(200);
    // Non-members of a private incident get nothing, not even an open stream.
    for (const outsider of [t.responder2, outsiderViewer]) expect((await connect(`${url}/events`, outsider)).status).toBe(404);

    const feed = openFeeds(t.deps.bus).get(row.id);
    expect(feed?.streams).toBe(36);
    const readsBefore = feed?.reads ?? 0;

    await post(t.responder, `${url}/comments`, { body: 'internal: the dump came from the batch host' });
    await post(t.responder, `${url}/updates`, { body: 'public: card payments may fail' });
    // A declaration-shaped entry written live: viewers read it, without the verbatim report.
    await transaction(t.deps, (tx) =>
      record(tx, { user: null, clock: t.clock }, row, { kind: 'declared', body: 'Reported by Acme (jane@acme.example)', data: {} }),
    );
    await post(t.responder, `${url}/timeline`, { body: 'internal note' });
    const removed = await t.call(t.responder, 'DELETE', `${url}/members/${leaving.id}`);
    expect(removed.statusCode).toBe(200);
    await Promise.all([
      post(t.responder, `${url}/comments`, { body: 'internal: after removal, concurrent 1' }),
      post(t.admin, `${url}/comments`, { body: 'internal: after removal, concurrent 2' }),
      post(t.responder, `${url}/updates`, { body: 'public: after removal' }),
    ]);
    const sentinel = await post(t.responder, `${url}/updates`, { body: 'public: sentinel' });

    for (const k of ['admin', 'responder', 'viewer'] as const) {
      const user = audiences[k];
      const want = (await t.call(user, 'GET', `${url}/timeline?after=${start}&limit=5000`)).json().data as Entry[];
      expect(want.at(-1)?.id).toBe(sentinel.id);
      for (const s of streams[k]) {
        await s.until(() => s.entries().some((e) => e.id === sentinel.id), `${k}: the sentinel`);
        // Exactly what the API lists for this person, field for field, in id order, none twice.
        expect(s.entries()).toEqual(want);
        expect(s.events.map((e) => Number(e.id))).toEqual(idsOf(want));
      }
      // Every stream of an audience received the same bytes.
      expect(new Set(streams[k].map((s) => s.raw)).size).toBe(1);
    }
    const viewerRaw = streams.viewer[0].raw;
    expect(viewerRaw).not.toContain('internal');
    expect(viewerRaw).not.toContain('Acme');
    expect(viewerRaw).toContain('public: card payments may fail');
    expect(streams.viewer[0].entries().some((e) => e.kind === 'declared' && e.body === null)).toBe(true);
    expect(streams.admin[0].entries().some((e) => e.kind === 'declared' && e.body?.includes('Acme'))).toBe(true);

    // The removed member's streams end, before anything written after the removal.
    for (const s of streams.leaving) {
      await s.until(() => s.ended, 'a removed member’s stream to end');
      expect(s.raw).not.toContain('after removal');
      expect(s.raw).not.toContain('sentinel');
      expect(s.entries().map((e) => e.body)).toEqual(['public: card payments may fail', null]);
    }
    // One query per wake for all 36 streams, not one per stream (8 transactions wrote entries).
    expect((feed?.reads ?? 0) - readsBefore).toBeLessThanOrEqual(16);
  });

  it('cuts off a stream that does not read, with a reason, without delaying the others or holding their bytes; it resumes from its last id', async () => {
    const saved = { ...streamLimits };
    Object.assign(streamLimits, { slowBytes: 64 * 1024, graceMs: 3000 });
    const cutBefore = streamCounters.slowConsumersCut;
    const sockets: { destroy(): void }[] = [];
    try {
      const inc = await declare(t, t.responder, { title: 'Slow readers' });
      const url = `/api/v1/incidents/${inc.ref}`;
      const row = await incidentRow(inc.ref);
      const fast = await connect(`${url}/events`, t.responder);
      const before = (await t.call(t.responder, 'GET', `${url}/timeline?limit=5000`)).json().data.at(-1).id as number;

      // A client that opens the stream and then stops reading.
      const port = (t.app.server.address() as AddressInfo).port;
      const slow = tcpConnect(port, '127.0.0.1');
      sockets.push(slow);
      const got: Buffer[] = [];
      const headers = new Promise<void>((resolve) => {
        const onData = (b: Buffer) => {
          got.push(b);
          if (Buffer.concat(got).includes('retry: 2000')) {
            slow.off('data', onData);
            slow.pause();
            resolve();
          }
        };
        slow.on('data', onData);
      });
      slow.write(`GET ${url}/events HTTP/1.1\r\nhost: 127.0.0.1\r\nauthorization: Bearer ${t.responder.token}\r\n\r\n`);
      await headers;
      const feed = openFeeds(t.deps.bus).get(row.id);
      expect(feed?.streams).toBe(2);

      // ~8 MB in one transaction: more than the kernel's socket buffers hold.
      const big = 'x'.repeat(200 * 1024);
      const written = await transaction(t.deps, (tx) =>
        recordMany(
          tx,
          { user: null, clock: t.clock },
          row,
          Array.from({ length: 40 }, (_, i) => ({ kind: 'note' as const, body: `${i} ${big}` })),
        ),
      );
      const all = idsOf(written);
      await fast.until(() => fast.events.length === 40, 'all 40 entries on the fast stream', 15_000);
      // The reader kept up while the slow one was still within its grace: it was not held back.
      expect(feed?.streams).toBe(2);
      expect(idsOf(fast.entries())).toEqual(all);

      const deadline = Date.now() + 15_000;
      while ((feed?.streams ?? 0) > 1 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      expect(feed?.streams).toBe(1); // the slow stream was closed
      expect(streamCounters.slowConsumersCut).toBe(cutBefore + 1);

      // Reading again, the slow client finds what was buffered, then the reason, then the end.
      const ended = new Promise<void>((resolve) => slow.on('end', resolve).on('close', () => resolve()));
      slow.on('data', (b: Buffer) => got.push(b));
      slow.resume();
      await ended;
      const body = dechunk(Buffer.concat(got));
      expect(body.endsWith('event: end\ndata: {"reason":"slow_consumer"}\n\n')).toBe(true);
      const seen = [...body.matchAll(/^id: (\d+)$/gm)].map((m) => Number(m[1]));
      // It stopped taking entries once it held more than the bound: its buffer stayed small.
      expect(seen.length).toBeLessThan(40);
      expect(seen).toEqual(all.slice(0, seen.length));

      // It reconnects with its last id and gets exactly the rest.
      const again = await connect(`${url}/events`, t.responder, { 'last-event-id': String(seen.at(-1) ?? before) });
      await again.until(() => again.events.some((e) => e.id === String(all.at(-1))), 'the rest', 15_000);
      expect([...seen, ...idsOf(again.entries())]).toEqual(all);
    } finally {
      Object.assign(streamLimits, saved);
      for (const s of sockets) s.destroy();
    }
  });
});
