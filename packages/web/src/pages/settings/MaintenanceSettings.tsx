import { Button, Group, Paper, Select, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { IconCalendar, IconCalendarOff, IconHistory, IconPlayerStop, IconTool, IconTrash } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { alertSetupKeys, type MaintenanceWindowView, useMaintenanceWindows } from '../../api/alertSetup.ts';
import { ApiError, send } from '../../api/client.ts';
import { useServices } from '../../api/queries.ts';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorNote, InlineError } from '../../components/ErrorNote.tsx';
import { PageSkeleton } from '../../components/PageSkeleton.tsx';
import { StatePill } from '../../components/StatePill.tsx';
import { formatAbsolute, timeZonePref } from '../../lib/time.ts';

/** "cluster=eu-1, team=storage" → {cluster: "eu-1", team: "storage"}; null when a part has no "=". */
export function parseMatch(text: string): Record<string, string> | null {
  const out: Record<string, string> = {};
  for (const part of text.split(/[,\n]/)) {
    if (!part.trim()) continue;
    const i = part.indexOf('=');
    if (i <= 0) return null;
    out[part.slice(0, i).trim()] = part.slice(i + 1).trim();
  }
  return out;
}

const inHours = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();

function PlanWindow() {
  const services = useServices();
  const qc = useQueryClient();
  const [service, setService] = useState<string | null>(null);
  const [match, setMatch] = useState('');
  const [startsAt, setStartsAt] = useState<string | null>(() => new Date().toISOString());
  const [endsAt, setEndsAt] = useState<string | null>(() => inHours(2));
  const [reason, setReason] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const parsed = parseMatch(match);
  const create = useMutation({
    mutationFn: () =>
      send<MaintenanceWindowView>('POST', '/maintenance-windows', {
        ...(service ? { service } : {}),
        ...(parsed && Object.keys(parsed).length ? { match: parsed } : {}),
        startsAt,
        endsAt,
        reason,
      }),
    onSuccess: (w) => {
      setDone(`Window planned: ${w.reason}`);
      setReason('');
      setMatch('');
      void qc.invalidateQueries({ queryKey: alertSetupKeys.windows });
    },
  });
  const field = create.error instanceof ApiError ? create.error.field : undefined;
  const err = (f: string) => (field === f && create.error instanceof Error ? create.error.message : undefined);
  return (
    <Paper
      withBorder
      p="md"
      component="form"
      aria-label="Plan a maintenance window"
      onSubmit={(e) => {
        e.preventDefault();
        setDone(null);
        create.mutate();
      }}
    >
      <Stack gap="sm">
        <Title order={3} size="h5">
          Plan a window
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label="Service"
            description="Its alerts are suppressed"
            placeholder="Any service"
            data={(services.data ?? []).map((s) => s.name)}
            value={service}
            onChange={setService}
            searchable
            clearable
            error={err('service')}
          />
          <TextInput
            label="Labels to match"
            description="All must be equal, e.g. cluster=eu-1, team=storage"
            placeholder="key=value, key=value"
            value={match}
            onChange={(e) => setMatch(e.currentTarget.value)}
            error={parsed === null ? 'Write each label as key=value, separated by commas' : err('match')}
          />
          <DateTimeField
            label="Starts"
            value={startsAt}
            onChange={setStartsAt}
            error={err('startsAt')}
            description="Now, or when the work begins"
          />
          <DateTimeField
            label="Ends"
            value={endsAt}
            onChange={setEndsAt}
            error={err('endsAt')}
            description="At most 14 days after the start"
          />
        </SimpleGrid>
        <Textarea
          label="Reason"
          description="Shown beside every alert the window suppresses"
          placeholder="PostgreSQL 17 upgrade, change CHG-1042"
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          autosize
          minRows={2}
          required
          error={err('reason')}
        />
        {!field && <InlineError error={create.error} />}
        {done && !create.error && (
          <Text size="sm" role="status">
            {done}.
          </Text>
        )}
        <Group>
          <Button type="submit" loading={create.isPending} disabled={parsed === null}>
            Plan window
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

const STATE = {
  active: { color: 'orange', icon: IconTool, text: 'Active' },
  upcoming: { color: 'blue', icon: IconCalendar, text: 'Upcoming' },
  past: { color: 'gray', icon: IconHistory, text: 'Past' },
} as const;

function WindowRow({ w }: { w: MaintenanceWindowView }) {
  const qc = useQueryClient();
  const tz = timeZonePref.use();
  const refresh = () => qc.invalidateQueries({ queryKey: alertSetupKeys.windows });
  const end = useMutation({ mutationFn: () => send('POST', `/maintenance-windows/${w.id}/end`, {}), onSuccess: refresh });
  const remove = useMutation({ mutationFn: () => send('DELETE', `/maintenance-windows/${w.id}`), onSuccess: refresh });
  const target = [w.service ? `Service ${w.service.name}` : null, ...Object.entries(w.match).map(([k, v]) => `${k}=${v}`)].filter(Boolean);
  return (
    <Paper withBorder p="sm" component="li" aria-label={`Window: ${w.reason}`} style={{ listStyle: 'none' }}>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
        <Stack gap={2} style={{ flex: 1, minWidth: 220 }}>
          <Group gap="xs">
            <StatePill icon={STATE[w.state].icon} color={STATE[w.state].color}>
              {STATE[w.state].text}
            </StatePill>
            <Text fw={600} size="sm">
              {w.reason}
            </Text>
          </Group>
          <Text size="sm">{target.join(' · ')}</Text>
          <Text size="xs" c="dimmed">
            {formatAbsolute(w.startsAt, tz)} → {formatAbsolute(w.endsAt, tz)}
            {w.endedEarlyAt ? ' (ended early)' : ''}
            {w.createdBy ? ` · by ${w.createdBy.name}` : ''} · {w.suppressedAlerts} alert{w.suppressedAlerts === 1 ? '' : 's'} suppressed
          </Text>
        </Stack>
        {w.state === 'active' && (
          <Button
            size="xs"
            variant="default"
            leftSection={<IconPlayerStop size={14} />}
            loading={end.isPending}
            onClick={() => end.mutate()}
          >
            End now
          </Button>
        )}
        {w.state === 'upcoming' && (
          <Button
            size="xs"
            variant="subtle"
            color="red"
            leftSection={<IconTrash size={14} />}
            loading={remove.isPending}
            onClick={() => remove.mutate()}
            aria-label={`Delete window: ${w.reason}`}
          >
            Delete
          </Button>
        )}
      </Group>
      <InlineError error={end.error ?? remove.error} />
    </Paper>
  );
}

function Section({ title, windows, empty }: { title: string; windows: MaintenanceWindowView[]; empty: string }) {
  return (
    <Stack gap="xs" component="section" aria-label={title}>
      <Title order={3} size="h5">
        {title} ({windows.length})
      </Title>
      {windows.length ? (
        <Stack gap="xs" component="ul" p={0} m={0}>
          {windows.map((w) => (
            <WindowRow key={w.id} w={w} />
          ))}
        </Stack>
      ) : (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      )}
    </Stack>
  );
}

/** Maintenance windows: alerts that arrive inside one are recorded as suppressed and page no one. */
export function MaintenanceSettings() {
  const windows = useMaintenanceWindows();
  if (windows.isPending) return <PageSkeleton rows={3} />;
  if (windows.error) return <ErrorNote error={windows.error} onRetry={() => windows.refetch()} />;
  const of = (s: MaintenanceWindowView['state']) => windows.data.filter((w) => w.state === s);
  return (
    <Stack gap="lg">
      <Text size="sm" c="dimmed">
        During planned work, alerts of a service (or with matching labels) are kept in the alert list as suppressed: they page no one and
        open no incident. When the window ends, alerts route as usual again.
      </Text>
      <PlanWindow />
      {windows.data.length === 0 ? (
        <EmptyState icon={<IconCalendarOff size={28} />} title="No maintenance windows yet">
          Plan one above before your next upgrade or failover test.
        </EmptyState>
      ) : (
        <>
          <Section title="Active" windows={of('active')} empty="Nothing is suppressed right now." />
          <Section title="Upcoming" windows={of('upcoming')} empty="No windows planned." />
          <Section title="Past" windows={of('past')} empty="No past windows." />
        </>
      )}
    </Stack>
  );
}
