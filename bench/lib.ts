import { cpus, loadavg, totalmem } from 'node:os';

/** One measured figure, optionally beside a baseline measured in the same run and a target. */
export type BenchRow = {
  group: string;
  name: string;
  value: number;
  unit: string;
  baseline?: { name: string; value: number };
  /** value / baseline.value */
  ratio?: number;
  /** e.g. ">= 5000" or "<= 10": the comparison is read from the first two characters. */
  target?: string;
  meets?: boolean;
};

/** Every `bench/*.bench.ts` exports `run`, and may export `notes` (Markdown on what it measures). */
export type BenchModule = { run(): Promise<BenchRow[]>; notes?: string };

/** The p-th percentile (0..100) of an ascending array, nearest-rank. */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

export type Sample = { count: number; seconds: number; perSec: number; p50: number; p95: number; p99: number };

/** Summarises per-operation latencies (ms) taken over `seconds` of wall time. */
export function summarize(latenciesMs: ArrayLike<number>, seconds: number): Sample {
  const sorted = Float64Array.from(latenciesMs).sort();
  return {
    count: sorted.length,
    seconds,
    perSec: sorted.length / seconds,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
  };
}

/**
 * Runs `op` back to back on `concurrency` async lanes for `durationMs` after `warmupMs`, and
 * reports throughput and latency. Synchronous ops are not awaited, so their figures carry no
 * microtask overhead.
 */
export async function measureLoop(
  op: () => unknown,
  opts: { durationMs: number; warmupMs?: number; concurrency?: number },
): Promise<Sample> {
  const lanes = opts.concurrency ?? 1;
  const lane = async (until: number, out: number[] | null) => {
    while (performance.now() < until) {
      const t0 = performance.now();
      const r = op();
      if (r instanceof Promise) await r;
      out?.push(performance.now() - t0);
    }
  };
  if (opts.warmupMs) {
    const until = performance.now() + opts.warmupMs;
    await Promise.all(Array.from({ length: lanes }, () => lane(until, null)));
  }
  const latencies: number[] = [];
  const start = performance.now();
  await Promise.all(Array.from({ length: lanes }, () => lane(start + opts.durationMs, latencies)));
  return summarize(latencies, (performance.now() - start) / 1000);
}

/** Builds a row, computing the ratio to the baseline and whether the target is met. */
export function row(
  group: string,
  name: string,
  value: number,
  unit: string,
  extra: { baseline?: { name: string; value: number }; target?: string } = {},
): BenchRow {
  const r: BenchRow = { group, name, value, unit, ...extra };
  if (extra.baseline && extra.baseline.value !== 0) r.ratio = value / extra.baseline.value;
  if (extra.target) {
    const limit = Number(extra.target.slice(2).replace(/[,_\s]/g, ''));
    r.meets = extra.target.startsWith('>=') ? value >= limit : value <= limit;
  }
  return r;
}

/** Human formatting: thousands separators for big numbers, two significant digits below 1. */
export function fmt(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (Math.abs(n) >= 100) return Math.round(n).toLocaleString('en-US');
  if (Math.abs(n) >= 10) return n.toFixed(1);
  if (Math.abs(n) >= 1 || n === 0) return n.toFixed(2);
  return n.toPrecision(2);
}

const fmtTarget = (t: string, unit: string) =>
  `${t.slice(0, 2) === '>=' ? '≥' : '≤'} ${fmt(Number(t.slice(2).replace(/[,_\s]/g, '')))} ${unit}`;

/** A Markdown table (also readable as plain text on stdout). */
export function table(rows: BenchRow[]): string {
  const head = ['group', 'figure', 'value', 'baseline (same run)', 'ratio', 'target', 'status'];
  const body = rows.map((r) => [
    r.group,
    r.name,
    `${fmt(r.value)} ${r.unit}`,
    r.baseline ? `${r.baseline.name}: ${fmt(r.baseline.value)} ${r.unit}` : '—',
    r.ratio !== undefined ? `${r.ratio >= 10 ? r.ratio.toFixed(0) : r.ratio.toPrecision(2)}×` : '—',
    r.target ? fmtTarget(r.target, r.unit) : '—',
    r.meets === undefined ? '' : r.meets ? 'met' : 'SHORT',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}

/** What the figures were measured on. */
export function machine() {
  const c = cpus();
  return {
    cpus: `${c.length} × ${c[0]?.model.trim() ?? 'unknown'}`,
    cpuCount: c.length,
    memory: `${Math.round(totalmem() / 2 ** 30)} GiB`,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    date: new Date().toISOString(),
    /** Other work on the machine skews every figure; the 1-minute load average says how much there was. */
    load: loadavg()[0],
  };
}
