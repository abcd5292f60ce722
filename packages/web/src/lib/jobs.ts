import type { JobStateView, JobView } from '@firebreak/shared';

/** Words for job states; the list and the counts say the same thing. */
export const JOB_STATE_LABEL: Record<JobStateView, string> = {
  dead: 'Dead',
  retrying: 'Retrying',
  queued: 'Queued',
  running: 'Running',
  done: 'Done',
  discarded: 'Discarded',
};

/** Red means act now (dead), orange means it may need you soon (retrying); the rest is calm. */
export const JOB_STATE_COLOR: Record<JobStateView, string> = {
  dead: 'red',
  retrying: 'orange',
  queued: 'gray',
  running: 'blue',
  done: 'green',
  discarded: 'gray',
};

/** The order on screen: problems first. */
export const JOB_STATE_ORDER: JobStateView[] = ['dead', 'retrying', 'queued', 'running', 'done', 'discarded'];

/** What each state means, in one line above its list. */
export const JOB_STATE_HELP: Record<JobStateView | 'all', string> = {
  dead: 'Failed every attempt (or could never run). They stay dead until you retry them once the cause is fixed; kept 30 days.',
  retrying: 'Failed at least once and wait for their next attempt, a little longer each time.',
  queued: 'Waiting for a worker. Workers pick up a due job within about a second.',
  running: 'A worker is running them now.',
  done: 'Finished. Kept for 7 days.',
  discarded: 'An admin gave up on them; they will not run unless retried. Kept for 7 days.',
  all: 'Every job in every state, newest first.',
};

/** Empty lists say what that means. */
export const JOB_EMPTY: Record<JobStateView | 'all', { title: string; body: string }> = {
  dead: {
    title: 'No dead jobs: every delivery went through',
    body: 'A job that fails all its attempts shows up here with its last error, so you can fix the cause and retry it.',
  },
  retrying: { title: 'Nothing is retrying', body: 'No job has failed and is waiting for another attempt.' },
  queued: { title: 'Nothing is waiting', body: 'Every job that was due has been picked up by a worker.' },
  running: { title: 'No job is running right now', body: 'Jobs run for a moment when they are due; run a test job to watch one.' },
  done: { title: 'No finished jobs in the last 7 days', body: 'Run a test job to check that the workers are alive.' },
  discarded: { title: 'No discarded jobs', body: 'Jobs you discard stay here for 7 days; you can still retry them until then.' },
  all: { title: 'No background jobs yet', body: 'Run a test job to check that the workers are alive.' },
};

/** "2 of 8 attempts". */
export const attemptsText = (job: Pick<JobView, 'attempts' | 'maxAttempts'>) =>
  `${job.attempts} of ${job.maxAttempts} attempt${job.maxAttempts === 1 ? '' : 's'}`;

/** The time that matters for a job in its state, with the word that goes before it. */
export function jobWhen(job: JobView, now: number): { label: string; iso: string } {
  switch (job.state) {
    case 'queued':
      return { label: Date.parse(job.runAt) > now ? 'Runs' : 'Due', iso: job.runAt };
    case 'retrying':
      return { label: Date.parse(job.runAt) > now ? 'Next attempt' : 'Next attempt was due', iso: job.runAt };
    case 'running':
      return { label: 'Started', iso: job.updatedAt };
    case 'done':
      return { label: 'Finished', iso: job.finishedAt ?? job.updatedAt };
    case 'dead':
      return { label: 'Gave up', iso: job.finishedAt ?? job.updatedAt };
    case 'discarded':
      return { label: 'Discarded', iso: job.finishedAt ?? job.updatedAt };
  }
}

/** "40 ms", "1.3 s", "12 s", "2 min 5 s". */
export function shortDuration(ms: number): string {
  const a = Math.max(0, ms);
  if (a < 1000) return `${Math.round(a)} ms`;
  if (a < 10_000) return `${(a / 1000).toFixed(1)} s`;
  if (a < 60_000) return `${Math.round(a / 1000)} s`;
  const m = Math.floor(a / 60_000);
  const s = Math.round((a % 60_000) / 1000);
  return s ? `${m} min ${s} s` : `${m} min`;
}

const CLOCK_SLACK_MS = 15_000;

/** A job that has waited this long past its due time means the workers are stopped or swamped. */
export const STUCK_AFTER_MS = 30_000;

/**
 * One sentence on how a job you started (a test job, a retry) is doing, and whether that is a
 * problem: `tone` is `bad` when it died, `warn` when nobody picked it up for a while.
 */
export function followUp(job: JobView, now: number): { text: string; tone: 'ok' | 'bad' | 'warn' | 'wait' } {
  const since = (iso: string) => shortDuration(now - Date.parse(iso));
  switch (job.state) {
    case 'done': {
      // From when it was due (a retry makes it due at once) to when a worker finished it.
      const took = shortDuration(Date.parse(job.finishedAt ?? job.updatedAt) - Date.parse(job.runAt));
      return { text: `Done ${took} after it was queued: the workers are running.`, tone: 'ok' };
    }
    case 'dead':
      return { text: 'It failed again and is dead; see the error below.', tone: 'bad' };
    case 'discarded':
      return { text: 'Discarded: it will not run.', tone: 'wait' };
    case 'running':
      return { text: `A worker is running it (for ${since(job.updatedAt)}).`, tone: 'wait' };
    case 'retrying':
    case 'queued': {
      const waited = now - Date.parse(job.runAt);
      if (waited > STUCK_AFTER_MS)
        return {
          text: `No worker has picked it up for ${since(job.runAt)}. Is a worker running? A server started with --role web runs none.`,
          tone: 'warn',
        };
      // `now` ticks every 15 s, so a job due this moment can look a few seconds early.
      if (waited < -CLOCK_SLACK_MS) return { text: `Waiting for its next attempt (in ${shortDuration(-waited)}).`, tone: 'wait' };
      return { text: 'Waiting for a worker…', tone: 'wait' };
    }
  }
}
