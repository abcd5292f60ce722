import type { IncidentStatus } from '@firebreak/shared';
import { Anchor, Container, Group, Paper, SegmentedControl, Skeleton, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { type RecurringGroup, type Unsolved, useRecurring, useUnsolved } from '../../api/learning.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorNote } from '../../components/ErrorNote.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { StatePill } from '../../components/StatePill.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { Time } from '../../components/Time.tsx';
import { ACTION_STATUS_LABEL } from '../../lib/labels.ts';
import { FixedBadge } from './bits.tsx';

function GroupCard({ group, highlighted }: { group: RecurringGroup; highlighted: boolean }) {
  const first = group.incidents[0];
  return (
    <Paper
      withBorder
      p="sm"
      id={`group-${group.id}`}
      component="section"
      aria-labelledby={`group-${group.id}-title`}
      style={highlighted ? { outline: '2px solid var(--mantine-primary-color-filled)' } : undefined}
      data-testid="recurring-group"
    >
      <Group justify="space-between" gap="xs" wrap="wrap" mb={4}>
        <Title order={2} size="h4" id={`group-${group.id}-title`} lineClamp={2} style={{ flex: '1 1 200px' }}>
          {first?.title ?? 'Recurring incident'}
        </Title>
        <FixedBadge fixed={group.rootCauseFixed} />
      </Group>
      <Text size="sm" c="dimmed" mb={6}>
        {group.count} incidents · first <Time iso={group.firstAt} /> · last <Time iso={group.lastAt} />
        {group.services.length > 0 && ` · ${group.services.join(', ')}`}
      </Text>
      <ul className="fb-plain-list">
        {group.incidents.map((i) => (
          <li key={i.ref}>
            <Group gap={6} wrap="nowrap">
              <Anchor component={Link} to={`/incidents/${i.ref}`} size="sm" className="fb-truncate">
                {i.ref} · {i.title}
              </Anchor>
              <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                <Time iso={i.declaredAt} />
                {i.rootCauseFixed && ' · fixed for real'}
              </Text>
            </Group>
          </li>
        ))}
      </ul>
    </Paper>
  );
}

function Recurring() {
  const q = useRecurring();
  const { hash } = useLocation();
  const target = decodeURIComponent(hash.replace(/^#/, ''));
  useEffect(() => {
    if (q.data && target) document.getElementById(target)?.scrollIntoView({ block: 'start' });
  }, [q.data, target]);
  if (q.error) return <ErrorNote error={q.error} onRetry={() => q.refetch()} />;
  if (!q.data) return <Skeleton height={160} />;
  if (!q.data.length)
    return (
      <EmptyState title="No recurring incidents">
        When two or more incidents look like the same underlying problem, they are grouped here with whether its root cause was ever fixed.
      </EmptyState>
    );
  const groups = [...q.data].sort((a, b) => Number(a.rootCauseFixed) - Number(b.rootCauseFixed) || b.lastAt.localeCompare(a.lastAt));
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        Incidents alike enough to be the same problem. Groups whose root cause was never fixed come first.
      </Text>
      {groups.map((g) => (
        <GroupCard key={g.id} group={g} highlighted={target === `group-${g.id}`} />
      ))}
    </Stack>
  );
}

const WHY_LABEL = { waived: 'Fix for real waived', overdue: 'Follow-up overdue', dropped: 'Follow-up dropped' } as const;

function UnsolvedList({ incidents }: { incidents: Unsolved['byService'][number]['incidents'] }) {
  return (
    <ul className="fb-plain-list">
      {incidents.map((i) => (
        <li key={i.ref} className="fb-similar-item">
          <Stack gap={2} py={4}>
            <Anchor component={Link} to={`/incidents/${i.ref}`} size="sm" fw={600} className="fb-truncate">
              {i.ref} · {i.title}
            </Anchor>
            <Group gap={6} wrap="wrap">
              <StatusBadge status={i.status as IncidentStatus} />
              {i.resolvedAt && (
                <Text size="xs" c="dimmed">
                  resolved <Time iso={i.resolvedAt} />
                </Text>
              )}
              {i.why.map((w) => (
                <StatePill key={w} icon={IconAlertTriangle} color="orange">
                  {WHY_LABEL[w]}
                </StatePill>
              ))}
            </Group>
            {i.waivedReason && <Text size="xs">Waived because: {i.waivedReason}</Text>}
            {i.followUps.map((f) => (
              <Text key={f.id} size="xs">
                Follow-up: {f.title} · {ACTION_STATUS_LABEL[f.status]}
                {f.owner ? ` · ${f.owner.name}` : ''}
                {f.overdue ? ' · overdue' : ''}
              </Text>
            ))}
          </Stack>
        </li>
      ))}
    </ul>
  );
}

function UnsolvedView() {
  const q = useUnsolved();
  const [by, setBy] = useState<'service' | 'owner'>('service');
  if (q.error) return <ErrorNote error={q.error} onRetry={() => q.refetch()} />;
  if (!q.data) return <Skeleton height={160} />;
  if (!q.data.total)
    return (
      <EmptyState title="Nothing resolved but not solved">
        Resolved incidents whose fix for real was waived, or whose root-cause follow-ups are overdue or dropped, show up here.
      </EmptyState>
    );
  const sections =
    by === 'service'
      ? q.data.byService.map((s) => ({ key: s.service ?? '', title: s.service ?? 'No service', incidents: s.incidents }))
      : q.data.byOwner.map((o) => ({ key: o.owner?.id ?? '', title: o.owner?.name ?? 'No owner', incidents: o.incidents }));
  return (
    <Stack gap="sm">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Text size="sm" c="dimmed">
          {q.data.total} resolved incident{q.data.total === 1 ? '' : 's'} whose root cause is still there.
        </Text>
        <SegmentedControl
          size="xs"
          aria-label="Group by"
          value={by}
          onChange={(v) => setBy(v as 'service' | 'owner')}
          data={[
            { value: 'service', label: 'By service' },
            { value: 'owner', label: 'By owner' },
          ]}
        />
      </Group>
      {sections.map((s) => (
        <Paper key={s.key || 'none'} withBorder p="sm" component="section" aria-label={s.title}>
          <Title order={2} size="h4" mb={4}>
            {s.title} ({s.incidents.length})
          </Title>
          <UnsolvedList incidents={s.incidents} />
        </Paper>
      ))}
    </Stack>
  );
}

/** Learning from incidents: recurring incidents ("famous bugs") and the resolved-but-not-solved list. */
export function LearningPage() {
  const { tab = 'recurring' } = useParams();
  const navigate = useNavigate();
  return (
    <>
      <PageHeader title="Learning" subtitle="What keeps coming back, and what was resolved without being solved." />
      <Container size={860} px="md" py="md">
        <Tabs value={tab} onChange={(v) => navigate(`/learning/${v}`, { replace: true })} keepMounted={false}>
          <Tabs.List mb="md">
            <Tabs.Tab value="recurring">Recurring incidents</Tabs.Tab>
            <Tabs.Tab value="unsolved">Resolved, not solved</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="recurring">
            <Recurring />
          </Tabs.Panel>
          <Tabs.Panel value="unsolved">
            <UnsolvedView />
          </Tabs.Panel>
        </Tabs>
      </Container>
    </>
  );
}
