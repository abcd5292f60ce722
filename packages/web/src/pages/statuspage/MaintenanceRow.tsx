import { Button, Group, NativeSelect, Paper, Stack, Text, Textarea } from '@mantine/core';
import { IconCalendar, IconCircleCheck, IconMessagePlus, IconTool, IconZoomCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { type Maintenance, send, statusKeys, useStatusWrite } from '../../api/statusPage.ts';
import { InlineError } from '../../components/ErrorNote.tsx';
import { StatePill } from '../../components/StatePill.tsx';
import { Time } from '../../components/Time.tsx';
import { MAINTENANCE_STATUS } from '../../lib/statusLabels.ts';
import { formatAbsolute, timeZonePref } from '../../lib/time.ts';
import { PlainWarnings } from '../incidents/statuspage/PublicText.tsx';

const ICON = { scheduled: IconCalendar, in_progress: IconTool, verifying: IconZoomCheck, completed: IconCircleCheck } as const;

/** What to say by default when a step is taken without words of one's own. */
const DEFAULT_TEXT: Record<string, string> = {
  in_progress: 'The maintenance has started.',
  verifying: 'The work is done; we are checking that everything works.',
  completed: 'The maintenance is complete.',
};

function PostUpdate({ m, onDone }: { m: Maintenance; onDone: () => void }) {
  const [status, setStatus] = useState<string>(m.status);
  const [text, setText] = useState('');
  const post = useStatusWrite(
    () => send('POST', `/status-page/maintenances/${encodeURIComponent(m.id)}/updates`, { status, body: text.trim() }),
    statusKeys.maintenances,
    [statusKeys.components],
  );
  return (
    <form
      aria-label={`Post an update on ${m.title}`}
      onSubmit={(e) => {
        e.preventDefault();
        post.mutate(undefined, { onSuccess: onDone });
      }}
    >
      <Stack gap="xs" mt="xs">
        <NativeSelect
          label="Status"
          w={220}
          data={Object.entries(MAINTENANCE_STATUS).map(([value, s]) => ({ value, label: s.label }))}
          value={status}
          onChange={(e) => setStatus(e.currentTarget.value)}
        />
        <Textarea
          label="Update for customers"
          autosize
          minRows={2}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          required
        />
        <PlainWarnings text={text} testId="maintenance-plain-warnings" />
        <InlineError error={post.error} />
        <Group gap="xs">
          <Button type="submit" size="xs" loading={post.isPending} disabled={!text.trim()}>
            Post update
          </Button>
          <Button size="xs" variant="default" onClick={onDone}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** One maintenance: state, window, components, its updates, and the next step. */
export function MaintenanceRow({ m, canEdit }: { m: Maintenance; canEdit: boolean }) {
  const tz = timeZonePref.use();
  const [posting, setPosting] = useState(false);
  const step = useStatusWrite(
    (status: string) =>
      send('POST', `/status-page/maintenances/${encodeURIComponent(m.id)}/updates`, { status, body: DEFAULT_TEXT[status] ?? '' }),
    statusKeys.maintenances,
    [statusKeys.components],
  );
  const s = MAINTENANCE_STATUS[m.status] ?? MAINTENANCE_STATUS.scheduled;
  const names = m.components.map((c) => c.name);
  // The announcement itself is the first update; it is already shown as the description.
  const updates = [...m.updates]
    .filter((u) => !(u.status === 'scheduled' && u.body === m.body))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const next = m.status === 'scheduled' ? 'in_progress' : m.status === 'completed' ? null : 'completed';
  return (
    <Paper withBorder p="sm" component="li" aria-label={`Maintenance: ${m.title}`} style={{ listStyle: 'none' }}>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
        <Stack gap={2} style={{ flex: 1, minWidth: 220 }}>
          <Group gap="xs">
            <StatePill icon={ICON[m.status as keyof typeof ICON] ?? IconCalendar} color={s.color}>
              {s.label}
            </StatePill>
            <Text fw={600} size="sm">
              {m.title}
            </Text>
          </Group>
          <Text size="sm">
            {formatAbsolute(m.scheduledFor, tz)} → {formatAbsolute(m.scheduledUntil, tz)}
          </Text>
          <Text size="xs" c="dimmed">
            {names.length ? names.join(', ') : 'No components'}
            {' · '}
            {m.autoStart ? 'starts by itself' : 'started by hand'} · {m.autoComplete ? 'completes by itself' : 'completed by hand'}
          </Text>
        </Stack>
        {canEdit && !posting && (
          <Group gap="xs">
            {next && (
              <Button
                size="xs"
                variant={next === 'completed' ? 'filled' : 'default'}
                loading={step.isPending}
                onClick={() => step.mutate(next)}
                leftSection={next === 'completed' ? <IconCircleCheck size={14} /> : <IconTool size={14} />}
              >
                {next === 'completed' ? 'Complete' : 'Start now'}
              </Button>
            )}
            <Button size="xs" variant="default" leftSection={<IconMessagePlus size={14} />} onClick={() => setPosting(true)}>
              Post update
            </Button>
          </Group>
        )}
      </Group>
      {m.body && (
        <Text size="sm" mt={6} style={{ whiteSpace: 'pre-wrap' }}>
          {m.body}
        </Text>
      )}
      {updates.length > 0 && (
        <Stack gap={4} mt="xs" component="ol" p={0} m={0} style={{ listStyle: 'none' }} aria-label={`Updates on ${m.title}`}>
          {updates.map((u) => (
            <li key={u.id}>
              <Text size="xs">
                <b>{MAINTENANCE_STATUS[u.status]?.label ?? u.status}</b> · <Time iso={u.createdAt} /> — {u.body}
              </Text>
            </li>
          ))}
        </Stack>
      )}
      {posting && <PostUpdate m={m} onDone={() => setPosting(false)} />}
      <InlineError error={step.error} />
    </Paper>
  );
}
