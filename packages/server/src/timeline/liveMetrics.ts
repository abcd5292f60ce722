import { Counter, Gauge, type Registry } from 'prom-client';
import type { Bus } from '../platform/bus.ts';
import { liveFigures } from './fanout.ts';

/** Live incident streams on this instance, for /metrics: how many are open, and the reads their feeds run. */
export function registerLiveMetrics(registry: Registry, bus: Bus): void {
  new Gauge({
    name: 'firebreak_live_incident_streams',
    help: 'Open live incident streams (GET /incidents/{ref}/events) on this instance',
    labelNames: ['what'],
    registers: [registry],
    collect() {
      const f = liveFigures(bus);
      this.set({ what: 'streams' }, f.streams);
      this.set({ what: 'incidents' }, f.feeds);
    },
  });
  new Counter({
    name: 'firebreak_live_feed_reads_total',
    help: 'Timeline reads for live incident streams: one per wake per incident, shared by all its streams on this instance',
    registers: [registry],
    collect() {
      this.reset();
      this.inc(liveFigures(bus).reads);
    },
  });
}
