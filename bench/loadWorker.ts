import { parentPort, workerData } from 'node:worker_threads';
import autocannon from 'autocannon';

// Runs in a worker thread started by load.ts: warm up, then measure, then post the raw latencies.
type Opts = {
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: string;
  connections: number;
  warmupSec: number;
  durationSec: number;
  idReplacement: boolean;
  overallRate?: number;
};
const o = workerData as Opts;
const base = {
  url: o.url,
  method: o.method,
  headers: o.headers,
  body: o.body,
  connections: o.connections,
  pipelining: 1,
  timeout: 30,
  idReplacement: o.idReplacement,
  ...(o.overallRate ? { overallRate: o.overallRate } : {}),
};

if (o.warmupSec > 0) await autocannon({ ...base, duration: o.warmupSec });

// Tells the server's thread to start its CPU clock (see load.ts).
parentPort?.postMessage({ phase: 'measuring' });
const latencies: number[] = [];
let bad = 0;
let bytes = 0;
let firstBad: string | undefined;
const start = performance.now();
const instance = autocannon({ ...base, duration: o.durationSec });
instance.on('response', (_client, status, resBytes, ms) => {
  if (status >= 200 && status < 300) {
    latencies.push(ms);
    bytes += resBytes;
  } else {
    bad++;
    firstBad ??= `first was HTTP ${status}`;
  }
});
const result = await instance;
const seconds = (performance.now() - start) / 1000;
const out = Float64Array.from(latencies);
parentPort?.postMessage({ latencies: out, seconds, bad, errors: result.errors + result.timeouts, bytes, firstBad }, [out.buffer]);
