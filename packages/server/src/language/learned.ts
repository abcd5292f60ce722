import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  type LanguageFindingView,
  LEARNED_FEATURES,
  LEARNED_RULE,
  type LearningSentence,
  learningClauses,
  learningSentences,
  reviewLanguage,
} from '@firebreak/shared';
import type { Config } from '../config.ts';
import { embed } from '../learning/index.ts';
import { englishWords } from './english.ts';
import { type Logistic, predictLogistic } from './logistic.ts';
import { type Mlp, predictMlp } from './mlp.ts';
import { type NgramModel, predictNgram } from './ngram.ts';

/**
 * The learned layer of the blame-aware review (docs/language-review.md, "The learned layer"): a
 * logistic regression over the sentence-encoder embedding of each sentence, with names masked to
 * "the engineer", plus the rule features of `learningSentences`. It only reads sentences that mention
 * someone other than the writer and that no rule flagged; a sentence scoring at or above the
 * threshold becomes a `blame_learned` finding. The weights come from `train-cli.ts` (dev splits only).
 * With `FIREBREAK_EMBEDDINGS=off` the review is the rules alone.
 */
export type LearnedModel = Logistic & {
  encoder: string;
  features: string[];
  /** Per input column (512 embedding dimensions, then the rule features): subtract `mean`, divide by `scale`. */
  mean: number[];
  scale: number[];
  lambda: number;
  threshold: number;
  /** Weight of the encoder model's probability; the n-gram model gets 1 − blend (none when blend is 1). */
  blend: number;
  ngram: (NgramModel & { lambda: number }) | null;
  /**
   * Round 3: a small perceptron over the same row as the logistic regression; the encoder score is
   * (1 − share) × logistic + share × perceptron (none: the logistic regression alone).
   */
  mlp?: (Mlp & { share: number; lambda: number; epochs: number }) | null;
  /**
   * Round 4: a long sentence's clauses are also scored on their own (`learningClauses`), and the
   * sentence scores the highest of its own and its clauses' scores (absent: the sentence alone).
   */
  clauses?: boolean;
  trainedOn: Record<string, number>;
  /** Rules (after the veto) + learned, cross-validated; `folds` since round 12 (absent: by item). */
  crossValidated: { precision: number; recall: number; folds?: 'by author' | 'by item' };
  /** Round 8: the learned veto of the rules' low-precision findings (absent or null: no veto). */
  veto?: Veto | null;
  /**
   * Round 38: the fine-tuned encoder's model, which (when present) scores the candidates beside the models above
   * (round 42: a candidate's score is their blend; the veto stays); absent or null: the models above score them.
   */
  tuned?: Tuned | null;
};

/**
 * Round 38 (docs/language-review.md): a copy of the sentence encoder whose weights were trained for the review
 * (tools/finetune, over every sentence of the training items; `file`, beside this one, holds them as
 * differences from the shipped weights), and a logistic regression over its vector and the rule features, each
 * standardised as in training. Trained on every sentence, it reads (round 41) only the candidates, as the models
 * before it did (the first `MAX_LEARNED_SENTENCES` of a text). A candidate's score is `blend` × the models above's
 * + (1 − `blend`) × this model's (round 42); a candidate no kept rule finding covers that scores at or above
 * `threshold` becomes a `blame_learned` finding.
 */
export type Tuned = {
  /** The fine-tuned encoder's id: the stored vectors are keyed by it. */
  encoder: string;
  file: string;
  weights: number[];
  bias: number;
  vecMean: number[];
  vecScale: number[];
  featMean: number[];
  featScale: number[];
  /** Round 42: the share of the models above in a candidate's score (0: the fine-tuned model's score alone). */
  blend: number;
  /** A candidate whose blended score is at or above it is flagged. */
  threshold: number;
  passes: number;
  trainedOn: Record<string, number>;
  /**
   * Rules (after the veto) + the blend at `threshold` and `passes`, on the items neither this model nor the models
   * above trained on (round 42: dev 33–39 and round 40's plain text), this model's scores out of fold by author.
   */
  crossValidated: { precision: number; recall: number; folds: 'by author' };
};

