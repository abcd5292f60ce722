import { Worker } from 'node:worker_threads';
import { type Sample, summarize } from './lib.ts';

export type LoadSpec = {
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: unknown;
  /** Keep-alive connections held open for the whole run. */
  connections?: number;
  warmupSec?: number;
  durationSec?: number;
  /** autocannon's `[<id>]` in the body becomes a fresh id per request (e.g. a new dedup key each time). */
  idReplacement?: boolean;
  /** Requests per second across all connections (autocannon's `overallRate`): open-loop-ish fixed load instead of as fast as answered. */
  overallRate?: number;
};

/** Defaults every HTTP figure shares, so app routes and the bare baseline see the same load. */
export const LOAD = { connections: 10, warmupSec: 1, durationSec: 4 };

/**
 * `cpuMsPerRequest` is the CPU time of the calling thread (the server, when it runs in-process)
 * per measured response: unlike throughput, it barely moves when other processes share the cores.
 */
export type LoadResult = Sample & { bytesPerResponse: number; cpuMsPerRequest: number };

/**
 * Drives `spec.url` with autocannon from a worker thread: the load generator gets its own event
 * loop (and, on two cores, its own core), so it does not steal the server's turns. Latency is taken
 * per response with sub-millisecond precision (autocannon's own histogram rounds to whole ms).
 * Throws if any measured response is not 2xx: a benchmark of error pages measures nothing.
 */
export function httpLoad(spec: LoadSpec): Promise<LoadResult> {
  const opts = {
    url: spec.url,
    method: spec.method ?? 'GET',
    headers: { ...(spec.body !== undefined ? { 'content-type': 'application/json' } : {}), ...spec.headers },
    body: spec.body !== undefined ? JSON.stringify(spec.body) : undefined,
    connections: spec.connections ?? LOAD.connections,
    warmupSec: spec.warmupSec ?? LOAD.warmupSec,
    durationSec: spec.durationSec ?? LOAD.durationSec,
    idReplacement: spec.idReplacement ?? false,
    overallRate: spec.overallRate,
  };
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./loadWorker.ts', import.meta.url), { workerData: opts });
    worker.once('error', reject);
    let cpu0 = process.threadCpuUsage();
    type Done = { latencies: Float64Array; seconds: number; bad: number; errors: number; bytes: number; firstBad?: string };
    worker.on('message', (m: { phase: 'measuring' } | Done) => {
      if ('phase' in m) {
        cpu0 = process.threadCpuUsage();
        return;
      }
      const cpu = process.threadCpuUsage(cpu0);
      void worker.terminate();
      if (m.bad || m.errors) {
        reject(
          new Error(`${opts.method} ${opts.url}: ${m.bad} non-2xx responses, ${m.errors} errors (${m.firstBad ?? 'connection errors'})`),
        );
        return;
      }
      const s = summarize(m.latencies, m.seconds);
      const perResponse = (x: number) => x / Math.max(1, s.count);
      resolve({ ...s, bytesPerResponse: perResponse(m.bytes), cpuMsPerRequest: perResponse((cpu.user + cpu.system) / 1000) });
    });
  });
}
