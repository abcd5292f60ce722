import { DEV_BLAMEFUL } from './corpus-dev-blameful.ts';
import { DEV_FORMS39A, DEV_FORMS39A_KINDS } from './corpus-dev-forms39a.ts';
import { DEV_FORMS39B, DEV_FORMS39B_KINDS } from './corpus-dev-forms39b.ts';
import { DEV_FORMS39C, DEV_FORMS39C_KINDS } from './corpus-dev-forms39c.ts';
import { DEV_KINDS } from './corpus-dev-kinds.ts';
import { DEV_LEARNED } from './corpus-dev-learned.ts';
import { DEV_LEARNED2 } from './corpus-dev-learned2.ts';
import { DEV_LEARNED3 } from './corpus-dev-learned3.ts';
import { DEV_LEARNED4 } from './corpus-dev-learned4.ts';
import { DEV_LEARNED5 } from './corpus-dev-learned5.ts';
import { DEV_LEARNED6 } from './corpus-dev-learned6.ts';
import { DEV_LEARNED8 } from './corpus-dev-learned8.ts';
import { DEV_LEARNED10A, DEV_LEARNED10A_KINDS } from './corpus-dev-learned10a.ts';
import { DEV_LEARNED10B, DEV_LEARNED10B_KINDS } from './corpus-dev-learned10b.ts';
import { DEV_LEARNED10C, DEV_LEARNED10C_KINDS } from './corpus-dev-learned10c.ts';
import { DEV_LEARNED15A, DEV_LEARNED15A_KINDS } from './corpus-dev-learned15a.ts';
import { DEV_LEARNED15B, DEV_LEARNED15B_KINDS } from './corpus-dev-learned15b.ts';
import { DEV_LEARNED15C, DEV_LEARNED15C_KINDS } from './corpus-dev-learned15c.ts';
import { DEV_LEARNED18A, DEV_LEARNED18A_KINDS } from './corpus-dev-learned18a.ts';
import { DEV_LEARNED18B, DEV_LEARNED18B_KINDS } from './corpus-dev-learned18b.ts';
import { DEV_LEARNED18C, DEV_LEARNED18C_KINDS } from './corpus-dev-learned18c.ts';
import { DEV_LEARNED21A, DEV_LEARNED21A_KINDS } from './corpus-dev-learned21a.ts';
import { DEV_LEARNED21B, DEV_LEARNED21B_KINDS } from './corpus-dev-learned21b.ts';
import { DEV_LEARNED21C, DEV_LEARNED21C_KINDS } from './corpus-dev-learned21c.ts';
import { DEV_LEARNED22A, DEV_LEARNED22A_KINDS } from './corpus-dev-learned22a.ts';
import { DEV_LEARNED22B, DEV_LEARNED22B_KINDS } from './corpus-dev-learned22b.ts';
import { DEV_LEARNED22C, DEV_LEARNED22C_KINDS } from './corpus-dev-learned22c.ts';
import { DEV_LEARNED24A, DEV_LEARNED24A_KINDS } from './corpus-dev-learned24a.ts';
import { DEV_LEARNED24B, DEV_LEARNED24B_KINDS } from './corpus-dev-learned24b.ts';
import { DEV_LEARNED24C, DEV_LEARNED24C_KINDS } from './corpus-dev-learned24c.ts';
import { DEV_LEARNED25A, DEV_LEARNED25A_KINDS } from './corpus-dev-learned25a.ts';
import { DEV_LEARNED25B, DEV_LEARNED25B_KINDS } from './corpus-dev-learned25b.ts';
import { DEV_LEARNED25C, DEV_LEARNED25C_KINDS } from './corpus-dev-learned25c.ts';
import { DEV_LEARNED26A, DEV_LEARNED26A_KINDS } from './corpus-dev-learned26a.ts';
import { DEV_LEARNED26B, DEV_LEARNED26B_KINDS } from './corpus-dev-learned26b.ts';
import { DEV_LEARNED26C, DEV_LEARNED26C_KINDS } from './corpus-dev-learned26c.ts';
import { DEV_LEARNED27A, DEV_LEARNED27A_KINDS } from './corpus-dev-learned27a.ts';
import { DEV_LEARNED27B, DEV_LEARNED27B_KINDS } from './corpus-dev-learned27b.ts';
import { DEV_LEARNED27C, DEV_LEARNED27C_KINDS } from './corpus-dev-learned27c.ts';
import { DEV_LEARNED28A, DEV_LEARNED28A_KINDS } from './corpus-dev-learned28a.ts';
import { DEV_LEARNED28B, DEV_LEARNED28B_KINDS } from './corpus-dev-learned28b.ts';
import { DEV_LEARNED28C, DEV_LEARNED28C_KINDS } from './corpus-dev-learned28c.ts';
import { DEV_LEARNED29A, DEV_LEARNED29A_KINDS } from './corpus-dev-learned29a.ts';
import { DEV_LEARNED29B, DEV_LEARNED29B_KINDS } from './corpus-dev-learned29b.ts';
import { DEV_LEARNED29C, DEV_LEARNED29C_KINDS } from './corpus-dev-learned29c.ts';
import { DEV_LEARNED30A, DEV_LEARNED30A_KINDS } from './corpus-dev-learned30a.ts';
import { DEV_LEARNED30B, DEV_LEARNED30B_KINDS } from './corpus-dev-learned30b.ts';
import { DEV_LEARNED30C, DEV_LEARNED30C_KINDS } from './corpus-dev-learned30c.ts';
import { DEV_LEARNED31A, DEV_LEARNED31A_KINDS } from './corpus-dev-learned31a.ts';
import { DEV_LEARNED31B, DEV_LEARNED31B_KINDS } from './corpus-dev-learned31b.ts';
import { DEV_LEARNED31C, DEV_LEARNED31C_KINDS } from './corpus-dev-learned31c.ts';
import { DEV_LEARNED32A, DEV_LEARNED32A_KINDS } from './corpus-dev-learned32a.ts';
import { DEV_LEARNED32B, DEV_LEARNED32B_KINDS } from './corpus-dev-learned32b.ts';
import { DEV_LEARNED32C, DEV_LEARNED32C_KINDS } from './corpus-dev-learned32c.ts';
import { DEV_LEARNED33A, DEV_LEARNED33A_KINDS } from './corpus-dev-learned33a.ts';
import { DEV_LEARNED33B, DEV_LEARNED33B_KINDS } from './corpus-dev-learned33b.ts';
import { DEV_LEARNED33C, DEV_LEARNED33C_KINDS } from './corpus-dev-learned33c.ts';
import { DEV_LEARNED34A, DEV_LEARNED34A_KINDS } from './corpus-dev-learned34a.ts';
import { DEV_LEARNED34B, DEV_LEARNED34B_KINDS } from './corpus-dev-learned34b.ts';
import { DEV_LEARNED34C, DEV_LEARNED34C_KINDS } from './corpus-dev-learned34c.ts';
import { DEV_LEARNED35A, DEV_LEARNED35A_KINDS } from './corpus-dev-learned35a.ts';
import { DEV_LEARNED35B, DEV_LEARNED35B_KINDS } from './corpus-dev-learned35b.ts';
import { DEV_LEARNED35C, DEV_LEARNED35C_KINDS } from './corpus-dev-learned35c.ts';
import { DEV_LEARNED36A, DEV_LEARNED36A_KINDS } from './corpus-dev-learned36a.ts';
import { DEV_LEARNED36B, DEV_LEARNED36B_KINDS } from './corpus-dev-learned36b.ts';
import { DEV_LEARNED36C, DEV_LEARNED36C_KINDS } from './corpus-dev-learned36c.ts';
import { DEV_LEARNED37A, DEV_LEARNED37A_KINDS } from './corpus-dev-learned37a.ts';
import { DEV_LEARNED37B, DEV_LEARNED37B_KINDS } from './corpus-dev-learned37b.ts';
import { DEV_LEARNED37C, DEV_LEARNED37C_KINDS } from './corpus-dev-learned37c.ts';
import { DEV_LEARNED38A, DEV_LEARNED38A_KINDS } from './corpus-dev-learned38a.ts';
import { DEV_LEARNED38B, DEV_LEARNED38B_KINDS } from './corpus-dev-learned38b.ts';
import { DEV_LEARNED38C, DEV_LEARNED38C_KINDS } from './corpus-dev-learned38c.ts';
import { DEV_LEARNED40A, DEV_LEARNED40A_KINDS } from './corpus-dev-learned40a.ts';
import { DEV_LEARNED40B, DEV_LEARNED40B_KINDS } from './corpus-dev-learned40b.ts';
import { DEV_LEARNED40C, DEV_LEARNED40C_KINDS } from './corpus-dev-learned40c.ts';
import { DEV_LEARNED41A, DEV_LEARNED41A_KINDS } from './corpus-dev-learned41a.ts';
import { DEV_LEARNED41B, DEV_LEARNED41B_KINDS } from './corpus-dev-learned41b.ts';
import { DEV_LEARNED41C, DEV_LEARNED41C_KINDS } from './corpus-dev-learned41c.ts';
import { DEV_LEARNED42A, DEV_LEARNED42A_KINDS } from './corpus-dev-learned42a.ts';
import { DEV_LEARNED42B, DEV_LEARNED42B_KINDS } from './corpus-dev-learned42b.ts';
import { DEV_LEARNED42C, DEV_LEARNED42C_KINDS } from './corpus-dev-learned42c.ts';
import { DEV_LEARNED43A, DEV_LEARNED43A_KINDS } from './corpus-dev-learned43a.ts';
import { DEV_LEARNED43B, DEV_LEARNED43B_KINDS } from './corpus-dev-learned43b.ts';
import { DEV_LEARNED43C, DEV_LEARNED43C_KINDS } from './corpus-dev-learned43c.ts';
import { DEV_LEARNED44A, DEV_LEARNED44A_KINDS } from './corpus-dev-learned44a.ts';
import { DEV_LEARNED44B, DEV_LEARNED44B_KINDS } from './corpus-dev-learned44b.ts';
import { DEV_LEARNED44C, DEV_LEARNED44C_KINDS } from './corpus-dev-learned44c.ts';
import { DEV_LEARNED45A, DEV_LEARNED45A_KINDS } from './corpus-dev-learned45a.ts';
import { DEV_LEARNED45B, DEV_LEARNED45B_KINDS } from './corpus-dev-learned45b.ts';
import { DEV_LEARNED45C, DEV_LEARNED45C_KINDS } from './corpus-dev-learned45c.ts';
import { DEV_LEARNED46A, DEV_LEARNED46A_KINDS } from './corpus-dev-learned46a.ts';
import { DEV_LEARNED46B, DEV_LEARNED46B_KINDS } from './corpus-dev-learned46b.ts';
import { DEV_LEARNED46C, DEV_LEARNED46C_KINDS } from './corpus-dev-learned46c.ts';
import { DEV_LEARNED46D, DEV_LEARNED46D_KINDS } from './corpus-dev-learned46d.ts';
import { DEV_LEARNED46E, DEV_LEARNED46E_KINDS } from './corpus-dev-learned46e.ts';
import { DEV_LEARNED46F, DEV_LEARNED46F_KINDS } from './corpus-dev-learned46f.ts';
import { DEV_LEARNED47A, DEV_LEARNED47A_KINDS } from './corpus-dev-learned47a.ts';
import { DEV_LEARNED47B, DEV_LEARNED47B_KINDS } from './corpus-dev-learned47b.ts';
import { DEV_LEARNED47C, DEV_LEARNED47C_KINDS } from './corpus-dev-learned47c.ts';
import { DEV_LEARNED47D, DEV_LEARNED47D_KINDS } from './corpus-dev-learned47d.ts';
import { DEV_LEARNED47E, DEV_LEARNED47E_KINDS } from './corpus-dev-learned47e.ts';
import { DEV_LEARNED47F, DEV_LEARNED47F_KINDS } from './corpus-dev-learned47f.ts';
import { DEV_LEARNED47G, DEV_LEARNED47G_KINDS } from './corpus-dev-learned47g.ts';
import { DEV_LEARNED47H, DEV_LEARNED47H_KINDS } from './corpus-dev-learned47h.ts';
import { DEV_LEARNED48A, DEV_LEARNED48A_KINDS } from './corpus-dev-learned48a.ts';
import { DEV_LEARNED48B, DEV_LEARNED48B_KINDS } from './corpus-dev-learned48b.ts';
import { DEV_LEARNED48C, DEV_LEARNED48C_KINDS } from './corpus-dev-learned48c.ts';
import { DEV_LEARNED48D, DEV_LEARNED48D_KINDS } from './corpus-dev-learned48d.ts';
import { DEV_LEARNED48E, DEV_LEARNED48E_KINDS } from './corpus-dev-learned48e.ts';
import { DEV_LEARNED48F, DEV_LEARNED48F_KINDS } from './corpus-dev-learned48f.ts';
import { DEV_LEARNED48G, DEV_LEARNED48G_KINDS } from './corpus-dev-learned48g.ts';
import { DEV_LEARNED48H, DEV_LEARNED48H_KINDS } from './corpus-dev-learned48h.ts';
import { DEV_LEARNED49A, DEV_LEARNED49A_KINDS } from './corpus-dev-learned49a.ts';
import { DEV_LEARNED49B, DEV_LEARNED49B_KINDS } from './corpus-dev-learned49b.ts';
import { DEV_LEARNED49C, DEV_LEARNED49C_KINDS } from './corpus-dev-learned49c.ts';
import { DEV_LEARNED49D, DEV_LEARNED49D_KINDS } from './corpus-dev-learned49d.ts';
import { DEV_LEARNED49E, DEV_LEARNED49E_KINDS } from './corpus-dev-learned49e.ts';
import { DEV_LEARNED49F, DEV_LEARNED49F_KINDS } from './corpus-dev-learned49f.ts';
import { DEV_LEARNED49G, DEV_LEARNED49G_KINDS } from './corpus-dev-learned49g.ts';
import { DEV_LEARNED49H, DEV_LEARNED49H_KINDS } from './corpus-dev-learned49h.ts';
import { DEV_LEARNED50A, DEV_LEARNED50A_KINDS } from './corpus-dev-learned50a.ts';
import { DEV_LEARNED50B, DEV_LEARNED50B_KINDS } from './corpus-dev-learned50b.ts';
import { DEV_LEARNED50C, DEV_LEARNED50C_KINDS } from './corpus-dev-learned50c.ts';
import { DEV_LEARNED50D, DEV_LEARNED50D_KINDS } from './corpus-dev-learned50d.ts';
import { DEV_LEARNED50E, DEV_LEARNED50E_KINDS } from './corpus-dev-learned50e.ts';
import { DEV_LEARNED50F, DEV_LEARNED50F_KINDS } from './corpus-dev-learned50f.ts';
import { DEV_LEARNED50G, DEV_LEARNED50G_KINDS } from './corpus-dev-learned50g.ts';
import { DEV_LEARNED50H, DEV_LEARNED50H_KINDS } from './corpus-dev-learned50h.ts';
import { DEV_NEUTRAL } from './corpus-dev-neutral.ts';
import { DEV_REFRAMED } from './corpus-dev-reframed.ts';
import { HELDOUT_CORPUS } from './corpus-heldout.ts';
import { HELDOUT_KINDS } from './corpus-heldout-kinds.ts';
import { HELDOUT_LEARNED } from './corpus-heldout-learned.ts';
import { HELDOUT_LEARNED2 } from './corpus-heldout-learned2.ts';
import { HELDOUT_LEARNED3 } from './corpus-heldout-learned3.ts';
import { HELDOUT_LEARNED4 } from './corpus-heldout-learned4.ts';
import { HELDOUT_LEARNED5 } from './corpus-heldout-learned5.ts';
import { HELDOUT_LEARNED6, HELDOUT_LEARNED6_KINDS } from './corpus-heldout-learned6.ts';
import { HELDOUT_LEARNED7, HELDOUT_LEARNED7_KINDS } from './corpus-heldout-learned7.ts';
import { HELDOUT_LEARNED8, HELDOUT_LEARNED8_KINDS } from './corpus-heldout-learned8.ts';
import { HELDOUT_LEARNED9A, HELDOUT_LEARNED9A_KINDS } from './corpus-heldout-learned9a.ts';
import { HELDOUT_LEARNED9B, HELDOUT_LEARNED9B_KINDS } from './corpus-heldout-learned9b.ts';
import { HELDOUT_LEARNED10A, HELDOUT_LEARNED10A_KINDS } from './corpus-heldout-learned10a.ts';
import { HELDOUT_LEARNED10B, HELDOUT_LEARNED10B_KINDS } from './corpus-heldout-learned10b.ts';
import { HELDOUT_LEARNED11A, HELDOUT_LEARNED11A_KINDS } from './corpus-heldout-learned11a.ts';
import { HELDOUT_LEARNED11B, HELDOUT_LEARNED11B_KINDS } from './corpus-heldout-learned11b.ts';
import { HELDOUT_LEARNED12A, HELDOUT_LEARNED12A_KINDS } from './corpus-heldout-learned12a.ts';
import { HELDOUT_LEARNED12B, HELDOUT_LEARNED12B_KINDS } from './corpus-heldout-learned12b.ts';
import { HELDOUT_LEARNED13A, HELDOUT_LEARNED13A_KINDS } from './corpus-heldout-learned13a.ts';
import { HELDOUT_LEARNED13B, HELDOUT_LEARNED13B_KINDS } from './corpus-heldout-learned13b.ts';
import { HELDOUT_LEARNED14A, HELDOUT_LEARNED14A_KINDS } from './corpus-heldout-learned14a.ts';
import { HELDOUT_LEARNED14B, HELDOUT_LEARNED14B_KINDS } from './corpus-heldout-learned14b.ts';
import { HELDOUT_LEARNED15A, HELDOUT_LEARNED15A_KINDS } from './corpus-heldout-learned15a.ts';
import { HELDOUT_LEARNED15B, HELDOUT_LEARNED15B_KINDS } from './corpus-heldout-learned15b.ts';
import { HELDOUT_LEARNED16A, HELDOUT_LEARNED16A_KINDS } from './corpus-heldout-learned16a.ts';
import { HELDOUT_LEARNED16B, HELDOUT_LEARNED16B_KINDS } from './corpus-heldout-learned16b.ts';
import { PLAIN_FRESH48A } from './corpus-plain-fresh48a.ts';
import { PLAIN_FRESH48B } from './corpus-plain-fresh48b.ts';
import { PLAIN_FRESH48C } from './corpus-plain-fresh48c.ts';
import { PLAIN_FRESH48D } from './corpus-plain-fresh48d.ts';
import { PLAIN_FRESH49A } from './corpus-plain-fresh49a.ts';
import { PLAIN_FRESH49B } from './corpus-plain-fresh49b.ts';
import { PLAIN_FRESH49C } from './corpus-plain-fresh49c.ts';
import { PLAIN_FRESH49D } from './corpus-plain-fresh49d.ts';
import { PLAIN_FRESH50A } from './corpus-plain-fresh50a.ts';
import { PLAIN_FRESH50B } from './corpus-plain-fresh50b.ts';
import { PLAIN_FRESH50C } from './corpus-plain-fresh50c.ts';
import { PLAIN_FRESH50D } from './corpus-plain-fresh50d.ts';
import type { CorpusItem, LabelledItem } from './corpus-types.ts';

