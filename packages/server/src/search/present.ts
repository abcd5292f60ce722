import {
  type FacetCount,
  type IncidentStatus,
  SEARCH_FACET_LIMIT,
  type SearchFacets,
  type SearchKind,
  type SearchResult,
  type SnippetPart,
} from '@firebreak/shared';
import { formatRef } from '../incidents/index.ts';
import { type FacetRow, type HitRow, MARK_END, MARK_START } from './store.ts';

/**
 * Splits an engine's marked snippet into plain parts and matched words (no markup reaches a client).
 * Runs of white space (the gaps between a document's empty sections, line breaks) become one space,
 * and the snippet's ends are trimmed: a document whose words matched only in its title has no snippet.
 */
export function snippetParts(marked: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let match = false;
  for (const piece of marked.replace(/\s+/g, ' ').split(new RegExp(`([${MARK_START}${MARK_END}])`))) {
    if (piece === MARK_START) match = true;
    else if (piece === MARK_END) match = false;
    else if (piece) parts.push({ text: piece, match });
  }
  if (parts.length) parts[0].text = parts[0].text.trimStart();
  if (parts.length) parts[parts.length - 1].text = parts[parts.length - 1].text.trimEnd();
  return parts.filter((p) => p.text);
}

function urlOf(h: HitRow, ref: string | null): string {
  if (h.kind === 'alert' && !ref) return `/alerts/${h.source_id}`;
  if (!ref) return '/';
  if (h.kind === 'retro') return `/retros/${ref}`;
  if (h.kind === 'timeline') return `/incidents/${ref}#entry-${h.source_id}`;
  return `/incidents/${ref}`;
}

/** One result: what matched, where it lives, and never who wrote it (anonymous answers stay anonymous). */
export function presentHit(h: HitRow, score: number): SearchResult {
  const ref = h.number === null || h.number === undefined ? null : formatRef(Number(h.number));
  return {
    id: `${h.source}:${h.source_id}`,
    kind: h.kind as SearchKind,
    label: h.label,
    title: h.title || h.incident_title || '',
    snippet: snippetParts(h.snippet ?? ''),
    incident: ref ? { ref, title: h.incident_title ?? '', status: h.status as IncidentStatus, private: !!Number(h.private) } : null,
    alertId: h.kind === 'alert' ? h.source_id : null,
    url: urlOf(h, ref),
    at: h.at,
    // Both engines' scores are "lower is better"; clients read "higher is better".
    score: -score,
  };
}

const KIND_LABELS: Record<string, string> = {
  incident: 'Incidents',
  timeline: 'Timeline',
  retro: 'Retrospectives',
  followup: 'Follow-ups',
  alert: 'Alerts',
};
const DATE_LABELS: Record<string, string> = { day: 'Past day', week: 'Past week', month: 'Past 30 days', year: 'Past year' };
const RETRO_LABELS: Record<string, string> = { true: 'With retrospective', false: 'Without retrospective' };

/** Facet rows as counts per value, largest first (dates in bucket order). */
export function presentFacets(rows: FacetRow[]): SearchFacets {
  const of = (facet: string, label: (r: FacetRow) => string = (r) => r.label ?? r.value ?? ''): FacetCount[] =>
    rows
      .filter((r) => r.facet === facet && r.value !== null)
      .map((r) => ({ value: String(r.value), label: label(r), count: Number(r.n) }))
      .filter((c) => c.count > 0 || facet === 'date');
  const byCount = (list: FacetCount[]) => list.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  const counted = Number(rows.find((r) => r.facet === 'total')?.n ?? 0);
  return {
    total: Math.min(counted, SEARCH_FACET_LIMIT),
    capped: counted > SEARCH_FACET_LIMIT,
    kind: byCount(of('kind', (r) => KIND_LABELS[String(r.value)] ?? String(r.value))),
    service: byCount(of('service')),
    severity: byCount(of('severity')),
    status: byCount(of('status')),
    date: of('date', (r) => DATE_LABELS[String(r.value)] ?? String(r.value)).sort(
      (a, b) => Object.keys(DATE_LABELS).indexOf(a.value) - Object.keys(DATE_LABELS).indexOf(b.value),
    ),
    hasRetro: byCount(of('hasRetro', (r) => RETRO_LABELS[String(r.value)] ?? String(r.value))),
  };
}
