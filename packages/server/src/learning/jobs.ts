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
import { clearPending, incidentServices, incidentText, markPending, pendingIds, saveGroups, saveVectors, vectorHash } from './store.ts';
import { computeMany, type LearningText, sourceHash, ticketText } from './vectors.ts';

/** Changes that can change an incident's text come together for this long before its vectors are recomputed. */
export const VECTORIZE_DEBOUNCE_MS = 5_000;
/** New vectors are regrouped at most once per this period. */
export const CLUSTER_DEBOUNCE_MS = 60_000;
/** Timeline entries after which an incident's text may have changed. */
const TEXT_KINDS = new Set(['declared', 'field_changed', 'retro_published', 'retro_amended', 'services_changed']);
/** Pending incidents one `/similar` request brings up to date before answering (the job takes the rest). */
const CATCH_UP_LIMIT = 200;

const bucketEnd = (clock: Clock, ms: number) => {
  const now = clock.now().getTime();
  return new Date(Math.floor(now / ms) * ms + ms);
};

/**
 * Whatever the incident's text is now, its vectors are out of date: marked pending in this transaction
 * (so `/similar` never answers from a stale entry) and recomputed by a job shortly (once per window).
 */
export async function scheduleVectors(tx: Tx, who: { clock: Clock }, incidentId: string): Promise<void> {
  await markPending(tx, incidentId, who.clock.now().toISOString());
  const runAt = bucketEnd(who.clock, VECTORIZE_DEBOUNCE_MS);
  await enqueue(tx, who, vectorizeJob, { incidentId }, { runAt, key: `learning.vectorize:${incidentId}:${runAt.toISOString()}` });
}

/**
 * Recomputes the vectors of these incidents where their text or services changed (the encoder reads
 * them in one batch, outside any transaction), stores them and clears their pending marks.
 */
export async function refreshVectors(deps: Parameters<typeof transaction>[0], ids: readonly string[]): Promise<void> {
  if (!ids.length) return;
  const read: Tx = { db: deps.db, dialect: deps.dialect, events: [] };
  const checkedAt = deps.clock.now().toISOString();
  const services = await incidentServices(read, ids);
  const todo: { id: string; text: LearningText; hash: string }[] = [];
  const unchanged: string[] = [];
  for (const id of ids) {
    const row = await incidentText(read, id);
    if (!row) continue;
    const text = ticketText(row);
    const hash = sourceHash(text, services.get(id) ?? [], deps.config.embeddings);
    if ((await vectorHash(read, id))?.source_hash === hash) unchanged.push(id);
    else todo.push({ id, text, hash });
  }
  const vectors = await computeMany(
    deps.config,
    todo.map((t) => t.text),
  );
  await transaction(deps, async (tx) => {
    for (const [i, t] of todo.entries()) {
      const v = vectors[i];
      await saveVectors(tx, {
        incident_id: t.id,
        terms: JSON.stringify(v.terms),
        embedding: v.embedding ? encodeVector(v.embedding) : null,
        source_hash: t.hash,
        computed_at: checkedAt,
      });
    }
    for (const id of ids) await clearPending(tx, id, checkedAt);
    if (todo.length) {
      const runAt = bucketEnd(deps.clock, CLUSTER_DEBOUNCE_MS);
      await enqueue(tx, deps, clusterJob, { at: runAt.toISOString() }, { runAt, key: `learning.cluster:${runAt.toISOString()}` });
    }
  });
}

/** Before `/similar` answers: incidents whose vectors are missing or stale are brought up to date. */
export async function catchUp(deps: Parameters<typeof transaction>[0]): Promise<void> {
  const ids = await pendingIds({ db: deps.db, dialect: deps.dialect, events: [] }, CATCH_UP_LIMIT);
  await refreshVectors(deps, ids);
}

export const vectorizeJob = defineJob({
  kind: 'learning.vectorize',
  payload: z.object({ incidentId: z.string() }),
  maxAttempts: 5,
  timeoutMs: 120_000,
  run: (ctx, { incidentId }) => refreshVectors(ctx, [incidentId]),
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
