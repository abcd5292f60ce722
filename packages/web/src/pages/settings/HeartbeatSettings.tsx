import {
  Alert,
  Button,
  Code,
  CopyButton,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import {
  type Icon,
  IconAlertTriangle,
  IconCheck,
  IconCircleCheck,
  IconCircleDashed,
  IconClock,
  IconCopy,
  IconHeartbeat,
  IconPlayerPause,
  IconPlayerPlay,
  IconRun,
  IconTrash,
} from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { alertSetupKeys, type HeartbeatView, type HeartbeatWithKey, useHeartbeats } from '../../api/alertSetup.ts';
import { useIntegrations } from '../../api/alerts.ts';
import { ApiError, send } from '../../api/client.ts';
import { useServices } from '../../api/queries.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorNote, InlineError } from '../../components/ErrorNote.tsx';
import { PageSkeleton } from '../../components/PageSkeleton.tsx';
import { StatePill } from '../../components/StatePill.tsx';
import { Time } from '../../components/Time.tsx';
import { formatDuration } from '../../lib/time.ts';

/** A crontab schedule that runs about every `minutes` (the job's own schedule is what matters). */
export function cronFor(minutes: number): string {
  if (minutes < 60 && 60 % minutes === 0) return `*/${minutes} * * * *`;
  if (minutes === 60) return '0 * * * *';
  if (minutes % 60 === 0 && minutes < 1440 && 24 % (minutes / 60) === 0) return `0 */${minutes / 60} * * *`;
  return '0 3 * * *';
}

export function snippets(url: string, periodMinutes: number) {
  const curl = `curl -fsS --retry 3 ${url}`;
  return {
    curl,
    // Says the job started (it must then end within grace), then sends its exit status: 0 checks in, anything else alerts at once.
    cron: `${cronFor(periodMinutes)} ${curl}/start > /dev/null; /usr/local/bin/your-job; ${curl}/$? > /dev/null`,
    // "-": a failed start signal must not stop the job itself.
    systemd: `# in your-job.service: say when the job starts; check in when it succeeds, report a failure when it does not\nExecStartPre=-/usr/bin/${curl}/start\nExecStopPost=/bin/sh -c 'if [ "$$SERVICE_RESULT" = success ]; then ${curl}; else ${curl}/fail; fi'`,
  };
}

function Snippet({ label, text }: { label: string; text: string }) {
  return (
    <Stack gap={4}>
      <Group justify="space-between">
        <Text size="sm" fw={600}>
          {label}
        </Text>
        <CopyButton value={text}>
          {({ copied, copy }) => (
            <Button
              size="compact-xs"
              variant="subtle"
              onClick={copy}
              leftSection={copied ? <IconCheck size={12} /> : <IconCopy size={12} />}
              aria-label={`Copy ${label.toLowerCase()}`}
            >
              {copied ? 'Copied' : 'Copy'}
            </Button>
          )}
        </CopyButton>
      </Group>
      <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
        {text}
      </Code>
    </Stack>
  );
}

/** The key, once: the check-in URL and ready-to-paste lines. */
function CreatedKey({ hb, onClose }: { hb: HeartbeatWithKey; onClose: () => void }) {
  const s = snippets(hb.pingUrl, Math.round(hb.periodSeconds / 60));
  return (
    <Alert color="green" variant="light" title={`Heartbeat "${hb.name}" created`} role="status">
      <Stack gap="sm">
        <Text size="sm">
          Copy the check-in URL now: it is shown only once (Firebreak keeps only its hash). Call it with GET, POST or HEAD each time the job
          finishes; add <Code>/fail</Code> or the job's exit status to the URL to report a failure at once, and call <Code>/start</Code>{' '}
          when it starts to be alerted if it hangs (it must then finish within the grace time).
        </Text>
        <Snippet label="Check-in URL" text={hb.pingUrl} />
        <Snippet label="Crontab line" text={s.cron} />
        <Snippet label="systemd service" text={s.systemd} />
        <Group>
          <Button size="xs" variant="default" onClick={onClose}>
            I have copied it
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

function AddHeartbeat({ onCreated }: { onCreated: (hb: HeartbeatWithKey) => void }) {
  const services = useServices();
  const qc = useQueryClient();
  const [name, setName] = useState('');
  const [period, setPeriod] = useState<number | string>(60);
  const [grace, setGrace] = useState<number | string>(10);
  const [service, setService] = useState<string | null>(null);
  const [severity, setSeverity] = useState<string | null>('error');
  const integrations = useIntegrations();
  const [integration, setIntegration] = useState<string | null>(null);
  const create = useMutation({
    mutationFn: () =>
      send<HeartbeatWithKey>('POST', '/heartbeats', {
        name,
        periodSeconds: Math.round(Number(period) * 60),
        graceSeconds: Math.round(Number(grace) * 60),
        severity,
        ...(service ? { service } : {}),
        ...(integration ? { integration } : {}),
      }),
    onSuccess: (hb) => {
      setName('');
      onCreated(hb);
      void qc.invalidateQueries({ queryKey: alertSetupKeys.heartbeats });
    },
  });
  const field = create.error instanceof ApiError ? create.error.field : undefined;
  const err = (f: string) => (field === f && create.error instanceof Error ? create.error.message : undefined);
  return (
    <Paper
      withBorder
      p="md"
      component="form"
      aria-label="Add a heartbeat"
      onSubmit={(e) => {
        e.preventDefault();
        create.mutate();
      }}
    >
      <Stack gap="sm">
        <Title order={3} size="h5">
          Add a heartbeat
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label="Name"
            description="Shown in the alert's title"
            placeholder="nightly-backup"
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            required
            error={err('name')}
          />
          <Select
            label="Service"
            description="The alert routes like any alert of this service"
            placeholder="None"
            data={(services.data ?? []).map((s) => s.name)}
            value={service}
            onChange={setService}
            searchable
            clearable
            error={err('service')}
          />
          <NumberInput
            label="Expected every (minutes)"
            description="How often the job runs"
            min={1}
            max={31 * 24 * 60}
            value={period}
            onChange={setPeriod}
            error={err('periodSeconds')}
          />
          <NumberInput
            label="Grace (minutes)"
            description="How late a check-in may be before the alert"
            min={0}
            max={7 * 24 * 60}
            value={grace}
            onChange={setGrace}
            error={err('graceSeconds')}
          />
          <Select
            label="Alert severity"
            data={['critical', 'error', 'warning', 'info']}
            value={severity}
            onChange={setSeverity}
            allowDeselect={false}
          />
          <Select
            label="Integration"
            description="Its alerts are filed under it; an Opsgenie integration's key can also ping it by name"
            placeholder="Built-in heartbeats"
            data={(integrations.data ?? []).map((i) => ({ value: i.id, label: `${i.name} (${i.format})` }))}
            value={integration}
            onChange={setIntegration}
            searchable
            clearable
            error={err('integration')}
          />
        </SimpleGrid>
        {!field && <InlineError error={create.error} />}
        <Group>
          <Button type="submit" loading={create.isPending}>
            Add heartbeat
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** A job's run time: seconds matter for short jobs. */
const runTime = (seconds: number) => (seconds < 60 ? `${seconds} s` : formatDuration(seconds * 1000));

const STATUS: Record<HeartbeatView['status'], { color: string; text: string; icon: Icon }> = {
  up: { color: 'green', text: 'Up', icon: IconCircleCheck },
  late: { color: 'yellow', text: 'Late', icon: IconClock },
  down: { color: 'red', text: 'Down', icon: IconAlertTriangle },
  running: { color: 'blue', text: 'Running', icon: IconRun },
  waiting: { color: 'gray', text: 'Waiting for first check-in', icon: IconCircleDashed },
  paused: { color: 'gray', text: 'Paused', icon: IconPlayerPause },
};

function HeartbeatRow({ hb }: { hb: HeartbeatView }) {
  const qc = useQueryClient();
  const refresh = () => qc.invalidateQueries({ queryKey: alertSetupKeys.heartbeats });
  const pause = useMutation({ mutationFn: (paused: boolean) => send('PATCH', `/heartbeats/${hb.id}`, { paused }), onSuccess: refresh });
  const remove = useMutation({ mutationFn: () => send('DELETE', `/heartbeats/${hb.id}`), onSuccess: refresh });
  const s = STATUS[hb.status];
  return (
    <Paper withBorder p="sm" component="li" aria-label={`Heartbeat ${hb.name}`} style={{ listStyle: 'none' }}>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
        <Stack gap={2} style={{ flex: 1, minWidth: 220 }}>
          <Group gap="xs">
            <StatePill icon={s.icon} color={s.color}>
              {s.text}
            </StatePill>
            <Text fw={600} size="sm">
              {hb.name}
            </Text>
          </Group>
          <Text size="xs" c="dimmed">
            Every {formatDuration(hb.periodSeconds * 1000)},{' '}
            {hb.graceSeconds ? `grace ${formatDuration(hb.graceSeconds * 1000)}` : 'no grace'}
            {hb.service ? ` · ${hb.service.name}` : ''} · {hb.severity}
            {hb.integration ? ` · filed under ${hb.integration.name}` : ''}
          </Text>
          <Text size="xs">
            {hb.lastPingAt ? (
              <>
                Last check-in <Time iso={hb.lastPingAt} />
              </>
            ) : (
              'No check-in yet (it will not alert until the first one)'
            )}
            {hb.startedAt && (
              <>
                {' '}
                · started <Time iso={hb.startedAt} />
              </>
            )}
            {hb.lastRunSeconds !== null && <> · last run took {runTime(hb.lastRunSeconds)}</>}
            {hb.downSince && (
              <>
                {' '}
                · down since <Time iso={hb.downSince} />
              </>
            )}
          </Text>
        </Stack>
        <Group gap="xs">
          <Button
            size="xs"
            variant="default"
            leftSection={hb.pausedAt ? <IconPlayerPlay size={14} /> : <IconPlayerPause size={14} />}
            loading={pause.isPending}
            onClick={() => pause.mutate(!hb.pausedAt)}
            aria-label={`${hb.pausedAt ? 'Resume' : 'Pause'} ${hb.name}`}
          >
            {hb.pausedAt ? 'Resume' : 'Pause'}
          </Button>
          <Button
            size="xs"
            variant="subtle"
            color="red"
            leftSection={<IconTrash size={14} />}
            loading={remove.isPending}
            onClick={() => {
              if (window.confirm(`Delete heartbeat ${hb.name}? Its check-in URL stops working.`)) remove.mutate();
            }}
            aria-label={`Delete ${hb.name}`}
          >
            Delete
          </Button>
        </Group>
      </Group>
      <InlineError error={pause.error ?? remove.error} />
    </Paper>
  );
}

/** Heartbeats: jobs that check in; a missing check-in raises an alert. */
export function HeartbeatSettings() {
  const heartbeats = useHeartbeats();
  const [created, setCreated] = useState<HeartbeatWithKey | null>(null);
  if (heartbeats.isPending) return <PageSkeleton rows={3} />;
  if (heartbeats.error) return <ErrorNote error={heartbeats.error} onRetry={() => heartbeats.refetch()} />;
  return (
    <Stack gap="lg">
      <Text size="sm" c="dimmed">
        A heartbeat expects a check-in from a job (a backup, a cron task) at least every period. When one is later than period plus grace,
        Firebreak raises an alert that routes like any other; the next check-in resolves it.
      </Text>
      {created ? <CreatedKey hb={created} onClose={() => setCreated(null)} /> : <AddHeartbeat onCreated={setCreated} />}
      <Stack gap="xs" component="section" aria-label="Heartbeats">
        <Title order={3} size="h5">
          Heartbeats ({heartbeats.data.length})
        </Title>
        {heartbeats.data.length ? (
          <Stack gap="xs" component="ul" p={0} m={0}>
            {heartbeats.data.map((hb) => (
              <HeartbeatRow key={hb.id} hb={hb} />
            ))}
          </Stack>
        ) : (
          <EmptyState icon={<IconHeartbeat size={28} />} title="No heartbeats yet">
            Add one above, then call its URL at the end of your job.
          </EmptyState>
        )}
      </Stack>
    </Stack>
  );
}