/**
 * Round 8 (docs/language-review.md, "Round 8"): a sentence flagged only by rules whose precision on the
 * training items is below the target of 0.95 (`rules`, chosen by the trainer from that
 * precision, not by hand) loses those findings on the server when this logistic regression (the same
 * input row as the encoder model: embedding then rule features) scores it below `threshold`, a
 * threshold chosen by cross-validation on the training items. The browser keeps every rule finding.
 */
export type Veto = Logistic & {
  rules: string[];
  /** Precision of each rule on the training items (sentences it flagged), which decided `rules`. */
  rulePrecision: Record<string, number>;
  /** What the veto's regression was trained on (chosen by cross-validation). */
  pool: string;
  mean: number[];
  scale: number[];
  lambda: number;
  threshold: number;
  /** Cross-validated on the training items: the rules' verdicts without and with the veto. */
  crossValidated: { without: { precision: number; recall: number }; with: { precision: number; recall: number } };
};

export { LEARNED_RULE };

const MESSAGE =
  'This sentence reads as putting a person, rather than the system, at the centre of what went wrong (a learned model, not a word rule, flagged it: responsibility, competence, duty, trust or blame in the passive).';
const SUGGESTION =
  'Describe what happened and what the system allowed or made likely. What made this action seem reasonable at the time? What would have made the right thing easier?';

let loaded: LearnedModel | null = null;

/** The committed model (learned-weights.json), read once. */
export function learnedModel(): LearnedModel {
  if (!loaded) {
    loaded = JSON.parse(readFileSync(new URL('./learned-weights.json', import.meta.url), 'utf8')) as LearnedModel;
    const names = loaded.features.slice(-LEARNED_FEATURES.length);
    if (names.join() !== LEARNED_FEATURES.join())
      throw new Error('learned-weights.json was trained on other rule features; run train-cli.ts');
  }
  return loaded;
}

/** The threshold a candidate's score is read at: the blend's (round 42) when there is a fine-tuned model. */
export const learnedThreshold = (): number => {
  const model = learnedModel();
  return model.tuned ? model.tuned.threshold : model.threshold;
};

/** The model's input row for a sentence: embedding then rule features, scaled as in training. */
export function rowOf(
  model: Pick<LearnedModel, 'mean' | 'scale'>,
  embedding: ArrayLike<number>,
  features: readonly number[],
): Float64Array {
  const row = new Float64Array(embedding.length + features.length);
  for (let j = 0; j < embedding.length; j++) row[j] = embedding[j];
  for (let j = 0; j < features.length; j++) row[embedding.length + j] = features[j];
  for (let j = 0; j < row.length; j++) row[j] = (row[j] - model.mean[j]) / model.scale[j];
  return row;
}

/** A text's sentences as the layer reads them: with the English word list, for the names the lexicon lacks (rounds 15b and 16a). */
export const sentencesOf = (text: string, findings: readonly LanguageFindingView[]): LearningSentence[] =>
  learningSentences(text, findings, englishWords());

/**
 * A sentence the learned layer reads: it names someone else or (round 13b) is in the passive voice, and no
 * rule flagged it already. The fine-tuned model reads these too (round 41; in rounds 38–40 it read every sentence,
 * and flagged fragments and imperatives of plain prose).
 */
export const isCandidate = (s: LearningSentence): boolean => (s.mentionsPerson || s.passive) && !s.flagged;

/**
 * Round 44: the sentences with `flagged` read against the rule findings the veto kept, so a sentence whose every
 * finding the veto dropped is a candidate like any other ("The dispatcher obviously ignored the alarm" is no longer
 * left unread when the veto clears its "obviously").
 */
export const unflagVetoed = (sentences: readonly LearningSentence[], kept: readonly LanguageFindingView[]): LearningSentence[] =>
  sentences.map((s) => (s.flagged && !kept.some((f) => f.start < s.end && f.end > s.start) ? { ...s, flagged: false } : s));

