import type { AlertSeverity, IntegrationFormat } from '@firebreak/shared';
import type { Insertable } from 'kysely';
import { type Deps, type Tx, transaction } from '../platform/context.ts';
import type { AlertEventsTable } from '../platform/db/schema.ts';
import { newTimeOrderedId } from '../platform/ids.ts';
import { getService } from '../services/index.ts';
import type { ChangeEvent } from './formats.ts';
import { type AlertCtx, reactToAlertResolved } from './hooks.ts';
import { alertsChanged } from './live.ts';
import { routeNewAlert } from './routing.ts';
import { type RoutingConfig, routingConfig } from './routingConfig.ts';
import { type Decision, decide, NO_DECISION, ruleView } from './rules.ts';
import {
  type AlertRow,
  type AlertUpsert,
  acknowledgeOpen,
  alertInScope,
  type IntegrationRow,
  insertAlertEvent,
  insertAlertEvents,
  insertChangeEvent,
  lockOpenAlerts,
  openAlertOf,
  resolveOpen,
  type UpsertedAlert,
  upsertTriggers,
} from './store.ts';

/** One event of any wire format, once parsed. */
export type IncomingEvent = {
  action: 'trigger' | 'acknowledge' | 'resolve' | 'note';
  dedupKey: string;
  /** Opsgenie `identifierType=id`: the key is our alert id, not a dedup key. */
  byAlertId?: boolean;
  title?: string;
  description?: string;
  severity?: AlertSeverity;
  details?: Record<string, unknown>;
  /** The event as received (its JSON), kept in the alert's history. */
  payload: unknown;
};

export type KnownIntegration = IntegrationRow & { service_name: string | null; service_criticality: string | null };
/** `dropped`: a routing rule dropped the trigger (accepted, counted on a `dropped` alert, never routed). */
export type EventOutcome = { dedupKey: string; alertId: string | null; opened: boolean; dropped?: boolean };

/** Alerts of an integration bound to a service share the service's scope: one open alert per key there. */
export const scopeOf = (i: Pick<IntegrationRow, 'id' | 'service_id'>) => (i.service_id ? `service:${i.service_id}` : `integration:${i.id}`);

type Pending = {
  integration: KnownIntegration;
  events: IncomingEvent[];
  raw: string;
  then?: AlsoRecord;
  resolve: (out: EventOutcome[]) => void;
  reject: (err: unknown) => void;
};

/**
 * Records the events of one request, in order: the caller answers 2xx only after this resolves,
 * that is after the commit (group commit on SQLite). Triggers open or repeat the alert of their key;
 * acknowledge/resolve/note for a key without an open alert are dropped. Routing rules (cached, see
 * routingConfig.ts) apply to triggers: a dropped trigger is counted on an alert of status `dropped`
 * in a scope of its own (so it never holds the key's open alert); a rule's service routes the alert
 * but does not change where its key is deduplicated.
 *
 * Requests that arrive together share one transaction (`IngestBatcher`), where their triggers are
 * written set-based: one multi-row upsert of alerts and one multi-row insert of their events,
 * instead of two statements and a savepoint per request. A request's events keep their order, and
 * so do the events of one key across requests. If the shared transaction fails, each of its
 * requests is retried in a transaction of its own, so one bad request fails alone.
 */
export function ingest(
  deps: Deps,
  integration: KnownIntegration,
  events: IncomingEvent[],
  raw: string,
  then?: AlsoRecord,
): Promise<EventOutcome[]> {
  if (!events.length) return Promise.resolve([]);
  return new Promise((resolve, reject) => batcherOf(deps).submit({ integration, events, raw, then, resolve, reject }));
}

/**
 * What a request writes besides its events (Opsgenie: the request's status row), given their
 * outcomes: in the same transaction, so it commits with them and costs no commit of its own.
 */
export type AlsoRecord = (tx: Tx, outcomes: EventOutcome[]) => Promise<void>;

