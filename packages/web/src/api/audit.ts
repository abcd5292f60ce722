import type { AuditEntryView } from '@firebreak/shared';
import { useInfiniteQuery } from '@tanstack/react-query';
import { qs, request } from './client.ts';
import type { Page } from './types.ts';

// The audit log (admin only). Shapes come from the shared zod schemas the server validates with.
export type { AuditEntryView };

/** What the audit screen filters by; empty strings mean "any". `since`/`until` are dates (YYYY-MM-DD, UTC days). */
export type AuditFilter = { actor: string; action: string; targetType: string; targetId: string; since: string; until: string };
export const EMPTY_AUDIT_FILTER: AuditFilter = { actor: '', action: '', targetType: '', targetId: '', since: '', until: '' };

export const AUDIT_PAGE_SIZE = 50;

/** The query the API takes for a filter: dates become the start of that UTC day (`until` includes its day). */
export function auditQuery(f: AuditFilter): Record<string, string | undefined> {
  const day = (d: string, plus = 0) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(d)) return undefined;
    const t = Date.parse(`${d}T00:00:00Z`);
    return Number.isNaN(t) ? undefined : new Date(t + plus * 86_400_000).toISOString();
  };
  return {
    actor: f.actor.trim() || undefined,
    action: f.action.trim() || undefined,
    targetType: f.targetType.trim() || undefined,
    targetId: f.targetId.trim() || undefined,
    since: day(f.since),
    until: day(f.until, 1),
  };
}

/** Where the CSV of the same filter downloads from (the session cookie signs the request in). */
export const auditCsvUrl = (f: AuditFilter) => `/api/v1/audit.csv${qs(auditQuery(f))}`;

export function useAudit(f: AuditFilter) {
  const query = auditQuery(f);
  return useInfiniteQuery({
    queryKey: ['audit', query],
    queryFn: ({ pageParam, signal }) =>
      request<Page<AuditEntryView>>('GET', `/audit${qs({ ...query, limit: AUDIT_PAGE_SIZE, cursor: pageParam })}`, undefined, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    // A log is read to see what just happened: going back to an earlier filter refetches instead of
    // showing that filter's list from a few seconds ago (the app's default keeps lists for 10 s).
    staleTime: 0,
  });
}
