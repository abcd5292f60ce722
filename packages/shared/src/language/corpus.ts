import { DEV_BLAMEFUL } from './corpus-dev-blameful.ts';
import { DEV_KINDS } from './corpus-dev-kinds.ts';
import { DEV_NEUTRAL } from './corpus-dev-neutral.ts';
import { HELDOUT_CORPUS } from './corpus-heldout.ts';
import { HELDOUT_KINDS } from './corpus-heldout-kinds.ts';
import { HELDOUT_LEARNED } from './corpus-heldout-learned.ts';
import type { LabelledItem } from './corpus-types.ts';

export type { CorpusItem, LabelledItem } from './corpus-types.ts';
/** The five blame kinds of issue #14, as their own splits (also part of `CORPUS`). */
/**
 * Held-out sentences for the learned layer (issue #14): never trained on, never used to pick a
 * threshold, and not part of `CORPUS`, so the older rule-only splits keep their figures.
 */
export { DEV_KINDS, HELDOUT_KINDS, HELDOUT_LEARNED };

/** The whole labelled corpus: development sentences (used for tuning) followed by the held-out set. */
export const CORPUS: readonly LabelledItem[] = [
  ...DEV_BLAMEFUL.map((item) => ({ ...item, split: 'dev' as const })),
  ...DEV_NEUTRAL.map((item) => ({ ...item, split: 'dev' as const })),
  ...DEV_KINDS.map((item) => ({ ...item, split: 'dev' as const })),
  ...HELDOUT_CORPUS.map((item) => ({ ...item, split: 'heldout' as const })),
  ...HELDOUT_KINDS.map((item) => ({ ...item, split: 'heldout' as const })),
];
