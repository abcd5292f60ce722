import { type ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { startApi } from './api/setup.ts';
import { type BenchRow, fmt, percentile, row } from './lib.ts';

// One incident watched live by many people: the watchers are another process (liveWatchers.ts).
const COMMENTS = 5;
const GAP_MS = 1500;
const log = (msg: string) => process.stderr.write(`  live: ${msg}\n`);
const now = () => performance.timeOrigin + performance.now();

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heap = () => {
  gc();
  gc();
  const m = process.memoryUsage();
  return { rss: m.rss, heap: m.heapUsed + m.external + m.arrayBuffers };
};

export const notes = `
What \`live.bench.ts\` measures: the real app (SQLite, system clock, logger off) in the bench process;
the watchers in a **separate process** (\`bench/liveWatchers.ts\`, forked), each an HTTP/1.1 connection
of its own (no agent) reading \`GET /api/v1/incidents/{ref}/events\` as a responder.

- **delivery**: once all N streams are open, ${COMMENTS} comments are posted (POST .../comments over HTTP) ${GAP_MS / 1000} s apart;
  latency is from the commit (the comment's bus event, published right after COMMIT in the server)
  to the comment's bytes arriving at each watcher (both processes read the same clock,
  \`performance.timeOrigin + now()\`), so N × ${COMMENTS} samples per row. The poster's own HTTP reply is
  not the origin: the poster runs in the server's process, and with thousands of streams its reply
  is read after most watchers already got the comment (the log prints that delay).
  Beside the same run's 1-watcher figure.
- **memory per 1,000 open streams**: the server process's heap + external memory (after a full
  GC) and its RSS, before and after opening 5,000 streams, per 1,000.
- **10,000 streams**: opened on one instance, then one comment; counted are failed opens and
  watchers that did not get it. Each side needs a file limit over 10,000 (\`ulimit -n\`; this box:
  20,000 for both processes). The watchers open 250 at a time.
- The fan-out (docs/ARCHITECTURE.md, "Events, live updates and jobs"): per wake one query and one
  presentation per audience for all streams of the incident; each stream writes shared bytes.
`;

type Msg = { type: string; [k: string]: unknown };

function watchers(): Promise<{ child: ChildProcess; ask: (m: Msg, reply: string) => Promise<Msg> }> {
  const child = fork(join(import.meta.dirname, 'liveWatchers.ts'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const ask = (m: Msg, reply: string) =>
    new Promise<Msg>((resolve) => {
      const on = (r: Msg) => {
        if (r.type !== reply) return;
        child.off('message', on);
        resolve(r);
      };
      child.on('message', on);
      child.send(m);
    });
  return new Promise((resolve) => child.once('message', () => resolve({ child, ask })));
}

export async function run(): Promise<BenchRow[]> {
  const api = await startApi();
  const me = api.users.responder;
  type Declared = { data: { ref: string } };
  const rounds = async (count: number, comments = COMMENTS, gapMs = GAP_MS) => {
    const inc = await api.call<Declared>(me, 'POST', '/api/v1/incidents', {
      title: `SEV1: checkout down (${count} watchers)`,
      severity: 'SEV1',
      services: ['checkout'],
    });
    const ref = inc.data.ref;
    // "Commit" is when the writing transaction published its event on this instance's bus (right
    // after COMMIT, before any stream is woken: this listener was subscribed first).
    const commits: number[] = [];
    const unsubscribe = api.deps.bus.subscribe((ev) => {
      if (ev.type === 'timeline' && ev.kinds.comment) commits.push(now());
    });
    const w = await watchers();
    const before = heap();
    const t0 = performance.now();
    const opened = (await w.ask(
      { type: 'open', url: `${api.url}/api/v1/incidents/${ref}/events`, token: me.token, count },
      'opened',
    )) as Msg & {
      errors: number;
      statuses: Record<string, number>;
    };
    const openSec = (performance.now() - t0) / 1000;
    const after = heap();
    log(`${fmt(count)} streams open in ${openSec.toFixed(1)} s, errors ${opened.errors}, statuses ${JSON.stringify(opened.statuses)}`);
    const posted: number[] = [];
    for (let k = 0; k < comments; k++) {
      await new Promise((r) => setTimeout(r, gapMs));
      await api.call(me, 'POST', `/api/v1/incidents/${ref}/comments`, { body: `bench-${k}` });
      posted[k] = now();
    }
    unsubscribe();
    if (commits.length !== comments) throw new Error(`saw ${commits.length} commits for ${comments} comments`);
    let got: Msg & { received: number[][]; complete: number[]; errors: number } = { type: '', received: [], complete: [], errors: 0 };
    for (let i = 0; i < 100; i++) {
      await new Promise((r) => setTimeout(r, 200));
      got = (await w.ask({ type: 'collect' }, 'collected')) as typeof got;
      if (got.complete.length === comments && got.complete.every((c) => c === count)) break;
    }
    w.child.send({ type: 'close' });
    await new Promise((r) => w.child.once('exit', r));
    const lat = Float64Array.from(got.received.flatMap((times, k) => (times ?? []).map((t) => t - commits[k]))).sort();
    const delivered = got.complete.reduce((a, b) => a + b, 0);
    const reply = posted.map((p, k) => p - commits[k]).sort((a, b) => a - b);
    log(
      `${fmt(count)} watchers: ${delivered}/${count * comments} delivered, p50 ${fmt(percentile(lat, 50))} ms, p99 ${fmt(percentile(lat, 99))} ms; commit to the poster's reply up to ${fmt(reply.at(-1) ?? 0)} ms`,
    );
    return {
      p50: percentile(lat, 50),
      p99: percentile(lat, 99),
      delivered,
      expected: count * comments,
      failedOpens: opened.errors + Object.entries(opened.statuses).reduce((a, [s, n]) => a + (s === '200' ? 0 : n), 0),
      memPer1000: { heap: ((after.heap - before.heap) / count) * 1000, rss: ((after.rss - before.rss) / count) * 1000 },
    };
  };
  try {
    const one = await rounds(1);
    const k1 = await rounds(1000);
    const k5 = await rounds(5000);
    const k10 = await rounds(10_000, 1, 500);
    const MB = 2 ** 20;
    const base = (r: { p50: number; p99: number }, p: 'p50' | 'p99') => ({ name: `1 watcher ${p}`, value: r[p] });
    return [
      row('live', '1 watcher: commit to receipt p50', one.p50, 'ms'),
      row('live', '1 watcher: commit to receipt p99', one.p99, 'ms'),
      row('live', '1,000 watchers: commit to receipt p50', k1.p50, 'ms', { baseline: base(one, 'p50') }),
      row('live', '1,000 watchers: commit to receipt p99', k1.p99, 'ms', { baseline: base(one, 'p99'), target: '<=100' }),
      row('live', '1,000 watchers: comments delivered', k1.delivered, 'of 5,000', { target: `>=${k1.expected}` }),
      row('live', '5,000 watchers: commit to receipt p50', k5.p50, 'ms', { baseline: base(one, 'p50') }),
      row('live', '5,000 watchers: commit to receipt p99', k5.p99, 'ms', { baseline: base(one, 'p99') }),
      row('live', '5,000 watchers: comments delivered', k5.delivered, 'of 25,000', { target: `>=${k5.expected}` }),
      row('live', 'memory per 1,000 open streams (heap + external)', k5.memPer1000.heap / MB, 'MiB'),
      row('live', 'memory per 1,000 open streams (RSS)', k5.memPer1000.rss / MB, 'MiB'),
      row('live', '10,000 streams: failed opens', k10.failedOpens, 'streams', { target: '<=0' }),
      row('live', '10,000 streams: comment delivered', k10.delivered, 'of 10,000', { target: `>=${k10.expected}` }),
      row('live', '10,000 streams: commit to receipt p99', k10.p99, 'ms'),
    ];
  } finally {
    await api.close();
  }
}