export type { CorpusItem, LabelledItem } from './corpus-types.ts';
/** The five blame kinds of issue #14, as their own splits (also part of `CORPUS`). */
/**
 * The learned layer's own splits (issue #14), not part of `CORPUS` so the older rule-only figures keep
 * their meaning: `DEV_LEARNED` trains it (with the other dev splits); `HELDOUT_LEARNED` never trains
 * it, never picks its threshold and never tunes a rule.
 */
/** The original splits on their own, for the learned layer's trainer and evaluation. */
export {
  DEV_BLAMEFUL,
  DEV_KINDS,
  DEV_LEARNED,
  DEV_LEARNED2,
  DEV_LEARNED3,
  DEV_LEARNED4,
  DEV_LEARNED5,
  DEV_LEARNED6,
  DEV_LEARNED8,
  DEV_LEARNED10A,
  DEV_LEARNED10A_KINDS,
  DEV_LEARNED10B,
  DEV_LEARNED10B_KINDS,
  DEV_LEARNED10C,
  DEV_LEARNED10C_KINDS,
  DEV_NEUTRAL,
  DEV_REFRAMED,
  HELDOUT_CORPUS,
  HELDOUT_KINDS,
  HELDOUT_LEARNED,
  HELDOUT_LEARNED2,
  HELDOUT_LEARNED3,
  HELDOUT_LEARNED4,
  HELDOUT_LEARNED5,
  HELDOUT_LEARNED6,
  HELDOUT_LEARNED6_KINDS,
  HELDOUT_LEARNED7,
  HELDOUT_LEARNED7_KINDS,
  HELDOUT_LEARNED8,
  HELDOUT_LEARNED8_KINDS,
  HELDOUT_LEARNED9A,
  HELDOUT_LEARNED9A_KINDS,
  HELDOUT_LEARNED9B,
  HELDOUT_LEARNED9B_KINDS,
};

