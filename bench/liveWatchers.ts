// The watchers of live.bench.ts, in their own process (forked with IPC): opens N Server-Sent Events
// streams of one incident and reports, per stream, when each marked comment arrived.
import http from 'node:http';

type Open = { url: string; token: string; count: number; markers: number };
type Stream = { req: http.ClientRequest; seen: Set<number> };

const streams: Stream[] = [];
let errors = 0;
let statuses: Record<string, number> = {};
/** received[k] = receipt times (ms since the epoch, high resolution) of marker k, one per stream. */
const received: number[][] = [];
const now = () => performance.timeOrigin + performance.now();
const MARK = /"body":"bench-(\d+)"/g;

function openOne(url: string, token: string): Promise<void> {
  return new Promise((resolve) => {
    const s: Stream = { req: null as unknown as http.ClientRequest, seen: new Set() };
    let opened = false;
    let tail = '';
    s.req = http.get(url, { agent: false, headers: { authorization: `Bearer ${token}` } }, (res) => {
      statuses[res.statusCode ?? 0] = (statuses[res.statusCode ?? 0] ?? 0) + 1;
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        const text = tail + chunk;
        if (!opened && text.includes('retry:')) {
          opened = true;
          resolve();
        }
        for (const m of text.matchAll(MARK)) {
          const k = Number(m[1]);
          if (s.seen.has(k)) continue;
          s.seen.add(k);
          received[k] = received[k] ?? [];
          received[k].push(now());
        }
        tail = text.slice(-64);
      });
      res.on('error', () => {});
    });
    s.req.on('error', () => {
      errors++;
      if (!opened) {
        opened = true;
        resolve();
      }
    });
    streams.push(s);
  });
}

process.on('message', async (msg: { type: string } & Partial<Open>) => {
  if (msg.type === 'open') {
    const { url, token, count } = msg as Open;
    statuses = {};
    const BATCH = 250;
    for (let i = 0; i < count; i += BATCH) {
      await Promise.all(Array.from({ length: Math.min(BATCH, count - i) }, () => openOne(url, token)));
    }
    process.send?.({ type: 'opened', errors, statuses, open: streams.length });
  } else if (msg.type === 'collect') {
    process.send?.({ type: 'collected', received, errors, complete: received.map((r) => r?.length ?? 0) });
  } else if (msg.type === 'close') {
    for (const s of streams) s.req.destroy();
    process.exit(0);
  }
});
process.send?.({ type: 'ready' });
