import type { RecurringGroup, SimilarIncident, SimilarReason } from '@firebreak/shared';
import { formatRef } from '../incidents/index.ts';
import type { Tx } from '../platform/context.ts';
import type { Corpus, Doc, Match, Query } from './corpus.ts';
import { incidentDetails, rootCauseActions, serviceNames } from './store.ts';

type Details = Awaited<ReturnType<typeof incidentDetails>>[number];
type ActionRow = Awaited<ReturnType<typeof rootCauseActions>>[number];

export function followUpView(a: ActionRow, now: string) {
  return {
    id: a.id,
    title: a.title,
    status: a.status as 'open' | 'in_progress' | 'done' | 'wont_do',
    statusReason: a.status_reason,
    owner: a.owner_id ? { id: a.owner_id, name: a.owner_name ?? '' } : null,
    dueAt: a.due_at,
    overdue: (a.status === 'open' || a.status === 'in_progress') && !!a.due_at && a.due_at < now,
  };
}

const fixedForReal = (d: Details, actions: ActionRow[]) => d.root_cause_fix_state === 'done' || actions.some((a) => a.status === 'done');

/** Why a match matches, in words a person can check: shared services, shared words, a shared root cause. */
export function reasonsFor(q: Query, m: Match, names: Map<string, string>): SimilarReason[] {
  const reasons: SimilarReason[] = [];
  const shared = m.doc.services.filter((s) => q.services.includes(s));
  if (shared.length) reasons.push({ kind: 'service', services: shared.map((s) => names.get(s) ?? s) });
  const words = Object.keys(q.terms.t)
    .filter((t) => t in m.doc.terms.t)
    .map((t) => ({ t, w: (m.doc.vec.get(t) ?? 0) * Math.min(q.terms.t[t], 3) }))
    .sort((a, b) => b.w - a.w)
    .slice(0, 6)
    .map(({ t }) => m.doc.terms.w[t] ?? t);
  if (words.length) reasons.push({ kind: 'words', words });
  const cause = q.terms.r.filter((t) => m.doc.terms.r.includes(t));
  if (cause.length >= 2 || (cause.length && q.terms.r.length <= 3)) {
    reasons.push({ kind: 'root_cause', words: cause.slice(0, 6).map((t) => m.doc.terms.w[t] ?? t) });
  }
  if (m.parts.embedding !== null && m.parts.embedding >= 0.6) reasons.push({ kind: 'meaning' });
  return reasons;
}

/** The matches as the API shows them: each with its root cause and what was done about it. */
export async function presentMatches(tx: Tx, q: Query, matches: Match[], now: string): Promise<SimilarIncident[]> {
  const ids = matches.map((m) => m.doc.id);
  const [details, actions, names] = await Promise.all([
    incidentDetails(tx, ids),
    rootCauseActions(tx, ids),
    serviceNames(tx, [...new Set([...q.services, ...matches.flatMap((m) => m.doc.services)])]),
  ]);
  const byId = new Map(details.map((d) => [d.id, d]));
  const nameOf = new Map(names.map((s) => [s.id, s.name]));
  return matches.flatMap((m) => {
    const d = byId.get(m.doc.id);
    if (!d) return [];
    const mine = actions.filter((a) => a.incident_id === d.id);
    return [
      {
        ref: formatRef(Number(d.number)),
        title: d.title,
        status: d.status,
        severity: d.severity ?? null,
        declaredAt: d.declared_at,
        resolvedAt: d.resolved_at,
        services: m.doc.services.map((s) => nameOf.get(s) ?? s),
        score: Math.round(m.score * 1000) / 1000,
        reasons: reasonsFor(q, m, nameOf),
        rootCause: d.root_causes,
        fixesForSymptoms: d.fixes_for_symptoms,
        rootCauseFix: {
          state: d.root_cause_fix_state as SimilarIncident['rootCauseFix']['state'],
          description: d.root_cause_fix_description,
          reason: d.root_cause_fix_reason,
        },
        rootCauseFollowUps: mine.map((a) => followUpView(a, now)),
        rootCauseFixed: fixedForReal(d, mine),
      },
    ];
  });
}

/** Recurring groups as a reader sees them: only incidents they may see are listed or counted. */
export async function presentGroups(tx: Tx, corpus: Corpus, groupIds: string[], hidden: Set<string>): Promise<RecurringGroup[]> {
  const members = new Map<string, Doc[]>();
  const wanted = new Set(groupIds);
  for (const d of corpus.docs) {
    if (d.groupId && wanted.has(d.groupId) && !hidden.has(d.id)) members.set(d.groupId, [...(members.get(d.groupId) ?? []), d]);
  }
  const visible = [...members].filter(([, docs]) => docs.length >= 2);
  const ids = visible.flatMap(([, docs]) => docs.map((d) => d.id));
  const [details, actions, names] = await Promise.all([
    incidentDetails(tx, ids),
    rootCauseActions(tx, ids),
    serviceNames(tx, [...new Set(visible.flatMap(([, docs]) => docs.flatMap((d) => d.services)))]),
  ]);
  const byId = new Map(details.map((d) => [d.id, d]));
  const nameOf = new Map(names.map((s) => [s.id, s.name]));
  return visible.map(([id, docs]) => {
    const sorted = [...docs].sort((a, b) => a.declaredAt.localeCompare(b.declaredAt));
    const incidents = sorted.flatMap((doc) => {
      const d = byId.get(doc.id);
      if (!d) return [];
      const fixed = fixedForReal(
        d,
        actions.filter((a) => a.incident_id === d.id),
      );
      return [{ ref: formatRef(Number(d.number)), title: d.title, declaredAt: d.declared_at, rootCauseFixed: fixed }];
    });
    return {
      id,
      count: incidents.length,
      firstAt: sorted[0].declaredAt,
      lastAt: sorted[sorted.length - 1].declaredAt,
      services: [...new Set(docs.flatMap((d) => d.services))].map((s) => nameOf.get(s) ?? s).sort(),
      rootCauseFixed: incidents.some((i) => i.rootCauseFixed),
      incidents,
    };
  });
}