/** Most events one shared transaction takes: bounds its statements and the time it holds the writer. */
const MAX_EVENTS = 2_000;
/** Most event-loop turns one shared transaction gathers requests for (each adds a turn of latency). */
const MAX_ROUNDS = 8;
/**
 * PostgreSQL takes one round: each round locks the open alerts it names in key order first
 * (`lockOpenAlerts`), and a second round's locks would come after the first's, out of order across
 * instances, which deadlocks. There the pool gives concurrency instead of one writer's long batch.
 */
const roundsOf = (deps: Deps) => (deps.dialect === 'postgres' ? 1 : MAX_ROUNDS);

const batchers = new WeakMap<object, WeakMap<object, WeakMap<object, IngestBatcher>>>();
/** One batcher per database, bus and clock (tests run several apps, some with their own clock, in one process). */
function batcherOf(deps: Deps): IngestBatcher {
  let byBus = batchers.get(deps.db);
  if (!byBus) {
    byBus = new WeakMap();
    batchers.set(deps.db, byBus);
  }
  let byClock = byBus.get(deps.bus);
  if (!byClock) {
    byClock = new WeakMap();
    byBus.set(deps.bus, byClock);
  }
  let b = byClock.get(deps.clock);
  if (!b) {
    b = new IngestBatcher(deps);
    byClock.set(deps.clock, b);
  }
  return b;
}

class IngestBatcher {
  private pending: Pending[] = [];
  private scheduled = false;
  private readonly deps: Deps;
  constructor(deps: Deps) {
    this.deps = deps;
  }

  submit(p: Pending): void {
    this.pending.push(p);
    if (this.scheduled) return;
    this.scheduled = true;
    // After this turn's I/O callbacks, so the requests already read join this transaction.
    setImmediate(() => void this.flush());
  }

  /** Pending requests, oldest first, up to `room` events (the first request of a transaction whatever its size). */
  private take(room: number, first: boolean): Pending[] {
    let events = 0;
    let n = 0;
    while (n < this.pending.length && ((first && n === 0) || events + this.pending[n].events.length <= room))
      events += this.pending[n++].events.length;
    return this.pending.splice(0, n);
  }

  /** Done gathering: what arrives from now on goes to the next transaction. */
  private release(): void {
    this.scheduled = false;
    if (this.pending.length) {
      this.scheduled = true;
      setImmediate(() => void this.flush());
    }
  }

  private async flush(): Promise<void> {
    const taken: Pending[] = [];
    let started = false;
    let recorded = false;
    try {
      const config = await routingConfig(this.deps);
      const outs = await transaction(this.deps, async (tx) => {
        // Requests are taken when the transaction starts, not when it was asked for: those that
        // arrived while it waited for the writer (the previous commit) join it. Then, like the group
        // committer, it gives the event loop a turn and takes what arrived meanwhile (under load,
        // clients answered a moment ago), until a turn brings nothing.
        started = true;
        const result: EventOutcome[][] = [];
        try {
          let events = 0;
          for (let round = 0; round < roundsOf(this.deps) && events < MAX_EVENTS; round++) {
            await new Promise<void>((r) => setImmediate(r));
            const chunk = this.take(MAX_EVENTS - events, round === 0);
            if (!chunk.length) break;
            taken.push(...chunk);
            for (const p of chunk) events += p.events.length;
            result.push(...(await record(this.deps, tx, config, chunk)));
          }
        } finally {
          this.release();
        }
        recorded = true;
        return result;
      });
      for (const [i, p] of taken.entries()) p.resolve(outs[i]);
    } catch (err) {
      if (!started) {
        // Failed before it could take anything (the routing settings could not be read, BEGIN
        // failed): what waits now would have failed with it.
        const all = this.pending.splice(0);
        this.scheduled = false;
        for (const p of all) p.reject(err);
        return;
      }
      if (!taken.length) return;
      // The COMMIT failed: none of it is durable, every request of it fails (as with group commit).
      if (recorded || taken.length === 1) {
        for (const p of taken) p.reject(err);
        return;
      }
      // One request's events made the shared transaction fail: each on its own, so only it fails.
      await Promise.all(
        taken.map((p) =>
          routingConfig(this.deps)
            .then((config) => transaction(this.deps, (tx) => record(this.deps, tx, config, [p])))
            .then((outs) => p.resolve(outs[0]), p.reject),
        ),
      );
    }
  }
}

