import { learningSentences, reviewLanguage } from '@firebreak/shared';
import { HELDOUT_KINDS, HELDOUT_LEARNED } from '@firebreak/shared/language/corpus.ts';
import { isCandidate, reviewWithLearning, scoreSentences } from './learned.ts';

const config = { embeddings: true };
const sentences = [...HELDOUT_LEARNED, ...HELDOUT_KINDS].map((i) => i.text);
const pages: string[] = [];
for (let i = 0, page: string[] = []; i < sentences.length; i++) {
  page.push(sentences[i]);
  if (page.join(' ').split(/\s+/).length >= 500 || i === sentences.length - 1) {
    pages.push(page.join(' '));
    page = [];
  }
}
const t = () => performance.now();
const a = t();
await reviewWithLearning(config, 'Warm up the encoder, Bob.');
console.log('first call (load)', (t() - a).toFixed(0));
for (const pass of ['cold', 'warm1', 'warm2', 'warm3']) {
  const row: string[] = [];
  for (const page of pages) {
    const s0 = t();
    const f = reviewLanguage(page);
    const s1 = t();
    const ls = learningSentences(page, f).filter(isCandidate);
    const s2 = t();
    await scoreSentences(config, ls);
    const s3 = t();
    const w = t();
    await reviewWithLearning(config, page);
    const w2 = t();
    row.push(`r${(s1 - s0).toFixed(1)}/f${(s2 - s1).toFixed(1)}/s${(s3 - s2).toFixed(1)}/all${(w2 - w).toFixed(1)}`);
  }
  console.log(pass, row.join('  '));
}