/** Which encoder embeds a sentence: the shipped one (the veto's and the models') or the fine-tuned one (round 38). */
export type Which = 'shipped' | 'tuned';
const tunedModel = (): Tuned => {
  const tuned = learnedModel().tuned;
  if (!tuned) throw new Error('learned-weights.json has no fine-tuned model');
  return tuned;
};
/** The id of an encoder, which keys its stored vectors and this process's cache. */
export const encoderId = (which: Which): string => (which === 'tuned' ? tunedModel().encoder : learnedModel().encoder);
/** Embeddings of the texts by one encoder (null when the encoder is off): the fine-tuned one reads its weights' file, beside this one. */
export const embedBy = (config: Pick<Config, 'embeddings'>, texts: string[], which: Which): Promise<Float32Array[] | null> =>
  embed(config, texts, which === 'tuned' ? fileURLToPath(new URL(`./${tunedModel().file}`, import.meta.url)) : undefined);

// Embeddings of masked sentences, least recently used first. A page under edit re-embeds only the
// sentences that changed.
const CACHE_SIZE = 20_000;
const cache = new Map<string, Float32Array>();
/** How many times the layer has called the encoder (each call embeds a batch of uncached sentences); tests read it. */
export const encoderCalls = { count: 0 };

/** Empties this process's cache (tests: a review served by another process of a fleet). */
export const clearEmbeddingCache = (): void => cache.clear();

/**
 * Embeddings computed earlier, outside this process's cache: the `review_vectors` table that the
 * `language.embed` job fills when retrospective text is saved (precompute.ts). Given masked
 * sentences, it returns those it holds.
 */
export type StoredVectors = (masked: string[], which: Which) => Promise<Map<string, Float32Array>>;

/**
 * How a review may get its embeddings. `encoder: false` (the retrospective's views, which must stay
 * cheap to read): only this process's cache and the stored vectors; a sentence with neither gets the
 * rules alone.
 */
export type ReviewOptions = { encoder?: boolean };

/**
 * Embeddings of the texts by one encoder (`which`, the shipped one unless told): from this process's cache,
 * then from `stored`, and one encoder call for the rest (with `encoder: false`, null in place of each of the
 * rest); null when the encoder is off.
 */
