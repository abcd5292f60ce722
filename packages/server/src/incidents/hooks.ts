import type { ClosingGateInput, IncidentRetro, IncidentStatus } from '@firebreak/shared';
import type { Ctx, Tx } from '../platform/context.ts';
import type { IncidentRow } from './store.ts';

/**
 * How other slices take part in an incident's lifecycle without this slice importing them: they
 * register at start-up (`buildApp`), the incident commands call what is registered, inside their
 * own transaction. Retrospectives add a closing condition and draft on resolve; alerts and on-call
 * will end escalations the same way.
 */

/**
 * Facts a slice adds to the closing gate (packages/shared lifecycle `closingChecks` reads them), and
 * the retrospective the incident page links to.
 */
export type GateFacts = Partial<Pick<ClosingGateInput, 'retrospectiveRequired' | 'retrospectivePublished' | 'retrospectiveStatus'>> & {
  /** Chains of the retrospective's five whys without an ending (they count as open whys). */
  openRetroWhys?: number;
  retrospective?: IncidentRetro | null;
};
export type ClosingGate = (tx: Tx, incident: Pick<IncidentRow, 'id' | 'severity_id'>) => Promise<GateFacts>;
export type StatusChange = { from: IncidentStatus; to: IncidentStatus };
export type StatusReaction = (tx: Tx, ctx: Ctx, incident: IncidentRow, change: StatusChange) => Promise<void>;

const gates = new Map<string, ClosingGate>();
const reactions = new Map<string, StatusReaction>();

/** Adds (or replaces, by name) a closing condition. */
export const registerClosingGate = (name: string, gate: ClosingGate): void => void gates.set(name, gate);

/** Adds (or replaces, by name) something to do, in the same transaction, when an incident changes status. */
export const onStatusChange = (name: string, reaction: StatusReaction): void => void reactions.set(name, reaction);

/** Everything the registered slices know about whether the incident may close. */
export async function gateFacts(tx: Tx, incident: Pick<IncidentRow, 'id' | 'severity_id'>): Promise<GateFacts> {
  const all = await Promise.all([...gates.values()].map((g) => g(tx, incident)));
  return Object.assign({}, ...all);
}

/** Something to do, in the same transaction, when a why is asked on the ticket (retrospectives carry it into their five whys). */
export type WhyReaction = (tx: Tx, ctx: Ctx, incident: IncidentRow) => Promise<void>;
const whyReactions = new Map<string, WhyReaction>();

/** Adds (or replaces, by name) a reaction to a why asked on the ticket. */
export const onWhyAsked = (name: string, reaction: WhyReaction): void => void whyReactions.set(name, reaction);

/** Runs the reactions to a why asked on the ticket, in the caller's transaction. */
export async function reactToWhyAsked(tx: Tx, ctx: Ctx, incident: IncidentRow): Promise<void> {
  for (const react of whyReactions.values()) await react(tx, ctx, incident);
}

/** Runs the registered reactions, one after another, in the caller's transaction. */
export async function reactToStatusChange(tx: Tx, ctx: Ctx, incident: IncidentRow, change: StatusChange): Promise<void> {
  for (const react of reactions.values()) await react(tx, ctx, incident, change);
}

/**
 * Who may see an incident changed: a member added or removed by hand, or the private flag flipped.
 * The audit log registers here (app.ts) and records those of private incidents.
 */
export type AccessChange =
  | { kind: 'member_added'; user: { id: string; name: string; email: string }; memberKind: 'participant' | 'watcher' }
  | { kind: 'member_removed'; user: { id: string; name: string; email: string } }
  | { kind: 'private_changed'; from: boolean; to: boolean };
export type AccessReaction = (tx: Tx, ctx: Ctx, incident: IncidentRow, change: AccessChange) => Promise<void>;
const accessReactions = new Map<string, AccessReaction>();

/** Adds (or replaces, by name) a reaction to a change of who may see an incident, run in the change's transaction. */
export const onAccessChange = (name: string, reaction: AccessReaction): void => void accessReactions.set(name, reaction);

/** Runs the reactions to an access change, in the caller's transaction. */
export async function reactToAccessChange(tx: Tx, ctx: Ctx, incident: IncidentRow, change: AccessChange): Promise<void> {
  for (const react of accessReactions.values()) await react(tx, ctx, incident, change);
}
