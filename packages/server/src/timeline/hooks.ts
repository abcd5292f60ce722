import type { Clock } from '../platform/clock.ts';
import type { Actor, Tx } from '../platform/context.ts';
import type { TimelineEntryView } from './present.ts';
import type { IncidentKey } from './record.ts';

/**
 * How other slices hear about what happened on an incident inside the transaction that wrote it:
 * notifications, outbound webhooks and chat enqueue their deliveries here (jobs, see
 * platform/jobs), so a delivery exists if and only if the change committed. One call per
 * `record`/`recordMany` call with every entry it wrote (a chat import is one call): a listener
 * enqueues one job for the batch and does its fan-out in the worker, never per entry here.
 */
export type EntriesRecorded = (
  tx: Tx,
  who: { user: Actor | null; clock: Clock },
  incident: IncidentKey,
  entries: TimelineEntryView[],
) => Promise<void>;

const listeners = new Map<string, EntriesRecorded>();

/** Adds (or replaces, by name) a listener; registered once at start-up (buildApp). */
export const onEntriesRecorded = (name: string, listener: EntriesRecorded): void => void listeners.set(name, listener);

/** Runs the listeners, one after another, in the caller's transaction (record.ts). */
export async function entriesRecorded(
  tx: Tx,
  who: { user: Actor | null; clock: Clock },
  incident: IncidentKey,
  entries: TimelineEntryView[],
): Promise<void> {
  for (const listener of listeners.values()) await listener(tx, who, incident, entries);
}
