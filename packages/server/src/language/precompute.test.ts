import type { RetroView } from '@firebreak/shared';
import { HELDOUT_KINDS, HELDOUT_LEARNED } from '@firebreak/shared/language/corpus.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embed } from '../learning/index.ts';
import { transaction } from '../platform/context.ts';
import { Worker } from '../platform/jobs/worker.ts';
import { buildIncident, buildRetro } from '../test/factories.ts';
import { makeTestApp, type TestApp, testDatabases } from '../test/harness.ts';
import { clearEmbeddingCache, embedBy, encoderCalls, LEARNED_RULE, learnedModel, reviewWithLearning } from './learned.ts';
import { EMBED_DEBOUNCE_MS, embedRetroText, sentencesToEmbed } from './precompute.ts';
import { evict } from './store.ts';

const api = '/api/v1';
const encoderLoads = await embed({ embeddings: true }, ['probe']).then(
  () => true,
  () => false,
);

const BLAME = 'Everything that went wrong last night lands at the feet of Ottilie.';
const SECTION = `At 09:12 the deploy failed and Bob rolled back the release. ${BLAME}`;
const ANSWER = 'Honestly, Dave should have been trusted to run the failover on his own.';
const WHY = 'Why was the intern allowed to run the migration on her own?';
// Round 8: a sentence the rules flag (a low-precision rule) and the veto overrules, and one it keeps.
const VETOED = 'If the dashboard had linked the runbook, the responder would have found the rollback step at once.';
const KEPT = 'Wendeline could have just waited for the replica.';

/**
 * Saved retrospective text is embedded by the `language.embed` job, so the review of that text later
 * calls no encoder: counted through `encoderCalls` (every encoder call of the review), never timed.
 * `clearEmbeddingCache()` before a review stands for another web process of a fleet, which has none
 * of this process's cache: only the stored vectors can spare it the encoder.
 */