/** A part of a split (held-out or dev) written blind from the conventions page by one author: its items and the kind of each. */
export type CorpusPart = { items: readonly CorpusItem[]; kinds: readonly string[] };

/**
 * The parts of held-out splits 10 to 15 (docs/language-review.md, rounds 12 to 17), by name. Splits 10 to 13
 * are spent and train the learned layer (since rounds 14, 15 and 16: training-splits.ts); 14 and 15 are only scored.
 */
export const HELDOUT_PARTS = {
  '10a': { items: HELDOUT_LEARNED10A, kinds: HELDOUT_LEARNED10A_KINDS },
  '10b': { items: HELDOUT_LEARNED10B, kinds: HELDOUT_LEARNED10B_KINDS },
  '11a': { items: HELDOUT_LEARNED11A, kinds: HELDOUT_LEARNED11A_KINDS },
  '11b': { items: HELDOUT_LEARNED11B, kinds: HELDOUT_LEARNED11B_KINDS },
  '12a': { items: HELDOUT_LEARNED12A, kinds: HELDOUT_LEARNED12A_KINDS },
  '12b': { items: HELDOUT_LEARNED12B, kinds: HELDOUT_LEARNED12B_KINDS },
  '13a': { items: HELDOUT_LEARNED13A, kinds: HELDOUT_LEARNED13A_KINDS },
  '13b': { items: HELDOUT_LEARNED13B, kinds: HELDOUT_LEARNED13B_KINDS },
  '14a': { items: HELDOUT_LEARNED14A, kinds: HELDOUT_LEARNED14A_KINDS },
  '14b': { items: HELDOUT_LEARNED14B, kinds: HELDOUT_LEARNED14B_KINDS },
  '15a': { items: HELDOUT_LEARNED15A, kinds: HELDOUT_LEARNED15A_KINDS },
  '15b': { items: HELDOUT_LEARNED15B, kinds: HELDOUT_LEARNED15B_KINDS },
  '16a': { items: HELDOUT_LEARNED16A, kinds: HELDOUT_LEARNED16A_KINDS },
  '16b': { items: HELDOUT_LEARNED16B, kinds: HELDOUT_LEARNED16B_KINDS },
} as const satisfies Record<string, CorpusPart>;

