import type { QueryClient } from '@tanstack/react-query';
import { getData } from '../api/client.ts';
import { fetchTimeline, keys } from '../api/queries.ts';
import type { Incident } from '../api/types.ts';

/**
 * Starts the data requests of the page at `pathname` right away, in parallel with loading its code
 * and checking the session, instead of one after the other. Failures are left for the page to show.
 */
export function prefetchPage(qc: QueryClient, pathname: string): void {
  const m = /^\/incidents\/([^/]+)(\/status-page)?\/?$/.exec(pathname);
  if (!m || m[1] === 'undefined') return;
  const ref = decodeURIComponent(m[1]);
  void qc.prefetchQuery({
    queryKey: keys.incident(ref),
    queryFn: ({ signal }) => getData<Incident>(`/incidents/${encodeURIComponent(ref)}`, signal),
  });
  if (!m[2])
    void qc.prefetchQuery({
      queryKey: keys.timeline(ref),
      queryFn: ({ signal }) => fetchTimeline(ref, signal),
      staleTime: Number.POSITIVE_INFINITY,
    });
}
