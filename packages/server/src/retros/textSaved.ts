import type { RetroHistoryKind } from '@firebreak/shared';
import type { Clock } from '../platform/clock.ts';
import type { Tx } from '../platform/context.ts';

/** History kinds after which a retrospective's text (sections, whys, everyone's-view answers) may have changed. */
const TEXT_KINDS: ReadonlySet<RetroHistoryKind> = new Set([
  'retro_drafted',
  'retro_amended',
  'retro_section_edited',
  'retro_why_added',
  'retro_why_changed',
  'retro_answered',
]);

type Listener = (tx: Tx, who: { clock: Clock }, retro: { id: string }) => Promise<void>;
const listeners = new Map<string, Listener>();

/**
 * Another slice hears that a retrospective's text was saved, inside the saving transaction (so a job it
 * enqueues commits with the text). Registered from buildApp; the language review precomputes the
 * sentence embeddings of saved text this way (language/precompute.ts).
 */
export function onRetroTextSaved(name: string, fn: Listener): void {
  listeners.set(name, fn);
}

/** Called by `history.ts#remember` for every step it records. */
export async function retroTextSaved(tx: Tx, who: { clock: Clock }, retro: { id: string }, kind: RetroHistoryKind): Promise<void> {
  if (!TEXT_KINDS.has(kind)) return;
  for (const fn of listeners.values()) await fn(tx, who, retro);
}