/**
 * The dev splits written by the round-15, -18, -21, -22, -24, -25, -26, -27, -28, -29, -30, -31, -32, -33, -34, -35, -36, -37, -38, -39, -40, -41, -42, -43, -44, -45, -46, -47, -48, -49 and -50 authors (docs/language-review.md,
 * "Round 15", "Round 18", "Round 21", "Round 22", "Round 24", "Round 25", "Round 26", "Round 27", "Round 28", "Round 29", "Round 30", "Round 31", "Round 32", "Round 33", "Round 34", "Round 35", "Round 36", "Round 37", "Round 38", "Round 39", "Round 40", "Round 41", "Round 42", "Round 43", "Round 44", "Round 45", "Round 46", "Round 47", "Round 48", "Round 49" and "Round 50"), by name: training text, each scored first as fresh text by the model of the day.
 */
export const DEV_PARTS = {
  '15a': { items: DEV_LEARNED15A, kinds: DEV_LEARNED15A_KINDS },
  '15b': { items: DEV_LEARNED15B, kinds: DEV_LEARNED15B_KINDS },
  '15c': { items: DEV_LEARNED15C, kinds: DEV_LEARNED15C_KINDS },
  '18a': { items: DEV_LEARNED18A, kinds: DEV_LEARNED18A_KINDS },
  '18b': { items: DEV_LEARNED18B, kinds: DEV_LEARNED18B_KINDS },
  '18c': { items: DEV_LEARNED18C, kinds: DEV_LEARNED18C_KINDS },
  '21a': { items: DEV_LEARNED21A, kinds: DEV_LEARNED21A_KINDS },
  '21b': { items: DEV_LEARNED21B, kinds: DEV_LEARNED21B_KINDS },
  '21c': { items: DEV_LEARNED21C, kinds: DEV_LEARNED21C_KINDS },
  '22a': { items: DEV_LEARNED22A, kinds: DEV_LEARNED22A_KINDS },
  '22b': { items: DEV_LEARNED22B, kinds: DEV_LEARNED22B_KINDS },
  '22c': { items: DEV_LEARNED22C, kinds: DEV_LEARNED22C_KINDS },
  '24a': { items: DEV_LEARNED24A, kinds: DEV_LEARNED24A_KINDS },
  '24b': { items: DEV_LEARNED24B, kinds: DEV_LEARNED24B_KINDS },
  '24c': { items: DEV_LEARNED24C, kinds: DEV_LEARNED24C_KINDS },
  '25a': { items: DEV_LEARNED25A, kinds: DEV_LEARNED25A_KINDS },
  '25b': { items: DEV_LEARNED25B, kinds: DEV_LEARNED25B_KINDS },
  '25c': { items: DEV_LEARNED25C, kinds: DEV_LEARNED25C_KINDS },
  '26a': { items: DEV_LEARNED26A, kinds: DEV_LEARNED26A_KINDS },
  '26b': { items: DEV_LEARNED26B, kinds: DEV_LEARNED26B_KINDS },
  '26c': { items: DEV_LEARNED26C, kinds: DEV_LEARNED26C_KINDS },
  '27a': { items: DEV_LEARNED27A, kinds: DEV_LEARNED27A_KINDS },
  '27b': { items: DEV_LEARNED27B, kinds: DEV_LEARNED27B_KINDS },
  '27c': { items: DEV_LEARNED27C, kinds: DEV_LEARNED27C_KINDS },
  '28a': { items: DEV_LEARNED28A, kinds: DEV_LEARNED28A_KINDS },
  '28b': { items: DEV_LEARNED28B, kinds: DEV_LEARNED28B_KINDS },
  '28c': { items: DEV_LEARNED28C, kinds: DEV_LEARNED28C_KINDS },
  '29a': { items: DEV_LEARNED29A, kinds: DEV_LEARNED29A_KINDS },
  '29b': { items: DEV_LEARNED29B, kinds: DEV_LEARNED29B_KINDS },
  '29c': { items: DEV_LEARNED29C, kinds: DEV_LEARNED29C_KINDS },
  '30a': { items: DEV_LEARNED30A, kinds: DEV_LEARNED30A_KINDS },
  '30b': { items: DEV_LEARNED30B, kinds: DEV_LEARNED30B_KINDS },
  '30c': { items: DEV_LEARNED30C, kinds: DEV_LEARNED30C_KINDS },
  '31a': { items: DEV_LEARNED31A, kinds: DEV_LEARNED31A_KINDS },
  '31b': { items: DEV_LEARNED31B, kinds: DEV_LEARNED31B_KINDS },
  '31c': { items: DEV_LEARNED31C, kinds: DEV_LEARNED31C_KINDS },
  '32a': { items: DEV_LEARNED32A, kinds: DEV_LEARNED32A_KINDS },
  '32b': { items: DEV_LEARNED32B, kinds: DEV_LEARNED32B_KINDS },
  '32c': { items: DEV_LEARNED32C, kinds: DEV_LEARNED32C_KINDS },
  '33a': { items: DEV_LEARNED33A, kinds: DEV_LEARNED33A_KINDS },
  '33b': { items: DEV_LEARNED33B, kinds: DEV_LEARNED33B_KINDS },
  '33c': { items: DEV_LEARNED33C, kinds: DEV_LEARNED33C_KINDS },
  '34a': { items: DEV_LEARNED34A, kinds: DEV_LEARNED34A_KINDS },
  '34b': { items: DEV_LEARNED34B, kinds: DEV_LEARNED34B_KINDS },
  '34c': { items: DEV_LEARNED34C, kinds: DEV_LEARNED34C_KINDS },
  '35a': { items: DEV_LEARNED35A, kinds: DEV_LEARNED35A_KINDS },
  '35b': { items: DEV_LEARNED35B, kinds: DEV_LEARNED35B_KINDS },
  '35c': { items: DEV_LEARNED35C, kinds: DEV_LEARNED35C_KINDS },
  '36a': { items: DEV_LEARNED36A, kinds: DEV_LEARNED36A_KINDS },
  '36b': { items: DEV_LEARNED36B, kinds: DEV_LEARNED36B_KINDS },
  '36c': { items: DEV_LEARNED36C, kinds: DEV_LEARNED36C_KINDS },
  '37a': { items: DEV_LEARNED37A, kinds: DEV_LEARNED37A_KINDS },
  '37b': { items: DEV_LEARNED37B, kinds: DEV_LEARNED37B_KINDS },
  '37c': { items: DEV_LEARNED37C, kinds: DEV_LEARNED37C_KINDS },
  '38a': { items: DEV_LEARNED38A, kinds: DEV_LEARNED38A_KINDS },
  '38b': { items: DEV_LEARNED38B, kinds: DEV_LEARNED38B_KINDS },
  '38c': { items: DEV_LEARNED38C, kinds: DEV_LEARNED38C_KINDS },
  // Round 39: the forms the corpus lacked (answers, timeline lines, titles, plain narrative), 80 items each.
  '39a': { items: DEV_FORMS39A, kinds: DEV_FORMS39A_KINDS },
  '39b': { items: DEV_FORMS39B, kinds: DEV_FORMS39B_KINDS },
  '39c': { items: DEV_FORMS39C, kinds: DEV_FORMS39C_KINDS },
  '40a': { items: DEV_LEARNED40A, kinds: DEV_LEARNED40A_KINDS },
  '40b': { items: DEV_LEARNED40B, kinds: DEV_LEARNED40B_KINDS },
  '40c': { items: DEV_LEARNED40C, kinds: DEV_LEARNED40C_KINDS },
  '41a': { items: DEV_LEARNED41A, kinds: DEV_LEARNED41A_KINDS },
  '41b': { items: DEV_LEARNED41B, kinds: DEV_LEARNED41B_KINDS },
  '41c': { items: DEV_LEARNED41C, kinds: DEV_LEARNED41C_KINDS },
  '42a': { items: DEV_LEARNED42A, kinds: DEV_LEARNED42A_KINDS },
  '42b': { items: DEV_LEARNED42B, kinds: DEV_LEARNED42B_KINDS },
  '42c': { items: DEV_LEARNED42C, kinds: DEV_LEARNED42C_KINDS },
  '43a': { items: DEV_LEARNED43A, kinds: DEV_LEARNED43A_KINDS },
  '43b': { items: DEV_LEARNED43B, kinds: DEV_LEARNED43B_KINDS },
  '43c': { items: DEV_LEARNED43C, kinds: DEV_LEARNED43C_KINDS },
  '44a': { items: DEV_LEARNED44A, kinds: DEV_LEARNED44A_KINDS },
  '44b': { items: DEV_LEARNED44B, kinds: DEV_LEARNED44B_KINDS },
  '44c': { items: DEV_LEARNED44C, kinds: DEV_LEARNED44C_KINDS },
  '45a': { items: DEV_LEARNED45A, kinds: DEV_LEARNED45A_KINDS },
  '45b': { items: DEV_LEARNED45B, kinds: DEV_LEARNED45B_KINDS },
  '45c': { items: DEV_LEARNED45C, kinds: DEV_LEARNED45C_KINDS },
  '46a': { items: DEV_LEARNED46A, kinds: DEV_LEARNED46A_KINDS },
  '46b': { items: DEV_LEARNED46B, kinds: DEV_LEARNED46B_KINDS },
  '46c': { items: DEV_LEARNED46C, kinds: DEV_LEARNED46C_KINDS },
  '46d': { items: DEV_LEARNED46D, kinds: DEV_LEARNED46D_KINDS },
  '46e': { items: DEV_LEARNED46E, kinds: DEV_LEARNED46E_KINDS },
  '46f': { items: DEV_LEARNED46F, kinds: DEV_LEARNED46F_KINDS },
  '47a': { items: DEV_LEARNED47A, kinds: DEV_LEARNED47A_KINDS },
  '47b': { items: DEV_LEARNED47B, kinds: DEV_LEARNED47B_KINDS },
  '47c': { items: DEV_LEARNED47C, kinds: DEV_LEARNED47C_KINDS },
  '47d': { items: DEV_LEARNED47D, kinds: DEV_LEARNED47D_KINDS },
  '47e': { items: DEV_LEARNED47E, kinds: DEV_LEARNED47E_KINDS },
  '47f': { items: DEV_LEARNED47F, kinds: DEV_LEARNED47F_KINDS },
  '47g': { items: DEV_LEARNED47G, kinds: DEV_LEARNED47G_KINDS },
  '47h': { items: DEV_LEARNED47H, kinds: DEV_LEARNED47H_KINDS },
  '48a': { items: DEV_LEARNED48A, kinds: DEV_LEARNED48A_KINDS },
  '48b': { items: DEV_LEARNED48B, kinds: DEV_LEARNED48B_KINDS },
  '48c': { items: DEV_LEARNED48C, kinds: DEV_LEARNED48C_KINDS },
  '48d': { items: DEV_LEARNED48D, kinds: DEV_LEARNED48D_KINDS },
  '48e': { items: DEV_LEARNED48E, kinds: DEV_LEARNED48E_KINDS },
  '48f': { items: DEV_LEARNED48F, kinds: DEV_LEARNED48F_KINDS },
  '48g': { items: DEV_LEARNED48G, kinds: DEV_LEARNED48G_KINDS },
  '48h': { items: DEV_LEARNED48H, kinds: DEV_LEARNED48H_KINDS },
  '49a': { items: DEV_LEARNED49A, kinds: DEV_LEARNED49A_KINDS },
  '49b': { items: DEV_LEARNED49B, kinds: DEV_LEARNED49B_KINDS },
  '49c': { items: DEV_LEARNED49C, kinds: DEV_LEARNED49C_KINDS },
  '49d': { items: DEV_LEARNED49D, kinds: DEV_LEARNED49D_KINDS },
  '49e': { items: DEV_LEARNED49E, kinds: DEV_LEARNED49E_KINDS },
  '49f': { items: DEV_LEARNED49F, kinds: DEV_LEARNED49F_KINDS },
  '49g': { items: DEV_LEARNED49G, kinds: DEV_LEARNED49G_KINDS },
  '49h': { items: DEV_LEARNED49H, kinds: DEV_LEARNED49H_KINDS },
  '50a': { items: DEV_LEARNED50A, kinds: DEV_LEARNED50A_KINDS },
  '50b': { items: DEV_LEARNED50B, kinds: DEV_LEARNED50B_KINDS },
  '50c': { items: DEV_LEARNED50C, kinds: DEV_LEARNED50C_KINDS },
  '50d': { items: DEV_LEARNED50D, kinds: DEV_LEARNED50D_KINDS },
  '50e': { items: DEV_LEARNED50E, kinds: DEV_LEARNED50E_KINDS },
  '50f': { items: DEV_LEARNED50F, kinds: DEV_LEARNED50F_KINDS },
  '50g': { items: DEV_LEARNED50G, kinds: DEV_LEARNED50G_KINDS },
  '50h': { items: DEV_LEARNED50H, kinds: DEV_LEARNED50H_KINDS },
} as const satisfies Record<string, CorpusPart>;

