import type { TrackerLinkView, TrackerView } from '@firebreak/shared';
import { useQuery } from '@tanstack/react-query';
import { getData } from './client.ts';

export type Tracker = TrackerView;
export type TrackerLink = TrackerLinkView;
export type TrackerCreated = TrackerView & { webhookSecret: string | null };
export type TrackerTest = { ok: boolean; status: number | null; message: string };

export const trackerKeys = {
  all: ['trackers'] as const,
  links: (ref: string) => ['tracker-links', ref.toUpperCase()] as const,
};

/** Every team's connected tracker (never a credential). */
export const useTrackers = () => useQuery({ queryKey: trackerKeys.all, queryFn: ({ signal }) => getData<Tracker[]>('/trackers', signal) });

/** Where an incident's follow-ups are in trackers; checked again every few seconds while one is being created. */
export const useTrackerLinks = (ref: string) =>
  useQuery({
    queryKey: trackerKeys.links(ref),
    queryFn: ({ signal }) => getData<TrackerLink[]>(`/incidents/${encodeURIComponent(ref)}/tracker-links`, signal),
    refetchInterval: (q) => (q.state.data?.some((l) => l.state === 'pending') ? 2000 : false),
  });