describe.each(testDatabases())('precomputed review vectors on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await makeTestApp(kind);
  });
  afterAll(() => t?.close());

  const embedJobs = () => t.deps.db.selectFrom('jobs').select(['payload', 'state']).where('kind', '=', 'language.embed').execute();
  const storedRows = () => t.deps.db.selectFrom('review_vectors').selectAll().execute();
  const review = async (user: TestApp['responder'], text: string) => {
    const res = await t.call(user, 'POST', `${api}/language/review`, { text });
    expect(res.statusCode).toBe(200);
    return res.json().findings as { rule: string; start: number; end: number }[];
  };
  const runJobs = async () => {
    t.clock.advance(EMBED_DEBOUNCE_MS + 1);
    await new Worker(t.deps).runDue();
  };
  const saveSection = async (retro: RetroView, body: string, by = t.responder) => {
    const section = retro.sections.find((s) => s.key === 'introduction');
    const res = await t.call(by, 'PUT', `${api}/retros/${retro.id}/sections/introduction`, { baseRevision: section?.revision ?? 0, body });
    expect(res.statusCode).toBe(200);
  };
  const withEncoder = async (fn: () => Promise<void>) => {
    t.deps.config.embeddings = true;
    try {
      await fn();
    } finally {
      t.deps.config.embeddings = false;
    }
  };

  it.skipIf(!encoderLoads)(
    'saving a section, a why or an answer enqueues one job; after it ran, reviewing that text calls no encoder',
    () =>
      withEncoder(async () => {
        const jobsBefore = (await embedJobs()).length;
        const retro = await buildRetro(t);
        await saveSection(retro, SECTION);
        expect((await t.call(t.responder, 'POST', `${api}/retros/${retro.id}/whys`, { text: WHY })).statusCode).toBe(201);
        expect((await t.call(t.responder2, 'PUT', `${api}/retros/${retro.id}/answers/mine`, { surprised: ANSWER })).statusCode).toBe(200);
        // Drafting and three saves inside one window: one job for the retrospective.
        const jobsOf = async () =>
          (await embedJobs())
            .filter((j) => JSON.parse(j.payload).retroId === retro.id)
            .map((j) => j.state)
            .sort();
        expect(await embedJobs()).toHaveLength(jobsBefore + 1);
        expect(await jobsOf()).toEqual(['queued']);

        const calls = encoderCalls.count;
        await runJobs();
        expect(encoderCalls.count).toBe(calls); // the job calls the encoder itself, not through the review
        expect(await jobsOf()).toEqual(['done']);

        for (const text of [SECTION, BLAME, WHY, ANSWER, [SECTION, WHY, ANSWER].join('\n\n')]) {
          clearEmbeddingCache();
          const before = encoderCalls.count;
          const findings = await review(t.responder, text);
          expect(encoderCalls.count, text).toBe(before);
          if (text.includes(BLAME)) expect(findings.map((f) => text.slice(f.start, f.end))).toContain(BLAME);
        }

        // The same person saving the section again soon after: the history folds it into the last line
        // (retros/sections.ts), and the new text is still embedded.
        const edited = `${SECTION} Later Ravi restarted the consumer at 12:41, and Mirela is the one to answer for it.`;
        const current = await t.call(t.responder, 'GET', `${api}/retros/${retro.id}`);
        const revision = (current.json().data as RetroView).sections.find((s) => s.key === 'introduction')?.revision;
        const resave = await t.call(t.responder, 'PUT', `${api}/retros/${retro.id}/sections/introduction`, {
          baseRevision: revision,
          body: edited,
        });
        expect(resave.statusCode).toBe(200);
        const history = (await t.call(t.responder, 'GET', `${api}/retros/${retro.id}/history`)).json().data as { kind: string }[];
        expect(history.filter((h) => h.kind === 'retro_section_edited')).toHaveLength(1);
        expect(await jobsOf()).toEqual(['done', 'queued']);
        await runJobs();
        clearEmbeddingCache();
        const beforeEdit = encoderCalls.count;
        await review(t.responder, edited);
        expect(encoderCalls.count).toBe(beforeEdit);

        // Text that was never saved still costs its encoder pass, in the request: one call of each encoder the review
        // reads (round 42: the shipped one and the fine-tuned one).
        clearEmbeddingCache();
        const before = encoderCalls.count;
        await review(t.responder, `${SECTION} Then Ravi restarted the consumer at 12:41.`);
        expect(encoderCalls.count).toBe(before + (learnedModel().tuned ? 2 : 1));
      }),
    120_000,
  );

  it.skipIf(!encoderLoads)(
    'the veto reads the vectors the job stored: the route drops the vetoed rule finding with no encoder call, and keeps it with the encoder off',
    async () => {
      const text = `${VETOED} ${KEPT}`;
      const inVetoed = (f: { start: number }) => f.start < VETOED.length;
      await withEncoder(async () => {
        const retro = await buildRetro(t);
        await saveSection(retro, text);
        await runJobs();
        clearEmbeddingCache();
        const before = encoderCalls.count;
        const findings = await review(t.responder, text);
        expect(encoderCalls.count).toBe(before);
        expect(findings.some(inVetoed)).toBe(false);
        expect(findings.some((f) => !inVetoed(f) && f.rule !== LEARNED_RULE)).toBe(true);
      });
      const rulesOnly = await review(t.responder, text);
      expect(rulesOnly.some(inVetoed)).toBe(true);
      expect(rulesOnly.some((f) => !inVetoed(f))).toBe(true);
    },
    120_000,
  );

  it.skipIf(!encoderLoads)(
    'a stored vector gives exactly the review the encoder gives',
    () =>
      withEncoder(async () => {
        const retro = await buildRetro(t);
        await saveSection(retro, SECTION);
        await runJobs();
        clearEmbeddingCache();
        const fromEncoder = await reviewWithLearning(t.deps.config, SECTION);
        clearEmbeddingCache();
        const before = encoderCalls.count;
        expect(await review(t.responder, SECTION)).toEqual(fromEncoder);
        expect(encoderCalls.count).toBe(before);
        expect(fromEncoder.map((f) => f.rule)).toContain(LEARNED_RULE);
      }),
    120_000,
  );

  it.skipIf(!encoderLoads)(
    "a private incident's text is stored as hashes and vectors only, and a non-member's review is the same as without them",
    () =>
      withEncoder(async () => {
        const secret = 'Kasimir alone is answerable for the vault outage and everyone in the payments team knows it.';
        const incident = await buildIncident(t, { private: true, status: 'resolved' });
        const retro = await buildRetro(t, { incident });
        await saveSection(retro, secret);
        await runJobs();
        const rows = await storedRows();
        const words = ['Kasimir', 'engineer', 'vault', 'answerable', 'payments'];
        for (const row of rows) {
          expect(Object.keys(row).sort()).toEqual(['key', 'used_at', 'vector']);
          expect(row.key).toMatch(/^[A-Za-z0-9_-]{43}$/);
          const decoded = Buffer.from(row.vector, 'base64');
          expect(decoded.byteLength).toBe(512 * 4);
          for (const w of words) expect(`${row.key} ${row.vector} ${decoded.toString('latin1')}`).not.toContain(w);
        }
        // The non-member cannot read the retrospective, and reviewing the same words tells them nothing more.
        expect((await t.call(t.responder2, 'GET', `${api}/retros/${incident.ref}`)).statusCode).toBe(404);
        clearEmbeddingCache();
        const withStored = await review(t.responder2, secret);
        await transaction(t.deps, (tx) => tx.db.deleteFrom('review_vectors').execute());
        clearEmbeddingCache();
        expect(await review(t.responder2, secret)).toEqual(withStored);
      }),
    120_000,
  );

  it('with the encoder off, saving enqueues nothing, the job does nothing and the review is the rules alone', async () => {
    expect(t.deps.config.embeddings).toBe(false);
    const retro = await buildRetro(t);
    const jobsBefore = (await embedJobs()).length;
    const rowsBefore = (await storedRows()).length;
    const calls = encoderCalls.count;
    await saveSection(retro, SECTION);
    expect(await embedJobs()).toHaveLength(jobsBefore);
    await embedRetroText(t.deps, retro.id);
    await runJobs();
    expect(await storedRows()).toHaveLength(rowsBefore);
    const findings = await review(t.responder, SECTION);
    expect(findings.map((f) => f.rule)).not.toContain(LEARNED_RULE);
    expect(encoderCalls.count).toBe(calls);
  });

  it('keeps at most the given number of vectors, dropping the least recently used', async () => {
    await transaction(t.deps, async (tx) => {
      await tx.db.deleteFrom('review_vectors').execute();
      await tx.db
        .insertInto('review_vectors')
        .values(['a', 'b', 'c', 'd'].map((key, i) => ({ key, vector: '', used_at: `2026-03-0${4 - i}T00:00:00.000Z` })))
        .execute();
      await evict(tx, 2);
    });
    expect((await storedRows()).map((r) => r.key).sort()).toEqual(['a', 'b']);
    await transaction(t.deps, (tx) => tx.db.deleteFrom('review_vectors').execute());
  });
});

