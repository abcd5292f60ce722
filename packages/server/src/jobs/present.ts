import { JOB_STATES, type JobStateView, type JobSummaryView, type JobView } from '@firebreak/shared';
import type { JobRow } from '../platform/jobs/store.ts';

const stateOf = (row: JobRow): JobStateView => (row.state === 'queued' && row.last_error ? 'retrying' : (row.state as JobStateView));

const parse = (s: string): unknown => {
  try {
    return JSON.parse(s);
  } catch {
    return s; // a malformed payload is shown as stored; that is why the job is dead
  }
};

/** A job for admins; abilities say what the settings page may offer. */
export function presentJob(row: JobRow): JobView {
  const state = stateOf(row);
  return {
    id: row.id,
    kind: row.kind,
    state,
    attempts: row.attempts,
    maxAttempts: row.max_attempts,
    runAt: row.run_at,
    leaseUntil: row.lease_until,
    lastError: row.last_error,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    finishedAt: row.finished_at,
    payload: parse(row.payload),
    abilities: {
      retry: state === 'dead' || state === 'retrying' || state === 'discarded',
      discard: state !== 'running' && state !== 'done' && state !== 'discarded',
    },
  };
}

export function presentSummary(s: { counts: Record<string, number>; oldestDueAt: string | null }): JobSummaryView {
  const counts = Object.fromEntries(JOB_STATES.map((k) => [k, s.counts[k] ?? 0])) as JobSummaryView['counts'];
  return { counts, oldestDueAt: s.oldestDueAt };
}
