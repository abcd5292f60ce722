import type { FastifyInstance } from 'fastify';
import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';
import type { Deps } from './context.ts';

/** Prometheus metrics: request latency by route, plus the timeline write rate. No incident data. */
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
  app.addHook('onResponse', async (req, reply) => {
    const route = req.routeOptions.url;
    if (!route || route.endsWith('/events')) return;
    duration.observe({ method: req.method, route, status: String(reply.statusCode) }, reply.elapsedTime / 1000);
  });
  return registry;
}