/** A trigger waiting for its run's set-based write. */
type Trigger = {
  request: number;
  index: number;
  integration: KnownIntegration;
  raw: string;
  event: IncomingEvent;
  decision: Decision;
  scope: string;
  serviceId: string | null;
  payload: string;
};

/** The distinct keys (scope and dedup key) these requests' events name; Opsgenie's by-id events name none. */
function keysOf(requests: Pending[]): { scope: string; dedupKey: string }[] {
  const seen = new Map<string, { scope: string; dedupKey: string }>();
  for (const { integration, events } of requests) {
    const scope = scopeOf(integration);
    for (const e of events) if (!e.byAlertId) seen.set(`${scope}\u0000${e.dedupKey}`, { scope, dedupKey: e.dedupKey });
  }
  return [...seen.values()];
}

/** The events of these requests in one transaction; the outcomes of each request, in order. */
async function record(deps: Deps, tx: Tx, config: RoutingConfig, requests: Pending[]): Promise<EventOutcome[][]> {
  const ctx: AlertCtx = { ...deps, user: null };
  const now = deps.clock.now().toISOString();
  const outs: EventOutcome[][] = requests.map((r) => new Array<EventOutcome>(r.events.length));
  const changed: string[] = [];
  if (tx.dialect === 'postgres') await lockOpenAlerts(tx, keysOf(requests));
  let run: Trigger[] = [];
  for (let r = 0; r < requests.length; r++) {
    const { integration, events, raw } = requests[r];
    const scope = scopeOf(integration);
    for (let i = 0; i < events.length; i++) {
      const e = events[i];
      if (e.action === 'trigger') {
        const decision = config.rules.length ? decide(config.rules, integration.id, ruleView(e, integration)) : NO_DECISION;
        const dropped = !!decision.drop;
        run.push({
          request: r,
          index: i,
          integration,
          raw,
          event: e,
          decision,
          scope: dropped ? `dropped:${scope}` : scope,
          serviceId: dropped ? integration.service_id : (decision.service?.serviceId ?? integration.service_id),
          payload: JSON.stringify(e.payload ?? null),
        });
        continue;
      }
      // Acknowledge, resolve, note: after the triggers before them, one at a time.
      if (run.length) await recordTriggers(tx, ctx, config, now, run, outs, changed);
      run = [];
      outs[r][i] = await recordAction(tx, ctx, now, scope, e, changed);
    }
  }
  if (run.length) await recordTriggers(tx, ctx, config, now, run, outs, changed);
  for (let r = 0; r < requests.length; r++) await requests[r].then?.(tx, outs[r]);
  alertsChanged(tx, changed);
  return outs;
}

/**
 * A run of triggers, written set-based. The triggers of one key (scope and dedup key) become one
 * upsert row, as if they had been applied one after another: the first one's id, service, status
 * and rule severity (what opening the alert sets), the last one's title, description, severity and
 * details (what a repeat updates), and a count of all of them. The row inserted a new alert when its
 * count is the alert's count: then the key's first trigger opened it and the alert is routed.
 */
