/** One labelled sentence of the language-review corpus. `rules` lists the rule ids expected to fire. */
export type CorpusItem = { text: string; blameful: boolean; rules?: string[] };

/** A corpus item tagged with the split it belongs to: `dev` was used for tuning, `heldout` never was. */
export type LabelledItem = CorpusItem & { split: 'dev' | 'heldout' };

/** Builds a blameful item expecting the given rules. */
export function blameful(text: string, ...rules: string[]): CorpusItem {
  return { text, blameful: true, rules };
}

/** Builds a neutral item (no finding expected). */
export function neutral(text: string): CorpusItem {
  return { text, blameful: false };
}
