import { Anchor, Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconSpeakerphone } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError, request } from '../../api/client.ts';
import { openStream } from '../../api/live.ts';
import { keys, useIncident } from '../../api/queries.ts';
import type { Page, TimelineEntry } from '../../api/types.ts';
import { useUser } from '../../app/session.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorNote } from '../../components/ErrorNote.tsx';
import { Markdown } from '../../components/Markdown.tsx';
import { PageSkeleton } from '../../components/PageSkeleton.tsx';
import { SeverityFlag } from '../../components/SeverityFlag.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { Time } from '../../components/Time.tsx';
import { STATUS_FOR_STAKEHOLDERS, STATUS_LABEL } from '../../lib/labels.ts';
import { formatClock, formatDuration, timeZonePref } from '../../lib/time.ts';
import { mergeEntries } from './page/mutations.ts';
import { UpdateDue } from './page/UpdateDue.tsx';
import { correctedAt, forStakeholders, isCorrection, retraction, STATUS_PAGE_KINDS, stakeholderLine } from './stakeholderEntries.ts';

/** The stakeholder view: status, impact and updates in plain language, read-only, live. */
export function StatusPage() {
  const { ref = '' } = useParams();
  const user = useUser();
  const tz = timeZonePref.use();
  const qc = useQueryClient();
  const incident = useIncident(ref);
  const key = ['status-page', ref.toUpperCase()];
  const updates = useQuery({
    queryKey: key,
    queryFn: ({ signal }) =>
      request<Page<TimelineEntry>>(
        'GET',
        `/incidents/${encodeURIComponent(ref)}/timeline?limit=5000&kind=${STATUS_PAGE_KINDS.join(',')}`,
        undefined,
        signal,
      ).then((p) => p.data),
  });
  const lastId = updates.data?.reduce((m, e) => Math.max(m, e.id), 0);
  const loaded = !!updates.data;
  // biome-ignore lint/correctness/useExhaustiveDependencies: opens once per incident; the stream resumes by itself
  useEffect(() => {
    if (!loaded) return;
    return openStream<TimelineEntry>({
      url: `/api/v1/incidents/${encodeURIComponent(ref)}/events`,
      event: 'timeline',
      lastEventId: lastId ?? 0,
      onMessage: (e) => {
        if (!forStakeholders(e)) return;
        qc.setQueryData<TimelineEntry[]>(key, (cur) => mergeEntries(cur, [e]));
        void qc.invalidateQueries({ queryKey: keys.incident(ref) });
      },
    });
  }, [ref, loaded]);

  // Corrections are applied to the update they correct (mergeEntries), not listed on their own.
  const list = useMemo(() => [...(updates.data ?? [])].filter((e) => !isCorrection(e)).sort((a, b) => b.id - a.id), [updates.data]);
  if (incident.isPending) return <PageSkeleton rows={4} />;
  if (incident.error) {
    const notFound = incident.error instanceof ApiError && incident.error.status === 404;
    return (
      <Container size="sm" py="xl">
        <h1 className="fb-sr-only">Incident not available</h1>
        {notFound ? (
          <EmptyState title={incident.error.message}>It may be private, or the link may be mistyped.</EmptyState>
        ) : (
          <ErrorNote error={incident.error} onRetry={() => incident.refetch()} />
        )}
      </Container>
    );
  }
  const i = incident.data;
  const impact = i.ticket.customerImpact;
  return (
    <Container size={720} py="lg" px="md">
      <Stack gap="lg">
        {user.role !== 'viewer' && (
          <Anchor component={Link} to={`/incidents/${i.ref}`} size="sm">
            <IconArrowLeft size={14} style={{ verticalAlign: -2 }} /> Back to the war room · this page shows what stakeholders see
          </Anchor>
        )}
        <Stack gap={6}>
          <Group gap={8}>
            <span className="fb-ref">{i.ref}</span>
            <SeverityFlag severity={i.severity} />
            <StatusBadge status={i.status} />
          </Group>
          <Title order={1}>{i.title}</Title>
          <Text size="lg">{STATUS_FOR_STAKEHOLDERS[i.status]}</Text>
          <Text size="sm" c="dimmed">
            Started <Time iso={i.milestones.impactStarted ?? i.milestones.declared ?? i.createdAt} />
            {i.services.length > 0 && ` · Affects ${i.services.map((s) => s.name).join(', ')}`}
            {i.milestones.resolved && (
              <>
                {' '}
                · Resolved <Time iso={i.milestones.resolved} /> · Lasted{' '}
                {formatDuration(
                  Date.parse(i.milestones.resolved) - Date.parse(i.milestones.impactStarted ?? i.milestones.declared ?? i.createdAt),
                )}
              </>
            )}
          </Text>
          {i.retrospective?.published && (
            <Text size="sm">
              <Anchor component={Link} to={`/retros/${i.ref}`} underline="always">
                Read the retrospective
              </Anchor>{' '}
              : what happened, why, and what we are changing.
            </Text>
          )}
          {i.stakeholderUpdates.nextDueAt && (
            <Text size="sm">
              Next update expected by {formatClock(i.stakeholderUpdates.nextDueAt, tz)} ({tz === 'utc' ? 'UTC' : 'your time'}).{' '}
              {user.role !== 'viewer' && <UpdateDue incident={i} short />}
            </Text>
          )}
        </Stack>
        <Paper p="md">
          <Title order={2} mb={6}>
            Impact
          </Title>
          {impact ? (
            <Markdown>{impact}</Markdown>
          ) : (
            <Text size="sm" c="dimmed">
              The impact is still being assessed.
            </Text>
          )}
        </Paper>
        <Stack gap="sm">
          <Title order={2}>Updates</Title>
          {updates.error && <ErrorNote error={updates.error} onRetry={() => updates.refetch()} />}
          {updates.isPending && (
            <Text size="sm" c="dimmed">
              Loading updates…
            </Text>
          )}
          {list.length === 0 && !updates.isPending && (
            <Text size="sm" c="dimmed">
              No updates yet. The first one will appear here.
            </Text>
          )}
          <Stack gap="sm" component="ol" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {list.map((e) => (
              <li key={e.id}>
                {e.kind === 'stakeholder_update' ? (
                  <div className="fb-stakeholder-card" style={{ padding: '10px 14px' }}>
                    <Group gap={6} mb={4}>
                      <IconSpeakerphone size={14} aria-hidden />
                      <Text size="xs" fw={600}>
                        {typeof e.data.status === 'string' ? STATUS_LABEL[e.data.status as keyof typeof STATUS_LABEL] : 'Update'}
                      </Text>
                      <Text size="xs" c="dimmed">
                        <Time iso={e.occurredAt} mode="clock" /> · <Time iso={e.occurredAt} />
                        {correctedAt(e) && !retraction(e) && (
                          <>
                            {' '}
                            · corrected <Time iso={correctedAt(e) as string} mode="clock" />
                          </>
                        )}
                      </Text>
                    </Group>
                    {retraction(e) ? (
                      <Text size="sm" fs="italic" c="dimmed">
                        Retracted <Time iso={retraction(e)?.at as string} mode="clock" />
                        {retraction(e)?.reason ? `: ${retraction(e)?.reason}` : '.'}
                      </Text>
                    ) : (
                      <div style={{ fontSize: 15 }}>
                        <Markdown>{e.body ?? ''}</Markdown>
                      </div>
                    )}
                  </div>
                ) : (
                  <Text size="sm" c="dimmed" px={4}>
                    <Time iso={e.occurredAt} mode="clock" /> · {stakeholderLine(e)}
                  </Text>
                )}
              </li>
            ))}
          </Stack>
        </Stack>
      </Stack>
    </Container>
  );
}