describe('sentencesToEmbed', () => {
  // Guards against the job and the review splitting text differently: with exactly what the job would
  // embed for a page, the review of that page needs no encoder call.
  it.skipIf(!encoderLoads)(
    'holds every sentence the review of a page embeds (held-out pages)',
    async () => {
      const items = [...HELDOUT_KINDS, ...HELDOUT_LEARNED].map((i) => i.text);
      const pages = [items.slice(0, 30).join(' '), items.slice(120, 150).join('\n\n')];
      for (const page of pages) {
        const wanted = sentencesToEmbed([page]);
        const store = new Map<string, Float32Array>();
        for (const which of ['shipped', 'tuned'] as const) {
          const masked = wanted.filter((w) => w.which === which).map((w) => w.masked);
          const vectors = (await embedBy({ embeddings: true }, masked, which)) ?? [];
          for (const [i, m] of masked.entries()) store.set(`${which} ${m}`, vectors[i]);
        }
        clearEmbeddingCache();
        const before = encoderCalls.count;
        const findings = await reviewWithLearning({ embeddings: true }, page, async (asked, which) => {
          expect(asked.filter((m) => !store.has(`${which} ${m}`))).toEqual([]);
          return new Map(asked.flatMap((m) => (store.has(`${which} ${m}`) ? [[m, store.get(`${which} ${m}`) as Float32Array]] : [])));
        });
        expect(encoderCalls.count).toBe(before);
        expect(findings.some((f) => f.rule === LEARNED_RULE)).toBe(true);
      }
    },
    120_000,
  );

  it.skipIf(!encoderLoads)('reads each text alone and the page as one text, only the sentences the learned layer reads', () => {
    const wanted = sentencesToEmbed([SECTION, ANSWER]);
    const masked = wanted.map((w) => w.masked);
    expect(masked.some((m) => m.includes('lands at the feet of the engineer'))).toBe(true);
    expect(masked.join(' ')).not.toContain('Ottilie');
    // The deploy sentence names Bob but a rule or the split decides whether it is read; no sentence twice by one encoder.
    expect(new Set(wanted.map((w) => `${w.which} ${w.masked}`)).size).toBe(wanted.length);
    expect(sentencesToEmbed([''])).toEqual([]);
  });
});
