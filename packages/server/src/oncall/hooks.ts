import type { HandoverSummary } from '@firebreak/shared';
import type { Deps, Tx } from '../platform/context.ts';

/**
 * How other slices learn of a handover without this slice importing them: they register at start-up
 * (`buildApp`), the handover job calls them in the transaction that writes the handover, so what
 * they queue (chat-ops posts it to the team's channel) exists exactly when the handover does.
 */
export type HandoverWritten = {
  id: string;
  schedule: { id: string; name: string; timeZone: string; teamId: string | null };
  changedAt: string;
  shiftStart: string;
  outgoing: { id: string; name: string; email: string };
  incoming: { id: string; name: string; email: string } | null;
  summary: HandoverSummary;
  /** The handover's page in Firebreak. */
  link: string;
};
export type HandoverListener = (tx: Tx, deps: Deps, h: HandoverWritten) => Promise<void>;

const listeners = new Map<string, HandoverListener>();

/** Adds (or replaces, by name) something to do, in the same transaction, when a handover is written. */
export const onHandoverWritten = (name: string, listener: HandoverListener): void => void listeners.set(name, listener);

/** Runs the registered listeners, one after another, in the caller's transaction. */
export async function reactToHandoverWritten(tx: Tx, deps: Deps, h: HandoverWritten): Promise<void> {
  for (const listen of listeners.values()) await listen(tx, deps, h);
}
