import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { TimelineEntryView } from '@firebreak/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { followTimeline } from './follow.ts';
import { type SseMessage, sseParser } from './sse.ts';

const entry = (id: number, body: string): TimelineEntryView => ({
  id,
  kind: 'comment',
  actor: null,
  body,
  data: {},
  visibility: 'internal',
  occurredAt: '2026-03-01T12:00:00.000Z',
  recordedAt: '2026-03-01T12:00:00.000Z',
  pinned: false,
});
const frame = (e: TimelineEntryView) => `id: ${e.id}\nevent: timeline\ndata: ${JSON.stringify(e)}\n\n`;

describe('sseParser', () => {
  it('handles events split anywhere, CRLF across chunks, comments, multi-line data and retry', () => {
    const got: SseMessage[] = [];
    let retry = 0;
    const feed = sseParser({
      message: (m) => got.push(m),
      retry: (ms) => {
        retry = ms;
      },
    });
    const text = 'retry: 1500\r\n\r\n: keep-alive\r\n\r\nid: 7\r\nevent: timeline\r\ndata: {"a":\r\ndata: 1}\r\n\r\ndata: plain\n\n';
    for (const ch of text) feed(ch); // worst case: one character at a time
    expect(retry).toBe(1500);
    expect(got).toEqual([
      { id: '7', event: 'timeline', data: '{"a":\n1}' },
      { id: undefined, event: 'message', data: 'plain' },
    ]);
  });
});

describe('followTimeline', () => {
  let server: Server | undefined;
  afterEach(() => new Promise<void>((r) => (server ? server.close(() => r()) : r())));

  it('reconnects after a drop with Last-Event-ID and shows each entry once', async () => {
    const seen: IncomingHttpHeaders[] = [];
    server = createServer((req, res) => {
      seen.push(req.headers);
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write('retry: 20\n\n');
      if (seen.length === 1) {
        // First connection: one new entry, then the connection drops.
        res.end(frame(entry(5, 'five')));
      } else {
        // After reconnecting: the server replays 5 (already shown) and sends 6, then stays open.
        res.write(frame(entry(5, 'five')) + frame(entry(6, 'six')));
      }
    });
    await new Promise<void>((r) => server?.listen(0, '127.0.0.1', () => r()));
    const { port } = server.address() as { port: number };
    const stop = new AbortController();
    const printed: string[] = [];
    const notices: string[] = [];
    await followTimeline({
      url: `http://127.0.0.1:${port}`,
      token: 'fbt_test',
      ref: 'INC-1',
      lastId: 4,
      signal: stop.signal,
      onNotice: (m) => notices.push(m),
      onEntry: (e) => {
        printed.push(`${e.id}:${e.body}`);
        if (e.id === 6) stop.abort();
      },
    });
    expect(printed).toEqual(['5:five', '6:six']);
    expect(seen.map((h) => h['last-event-id'])).toEqual(['4', '5']);
    expect(seen[0].authorization).toBe('Bearer fbt_test');
    expect(notices[0]).toMatch(/reconnecting/);
  });

  it('gives up on errors retrying cannot fix, with the server message', async () => {
    server = createServer((_req, res) => {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { code: 'incident_not_found', message: 'No incident INC-9' } }));
    });
    await new Promise<void>((r) => server?.listen(0, '127.0.0.1', () => r()));
    const { port } = server.address() as { port: number };
    const run = followTimeline({
      url: `http://127.0.0.1:${port}`,
      token: 't',
      ref: 'INC-9',
      lastId: 0,
      signal: new AbortController().signal,
      onEntry: () => {},
    });
    await expect(run).rejects.toMatchObject({ code: 'incident_not_found', exitCode: 4, message: 'No incident INC-9' });
  });
});
