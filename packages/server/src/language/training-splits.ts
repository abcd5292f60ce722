import {
  type CorpusItem,
  type CorpusPart,
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
  DEV_PARTS,
  DEV_REFRAMED,
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
  HELDOUT_PARTS,
} from '@firebreak/shared/language/corpus.ts';

/**
 * What the learned layer is trained on (train-cli.ts), and what evaluate-cli.ts reports as trained
 * on: the dev splits and, since round 4, the spent held-out splits 1–3 (their misses were read in
 * rounds 1–3); since round 5 also split 4 (scored in rounds 4 and 5); since round 6 also split 5
 * (scored in round 5) and the round-6 dev split; since round 8 also splits 6 and 7 (scored in rounds 6
 * and 7) and the round-8 dev split; since round 9 the round-9 dev split of rejected blame and culprits
 * (the model is retrained on it only when the weights are regenerated); since round 10 also split 8 (scored
 * three times in rounds 8 and 9) and the round-10 dev splits 10a–10c, written by three new authors (each scored by
 * the round-8 model as fresh text); since round 12 also split 9 (two parts by two authors, scored three times in
 * rounds 10 and 11); since round 14 also splits 10 and 11 (two authors each, scored three times each in rounds 12 and
 * 13); since round 15 also split 12 (two authors, scored three times in rounds 13 and 14) and the dev splits 15a–15c
 * by three more authors (scored as fresh text by the round-14b model first); since round 16 also split 13 (two authors,
 * scored three times in rounds 14 and 15); since round 18 also the dev splits 18a–18c by three more authors (scored as
 * fresh text by the round-17a model first), since round 21 the dev splits 21a–21c (scored first by round 20a), and since
 * round 25 the dev splits 22a–22c and 24a–24c (scored first by round 21a; rounds 22 and 23, which trained on 22a–22c, did not ship),
 * since round 26 the dev splits 25a–25c (scored first by rounds 21a and 25a), since round 27 the dev splits 26a–26c
 * (scored first by rounds 25a and 26a), since round 33 the dev splits 27a–32c (each scored first by 27a), since round 38 the dev splits 33a–37c (each
 * scored first by 33a), since round 39 the forms splits 39a–39c (answers, timeline lines, titles, plain narrative), and since round 40 the dev
 * splits 38a–38c (scored first by 33a and 38a).
 * Held-out splits 14, 15 and 16 are never trained on (docs/language-review.md).
 * Each split, in training order: its items or, for the splits that tag them, its items and the kind of each.
 */
/**
 * The round in which each set of three dev authors (`DEV_PARTS`, named by the round they were written in) joined
 * training: their splits train the layer, one author group per set. The other dev splits are scored as fresh text.
 */
export const DEV_TRAINED_SINCE: Readonly<Record<string, number>> = {
  '15': 15,
  '18': 18,
  '21': 21,
  '22': 25,
  '24': 25,
  '25': 26,
  '26': 27,
  '27': 33,
  '28': 33,
  '29': 33,
  '30': 33,
  '31': 33,
  '32': 33,
  '33': 38,
  '34': 38,
  '35': 38,
  '36': 38,
  '37': 38,
  '38': 40,
  '39': 39,
};
const trainedDevParts = (Object.keys(DEV_PARTS) as (keyof typeof DEV_PARTS)[]).filter((part) => part.slice(0, 2) in DEV_TRAINED_SINCE);
const devGroup = (round: string) => trainedDevParts.filter((part) => part.startsWith(round)).map((part) => `corpus-dev-learned${part}`);