async function recordTriggers(
  tx: Tx,
  ctx: AlertCtx,
  config: RoutingConfig,
  now: string,
  run: Trigger[],
  outs: EventOutcome[][],
  changed: string[],
): Promise<void> {
  const groups = new Map<string, Trigger[]>();
  for (const t of run) {
    const k = `${t.scope}\u0000${t.event.dedupKey}`;
    const g = groups.get(k);
    if (g) g.push(t);
    else groups.set(k, [t]);
  }
  const rows: AlertUpsert[] = [];
  for (const g of groups.values()) {
    const first = g[0];
    const last = g[g.length - 1];
    const drop = last.decision.drop;
    rows.push({
      id: newTimeOrderedId(),
      integration_id: first.integration.id,
      service_id: first.serviceId,
      scope: first.scope,
      dedup_key: first.event.dedupKey,
      status: first.decision.drop ? 'dropped' : 'triggered',
      title: last.event.title || last.event.dedupKey,
      description: last.event.description ?? '',
      source: first.integration.format as IntegrationFormat,
      severity: last.event.severity ?? 'warning',
      details: JSON.stringify(drop ? { ...last.event.details, droppedBy: { rule: drop.id, name: drop.name } } : (last.event.details ?? {})),
      incident_id: null,
      first_seen_at: now,
      last_seen_at: now,
      acknowledged_at: null,
      resolved_at: null,
      severity_id: first.decision.severity?.severityId ?? null,
      count: g.length,
    });
  }
  const alerts = new Map<string, UpsertedAlert>();
  for (const a of await upsertTriggers(tx, rows)) alerts.set(`${a.scope}\u0000${a.dedup_key}`, a);
  const events: Insertable<AlertEventsTable>[] = [];
  const opened: [Trigger, AlertRow][] = [];
  for (const [n, [k, g]] of [...groups].entries()) {
    const alert = alerts.get(k);
    if (!alert) throw new Error('The alert upsert returned no row for a key');
    const isNew = Number(alert.count) === g.length;
    if (g[0].scope.startsWith('dropped:')) {
      // Kept: the first payload of the key, for the dry run of "why was this dropped"; repeats only count.
      if (isNew) events.push({ alert_id: alert.id, action: 'trigger', received_at: now, payload: g[0].payload });
      for (const t of g) outs[t.request][t.index] = { dedupKey: alert.dedup_key, alertId: null, opened: false, dropped: true };
      continue;
    }
    for (const [i, t] of g.entries()) {
      events.push({ alert_id: alert.id, action: 'trigger', received_at: now, payload: t.payload });
      outs[t.request][t.index] = { dedupKey: alert.dedup_key, alertId: alert.id, opened: isNew && i === 0 };
      changed.push(alert.id);
    }
    // Inserted: the alert is the row given (the upsert returns only what a repeat needs).
    if (isNew) opened.push([g[0], { ...rows[n], id: alert.id, maintenance_window_id: null }]);
  }
  await insertAlertEvents(tx, events);
  for (const [t, alert] of opened) {
    const { integration } = t;
    let service = integration.service_id ? { id: integration.service_id, criticality: integration.service_criticality ?? 'medium' } : null;
    if (t.decision.service && t.serviceId !== integration.service_id) {
      const s = await getService(tx, t.serviceId as string);
      service = s ? { id: s.id, criticality: s.criticality } : null;
    }
    await routeNewAlert(tx, ctx, alert, service, t.raw, config);
  }
}

/** Acknowledge, resolve or note the open alert of a key (Opsgenie: or the alert with this id); unknown ones are dropped. */
async function recordAction(tx: Tx, ctx: AlertCtx, now: string, scope: string, e: IncomingEvent, changed: string[]): Promise<EventOutcome> {
  let alert: AlertRow | undefined;
  const key = e.byAlertId ? (await alertInScope(tx, scope, e.dedupKey))?.dedup_key : e.dedupKey;
  if (key !== undefined) {
    if (e.action === 'acknowledge') alert = await acknowledgeOpen(tx, scope, key, now);
    else if (e.action === 'resolve') {
      alert = await resolveOpen(tx, scope, key, now);
      if (alert) await reactToAlertResolved(tx, ctx, [alert.id]);
    } else alert = await openAlertOf(tx, scope, key);
  }
  if (!alert) return { dedupKey: e.dedupKey, alertId: null, opened: false };
  await insertAlertEvent(tx, alert.id, e.action, now, JSON.stringify(e.payload ?? null));
  changed.push(alert.id);
  return { dedupKey: alert.dedup_key, alertId: alert.id, opened: false };
}

/** Records a change event (PagerDuty `/v2/change/enqueue`) on the integration's service, committed before the answer. */
export async function recordChange(deps: Deps, integration: IntegrationRow, change: ChangeEvent, raw: string): Promise<void> {
  await transaction(deps, async (tx) => {
    const now = deps.clock.now().toISOString();
    await insertChangeEvent(tx, {
      integration_id: integration.id,
      service_id: integration.service_id,
      summary: change.summary,
      source: change.source,
      occurred_at: change.timestamp ?? now,
      received_at: now,
      payload: raw,
    });
  });
}