export async function embedCached(
  config: Pick<Config, 'embeddings'>,
  texts: string[],
  stored?: StoredVectors,
  options: ReviewOptions = {},
  which: Which = 'shipped',
): Promise<Array<Float32Array | null> | null> {
  if (!config.embeddings) return null;
  const id = encoderId(which);
  const keyOf = (t: string) => `${id}\n${t}`;
  let missing = [...new Set(texts.filter((t) => !cache.has(keyOf(t))))];
  if (missing.length && stored) {
    const found = await stored(missing, which);
    for (const [t, v] of found) cache.set(keyOf(t), v);
    while (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
    missing = missing.filter((t) => !found.has(t));
  }
  if (missing.length && options.encoder !== false) {
    encoderCalls.count++;
    const vectors = await embedBy(config, missing, which);
    if (!vectors) return null;
    for (const [i, t] of missing.entries()) cache.set(keyOf(t), vectors[i]);
    while (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  }
  return texts.map((t) => {
    const v = cache.get(keyOf(t));
    if (!v) return null;
    cache.delete(keyOf(t)); // refresh its place in the LRU order
    cache.set(keyOf(t), v);
    return v;
  });
}

/** The rule findings that overlap a sentence. */
const findingsIn = (findings: readonly LanguageFindingView[], s: Pick<LearningSentence, 'start' | 'end'>) =>
  findings.filter((f) => f.start < s.end && f.end > s.start);

/** A sentence the veto reads: flagged, and only by rules the veto may overrule. */
export const isVetoable = (veto: Pick<Veto, 'rules'>, findings: readonly LanguageFindingView[], s: LearningSentence): boolean => {
  const mine = findingsIn(findings, s);
  return mine.length > 0 && mine.every((f) => veto.rules.includes(f.rule));
};

/** The veto's probability of blame for a sentence. */
export const vetoScore = (veto: Veto, embedding: ArrayLike<number>, s: Pick<LearningSentence, 'features'>): number =>
  predictLogistic(veto, rowOf(veto, embedding, s.features));

/**
 * Probability of blame for each sentence (null for sentences the layer does not read, or when the encoder is off):
 * the models' score, blended with the fine-tuned model's when there is one (round 42).
 */
export async function scoreSentences(
  config: Pick<Config, 'embeddings'>,
  sentences: LearningSentence[],
  stored?: StoredVectors,
  options: ReviewOptions = {},
): Promise<Array<number | null>> {
  if (!config.embeddings) return sentences.map(() => null);
  const { tuned } = learnedModel();
  if (!tuned) return scoreShipped(config, sentences, stored, options);
  const [own, fine] = await Promise.all([
    scoreShipped(config, sentences, stored, options),
    scoreTuned(config, tuned, sentences, stored, options),
  ]);
  return sentences.map((_, i) => {
    const [a, b] = [own[i], fine[i]];
    return a === null || b === null ? null : tuned.blend * a + (1 - tuned.blend) * b;
  });
}

/** The models' (before round 38) probability for each candidate, on the shipped encoder (null for the rest, or without its vectors). */
export async function scoreShipped(
  config: Pick<Config, 'embeddings'>,
  sentences: LearningSentence[],
  stored?: StoredVectors,
  options: ReviewOptions = {},
): Promise<Array<number | null>> {
  const model = learnedModel();
  const candidates = sentences.filter(isCandidate);
  const clauses = candidates.map((s) => (model.clauses ? learningClauses(s) : []));
  const vectors = await embedCached(config, [...candidates.map((s) => s.masked), ...clauses.flat().map((c) => c.masked)], stored, options);
  if (!vectors) return sentences.map(() => null);
  let at = candidates.length;
  const scores = new Map<LearningSentence, number | null>(
    candidates.map((s, i) => {
      const own = vectors[i];
      const parts = clauses[i].map((c) => ({ c, v: vectors[at++] }));
      // Without every vector (encoder: false, nothing stored) the sentence is not scored: a partial
      // score could differ from what the encoder's review gives.
      if (!own || parts.some((p) => !p.v)) return [s, null];
      let score = blendedScore(model, own, s);
      for (const p of parts) score = Math.max(score, blendedScore(model, p.v as Float32Array, p.c));
      return [s, score];
    }),
  );
  return sentences.map((s) => scores.get(s) ?? null);
}

/** Round 38: the fine-tuned model's probability for each candidate (round 41; null for the rest, or without its vector). */
async function scoreTuned(
  config: Pick<Config, 'embeddings'>,
  tuned: Tuned,
  sentences: LearningSentence[],
  stored?: StoredVectors,
  options: ReviewOptions = {},
): Promise<Array<number | null>> {
  const candidates = sentences.filter(isCandidate);
  const vectors = await embedCached(
    config,
    candidates.map((s) => s.masked),
    stored,
    options,
    'tuned',
  );
  const scores = new Map(candidates.map((s, i) => [s, vectors?.[i] ? tunedScore(tuned, vectors[i], s.features) : null]));
  return sentences.map((s) => scores.get(s) ?? null);
}

/** The fine-tuned model's probability of blame for a sentence, from its fine-tuned vector and rule features. */
export function tunedScore(tuned: Tuned, vector: ArrayLike<number>, features: readonly number[]): number {
  let z = tuned.bias;
  for (let j = 0; j < vector.length; j++) z += tuned.weights[j] * ((vector[j] - tuned.vecMean[j]) / tuned.vecScale[j]);
  for (let j = 0; j < features.length; j++)
    z += tuned.weights[vector.length + j] * ((features[j] - tuned.featMean[j]) / tuned.featScale[j]);
  return 1 / (1 + Math.exp(-z));
}

/** The model's probability for one candidate sentence: the encoder model, blended with the n-gram model. */
export function blendedScore(model: LearnedModel, embedding: ArrayLike<number>, s: Pick<LearningSentence, 'features' | 'masked'>): number {
  const row = rowOf(model, embedding, s.features);
  const logistic = predictLogistic(model, row);
  const encoder = model.mlp ? (1 - model.mlp.share) * logistic + model.mlp.share * predictMlp(model.mlp, row) : logistic;
  return model.ngram ? model.blend * encoder + (1 - model.blend) * predictNgram(model.ngram, s.masked) : encoder;
}

/**
 * At most this many sentences of one text are read by the model (the first ones), so a request's
 * encoder time is bounded (~64 × 20–70 ms cold) whatever the text's length (up to 200,000 characters).
 */
export const MAX_LEARNED_SENTENCES = 64;

/**
 * The sentences of a text the learned layer reads: the candidates among the first
 * `MAX_LEARNED_SENTENCES`, and (round 8) the first `MAX_LEARNED_SENTENCES` sentences the veto reads.
 */
function sentencesRead(
  text: string,
  findings: LanguageFindingView[],
): { read: LearningSentence[]; checked: LearningSentence[]; rereadable: LearningSentence[] } {
  const all = sentencesOf(text, findings);
  const veto = learnedModel().veto;
  const checked = veto ? all.filter((s) => isVetoable(veto, findings, s)).slice(0, MAX_LEARNED_SENTENCES) : [];
  return {
    read: all.filter(isCandidate).slice(0, MAX_LEARNED_SENTENCES),
    checked,
    // Round 44: those the veto reads that become candidates if it drops their findings (`unflagVetoed`).
    rereadable: checked.filter((s) => isCandidate({ ...s, flagged: false })),
  };
}

/** The rule findings the veto keeps: a finding that touches a vetoed sentence goes. */
export function keptFindings(
  veto: Veto,
  findings: readonly LanguageFindingView[],
  checked: readonly LearningSentence[],
  embeddings: ReadonlyArray<ArrayLike<number> | null>,
): LanguageFindingView[] {
  const vetoed = checked.filter((s, i) => {
    const v = embeddings[i];
    return v !== null && vetoScore(veto, v, s) < veto.threshold;
  });
  if (!vetoed.length) return [...findings];
  return findings.filter((f) => !vetoed.some((s) => f.start < s.end && f.end > s.start));
}

/**
 * Rules plus the learned layer: the rule findings the veto keeps (round 8), and a `blame_learned`
 * finding for each sentence the model flags.
 */
export async function reviewWithLearning(
  config: Pick<Config, 'embeddings'>,
  text: string,
  stored?: StoredVectors,
  options: ReviewOptions = {},
): Promise<LanguageFindingView[]> {
  const all = reviewLanguage(text);
  if (!config.embeddings || !text.trim()) return all;
  const { read, checked, rereadable } = sentencesRead(text, all);
  const model = learnedModel();
  const mayRead = [...read, ...rereadable];
  // One call (at most) of the shipped encoder for the candidates and the sentences the veto reads, and one of the
  // fine-tuned encoder for the candidates (round 42). With `encoder: false` a sentence nothing is stored for is neither
  // vetoed nor scored: it keeps the rules' verdict.
  // The two encoders' lookups and calls start together, so a page's reviews share one stored-vectors query
  // (present.ts batches them by key); the scores are then read from this process's cache alone.
  const texts = textsToEmbed(model, checked, mayRead);
  const [vectors] = await Promise.all([
    embedCached(config, texts.shipped, stored, options),
    model.tuned ? embedCached(config, texts.tuned, stored, options, 'tuned') : null,
  ]);
  if (!vectors) return all;
  const findings = model.veto && checked.length ? keptFindings(model.veto, all, checked, vectors) : all;
  const candidates = [...read, ...unflagVetoed(rereadable, findings).filter(isCandidate)];
  const scores = await scoreSentences(config, candidates, undefined, { encoder: false });
  const threshold = learnedThreshold();
  const learned = candidates
    .filter((_, i) => (scores[i] ?? 0) >= threshold)
    .map((s) => ({ start: s.start, end: s.end, rule: LEARNED_RULE, message: MESSAGE, suggestion: SUGGESTION }));
  return learned.length ? [...findings, ...learned].sort((a, b) => a.start - b.start) : findings;
}

/**
 * The masked sentences (and clauses, when the model reads them) that `reviewWithLearning` embeds for
 * this text, by encoder: the same split, the same candidates (with those the veto may clear), the same limit. The `language.embed` job
 * embeds them ahead of the review.
 */
export function embeddedTextsOf(text: string): Record<Which, string[]> {
  if (!text.trim()) return { shipped: [], tuned: [] };
  const { read, checked, rereadable } = sentencesRead(text, reviewLanguage(text));
  return textsToEmbed(learnedModel(), checked, [...read, ...rereadable]);
}

/** By encoder, what a review embeds: the shipped one the sentences the veto reads and those it may score, the fine-tuned one the latter. */
function textsToEmbed(
  model: LearnedModel,
  checked: readonly LearningSentence[],
  mayRead: readonly LearningSentence[],
): Record<Which, string[]> {
  return {
    shipped: [...checked.map((s) => s.masked), ...embeddedTexts(model, mayRead)],
    tuned: model.tuned ? mayRead.map((s) => s.masked) : [],
  };
}

/** The masked texts the model embeds for its candidates: each sentence, and its clauses when the model reads them. */
function embeddedTexts(model: LearnedModel, read: readonly LearningSentence[]): string[] {
  return [...read.map((s) => s.masked), ...read.flatMap((s) => (model.clauses ? learningClauses(s) : [])).map((c) => c.masked)];
}

/**
 * Text the server reviews once at start-up (`warmLearnedReview`): sentences that reach every rule
 * and the learned layer (names, roles, passives, questions, action items), none from the corpus.
 */
export const WARM_UP_TEXT = [
  'At 09:12 the deploy failed and Bob rolled back the release.',
  'The on-call engineer should have checked the dashboard before restarting the primary.',
  'Priya is responsible for the follow-up; action item: add an alert on replication lag.',
  'Obviously the cache was cold, and someone just restarted it without asking.',
  'The mistake was made by the person who approved the change, and the team lead let everyone down.',
  'Why was the intern allowed to run the migration on her own?',
  'The health check should have failed the deploy when latency doubled.',
  'Nobody is to blame: the pipeline let the change through because the test was skipped.',
  'Human error was the root cause, said the first draft; we rewrote it to describe the missing guard.',
  'Kasimir will own the rollback plan, and Anouk will pair with him on Monday.',
].join(' ');
/** Reviews of the warm-up text at start-up: enough for V8 to optimise the hot paths of the rules, the features and both models. */
const WARM_UP_ROUNDS = 30;

/**
 * Loads and warms the review at server start, in the background (main.ts does not await it), so no
 * request pays for it: reads the weights and builds the n-gram lookup, starts the encoder thread and
 * runs one encoder pass (loading the model, ~0.6–1.5 s), then reviews a small text a few dozen times so
 * the rules, the sentence features and the models are compiled and optimised before the first request
 * (the "first warm pass" of docs/language-review.md, "Cost on the server"). The warm-up text's
 * embeddings stay in the cache (ten entries). With the encoder off it warms the rules alone. Yields to
 * the event loop between rounds, so requests arriving meanwhile are served.
 */
export async function warmLearnedReview(config: Pick<Config, 'embeddings'>): Promise<void> {
  for (let round = 0; round < WARM_UP_ROUNDS; round++) {
    await new Promise((resolve) => setImmediate(resolve));
    await reviewWithLearning(config, WARM_UP_TEXT);
  }
}
