import type { Deps, Tx } from '../platform/context.ts';

/**
 * What happens on the public page, for the slices that tell the public about it (subscriber e-mail,
 * webhooks, feeds). A listener runs inside the transaction of the change, so work it enqueues
 * (`enqueue(tx, …)`) commits with the change or not at all. Events carry ids: a listener reads what it
 * sends through `publicIncident` / the snapshot, which never include private or unpublished things.
 */
export type PublicEvent =
  | { kind: 'incident_published'; incidentId: string; updateId: string }
  | { kind: 'incident_updated'; incidentId: string; updateId: string }
  | { kind: 'incident_resolved'; incidentId: string; updateId: string | null }
  | { kind: 'maintenance_announced'; maintenanceId: string }
  | { kind: 'maintenance_started'; maintenanceId: string }
  | { kind: 'maintenance_completed'; maintenanceId: string }
  | { kind: 'maintenance_updated'; maintenanceId: string; updateId: string | null };
export type PublicEventName = PublicEvent['kind'];
/** `deps` is the request's context or, for scheduled work, the worker's dependencies (no user then). */
export type PublicEventListener = (tx: Tx, deps: Deps, event: PublicEvent) => Promise<void>;

const listeners = new Map<string, PublicEventListener>();

/** Adds (or replaces, by name) a listener to every public event; it filters on `event.kind` itself. */
export const onPublicEvent = (name: string, fn: PublicEventListener): void => void listeners.set(name, fn);

/** Runs the listeners, one after another, in the caller's transaction. */
export async function firePublicEvent(tx: Tx, deps: Deps, event: PublicEvent): Promise<void> {
  for (const fn of listeners.values()) await fn(tx, deps, event);
}
