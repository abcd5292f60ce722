import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HELDOUT_KINDS, HELDOUT_LEARNED } from '@firebreak/shared/language/corpus.ts';
import { loadConfig } from '../config.ts';
import { Bus } from '../platform/bus.ts';
import { systemClock } from '../platform/clock.ts';
import { type Deps, reader } from '../platform/context.ts';
import { openDatabase } from '../platform/db/index.ts';
import { clearEmbeddingCache, encoderCalls, reviewWithLearning } from './learned.ts';
import { embedTexts, storedVectors } from './precompute.ts';

/**
 * The pages a review's cost is measured on (`evaluate-cli.ts --cost-only` and `bench/review.bench.ts`): the first
 * held-out splits' sentences, blameful and neutral mixed, cut into pages of at least `words` words.
 */
export function costPages(words = 500): string[] {
  const sentences = [...HELDOUT_LEARNED, ...HELDOUT_KINDS].map((i) => i.text);
  const pages: string[] = [];
  for (let i = 0, page: string[] = []; i < sentences.length; i++) {
    page.push(sentences[i]);
    if (page.join(' ').split(/\s+/).length >= words || i === sentences.length - 1) {
      pages.push(page.join(' '));
      page = [];
    }
  }
  return pages;
}

/**
 * `evaluate-cli.ts --saved` (and `--cost-only`): the cost of reviewing "a page saved, then reviewed".
 * Each page is saved as the `language.embed` job would store it (a migrated SQLite file database, the
 * job's own function), this process's embedding cache is emptied (a web process that never saw the
 * page), and the page is reviewed as `POST /language/review` does, reading `review_vectors`. Prints
 * the job's time per page (off the request), the review's wall and main-thread CPU time per page, and
 * how many encoder calls the reviews made (0 is the point).
 */
export async function measureSavedPages(
  pages: readonly string[],
  time: (f: () => Promise<unknown>, into?: number[]) => Promise<number>,
  cpu: (xs: number[]) => string,
): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'firebreak-cost-'));
  const database = await openDatabase(join(dir, 'cost.sqlite'));
  const config = { ...loadConfig({ FIREBREAK_DATA_DIR: dir }), embeddings: true };
  const deps: Deps = { db: database.db, dialect: database.dialect, clock: systemClock, bus: new Bus(), config };
  try {
    clearEmbeddingCache();
    const job: number[] = [];
    for (const page of pages) job.push(await time(() => embedTexts(deps, [page])));
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const calls = encoderCalls.count;
    const saved: number[] = [];
    const savedAgain: number[] = [];
    for (const page of pages) {
      clearEmbeddingCache();
      saved.push(await time(() => reviewWithLearning(config, page, storedVectors(reader(deps))), saved));
    }
    for (let round = 0; round < 5; round++)
      for (const page of pages) {
        clearEmbeddingCache();
        savedAgain.push(await time(() => reviewWithLearning(config, page, storedVectors(reader(deps))), savedAgain));
      }
    console.log(
      `Saved, then reviewed (${pages.length} pages): the job per page median ${median(job).toFixed(0)} ms (off the request); ` +
        `the review, empty process cache, vectors read from review_vectors: first pass median ${median(saved).toFixed(1)} ms ` +
        `(max ${Math.max(...saved).toFixed(1)}, CPU mean ${cpu(saved)} ms), 5 more rounds median ${median(savedAgain).toFixed(1)} ms ` +
        `(CPU mean ${cpu(savedAgain)} ms); encoder calls during the reviews: ${encoderCalls.count - calls}`,
    );
  } finally {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
