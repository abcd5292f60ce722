import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../packages/server/src/app.ts';
import { loadConfig } from '../packages/server/src/config.ts';
import { costPages } from '../packages/server/src/language/cost-saved.ts';
import { clearEmbeddingCache, encoderCalls, warmLearnedReview } from '../packages/server/src/language/learned.ts';
import { embedTexts } from '../packages/server/src/language/precompute.ts';
import { Bus } from '../packages/server/src/platform/bus.ts';
import { systemClock } from '../packages/server/src/platform/clock.ts';
import type { Deps } from '../packages/server/src/platform/context.ts';
import { openDatabase } from '../packages/server/src/platform/db/index.ts';
import { ensureDefaults } from '../packages/server/src/severities/configure.ts';
import { createUser } from '../packages/server/src/users/createUser.ts';
import { issueToken } from '../packages/server/src/users/tokens.ts';
import { reviewLanguage } from '../packages/shared/src/index.ts';
import { type BenchRow, percentile, row } from './lib.ts';

// The server's language review with the learned layer (issue 14's 20 ms/page budget): what a page costs
// `POST /language/review` and the retrospective's views, by how much of it the process has seen.
const WORDS_PER_PAGE = 500;
const ROUNDS = 5;
const log = (msg: string) => process.stderr.write(`  review: ${msg}\n`);

export const notes = `
What \`review.bench.ts\` measures, in one process running the app (SQLite in a fresh temp data dir), after
the server's start-up warm-up (\`warmLearnedReview\`: the weights, the English word list, the sentence
encoder's thread and one encoder pass):

- **pages**: ${WORDS_PER_PAGE}-word pages made of the first held-out splits' sentences (blameful and neutral
  mixed, ~25 sentences the layer reads per page), each sent as one text to \`POST /api/v1/language/review\`
  through \`app.inject\` (validation, auth, the stored-vector lookup, the rules and the learned layer). Every
  figure is the median (or the 90th percentile) over the pages and rounds of the wall time of one request.
- **warm page**: a page reviewed again in the same process (every vector in the process cache), ${ROUNDS} rounds.
  **Baseline**: the rules alone (\`reviewLanguage\`, what the browser runs while typing, called directly) on
  the same pages, interleaved with it so machine load hits both alike.
- **one new sentence on a warm page**: the warm page with one sentence added that the process has never seen
  (as when the author edits a sentence): the rules, the features and, since round 42, a pass of each of the two
  encoders (the shipped one, the fine-tuned one) for that sentence, one after the other on the encoder's thread.
  It is short of its target since then (33a, with one encoder: 16.9 ms; a second thread, one per encoder, was slower
  on two cores, docs/language-review.md "Round 42").
  Baseline: the warm page. The encoder's graph runs synchronously (\`learning/encoderGraph.ts\`: its two
  \`Where\` ops are fed from the token counts); through \`executeAsync\`, as the library runs it, six runs
  of this figure read 15.8–20.7 ms (median) and 28–30 ms (90th percentile).
- **saved page, then reviewed**: each page stored by the \`language.embed\` job's own function, the process
  cache emptied (a web process that never saw the page), then reviewed, the route reading \`review_vectors\`
  (no encoder call). Baseline: the warm page.
- **cold page**: a page nothing is known of (every sentence an encoder pass, one batch). No target: a saved
  page or a typed sentence is what a person waits for.
`;

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const median = (xs: number[]) => percentile(sorted(xs), 50);
async function time(f: () => unknown): Promise<number> {
  const t0 = performance.now();
  await f();
  return performance.now() - t0;
}

export async function run(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'firebreak-bench-review-'));
  const database = await openDatabase(join(dir, 'review.sqlite'));
  const config = { ...loadConfig({ FIREBREAK_DATA_DIR: dir, FIREBREAK_PUBLIC_URL: 'http://bench.test' }), embeddings: true };
  const deps: Deps = { db: database.db, dialect: database.dialect, clock: systemClock, bus: new Bus(), config };
  try {
    await ensureDefaults(deps);
    const app = await buildApp(deps, { webDir: '/nonexistent' });
    const u = await createUser(deps, { email: 'bench@corp.example', role: 'responder', name: 'Bench' });
    const { secret } = await issueToken(deps, u.id, { name: 'bench' });
    const review = async (text: string) => {
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/language/review',
        payload: JSON.stringify({ text }),
        headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
      });
      if (res.statusCode !== 200) throw new Error(`review failed: ${res.statusCode} ${res.body.slice(0, 300)}`);
    };
    const texts = costPages(WORDS_PER_PAGE);
    log(`${texts.length} pages of ${WORDS_PER_PAGE} words; start-up warm-up`);
    await warmLearnedReview(config);
    clearEmbeddingCache();
    const cold: number[] = [];
    for (const page of texts) cold.push(await time(() => review(page)));
    const warm: number[] = [];
    const rules: number[] = [];
    for (let round = 0; round < ROUNDS; round++)
      for (const page of texts) {
        rules.push(await time(() => reviewLanguage(page)));
        warm.push(await time(() => review(page)));
      }
    const edited: number[] = [];
    const calls = encoderCalls.count;
    for (let round = 0; round < ROUNDS; round++)
      for (const [i, page] of texts.entries())
        edited.push(await time(() => review(`${page} Then Ravi restarted pod ${round * texts.length + i} by hand.`)));
    const editCalls = encoderCalls.count - calls;
    for (const page of texts) await embedTexts(deps, [page]);
    const saved: number[] = [];
    for (let round = 0; round < ROUNDS; round++)
      for (const page of texts) {
        clearEmbeddingCache();
        saved.push(await time(() => review(page)));
      }
    log(`encoder calls: ${editCalls} for ${edited.length} edited pages`);
    const warmMs = median(warm);
    const warmBaseline = { name: 'warm page', value: warmMs };
    return [
      row('review', `learned layer (server), warm page (${WORDS_PER_PAGE} words, median)`, warmMs, 'ms', {
        baseline: { name: 'rules alone', value: median(rules) },
        target: '<= 20',
      }),
      row('review', 'learned layer, one new sentence on a warm page (a pass of each encoder, median)', median(edited), 'ms', {
        baseline: warmBaseline,
        target: '<= 20',
      }),
      row('review', 'learned layer, one new sentence on a warm page (90th percentile)', percentile(sorted(edited), 90), 'ms', {
        baseline: warmBaseline,
      }),
      row('review', 'learned layer, saved page then reviewed (review_vectors, empty cache, median)', median(saved), 'ms', {
        baseline: warmBaseline,
        target: '<= 20',
      }),
      row('review', 'learned layer, cold page (every sentence new, median)', median(cold), 'ms', { baseline: warmBaseline }),
    ];
  } finally {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
