import { DEV_BLAMEFUL } from './corpus-dev-blameful.ts';
import { DEV_NEUTRAL } from './corpus-dev-neutral.ts';
import { HELDOUT_CORPUS } from './corpus-heldout.ts';
import type { LabelledItem } from './corpus-types.ts';

export type { CorpusItem, LabelledItem } from './corpus-types.ts';

/** The whole labelled corpus: development sentences (used for tuning) followed by the held-out set. */
export const CORPUS: readonly LabelledItem[] = [
  ...DEV_BLAMEFUL.map((item) => ({ ...item, split: 'dev' as const })),
  ...DEV_NEUTRAL.map((item) => ({ ...item, split: 'dev' as const })),
  ...HELDOUT_CORPUS.map((item) => ({ ...item, split: 'heldout' as const })),
];
