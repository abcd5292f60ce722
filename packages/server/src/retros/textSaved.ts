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

/**
 * The texts of a retrospective as a reviewer reads them: each section's body, each why (and its
 * accepted-risk reason) and each answer of everyone's view, in page order. For jobs only: it reads
 * everything, whoever wrote it; callers must not hand the texts to anyone.
 */
export async function retroTexts(tx: Tx, retroId: string): Promise<string[]> {
  const sections = await tx.db
    .selectFrom('retro_sections')
    .select('body')
    .where('retro_id', '=', retroId)
    .orderBy('position')
    .orderBy('id')
    .execute();
  const whys = await tx.db
    .selectFrom('retro_whys')
    .select(['text', 'accepted_reason'])
    .where('retro_id', '=', retroId)
    .orderBy('position')
    .orderBy('id')
    .execute();
  const answers = await tx.db
    .selectFrom('retro_answers')
    .select(['what_happened', 'surprised', 'stuck', 'would_have_helped'])
    .where('retro_id', '=', retroId)
    .orderBy('id')
    .execute();
  return [
    ...sections.map((s) => s.body),
    ...whys.flatMap((w) => [w.text, w.accepted_reason ?? '']),
    ...answers.flatMap((a) => [a.what_happened, a.surprised, a.stuck, a.would_have_helped]),
  ].filter((s) => s.trim());
}
