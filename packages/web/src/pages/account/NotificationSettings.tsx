import {
  EMAIL_ONLY_KINDS,
  NOTIFICATION_KIND_LABELS,
  NOTIFICATION_KINDS,
  type NotificationChannel,
  type NotificationKind,
  type NotificationSettingsView,
} from '@firebreak/shared';
import { Alert, Button, Checkbox, Group, Paper, Select, Stack, Switch, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useMemo, useState } from 'react';
import { send } from '../../api/client.ts';
import { notificationKeys, useNotificationSettings, useSubscriptions } from '../../api/notifications.ts';
import { ErrorNote, InlineError } from '../../components/ErrorNote.tsx';

const CHANNEL_LABEL: Record<NotificationChannel, string> = { in_app: 'In the app', email: 'E-mail' };

/** Channels per kind of event, quiet hours (e-mail waits; in-app does not), and what I watch. */
export function NotificationSettings() {
  const settings = useNotificationSettings();
  const subs = useSubscriptions();
  const qc = useQueryClient();
  const [channels, setChannels] = useState<NotificationSettingsView['channels'] | null>(null);
  const [quiet, setQuiet] = useState(false);
  const [start, setStart] = useState('22:00');
  const [end, setEnd] = useState('07:00');
  const [zone, setZone] = useState(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
  const zones = useMemo(() => (typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : ['UTC']), []);
  useEffect(() => {
    if (!settings.data) return;
    setChannels(settings.data.channels);
    setQuiet(!!settings.data.quietHours);
    if (settings.data.quietHours) {
      setStart(settings.data.quietHours.start);
      setEnd(settings.data.quietHours.end);
      setZone(settings.data.quietHours.timeZone);
    }
  }, [settings.data]);
  const save = useMutation({
    mutationFn: () =>
      send<NotificationSettingsView>('PUT', '/me/notification-settings', {
        channels: channels ?? undefined,
        quietHours: quiet ? { start, end, timeZone: zone } : null,
      }),
    onSuccess: (v) => qc.setQueryData(notificationKeys.settings, v),
  });
  const toggle = (kind: NotificationKind, ch: NotificationChannel, on: boolean) =>
    setChannels((c) => (c ? { ...c, [kind]: on ? [...new Set([...c[kind], ch])] : c[kind].filter((x) => x !== ch) } : c));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <Paper withBorder p="md" id="notifications" component="section" aria-labelledby="notifications-title">
      <form onSubmit={submit}>
        <Stack gap="sm">
          <Title order={2} id="notifications-title">
            Notifications
          </Title>
          <ErrorNote error={settings.error} />
          {settings.data && !settings.data.emailEnabled && (
            <Alert color="yellow" title="E-mail is off">
              Your address was unsubscribed from Firebreak e-mail. Saving these settings turns e-mail back on.
            </Alert>
          )}
          {channels && (
            <Table withTableBorder={false} verticalSpacing={4}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>When</Table.Th>
                  {(['in_app', 'email'] as const).map((ch) => (
                    <Table.Th key={ch} w={110}>
                      {CHANNEL_LABEL[ch]}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {NOTIFICATION_KINDS.map((k) => (
                  <Table.Tr key={k}>
                    <Table.Td>
                      <Text size="sm">{NOTIFICATION_KIND_LABELS[k]}</Text>
                    </Table.Td>
                    {(['in_app', 'email'] as const).map((ch) => (
                      <Table.Td key={ch}>
                        <Checkbox
                          aria-label={`${NOTIFICATION_KIND_LABELS[k]}: ${CHANNEL_LABEL[ch]}`}
                          // Alert notices are e-mail only: the in-app list holds incident notifications.
                          disabled={ch === 'in_app' && EMAIL_ONLY_KINDS.includes(k)}
                          checked={channels[k].includes(ch) && !(ch === 'in_app' && EMAIL_ONLY_KINDS.includes(k))}
                          onChange={(e) => toggle(k, ch, e.currentTarget.checked)}
                        />
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          <Switch
            label="Quiet hours: hold e-mail until they end (in-app notifications still arrive)"
            checked={quiet}
            onChange={(e) => setQuiet(e.currentTarget.checked)}
          />
          {quiet && (
            <Group gap="sm" align="flex-end" wrap="wrap">
              <TextInput type="time" label="From" value={start} onChange={(e) => setStart(e.currentTarget.value)} w={120} required />
              <TextInput type="time" label="Until" value={end} onChange={(e) => setEnd(e.currentTarget.value)} w={120} required />
              <Select
                label="Time zone"
                data={zones}
                value={zone}
                onChange={(v) => v && setZone(v)}
                searchable
                w={240}
                allowDeselect={false}
              />
            </Group>
          )}
          <Group>
            <Button type="submit" size="sm" loading={save.isPending} disabled={!channels}>
              Save notification settings
            </Button>
            {save.isSuccess && !save.isPending && (
              <Text size="sm" c="dimmed" role="status">
                Saved
              </Text>
            )}
          </Group>
          <InlineError error={save.error} />
          <Title order={3} size="h5" mt="xs">
            What I watch
          </Title>
          {subs.data && !subs.data.length && (
            <Text size="sm" c="dimmed">
              Nothing yet: use Watch on an incident or a service page.
            </Text>
          )}
          {subs.data?.map((s) => (
            <Text key={`${s.target}:${s.id}`} size="sm">
              {s.target === 'incident' ? 'Incident' : s.target === 'service' ? 'Service' : 'Severity'}: {s.label}
            </Text>
          ))}
        </Stack>
      </form>
    </Paper>
  );
}