const SPLITS: Readonly<Record<string, readonly CorpusItem[] | CorpusPart>> = {
  'corpus-dev-blameful': DEV_BLAMEFUL,
  'corpus-dev-neutral': DEV_NEUTRAL,
  'corpus-dev-kinds': DEV_KINDS,
  'corpus-dev-learned': DEV_LEARNED,
  'corpus-dev-learned2': DEV_LEARNED2,
  'corpus-dev-learned3': DEV_LEARNED3,
  'corpus-dev-learned4': DEV_LEARNED4,
  'corpus-dev-learned5': DEV_LEARNED5,
  'corpus-dev-learned6': DEV_LEARNED6,
  'corpus-dev-learned8': DEV_LEARNED8,
  'corpus-dev-reframed': DEV_REFRAMED,
  'corpus-dev-learned10a': { items: DEV_LEARNED10A, kinds: DEV_LEARNED10A_KINDS },
  'corpus-dev-learned10b': { items: DEV_LEARNED10B, kinds: DEV_LEARNED10B_KINDS },
  'corpus-dev-learned10c': { items: DEV_LEARNED10C, kinds: DEV_LEARNED10C_KINDS },
  ...Object.fromEntries(trainedDevParts.map((part) => [`corpus-dev-learned${part}`, DEV_PARTS[part]])),
  'corpus-heldout-learned': HELDOUT_LEARNED,
  'corpus-heldout-learned2': HELDOUT_LEARNED2,
  'corpus-heldout-learned3': HELDOUT_LEARNED3,
  'corpus-heldout-learned4': HELDOUT_LEARNED4,
  'corpus-heldout-learned5': HELDOUT_LEARNED5,
  'corpus-heldout-learned6': { items: HELDOUT_LEARNED6, kinds: HELDOUT_LEARNED6_KINDS },
  'corpus-heldout-learned7': { items: HELDOUT_LEARNED7, kinds: HELDOUT_LEARNED7_KINDS },
  'corpus-heldout-learned8': { items: HELDOUT_LEARNED8, kinds: HELDOUT_LEARNED8_KINDS },
  'corpus-heldout-learned9a': { items: HELDOUT_LEARNED9A, kinds: HELDOUT_LEARNED9A_KINDS },
  'corpus-heldout-learned9b': { items: HELDOUT_LEARNED9B, kinds: HELDOUT_LEARNED9B_KINDS },
  ...Object.fromEntries(
    (['10a', '10b', '11a', '11b', '12a', '12b', '13a', '13b'] as const).map((part) => [
      `corpus-heldout-learned${part}`,
      HELDOUT_PARTS[part],
    ]),
  ),
};
const isPart = (split: readonly CorpusItem[] | CorpusPart): split is CorpusPart => 'items' in split;

/** The items of each training split, in training order. */
export const TRAINING_SPLITS: Readonly<Record<string, readonly CorpusItem[]>> = Object.fromEntries(
  Object.entries(SPLITS).map(([name, split]) => [name, isPart(split) ? split.items : split]),
);

/** The kind of each item, for the training splits that tag them (train-cli.ts --verbose counts cross-validated errors per kind). */
export const TRAINING_KINDS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  Object.entries(SPLITS).flatMap(([name, split]) => (isPart(split) ? [[name, split.kinds]] : [])),
);

/**
 * Round 12: the folds of `train-cli.ts --grouped`, by author instead of by item. With folds by item
 * (index mod 5) every fold holds sentences by the authors it is tested on, so cross-validation measures how well the layer knows its
 * authors, not how it reads a new one: from round 8 to 11 the cross-validated figures rose with each
 * new author and the held-out ones did not. Here each fold is a set of whole splits (each split one
 * author, or the first authors' dev text together): five groups of 680–800 items, and split 9's two
 * authors (268 items, round 12), split 10's and split 11's (268 each, round 14), split 12's (268, round 15), the round-15 dev authors'
 * (402, one group), split 13's (268, round 16) the round-18 dev authors' (402, one group) the round-21, -22, -24 and -25 dev authors' (402 each, one group each). Every training split belongs to exactly one group.
 */
export const AUTHOR_GROUPS: readonly (readonly string[])[] = [
  ['corpus-dev-blameful', 'corpus-dev-neutral', 'corpus-dev-kinds', 'corpus-dev-learned', 'corpus-dev-reframed'],
  ['corpus-dev-learned2', 'corpus-dev-learned3'],
  [
    'corpus-dev-learned4',
    'corpus-dev-learned5',
    'corpus-dev-learned6',
    'corpus-dev-learned8',
    'corpus-heldout-learned',
    'corpus-heldout-learned2',
  ],
  ['corpus-dev-learned10a', 'corpus-dev-learned10b', 'corpus-dev-learned10c', 'corpus-heldout-learned3'],
  ['corpus-heldout-learned4', 'corpus-heldout-learned5', 'corpus-heldout-learned6', 'corpus-heldout-learned7', 'corpus-heldout-learned8'],
  ['corpus-heldout-learned9a', 'corpus-heldout-learned9b'],
  ['corpus-heldout-learned10a', 'corpus-heldout-learned10b'],
  ['corpus-heldout-learned11a', 'corpus-heldout-learned11b'],
  ['corpus-heldout-learned12a', 'corpus-heldout-learned12b'],
  ['corpus-heldout-learned13a', 'corpus-heldout-learned13b'],
  ...Object.keys(DEV_TRAINED_SINCE).map(devGroup),
];
