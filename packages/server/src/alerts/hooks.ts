import type { Clock } from '../platform/clock.ts';
import type { Deps, Tx } from '../platform/context.ts';
import type { AlertRow } from './store.ts';

/**
 * How other slices (notifications, on-call) react to alerts without this slice importing them:
 * they register at start-up (`buildApp`), and ingestion calls what is registered inside the
 * transaction that opened the alert, after routing decided its incident (if any). A reaction
 * enqueues its work (`enqueue(tx, …)`); it must not call out of the process itself.
 */
export type AlertCtx = Deps & { clock: Clock; user: null };
/** `suppressed` (a maintenance window) is returned to the caller only: reactions never see it. */
export type Routing = { outcome: 'joined' | 'declared' | 'waiting' | 'suppressed'; incidentId: string | null };
export type AlertReaction = (tx: Tx, ctx: AlertCtx, alert: AlertRow, routing: Routing) => Promise<void>;

const reactions = new Map<string, AlertReaction>();

/** Adds (or replaces, by name) a reaction to a newly opened, routed alert. */
export const onAlertRouted = (name: string, fn: AlertReaction): void => void reactions.set(name, fn);

export async function reactToAlertRouted(tx: Tx, ctx: AlertCtx, alert: AlertRow, routing: Routing): Promise<void> {
  for (const fn of reactions.values()) await fn(tx, ctx, alert, routing);
}

/** A reaction to alerts resolved (by their source or by hand), in the resolving transaction: on-call ends their pages. */
export type AlertResolvedReaction = (tx: Tx, ctx: { clock: Clock }, alertIds: string[]) => Promise<void>;
const resolvedReactions = new Map<string, AlertResolvedReaction>();
/** Adds (or replaces, by name) a reaction to resolved alerts. */
export const onAlertResolved = (name: string, fn: AlertResolvedReaction): void => void resolvedReactions.set(name, fn);
export async function reactToAlertResolved(tx: Tx, ctx: { clock: Clock }, alertIds: string[]): Promise<void> {
  if (!alertIds.length) return;
  for (const fn of resolvedReactions.values()) await fn(tx, ctx, alertIds);
}
