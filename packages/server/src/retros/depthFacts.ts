import type { DepthInput } from '@firebreak/shared';
import type { IncidentRow } from '../incidents/index.ts';
import type { Actor, Tx } from '../platform/context.ts';

/**
 * Facts other slices add to the depth suggestion without this slice importing them: the learning
 * slice says when the incident belongs to a recurring group of similar incidents. Registered from
 * buildApp; each provider answers for the user (only incidents they may see).
 */
export type DepthFact = (tx: Tx, user: Actor, incident: IncidentRow) => Promise<Partial<Pick<DepthInput, 'recurringGroup'>>>;
const providers = new Map<string, DepthFact>();

/** Adds (or replaces, by name) a provider of depth facts. */
export const registerDepthFact = (name: string, fact: DepthFact): void => void providers.set(name, fact);

export async function depthFacts(tx: Tx, user: Actor, incident: IncidentRow): Promise<Partial<DepthInput>> {
  const all = await Promise.all([...providers.values()].map((p) => p(tx, user, incident)));
  return Object.assign({}, ...all);
}