/**
 * Fresh plain text (docs/language-review.md, "Fresh plain text for the next round"): incident titles, reports and root
 * causes with no blame, written blind by four authors after round 47, 90 texts each (48a–d), by four more for round
 * 49 (49a–d) and four for round 50 (50a–d). Each round's set is its plain-text guard (read once, paired) and dev text after it.
 */
export const PLAIN_FRESH_PARTS = {
  '48a': PLAIN_FRESH48A,
  '48b': PLAIN_FRESH48B,
  '48c': PLAIN_FRESH48C,
  '48d': PLAIN_FRESH48D,
  '49a': PLAIN_FRESH49A,
  '49b': PLAIN_FRESH49B,
  '49c': PLAIN_FRESH49C,
  '49d': PLAIN_FRESH49D,
  '50a': PLAIN_FRESH50A,
  '50b': PLAIN_FRESH50B,
  '50c': PLAIN_FRESH50C,
  '50d': PLAIN_FRESH50D,
} as const satisfies Record<string, readonly CorpusItem[]>;

/** The whole labelled corpus: development sentences (used for tuning) followed by the held-out set. */
export const CORPUS: readonly LabelledItem[] = [
  ...DEV_BLAMEFUL.map((item) => ({ ...item, split: 'dev' as const })),
  ...DEV_NEUTRAL.map((item) => ({ ...item, split: 'dev' as const })),
  ...DEV_KINDS.map((item) => ({ ...item, split: 'dev' as const })),
  ...HELDOUT_CORPUS.map((item) => ({ ...item, split: 'heldout' as const })),
  ...HELDOUT_KINDS.map((item) => ({ ...item, split: 'heldout' as const })),
];
