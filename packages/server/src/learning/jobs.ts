import { z } from 'zod';
import type { Clock } from '../platform/clock.ts';
import type { Deps, Tx } from '../platform/context.ts';
import { transaction } from '../platform/context.ts';
import { defineJob, enqueue } from '../platform/jobs/queue.ts';
import { registerDepthFact } from '../retros/index.ts';
import { onEntriesRecorded } from '../timeline/index.ts';
import { averageLinkage } from './cluster.ts';
import { corpusFor } from './corpus.ts';
import { encodeVector } from './encoder.ts';
import { recurringWith } from './similar.ts';
import { GROUP_THRESHOLD, GROUP_THRESHOLD_LEXICAL } from './similarity.ts';
import { incidentText, saveGroups, saveVectors, vectorHash } from './store.ts';
import { computeVectors, sourceHash, ticketText } from './vectors.ts';

/** Changes that can change an incident's text come together for this long before its vectors are recomputed. */
export const VECTORIZE_DEBOUNCE_MS = 30_000;
/** New vectors are regrouped at most once per this period. */
export const CLUSTER_DEBOUNCE_MS = 60_000;
/** Timeline entries after which an incident's text may have changed. */
const TEXT_KINDS = new Set(['declared', 'field_changed', 'retro_published', 'retro_amended', 'services_changed']);

const bucketEnd = (clock: Clock, ms: number) => {
  const now = clock.now().getTime();
  return new Date(Math.floor(now / ms) * ms + ms);
};

/** Whatever the incident's text is now, its vectors get recomputed (once per incident per window). */
export async function scheduleVectors(tx: Tx, who: { clock: Clock }, incidentId: string): Promise<void> {
  const runAt = bucketEnd(who.clock, VECTORIZE_DEBOUNCE_MS);
  await enqueue(tx, who, vectorizeJob, { incidentId }, { runAt, key: `learning.vectorize:${incidentId}:${runAt.toISOString()}` });
}

export const vectorizeJob = defineJob({
  kind: 'learning.vectorize',
  payload: z.object({ incidentId: z.string() }),
  maxAttempts: 5,
  timeoutMs: 120_000,
  async run(ctx, { incidentId }) {
    const row = await incidentText({ db: ctx.db, dialect: ctx.dialect, events: [] }, incidentId);
    if (!row) return;
    const text = ticketText(row);
    const hash = sourceHash(text, ctx.config.embeddings);
    const stored = await vectorHash({ db: ctx.db, dialect: ctx.dialect, events: [] }, incidentId);
    if (stored?.source_hash === hash) return;
    const v = await computeVectors(ctx.config, text); // outside the transaction: the encoder takes its time
    await transaction(ctx, async (tx) => {
      await saveVectors(tx, {
        incident_id: incidentId,
        terms: JSON.stringify(v.terms),
        embedding: v.embedding ? encodeVector(v.embedding) : null,
        source_hash: hash,
        computed_at: ctx.clock.now().toISOString(),
      });
      const runAt = bucketEnd(ctx.clock, CLUSTER_DEBOUNCE_MS);
      await enqueue(tx, ctx, clusterJob, { at: runAt.toISOString() }, { runAt, key: `learning.cluster:${runAt.toISOString()}` });
    });
  },
});

/** Regroups every incident into recurring groups (average linkage on the blended similarity). */
export async function regroup(deps: Parameters<typeof transaction>[0]): Promise<void> {
  const tx: Tx = { db: deps.db, dialect: deps.dialect, events: [] };
  const corpus = await corpusFor(tx, deps.db);
  const docs = corpus.docs;
  const threshold = docs.some((d) => d.emb) ? GROUP_THRESHOLD : GROUP_THRESHOLD_LEXICAL;
  const labels = averageLinkage(docs.length, corpus.neighbourEdges(threshold * 0.6), threshold);
  const members = new Map<number, number[]>();
  for (const [i, l] of labels.entries()) members.set(l, [...(members.get(l) ?? []), i]);
  const groups = new Map<string, string | null>();
  for (const list of members.values()) {
    const first = list.reduce((a, b) => (docs[a].declaredAt <= docs[b].declaredAt ? a : b));
    for (const i of list) groups.set(docs[i].id, list.length > 1 ? docs[first].id : null);
  }
  const changed = new Map([...groups].filter(([id, g]) => corpus.byId.get(id)?.groupId !== g));
  if (changed.size) await transaction(deps, (t) => saveGroups(t, changed));
}

export const clusterJob = defineJob({
  kind: 'learning.cluster',
  payload: z.object({ at: z.string() }),
  maxAttempts: 3,
  timeoutMs: 300_000,
  run: (ctx) => regroup(ctx),
});

/**
 * Registered from buildApp: recompute an incident's vectors when its text may have changed, and tell
 * the retrospective's depth suggestion when the incident joined a recurring group.
 */
export function registerLearningHooks(deps: Pick<Deps, 'db'>): void {
  registerDepthFact('learning', async (tx, user, incident) => ({ recurringGroup: await recurringWith(deps.db, tx, user, incident.id) }));
  onEntriesRecorded('learning', async (tx, who, incident, entries) => {
    if (entries.some((e) => TEXT_KINDS.has(e.kind))) await scheduleVectors(tx, who, incident.id);
  });
}
