import {
  WEBHOOK_AUDIENCES,
  WEBHOOK_EVENTS,
  WEBHOOK_KIND_LABELS,
  WEBHOOK_KINDS,
  type WebhookAudience,
  type WebhookEvent,
  type WebhookKind,
} from '@firebreak/shared';
import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Code,
  CopyButton,
  Group,
  Modal,
  MultiSelect,
  Paper,
  Select,
  Skeleton,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconCheck, IconCopy, IconPlus } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { useServices, useSeverities } from '../../api/queries.ts';
import {
  createWebhook,
  deleteWebhook,
  rotateWebhookSecret,
  sendWebhookTest,
  updateWebhook,
  useDeliveries,
  useWebhooks,
  type WebhookView,
  type WebhookWithSecretView,
  webhookKeys,
} from '../../api/webhooks.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorNote, InlineError } from '../../components/ErrorNote.tsx';
import { Time } from '../../components/Time.tsx';

const EVENT_LABEL: Record<WebhookEvent, string> = {
  declared: 'Incident declared',
  status_changed: 'Status changed',
  severity_changed: 'Severity changed',
  field_changed: 'Ticket field changed',
  role_assigned: 'Role assigned',
  role_unassigned: 'Role unassigned',
  comment: 'War-room comment',
  note: 'Timeline note',
  stakeholder_update: 'Stakeholder update',
  update_edited: 'Stakeholder update corrected',
  update_retracted: 'Stakeholder update retracted',
  action_added: 'Action added',
  action_changed: 'Action changed',
  merged: 'Duplicate merged in',
  retro_published: 'Retrospective published',
};
const AUDIENCE_LABEL: Record<WebhookAudience, string> = {
  responders: 'Responders: the ticket and war-room events',
  stakeholders: 'Stakeholders: declarations, status and stakeholder updates only',
};
const DEFAULT_EVENTS: WebhookEvent[] = ['declared', 'status_changed', 'severity_changed', 'role_assigned', 'stakeholder_update'];

