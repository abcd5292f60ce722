import type { RecurringGroup, SimilarDraftInput, SimilarIncident, SimilarIncidentsView, Unsolved } from '@firebreak/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { getData, qs, request } from './client.ts';

export type { RecurringGroup, SimilarIncident, Unsolved };
export type SimilarIncidents = z.infer<typeof SimilarIncidentsView>;

export const learningKeys = {
  similar: (ref: string) => ['similar-incidents', ref.toUpperCase()] as const,
  draft: (d: SimilarDraftInput) => ['similar-draft', d] as const,
  recurring: ['learning-recurring'] as const,
  unsolved: ['learning-unsolved'] as const,
};

const enc = encodeURIComponent;

/** Past incidents like this one, why they match, what was done about them, and its recurring group. */
export const useSimilarIncidents = (ref: string, limit = 5) =>
  useQuery({
    queryKey: learningKeys.similar(ref),
    queryFn: ({ signal }) => request<SimilarIncidents>('GET', `/incidents/${enc(ref)}/similar${qs({ limit })}`, undefined, signal),
    staleTime: 60_000,
  });

/** Past incidents like a draft on the declare form; off until there is something to compare. */
export const useSimilarDraft = (draft: SimilarDraftInput, enabled: boolean) =>
  useQuery({
    queryKey: learningKeys.draft(draft),
    queryFn: async ({ signal }) => (await request<{ data: SimilarIncident[] }>('POST', '/incidents/similar', draft, signal)).data,
    enabled,
    staleTime: 30_000,
    placeholderData: keepPreviousData,
  });

export const useRecurring = () =>
  useQuery({ queryKey: learningKeys.recurring, queryFn: ({ signal }) => getData<RecurringGroup[]>('/learning/recurring', signal) });

export const useUnsolved = () =>
  useQuery({ queryKey: learningKeys.unsolved, queryFn: ({ signal }) => getData<Unsolved>('/learning/unsolved', signal) });

/** Where a recurring group is shown (its card on the Recurring page). */
export const groupPath = (id: string) => `/learning/recurring#group-${enc(id)}`;
