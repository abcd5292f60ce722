import type { JobStateView, JobSummaryView, JobView, RetryJobBody, TestJobBody } from '@firebreak/shared';
import { type QueryClient, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { getData, qs, request, send } from './client.ts';
import type { Page } from './types.ts';

// Background jobs (admin only). Shapes come from the shared zod schemas the server validates with.
export type { JobStateView, JobSummaryView, JobView };
export type JobState = JobStateView;

export const jobKeys = {
  all: ['jobs'] as const,
  list: (state: JobState | 'all') => ['jobs', 'list', state] as const,
  summary: ['jobs', 'summary'] as const,
  one: (id: string) => ['jobs', 'one', id] as const,
};

export const JOB_PAGE_SIZE = 50;
/** How often the screen looks again while jobs are waiting or running (no live stream for jobs). */
export const JOB_POLL_MS = 2000;
/** And when nothing moves: slowly, so a job that dies meanwhile still shows up. */
export const JOB_IDLE_POLL_MS = 15_000;

/** Jobs that are still going to change on their own. */
export const isActive = (state: JobState) => state === 'queued' || state === 'running' || state === 'retrying';
/** Jobs that are about to change (a retrying job may wait minutes for its next attempt). */
export const isMoving = (state: JobState) => state === 'queued' || state === 'running';

export const useJobSummary = () =>
  useQuery({
    queryKey: jobKeys.summary,
    queryFn: ({ signal }) => getData<JobSummaryView>('/jobs/summary', signal),
    refetchInterval: (q) => {
      const c = q.state.data?.counts;
      return c && (c.queued ?? 0) + (c.running ?? 0) > 0 ? JOB_POLL_MS : JOB_IDLE_POLL_MS;
    },
  });

/** One state's jobs, newest first; polled while `poll` (the counts say jobs are moving) or a listed job is. */
export function useJobs(state: JobState | 'all', poll: boolean) {
  return useInfiniteQuery({
    queryKey: jobKeys.list(state),
    queryFn: ({ pageParam, signal }) =>
      request<Page<JobView>>(
        'GET',
        `/jobs${qs({ state: state === 'all' ? undefined : state, limit: JOB_PAGE_SIZE, cursor: pageParam })}`,
        undefined,
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    refetchInterval: (q) => (poll || q.state.data?.pages.some((p) => p.data.some((j) => isMoving(j.state))) ? JOB_POLL_MS : false),
  });
}

/** One job, looked at again every couple of seconds until it has finished. */
export const useJob = (id: string, initial?: JobView) =>
  useQuery({
    queryKey: jobKeys.one(id),
    queryFn: ({ signal }) => getData<JobView>(`/jobs/${encodeURIComponent(id)}`, signal),
    initialData: initial,
    refetchInterval: (q) => (q.state.data && !isActive(q.state.data.state) ? false : JOB_POLL_MS),
  });

export const retryJob = (id: string, body: z.input<typeof RetryJobBody> = { resetAttempts: true }) =>
  send<JobView>('POST', `/jobs/${encodeURIComponent(id)}/retry`, body);

export const discardJob = (id: string) => send<JobView>('DELETE', `/jobs/${encodeURIComponent(id)}`);

export const runTestJob = (body: z.input<typeof TestJobBody> = { delayMs: 0 }) => send<JobView>('POST', '/jobs/test', body);

/** After a retry or discard: the counts and every list may show the job differently. */
export function invalidateJobs(qc: QueryClient, job?: JobView) {
  if (job) qc.setQueryData(jobKeys.one(job.id), job);
  void qc.invalidateQueries({ queryKey: jobKeys.summary });
  void qc.invalidateQueries({ queryKey: ['jobs', 'list'] });
}
