import type { SearchPage } from '@firebreak/shared';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { qs, request } from './client.ts';

export type SearchParams = {
  q: string;
  kind?: string;
  service?: string;
  severity?: string;
  status?: string;
  from?: string;
  hasRetro?: string;
};

const clean = (p: SearchParams) => Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined && v !== ''));

/** The search results page: pages follow nextCursor; facets come with the first page. */
export function useSearch(params: SearchParams) {
  return useInfiniteQuery({
    queryKey: ['search', clean(params)],
    queryFn: ({ pageParam, signal }) =>
      request<SearchPage>('GET', `/search${qs({ ...clean(params), limit: 20, cursor: pageParam })}`, undefined, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled: params.q.trim().length > 0,
    retry: false,
  });
}

/** A few best matches for the command palette. */
export function useQuickSearch(q: string, enabled: boolean) {
  return useQuery({
    queryKey: ['search-quick', q],
    queryFn: ({ signal }) => request<SearchPage>('GET', `/search${qs({ q, limit: 6 })}`, undefined, signal),
    enabled: enabled && q.length > 1,
    staleTime: 5_000,
    retry: false,
  });
}
