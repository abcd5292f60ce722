import { JOB_STATES } from '@firebreak/shared';
import type { FastifyInstance } from 'fastify';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { type Deps, reader } from './context.ts';
import { jobCounts } from './jobs/store.ts';
import { streamCounters } from './sse.ts';

/** Prometheus metrics: request latency by route, the timeline write rate, and the job queue. No incident data. */
export function registerMetrics(app: FastifyInstance, deps: Deps): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const duration = new Histogram({
    name: 'firebreak_http_request_duration_seconds',
    help: 'HTTP request latency',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  const entries = new Counter({
    name: 'firebreak_timeline_entries_total',
    help: 'Timeline entries written',
    labelNames: ['kind'],
    registers: [registry],
  });
  const unsubscribe = deps.bus.subscribe((e, local) => {
    if (local && e.type === 'timeline') for (const [kind, n] of Object.entries(e.kinds)) entries.inc({ kind }, n);
  });
  app.addHook('onClose', async () => unsubscribe());
  // The queue is shared by the fleet: every instance reports the same figures, read once per scrape.
  let scrape: { at: number; figures: Promise<{ counts: Record<string, number>; oldestDueAt: string | null }> } | null = null;
  const queue = () => {
    if (!scrape || performance.now() - scrape.at > 1000) {
      scrape = { at: performance.now(), figures: jobCounts(reader(deps), deps.clock.now().toISOString()) };
    }
    return scrape.figures;
  };
  new Gauge({
    name: 'firebreak_jobs',
    help: 'Background jobs by state (retrying: queued after a failed attempt)',
    labelNames: ['state'],
    registers: [registry],
    async collect() {
      const { counts } = await queue();
      for (const state of JOB_STATES) this.set({ state }, counts[state] ?? 0);
    },
  });
  new Gauge({
    name: 'firebreak_jobs_oldest_due_seconds',
    help: 'How long the oldest job that is due has waited (0 when none waits)',
    registers: [registry],
    async collect() {
      const { oldestDueAt } = await queue();
      this.set(oldestDueAt ? Math.max(0, (deps.clock.now().getTime() - Date.parse(oldestDueAt)) / 1000) : 0);
    },
  });
  new Counter({
    name: 'firebreak_sse_slow_consumers_total',
    help: 'Server-Sent Event streams closed because their client did not read (it resumes with Last-Event-ID)',
    registers: [registry],
    collect() {
      this.reset();
      this.inc(streamCounters.slowConsumersCut);
    },
  });
  // A callback hook (no promise per answer); the label set of each method, route and status is built once.
  const labelSets = new Map<string, { method: string; route: string; status: string }>();
  app.addHook('onResponse', (req, reply, done) => {
    const route = req.routeOptions.url;
    if (route && !route.endsWith('/events')) {
      const key = `${req.method} ${reply.statusCode} ${route}`;
      let labels = labelSets.get(key);
      if (!labels) {
        labels = { method: req.method, route, status: String(reply.statusCode) };
        labelSets.set(key, labels);
      }
      duration.observe(labels, reply.elapsedTime / 1000);
    }
    done();
  });
  return registry;
}
