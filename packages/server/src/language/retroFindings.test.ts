import { type LanguageFindingView, type RetroView, reviewLanguage } from '@firebreak/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embed } from '../learning/index.ts';
import type { BusEvent } from '../platform/bus.ts';
import { reader, type Tx } from '../platform/context.ts';
import { Worker } from '../platform/jobs/worker.ts';
import { buildIncident, buildRetro } from '../test/factories.ts';
import { makeTestApp, type TestApp, testDatabases } from '../test/harness.ts';
import { clearEmbeddingCache, encoderCalls, LEARNED_RULE } from './learned.ts';
import { EMBED_DEBOUNCE_MS } from './precompute.ts';
import { clearFindingsMemo, findingsFor } from './present.ts';

const api = '/api/v1';
const encoderLoads = await embed({ embeddings: true }, ['probe']).then(
  () => true,
  () => false,
);

// Sentences no rule flags and the learned model does (checked below, so a retrained model that stops
// flagging one fails here rather than passing for the wrong reason).
const BLAME = 'Everything that went wrong last night lands at the feet of Ottilie.';
const SECTION = `At 09:12 the deploy failed and Bob rolled back the release. ${BLAME}`;
const WHY = 'Why was the intern allowed to run the migration on her own?';
const ANSWER = 'Frankly, Ingrid cannot be relied on to handle a failover.';

type Finding = LanguageFindingView & { where?: string; excerpt?: string };
const learned = (fs: Finding[]) => fs.filter((f) => f.rule === LEARNED_RULE);

/**
 * The retrospective's views carry the learned layer's `blame_learned` findings for sentences whose
 * vectors the `language.embed` job stored, and never call the encoder on a read (counted through
 * `encoderCalls`; `clearEmbeddingCache()` stands for a web process that never saw the text).
 */
