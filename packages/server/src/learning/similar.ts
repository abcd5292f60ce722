import type { RecurringGroup, SimilarDraftInput, SimilarIncident } from '@firebreak/shared';
import { formatRef, loadIncident } from '../incidents/index.ts';
import type { Actor, Ctx, Deps, Tx } from '../platform/context.ts';
import { reader } from '../platform/context.ts';
import { type Corpus, corpusFor, type Query } from './corpus.ts';
import { catchUp } from './jobs.ts';
import { presentGroups, presentMatches } from './present.ts';
import { hiddenIds, incidentDetails, incidentServices, incidentText, servicesByName } from './store.ts';
import { computeVectors, ticketText } from './vectors.ts';

/** Below this blend a past incident is not shown as similar (tuned on the development split). */
export const MIN_SCORE = 0.1;

async function search(tx: Tx, ctx: Ctx, corpus: Corpus, q: Query, skip: Set<string>, limit: number, vec?: Map<string, number>) {
  const matches = corpus.search(q, { limit, skip, vec }).filter((m) => m.score >= MIN_SCORE);
  return presentMatches(tx, q, matches, ctx.clock.now().toISOString());
}

/** The incidents most like this one that the reader may see, with its recurring group if it is in one. */
export async function similarTo(ctx: Ctx, ref: string, limit: number) {
  const tx = reader(ctx);
  const incident = await loadIncident(tx, ctx.user, ref);
  await catchUp(ctx);
  const [corpus, hidden] = await Promise.all([corpusFor(tx, ctx.db), hiddenIds(tx, ctx.user)]);
  const doc = corpus.byId.get(incident.id);
  let q: Query;
  if (doc) q = { terms: doc.terms, emb: doc.emb, services: doc.services };
  else {
    // Not indexed yet (its job runs shortly after each change): computed now from its current text.
    const row = await incidentText(tx, incident.id);
    const v = await computeVectors(ctx.config, ticketText(row as NonNullable<typeof row>));
    const services = (await incidentServices(tx, [incident.id])).get(incident.id) ?? [];
    q = { terms: v.terms, emb: v.embedding, services };
  }
  const skip = new Set([...hidden, incident.id]);
  const data = await search(tx, ctx, corpus, q, skip, limit, doc?.vec);
  const [group] = doc?.groupId ? await presentGroups(tx, corpus, [doc.groupId], hidden) : [];
  return { data, group: group ?? null, indexed: !!doc };
}

/** Similar past incidents for a draft on the declare form (nothing is stored). */
export async function similarToDraft(ctx: Ctx, input: SimilarDraftInput): Promise<SimilarIncident[]> {
  const tx = reader(ctx);
  const title = input.title ?? '';
  const description = [input.originalRequest, input.description, input.summary].filter(Boolean).join('\n\n');
  if (!`${title}${description}`.trim()) return [];
  await catchUp(ctx);
  const [corpus, hidden, services] = await Promise.all([
    corpusFor(tx, ctx.db),
    hiddenIds(tx, ctx.user),
    servicesByName(tx, input.services ?? []),
  ]);
  const v = await computeVectors(ctx.config, { title, report: description, sections: '', rootCause: '' });
  const q: Query = { terms: v.terms, emb: v.embedding, services: services.map((s) => s.id) };
  return search(tx, ctx, corpus, q, hidden, input.limit ?? 5);
}

/** Recurring groups the reader may see (at least two visible incidents), largest and most recent first. */
export async function recurringGroups(ctx: Ctx): Promise<RecurringGroup[]> {
  const tx = reader(ctx);
  const [corpus, hidden] = await Promise.all([corpusFor(tx, ctx.db), hiddenIds(tx, ctx.user)]);
  const ids = [...new Set(corpus.docs.flatMap((d) => (d.groupId ? [d.groupId] : [])))];
  const groups = await presentGroups(tx, corpus, ids, hidden);
  return groups.sort((a, b) => b.count - a.count || b.lastAt.localeCompare(a.lastAt));
}

/**
 * For the retrospective's depth suggestion: the other incidents of this incident's recurring group
 * that the user may see (empty when it is in none).
 */
export async function recurringWith(db: Deps['db'], tx: Tx, user: Actor, incidentId: string) {
  const corpus = await corpusFor(tx, db);
  const doc = corpus.byId.get(incidentId);
  if (!doc?.groupId) return [];
  const hidden = await hiddenIds(tx, user);
  const ids = corpus.docs.filter((d) => d.groupId === doc.groupId && d.id !== incidentId && !hidden.has(d.id)).map((d) => d.id);
  const rows = await incidentDetails(tx, ids);
  return rows.sort((a, b) => a.declared_at.localeCompare(b.declared_at)).map((r) => ({ ref: formatRef(Number(r.number)), title: r.title }));
}