/** The secret of a new or rotated generic webhook, shown exactly once. */
function SecretOnce({ hook, onClose }: { hook: WebhookWithSecretView; onClose: () => void }) {
  return (
    <Modal opened onClose={onClose} title={`Signing secret of “${hook.name}”`}>
      <Stack gap="sm">
        <Alert color="yellow" variant="light">
          Copy it now into your receiver: Firebreak shows it only this once. Requests carry <Code>Firebreak-Signature</Code>, an HMAC-SHA256
          of the timestamp and the body with this secret.
        </Alert>
        <Group gap={6} wrap="nowrap">
          <Code block style={{ flex: 1, overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }} aria-label="Signing secret">
            {hook.signingSecret}
          </Code>
          <CopyButton value={hook.signingSecret ?? ''}>
            {({ copied, copy }) => (
              <Tooltip label={copied ? 'Copied' : 'Copy'}>
                <ActionIcon variant="default" size="lg" onClick={copy} aria-label={copied ? 'Copied' : 'Copy signing secret'}>
                  {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                </ActionIcon>
              </Tooltip>
            )}
          </CopyButton>
        </Group>
        <Group justify="flex-end">
          <Button size="sm" onClick={onClose} data-autofocus>
            Done
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** Create (no `hook`) or edit a destination: name, kind and URL, audience, events, services, minimum severity. */
function DestinationForm({
  hook,
  onClose,
  onCreated,
}: {
  hook?: WebhookView;
  onClose: () => void;
  onCreated: (h: WebhookWithSecretView) => void;
}) {
  const qc = useQueryClient();
  const services = useServices();
  const severities = useSeverities();
  const [name, setName] = useState(hook?.name ?? '');
  const [kind, setKind] = useState<WebhookKind>(hook?.kind ?? 'slack');
  const [url, setUrl] = useState('');
  const [audience, setAudience] = useState<WebhookAudience>(hook?.audience ?? 'responders');
  const [events, setEvents] = useState<string[]>(hook?.events ?? DEFAULT_EVENTS);
  const [svc, setSvc] = useState<string[]>(hook?.services.map((s) => s.id) ?? []);
  const [minSeverity, setMinSeverity] = useState<string | null>(hook?.minSeverity?.id || null);
  const save = useMutation({
    mutationFn: async () => {
      const filter = { name: name.trim(), audience, events: events as WebhookEvent[], services: svc, minSeverity };
      if (hook) return updateWebhook(hook.id, { ...filter, ...(url.trim() ? { url: url.trim() } : {}) });
      return createWebhook({ ...filter, kind, url: url.trim() });
    },
    onSuccess: (h) => {
      void qc.invalidateQueries({ queryKey: webhookKeys.all });
      if (!hook) onCreated(h as WebhookWithSecretView);
      onClose();
    },
  });
  const field = save.error instanceof ApiError ? save.error.field : undefined;
  const err = (f: string) => (field === f ? (save.error as Error).message : undefined);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <Modal opened onClose={onClose} title={hook ? `Edit “${hook.name}”` : 'Add a destination'} size="lg">
      <form onSubmit={submit}>
        <Stack gap="sm">
          <TextInput
            label="Name"
            required
            data-autofocus
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={err('name')}
          />
          {!hook && (
            <Select
              label="Kind"
              data={WEBHOOK_KINDS.map((k) => ({ value: k, label: WEBHOOK_KIND_LABELS[k] }))}
              value={kind}
              onChange={(v) => v && setKind(v as WebhookKind)}
              allowDeselect={false}
            />
          )}
          <TextInput
            label={hook ? 'New URL (leave empty to keep it)' : 'Incoming webhook URL'}
            description={
              kind === 'webhook'
                ? 'Your endpoint; it receives signed JSON.'
                : 'Treated as a secret: shown masked once saved. See docs/integrations.md for where to get it.'
            }
            required={!hook}
            type="url"
            value={url}
            onChange={(e) => setUrl(e.currentTarget.value)}
            error={err('url')}
          />
          <Select
            label="Audience"
            description="Private incidents are never sent, whatever the audience."
            data={WEBHOOK_AUDIENCES.map((a) => ({ value: a, label: AUDIENCE_LABEL[a] }))}
            value={audience}
            onChange={(v) => v && setAudience(v as WebhookAudience)}
            allowDeselect={false}
          />
          <MultiSelect
            label="Events"
            data={WEBHOOK_EVENTS.map((e) => ({ value: e, label: EVENT_LABEL[e] }))}
            value={events}
            onChange={setEvents}
            error={err('events')}
          />
          <MultiSelect
            label="Only these services"
            placeholder={svc.length ? undefined : 'All services'}
            data={(services.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
            value={svc}
            onChange={setSvc}
            searchable
            error={err('services')}
          />
          <Select
            label="Minimum severity"
            placeholder="All severities"
            data={(severities.data ?? []).map((s) => ({ value: s.id, label: `${s.name} or more severe` }))}
            value={minSeverity}
            onChange={setMinSeverity}
            clearable
            error={err('minSeverity')}
          />
          {save.error && !field && <InlineError error={save.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending}>
              {hook ? 'Save' : 'Add destination'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

const STATE_COLOR = { pending: 'blue', delivered: 'green', dead: 'red', skipped: 'gray' } as const;

/** The delivery log of one destination: newest first, each with its request body and attempts. */
function DeliveryLog({ hook, onClose }: { hook: WebhookView; onClose: () => void }) {
  const log = useDeliveries(hook.id);
  return (
    <Modal opened onClose={onClose} title={`Delivery log of “${hook.name}”`} size="xl">
      {log.error ? (
        <ErrorNote error={log.error} onRetry={() => void log.refetch()} />
      ) : !log.data ? (
        <Skeleton height={120} />
      ) : !log.data.length ? (
        <Text size="sm">Nothing sent yet. Use “Send test” to check the destination.</Text>
      ) : (
        <Stack gap="xs">
          {log.data.map((d) => (
            <details key={d.id} className="fb-job">
              <summary>
                <Group component="span" gap={8} wrap="wrap" style={{ display: 'inline-flex' }}>
                  <Badge color={STATE_COLOR[d.state]} variant="dot">
                    {d.state}
                  </Badge>
                  <span className="fb-mono">{d.event}</span>
                  {d.incident && <span className="fb-ref">{d.incident.ref}</span>}
                  <span>{d.lastStatus === null ? 'no answer' : `HTTP ${d.lastStatus}`}</span>
                  {d.lastDurationMs !== null && <span>{d.lastDurationMs} ms</span>}
                  <span>
                    {d.attempts} attempt{d.attempts === 1 ? '' : 's'}
                  </span>
                  <Time iso={d.createdAt} />
                </Group>
              </summary>
              <Stack gap={4} mt={6}>
                <Text size="xs" style={{ overflowWrap: 'anywhere' }}>
                  Delivery id <span className="fb-mono">{d.id}</span> · sequence {d.sequence}
                  {d.nextAttemptAt && d.attempts > 0 && (
                    <>
                      {' '}
                      · next attempt <Time iso={d.nextAttemptAt} />
                    </>
                  )}
                </Text>
                {d.lastError && <Text size="xs">Last error: {d.lastError}</Text>}
                {d.log.map((a) => (
                  <Text key={a.attempt} size="xs">
                    Attempt {a.attempt}: <Time iso={a.at} mode="clock" /> · {a.status === null ? 'no answer' : `HTTP ${a.status}`} ·{' '}
                    {a.durationMs} ms{a.error ? ` · ${a.error}` : ''}
                  </Text>
                ))}
                <Text size="xs" fw={600}>
                  Request body
                </Text>
                <section aria-label={`Request body of delivery ${d.id}`}>
                  {/* Focusable: long bodies scroll sideways, and keyboard users must reach that too. */}
                  {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region needs keyboard access */}
                  <pre className="fb-verbatim" tabIndex={0}>
                    {JSON.stringify(JSON.parse(d.requestBody), null, 2)}
                  </pre>
                </section>
              </Stack>
            </details>
          ))}
        </Stack>
      )}
    </Modal>
  );
}

function Destination({
  hook,
  onEdit,
  onLog,
  onSecret,
}: {
  hook: WebhookView;
  onEdit: () => void;
  onLog: () => void;
  onSecret: (h: WebhookWithSecretView) => void;
}) {
  const qc = useQueryClient();
  const refresh = () => qc.invalidateQueries({ queryKey: webhookKeys.all });
  const toggle = useMutation({ mutationFn: (enabled: boolean) => updateWebhook(hook.id, { enabled }), onSuccess: refresh });
  const test = useMutation({
    mutationFn: () => sendWebhookTest(hook.id),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: webhookKeys.deliveries(hook.id) });
      onLog();
    },
  });
  const rotate = useMutation({ mutationFn: () => rotateWebhookSecret(hook.id), onSuccess: onSecret });
  const remove = useMutation({ mutationFn: () => deleteWebhook(hook.id), onSuccess: refresh });
  const error = toggle.error ?? test.error ?? rotate.error ?? remove.error;
  return (
    <Paper withBorder p="sm" component="li" style={{ listStyle: 'none' }} aria-label={hook.name}>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
        <Stack gap={2} style={{ minWidth: 0, flex: '1 1 260px' }}>
          <Group gap={8} wrap="wrap">
            <Title order={3} size="h5">
              {hook.name}
            </Title>
            <Badge variant="outline" color="gray">
              {WEBHOOK_KIND_LABELS[hook.kind]}
            </Badge>
            <Badge variant="dot" color={hook.audience === 'stakeholders' ? 'violet' : 'blue'}>
              {hook.audience}
            </Badge>
          </Group>
          <Text size="xs" className="fb-mono" style={{ overflowWrap: 'anywhere' }}>
            {hook.url}
          </Text>
          <Text size="xs" c="dimmed">
            {hook.events.map((e) => EVENT_LABEL[e]).join(', ')}
            {hook.services.length ? ` · services: ${hook.services.map((s) => s.name).join(', ')}` : ''}
            {hook.minSeverity ? ` · ${hook.minSeverity.name} or more severe` : ''}
          </Text>
          <Text size="xs">
            {hook.counts.delivered} delivered · {hook.counts.pending} waiting · {hook.counts.dead} failed
          </Text>
        </Stack>
        <Switch
          label={hook.enabled ? 'On' : 'Off'}
          checked={hook.enabled}
          onChange={(e) => toggle.mutate(e.currentTarget.checked)}
          aria-label={`Send to ${hook.name}`}
        />
      </Group>
      {hook.disabledReason && (
        <Alert color="red" variant="light" mt="xs" title="Turned off automatically">
          {hook.disabledReason}
          {hook.disabledAt && (
            <>
              {' '}
              (<Time iso={hook.disabledAt} />)
            </>
          )}
          . Turn it back on to send what waited.
        </Alert>
      )}
      <Group gap="xs" mt="xs" wrap="wrap">
        <Button size="xs" variant="default" onClick={() => test.mutate()} loading={test.isPending}>
          Send test
        </Button>
        <Button size="xs" variant="default" onClick={onLog}>
          Delivery log
        </Button>
        <Button size="xs" variant="default" onClick={onEdit}>
          Edit
        </Button>
        {hook.signed && (
          <Button size="xs" variant="default" onClick={() => rotate.mutate()} loading={rotate.isPending}>
            Rotate secret
          </Button>
        )}
        <Button
          size="xs"
          variant="subtle"
          color="red"
          onClick={() => window.confirm(`Delete “${hook.name}” and its delivery log?`) && remove.mutate()}
          loading={remove.isPending}
        >
          Delete
        </Button>
      </Group>
      {error && <InlineError error={error} />}
    </Paper>
  );
}

/** Settings → Webhooks & chat: where Firebreak sends incident events (admins). */
export function WebhookSettings() {
  const hooks = useWebhooks();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<WebhookView | null>(null);
  const [logOf, setLogOf] = useState<WebhookView | null>(null);
  const [secret, setSecret] = useState<WebhookWithSecretView | null>(null);
  return (
    <Stack gap="sm">
      <Group justify="space-between" wrap="wrap">
        <Text size="sm" style={{ flex: '1 1 320px' }}>
          Send incident events to Slack, Mattermost, Microsoft Teams, or your own endpoint as signed JSON. Private incidents are never sent.
        </Text>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setAdding(true)}>
          Add destination
        </Button>
      </Group>
      {hooks.error ? (
        <ErrorNote error={hooks.error} onRetry={() => void hooks.refetch()} />
      ) : !hooks.data ? (
        <Skeleton height={120} />
      ) : !hooks.data.length ? (
        <EmptyState title="No destinations yet">Add a chat channel or a webhook to tell other tools about incidents.</EmptyState>
      ) : (
        <Stack component="ul" gap="sm" p={0} m={0} aria-label="Destinations">
          {hooks.data.map((h) => (
            <Destination key={h.id} hook={h} onEdit={() => setEditing(h)} onLog={() => setLogOf(h)} onSecret={setSecret} />
          ))}
        </Stack>
      )}
      {adding && <DestinationForm onClose={() => setAdding(false)} onCreated={(h) => h.signingSecret && setSecret(h)} />}
      {editing && <DestinationForm hook={editing} onClose={() => setEditing(null)} onCreated={() => {}} />}
      {logOf && <DeliveryLog hook={logOf} onClose={() => setLogOf(null)} />}
      {secret && <SecretOnce hook={secret} onClose={() => setSecret(null)} />}
    </Stack>
  );
}