describe.each(testDatabases())("learned findings in a retrospective's views on %s", (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await makeTestApp(kind);
  });
  afterAll(() => t?.close());

  const runJobs = async () => {
    t.clock.advance(EMBED_DEBOUNCE_MS + 1);
    await new Worker(t.deps).runDue();
  };
  const withEncoder = async (fn: () => Promise<void>) => {
    t.deps.config.embeddings = true;
    try {
      await fn();
    } finally {
      t.deps.config.embeddings = false;
    }
  };
  const read = async (retro: RetroView, by = t.responder) => {
    const res = await t.call(by, 'GET', `${api}/retros/${retro.id}`);
    expect(res.statusCode).toBe(200);
    return res.json().data as RetroView;
  };
  const intro = (v: RetroView) => v.sections.find((s) => s.key === 'introduction') as RetroView['sections'][number];
  /** A retrospective with the three texts saved: a section, a why, an answer. */
  const writeRetro = async (incident?: Awaited<ReturnType<typeof buildIncident>>) => {
    const retro = await buildRetro(t, incident ? { incident } : {});
    const saved = await t.call(t.responder, 'PUT', `${api}/retros/${retro.id}/sections/introduction`, {
      baseRevision: intro(retro).revision,
      body: SECTION,
    });
    expect(saved.statusCode).toBe(200);
    expect((await t.call(t.responder, 'POST', `${api}/retros/${retro.id}/whys`, { text: WHY })).statusCode).toBe(201);
    const answered = await t.call(incident ? t.responder : t.responder2, 'PUT', `${api}/retros/${retro.id}/answers/mine`, {
      surprised: ANSWER,
    });
    expect(answered.statusCode).toBe(200);
    return retro;
  };

  it('the sentences are flagged by the model and by no rule', () => {
    for (const text of [BLAME, WHY, ANSWER]) expect(reviewLanguage(text), text).toEqual([]);
  });

  it.skipIf(!encoderLoads)(
    'before the job: rules only and no encoder call; after it: GET, the section, the whys, /findings and the publish gate show blame_learned',
    () =>
      withEncoder(async () => {
        const retro = await writeRetro();
        const events: BusEvent[] = [];
        const stop = t.deps.bus.subscribe((e) => events.push(e));

        clearEmbeddingCache();
        clearFindingsMemo();
        const before = encoderCalls.count;
        const early = await read(retro);
        expect(learned(intro(early).findings)).toEqual([]);
        expect(learned(early.whys.nodes.flatMap((n) => n.findings))).toEqual([]);
        const earlyGate = await t.call(t.responder, 'GET', `${api}/retros/${retro.id}/findings`);
        expect(learned(earlyGate.json().data)).toEqual([]);
        expect(encoderCalls.count).toBe(before);

        await runJobs();
        // Open pages hear that the findings may have changed, and refetch.
        expect(events).toContainEqual(expect.objectContaining({ type: 'retro', retroId: retro.id, change: 'findings' }));
        stop();

        // A read that lacked vectors was not kept: the memo does not hide the job's vectors.
        clearEmbeddingCache();
        const view = await read(retro);
        const [finding] = learned(intro(view).findings);
        expect(SECTION.slice(finding.start, finding.end)).toBe(BLAME);
        expect(finding.message).toMatch(/learned model/);
        expect(finding.suggestion).toBeTruthy();
        // The deploy sentence names Bob and stays unflagged.
        expect(learned(intro(view).findings)).toHaveLength(1);
        const why = view.whys.nodes.find((n) => n.text === WHY);
        expect(learned(why?.findings ?? [])).toHaveLength(1);
        expect(view.openFindings).toBeGreaterThanOrEqual(2);

        const listed = (await t.call(t.responder, 'GET', `${api}/retros/${retro.id}/findings`)).json().data as Finding[];
        expect(learned(listed).map((f) => [f.where?.split(':')[0], f.excerpt])).toEqual(
          expect.arrayContaining([
            ['section', BLAME],
            ['why', WHY],
            ['answer', ANSWER],
          ]),
        );

        expect((await t.call(t.responder, 'POST', `${api}/retros/${retro.id}/status`, { status: 'in_review' })).statusCode).toBe(200);
        const refused = await t.call(t.responder, 'POST', `${api}/retros/${retro.id}/publish`, {});
        expect(refused.statusCode).toBe(409);
        expect(refused.json().error.code).toBe('language_findings');
        const gate = refused.json().error.details.findings as Finding[];
        expect(learned(gate).map((f) => f.excerpt)).toEqual(expect.arrayContaining([BLAME, WHY, ANSWER]));
        expect(encoderCalls.count).toBe(before);

        // The published revision keeps what the gate saw.
        const published = await t.call(t.responder, 'POST', `${api}/retros/${retro.id}/publish`, { confirm: true });
        expect(published.statusCode).toBe(200);
        const revision = await t.call(t.responder, 'GET', `${api}/retros/${retro.id}?revision=1`);
        expect(learned(intro(revision.json().data).findings)).toHaveLength(1);
        expect(encoderCalls.count).toBe(before);
      }),
    120_000,
  );

  it.skipIf(!encoderLoads)(
    "a private incident's retrospective: its members see the learned findings, others still cannot read it",
    () =>
      withEncoder(async () => {
        const incident = await buildIncident(t, { private: true, status: 'resolved' });
        const retro = await writeRetro(incident);
        await runJobs();
        clearEmbeddingCache();
        expect(learned(intro(await read(retro)).findings)).toHaveLength(1);
        for (const path of ['', '/findings', '/export.md']) {
          expect((await t.call(t.responder2, 'GET', `${api}/retros/${incident.ref}${path}`)).statusCode, path).toBe(404);
        }
      }),
    120_000,
  );

  it('with FIREBREAK_EMBEDDINGS=off the views are the rules alone, whatever is stored', async () => {
    expect(t.deps.config.embeddings).toBe(false);
    const retro = await writeRetro();
    if (encoderLoads) await withEncoder(runJobs); // vectors stored while the encoder was on
    const calls = encoderCalls.count;
    const view = await read(retro);
    expect(intro(view).findings).toEqual(reviewLanguage(SECTION));
    const listed = (await t.call(t.responder, 'GET', `${api}/retros/${retro.id}/findings`)).json().data as Finding[];
    expect(learned(listed)).toEqual([]);
    expect(encoderCalls.count).toBe(calls);
  });

  it.skipIf(!encoderLoads)(
    "one vectors query for a page's texts, and none for texts reviewed in full before or whose vectors are cached",
    () =>
      withEncoder(async () => {
        const retro = await writeRetro();
        await runJobs();
        clearEmbeddingCache();
        clearFindingsMemo();
        let queries = 0;
        const tx = reader(t.deps);
        const counting: Pick<Tx, 'db'> = {
          db: new Proxy(tx.db, {
            get(target, prop, receiver) {
              const v = Reflect.get(target, prop, receiver);
              if (prop !== 'selectFrom') return typeof v === 'function' ? v.bind(target) : v;
              return (table: string) => {
                if (table === 'review_vectors') queries++;
                return v.call(target, table);
              };
            },
          }),
        };
        const texts = [SECTION, WHY, ANSWER, 'The cache filled up.', ''];
        const found = await findingsFor(counting, t.deps.config, texts);
        expect(queries).toBe(1);
        expect(found.map((f) => learned(f).length)).toEqual([1, 1, 1, 0, 0]);
        clearFindingsMemo(); // the vectors are in the process cache now
        expect(await findingsFor(counting, t.deps.config, texts)).toEqual(found);
        clearEmbeddingCache(); // the texts' complete findings are kept
        expect(await findingsFor(counting, t.deps.config, texts)).toEqual(found);
        expect(queries).toBe(1);
        expect(retro.id).toBeTruthy();
      }),
    120_000,
  );
});
