import { JOB_STATES } from '@firebreak/shared';
import { Alert, Button, CloseButton, Group, Modal, Skeleton, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import {
  IconAlertOctagon,
  IconAlertTriangle,
  IconCircleCheck,
  IconCircleMinus,
  IconClock,
  IconFlask,
  IconLoader2,
  IconRefresh,
  IconStack2,
  IconTrash,
} from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type CSSProperties, type ReactNode, useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { ApiError } from '../../api/client.ts';
import {
  discardJob,
  invalidateJobs,
  isMoving,
  type JobState,
  type JobSummaryView,
  type JobView,
  retryJob,
  runTestJob,
  useJob,
  useJobSummary,
  useJobs,
} from '../../api/jobs.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorNote, InlineError } from '../../components/ErrorNote.tsx';
import { Time } from '../../components/Time.tsx';
import {
  attemptsText,
  followUp,
  JOB_EMPTY,
  JOB_STATE_COLOR,
  JOB_STATE_HELP,
  JOB_STATE_LABEL,
  JOB_STATE_ORDER,
  jobWhen,
  STUCK_AFTER_MS,
} from '../../lib/jobs.ts';
import { formatDuration, useNow } from '../../lib/time.ts';

type Filter = JobState | 'all';
const DEFAULT_FILTER: Filter = 'dead'; // problems first

const ICON = {
  dead: IconAlertOctagon,
  retrying: IconRefresh,
  queued: IconClock,
  running: IconLoader2,
  done: IconCircleCheck,
  discarded: IconCircleMinus,
} satisfies Record<JobState, unknown>;

/** The first 8 characters of a job id, enough to tell jobs apart on screen (like a short commit hash). */
const shortId = (id: string) => id.slice(0, 8);

/** A job state with its icon and word; the colour only repeats what the word says. */
function JobStateBadge({ state }: { state: JobState }) {
  const Icon = ICON[state];
  const c = JOB_STATE_COLOR[state];
  const strong = state === 'dead' || state === 'retrying';
  const style = {
    '--pill-color': `var(--mantine-color-${c}-filled)`,
    '--pill-bg': strong ? `var(--mantine-color-${c}-light)` : 'transparent',
  } as CSSProperties;
  return (
    <span className={`fb-pill ${strong ? 'fb-pill-strong' : 'fb-pill-outline'}`} style={style}>
      <Icon size={13} aria-hidden className="fb-pill-icon" stroke={2.2} />
      {JOB_STATE_LABEL[state]}
    </span>
  );
}

/** Counts per state; each one is also the button that shows that state's jobs. */
function JobCounts({ summary, filter, onPick }: { summary: JobSummaryView | undefined; filter: Filter; onPick: (f: Filter) => void }) {
  if (!summary) return <Skeleton height={52} />;
  const total = JOB_STATES.reduce((n, s) => n + (summary.counts[s] ?? 0), 0);
  const items: { value: Filter; label: string; n: number; tone?: 'bad' | 'warn' }[] = [
    ...JOB_STATE_ORDER.map((s) => {
      const n = summary.counts[s] ?? 0;
      const tone = n > 0 && s === 'dead' ? ('bad' as const) : n > 0 && s === 'retrying' ? ('warn' as const) : undefined;
      return { value: s, label: JOB_STATE_LABEL[s], n, tone };
    }),
    { value: 'all', label: 'All', n: total },
  ];
  return (
    <fieldset className="fb-job-counts">
      <legend className="fb-sr-only">Jobs by state: pick one to list them</legend>
      {items.map((it) => {
        const Icon = it.tone ? ICON[it.value as JobState] : null;
        return (
          <UnstyledButton
            key={it.value}
            className="fb-job-count"
            aria-pressed={filter === it.value}
            data-tone={it.tone}
            onClick={() => onPick(it.value)}
          >
            <span className="fb-job-count-label">
              {Icon && <Icon size={13} aria-hidden stroke={2.2} />}
              {it.label}
            </span>{' '}
            <span className="fb-job-count-n">{it.n}</span>
          </UnstyledButton>
        );
      })}
    </fieldset>
  );
}

/** How long the oldest job that is due has waited for a worker; a long wait is a problem. */
function QueueHealth({ summary }: { summary: JobSummaryView | undefined }) {
  const now = useNow();
  if (!summary) return <Skeleton height={18} width={260} />;
  if (!summary.oldestDueAt)
    return (
      <Text size="sm" c="dimmed">
        No job is overdue: the workers are keeping up.
      </Text>
    );
  const waited = now - Date.parse(summary.oldestDueAt);
  const stuck = waited > STUCK_AFTER_MS;
  return (
    <Text size="sm" className={stuck ? 'fb-danger' : undefined}>
      {stuck && <IconAlertTriangle size={14} aria-hidden style={{ verticalAlign: -2, marginRight: 4 }} />}
      The oldest due job has waited {formatDuration(waited)} (due <Time iso={summary.oldestDueAt} />)
      {stuck ? '. Are the workers running?' : '.'}
    </Text>
  );
}

/** Kind, state, attempts, the time that matters, the last error in full, and what may be done to it. */
function JobCard({ job, children }: { job: JobView; children?: ReactNode }) {
  const now = useNow();
  const when = jobWhen(job, now);
  return (
    <div className="fb-job" data-state={job.state}>
      <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
        <Group gap={8} wrap="wrap" style={{ minWidth: 0 }}>
          <JobStateBadge state={job.state} />
          <h3 style={{ margin: 0, fontSize: 13, fontWeight: 600, overflowWrap: 'anywhere' }} className="fb-mono">
            {job.kind}
          </h3>
          <Text span className="fb-ref" title={job.id}>
            {shortId(job.id)}
          </Text>
        </Group>
        {children}
      </Group>
      <Group gap={4} mt={4} className="fb-job-meta" wrap="wrap">
        <span>{attemptsText(job)}</span>
        <span>
          {when.label} <Time iso={when.iso} />
        </span>
        {job.state !== 'queued' && (
          <span>
            Created <Time iso={job.createdAt} />
          </span>
        )}
      </Group>
      {job.lastError && (
        <>
          <Text size="xs" fw={600} mt={6} component="div">
            {job.state === 'done' ? 'Error before it succeeded' : 'Last error'}
          </Text>
          <pre className="fb-verbatim fb-job-error">{job.lastError}</pre>
        </>
      )}
      <details style={{ marginTop: 6 }}>
        <summary>Details</summary>
        <Text size="xs" mt={4} style={{ overflowWrap: 'anywhere' }}>
          Id (also the delivery id receivers use to drop duplicates): <span className="fb-mono">{job.id}</span>
        </Text>
        <Text size="xs" mt={4}>
          Payload
        </Text>
        <pre className="fb-verbatim">{JSON.stringify(job.payload, null, 2)}</pre>
      </details>
    </div>
  );
}

/** One job in the list, with Retry and Discard when its abilities allow them. */
function JobItem({ job, onRetried, onDiscard }: { job: JobView; onRetried: (j: JobView) => void; onDiscard: (j: JobView) => void }) {
  const qc = useQueryClient();
  const retry = useMutation({
    mutationFn: () => retryJob(job.id),
    onSuccess: (j) => {
      invalidateJobs(qc, j);
      onRetried(j);
    },
    onError: (err) => {
      // The job changed meanwhile (a worker ran it, someone else retried it): show what it is now.
      if (err instanceof ApiError && err.code === 'job_state') invalidateJobs(qc);
    },
  });
  const name = `${job.kind} job ${shortId(job.id)}`;
  const actions = (job.abilities.retry || job.abilities.discard) && (
    <Group gap={6} wrap="nowrap">
      {job.abilities.retry && (
        <Button
          size="compact-sm"
          variant={job.state === 'dead' ? 'filled' : 'default'}
          leftSection={<IconRefresh size={14} aria-hidden />}
          loading={retry.isPending}
          onClick={() => retry.mutate()}
          aria-label={`Retry ${name}`}
        >
          Retry
        </Button>
      )}
      {job.abilities.discard && (
        <Button
          id={`job-discard-${job.id}`}
          size="compact-sm"
          variant="default"
          leftSection={<IconTrash size={14} aria-hidden />}
          onClick={() => onDiscard(job)}
          aria-label={`Discard ${name}`}
        >
          Discard
        </Button>
      )}
    </Group>
  );
  return (
    <li>
      <JobCard job={job}>{actions}</JobCard>
      <InlineError error={retry.error} />
    </li>
  );
}

/** A job started from this page (a test job or a retry), watched until it has finished. */
function FollowedJob({ start, test, focus }: { start: JobView; test: boolean; focus: boolean }) {
  const job = useJob(start.id, start);
  const now = useNow();
  const ref = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  const j = job.data ?? start;
  const { text, tone } = followUp(j, now);
  return (
    <li ref={ref} tabIndex={-1} aria-label={`${test ? 'Test job' : 'Retried job'} ${shortId(j.id)}`}>
      <Stack gap={4}>
        <Text size="sm" role="status" className={tone === 'bad' || tone === 'warn' ? 'fb-danger' : undefined}>
          <Text span fw={600}>
            {test ? 'Test job: ' : `Retry of ${j.kind}: `}
          </Text>
          {text}
        </Text>
        <JobCard job={j} />
        <InlineError error={job.error} />
      </Stack>
    </li>
  );
}

/** Admin screen for the job queue: what waits, what failed and why; retry, discard, or run a test job. */
export function JobSettings() {
  const [params, setParams] = useSearchParams();
  const asked = params.get('state');
  const filter: Filter = asked === 'all' || (JOB_STATES as readonly string[]).includes(asked ?? '') ? (asked as Filter) : DEFAULT_FILTER;
  const qc = useQueryClient();
  const summary = useJobSummary();
  const counts = summary.data?.counts;
  const busy = !!counts && (counts.queued ?? 0) + (counts.running ?? 0) > 0;
  const list = useJobs(filter, busy);
  const jobs = list.data?.pages.flatMap((p) => p.data) ?? [];
  const moving = jobs.some((j) => isMoving(j.state));

  // When the counts move, the list may have changed too (a job died, a retry went through).
  const countsKey = counts ? JSON.stringify(counts) : '';
  const lastCounts = useRef('');
  useEffect(() => {
    if (lastCounts.current && countsKey && countsKey !== lastCounts.current && !busy && !moving) {
      void qc.invalidateQueries({ queryKey: ['jobs', 'list'] });
    }
    if (countsKey) lastCounts.current = countsKey;
  }, [countsKey, busy, moving, qc]);

  // Jobs started here (test jobs, retries), newest first, watched until they finish.
  const [followed, setFollowed] = useState<{ job: JobView; test: boolean }[]>([]);
  const [focusId, setFocusId] = useState<string | null>(null);
  const follow = (job: JobView, test: boolean) => {
    setFollowed((f) => [{ job, test }, ...f.filter((x) => x.job.id !== job.id)].slice(0, 5));
    setFocusId(job.id);
  };

  const test = useMutation({
    mutationFn: () => runTestJob({ delayMs: 0 }),
    onSuccess: (j) => {
      invalidateJobs(qc, j);
      follow(j, true);
    },
  });

  const [confirm, setConfirm] = useState<JobView | null>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);
  const discard = useMutation({
    mutationFn: (j: JobView) => discardJob(j.id),
    onSuccess: (j) => {
      invalidateJobs(qc, j);
      setConfirm(null);
      requestAnimationFrame(() => listHeading.current?.focus());
    },
    onError: (err) => {
      if (err instanceof ApiError && err.code === 'job_state') invalidateJobs(qc);
    },
  });
  const closeConfirm = () => {
    const id = confirm?.id;
    setConfirm(null);
    discard.reset();
    requestAnimationFrame(() => (id ? document.getElementById(`job-discard-${id}`)?.focus() : undefined));
  };

  const pick = (f: Filter) => {
    const next = new URLSearchParams(params);
    if (f === DEFAULT_FILTER) next.delete('state');
    else next.set('state', f);
    setParams(next, { replace: true });
  };

  const title = filter === 'all' ? 'All jobs' : `${JOB_STATE_LABEL[filter]} jobs`;
  const n = filter === 'all' ? undefined : counts?.[filter];

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        Work Firebreak does after saving a change (deliveries, clean-up). A failed job is tried again after a growing wait; one that fails
        every attempt is dead until you retry it.
      </Text>
      {summary.error && <ErrorNote error={summary.error} title="Cannot read the job counts" onRetry={() => summary.refetch()} />}
      {counts && counts.dead > 0 && filter !== 'dead' && (
        <Alert color="red" variant="light" icon={<IconAlertOctagon size={16} />} py={8}>
          <Group gap="xs" justify="space-between" wrap="wrap">
            <Text size="sm">
              {counts.dead === 1 ? '1 job is dead: it will not run again' : `${counts.dead} jobs are dead: they will not run again`} unless
              retried.
            </Text>
            <Button size="compact-sm" variant="default" onClick={() => pick('dead')}>
              Show dead jobs
            </Button>
          </Group>
        </Alert>
      )}
      <JobCounts summary={summary.data} filter={filter} onPick={pick} />
      <Group justify="space-between" align="center" gap="sm" wrap="wrap">
        <QueueHealth summary={summary.data} />
        <Button
          variant="default"
          size="sm"
          leftSection={<IconFlask size={15} aria-hidden />}
          loading={test.isPending}
          onClick={() => test.mutate()}
        >
          Run a test job
        </Button>
      </Group>
      <InlineError error={test.error} />

      {followed.length > 0 && (
        <section aria-labelledby="jobs-followed-title">
          <Group justify="space-between" mb={6} wrap="nowrap">
            <Title order={2} id="jobs-followed-title">
              Started from this page
            </Title>
            <CloseButton
              size="sm"
              aria-label="Stop showing jobs started from this page"
              onClick={() => {
                setFollowed([]);
                setFocusId(null);
              }}
            />
          </Group>
          <Stack component="ul" gap={8} className="fb-plain-list">
            {followed.map((f) => (
              <FollowedJob key={f.job.id} start={f.job} test={f.test} focus={focusId === f.job.id} />
            ))}
          </Stack>
        </section>
      )}

      <section aria-labelledby="jobs-list-title">
        <Title order={2} id="jobs-list-title" ref={listHeading} tabIndex={-1}>
          {title}
          {n !== undefined && (
            <Text span c="dimmed" fw={400} ml={6}>
              ({n})
            </Text>
          )}
        </Title>
        <Text size="sm" c="dimmed" mb="xs">
          {JOB_STATE_HELP[filter]}
        </Text>
        {list.isPending ? (
          <Stack gap={6} aria-busy="true" aria-label="Loading jobs">
            <Skeleton height={64} />
            <Skeleton height={64} />
          </Stack>
        ) : list.error ? (
          <ErrorNote error={list.error} title="Cannot list the jobs" onRetry={() => list.refetch()} />
        ) : jobs.length === 0 ? (
          <EmptyState icon={<IconStack2 size={28} aria-hidden />} title={JOB_EMPTY[filter].title}>
            {JOB_EMPTY[filter].body}
          </EmptyState>
        ) : (
          <Stack gap={6}>
            <Stack component="ul" gap={6} className="fb-plain-list" aria-label={title}>
              {jobs.map((j) => (
                <JobItem key={j.id} job={j} onRetried={(r) => follow(r, false)} onDiscard={setConfirm} />
              ))}
            </Stack>
            {list.hasNextPage && (
              <Button
                variant="default"
                size="sm"
                style={{ alignSelf: 'center' }}
                loading={list.isFetchingNextPage}
                onClick={() => list.fetchNextPage()}
              >
                Load more
              </Button>
            )}
          </Stack>
        )}
      </section>

      {confirm && (
        <Modal opened onClose={closeConfirm} returnFocus={false} title={`Discard ${confirm.kind} job ${shortId(confirm.id)}?`}>
          <Stack gap="sm">
            <Text size="sm">
              It will not run{confirm.state === 'dead' ? ' again' : ''}. It stays listed as discarded for 7 days, and you can still retry it
              until then.
            </Text>
            <InlineError error={discard.error} />
            <Group justify="flex-end">
              <Button variant="default" size="sm" onClick={closeConfirm} data-autofocus>
                Keep it
              </Button>
              <Button color="red.9" size="sm" loading={discard.isPending} onClick={() => discard.mutate(confirm)}>
                Discard job
              </Button>
            </Group>
          </Stack>
        </Modal>
      )}
    </Stack>
  );
}
