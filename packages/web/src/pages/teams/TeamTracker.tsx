import { TRACKER_LABEL, type TrackerKind } from '@firebreak/shared';
import { Alert, Button, Code, CopyButton, Group, Modal, PasswordInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ApiError, send } from '../../api/client.ts';
import { type Tracker, type TrackerCreated, type TrackerTest, trackerKeys, useTrackers } from '../../api/trackers.ts';
import type { Team } from '../../api/types.ts';
import { canWork, useUser } from '../../app/session.ts';
import { InlineError } from '../../components/ErrorNote.tsx';

type FieldDef = { name: string; label: string; description?: string; placeholder?: string; secret?: boolean; required?: boolean };

/** What each tracker needs (the server checks the same in CreateTrackerBody). */
const FIELDS: Record<TrackerKind, FieldDef[]> = {
  github: [
    { name: 'owner', label: 'Owner', placeholder: 'acme', required: true },
    { name: 'repo', label: 'Repository', placeholder: 'api', required: true },
    { name: 'token', label: 'Token', description: 'Fine-grained token with Issues: read and write', secret: true, required: true },
    { name: 'apiUrl', label: 'API URL (GitHub Enterprise only)', placeholder: 'https://api.github.com' },
  ],
  gitlab: [
    { name: 'baseUrl', label: 'GitLab URL', placeholder: 'https://gitlab.com', required: true },
    { name: 'projectId', label: 'Project id', placeholder: '42', required: true },
    {
      name: 'token',
      label: 'Access token',
      description: 'Project or personal access token with the api scope',
      secret: true,
      required: true,
    },
  ],
  jira: [
    { name: 'siteUrl', label: 'Site URL', placeholder: 'https://acme.atlassian.net', required: true },
    { name: 'email', label: 'Account e-mail', required: true },
    { name: 'token', label: 'API token', secret: true, required: true },
    { name: 'projectKey', label: 'Project key', placeholder: 'OPS', required: true },
    { name: 'issueType', label: 'Issue type', placeholder: 'Task' },
  ],
  linear: [
    { name: 'teamId', label: 'Team id', description: 'The UUID of the Linear team', required: true },
    { name: 'token', label: 'API key', description: 'A personal API key', secret: true, required: true },
    {
      name: 'webhookSecret',
      label: 'Webhook signing secret',
      description: 'Shown by Linear when you create the webhook (optional: without it, status comes back by polling)',
      secret: true,
    },
    { name: 'apiUrl', label: 'API URL', placeholder: 'https://api.linear.app/graphql' },
  ],
};

function ConnectForm({ team, onClose }: { team: Team; onClose: () => void }) {
  const qc = useQueryClient();
  const [kind, setKind] = useState<TrackerKind>('github');
  const [values, setValues] = useState<Record<string, string>>({});
  const save = useMutation({
    mutationFn: () => {
      const body: Record<string, string> = { kind };
      for (const f of FIELDS[kind]) if (values[f.name]?.trim()) body[f.name] = values[f.name].trim();
      return send<TrackerCreated>('POST', `/teams/${encodeURIComponent(team.id)}/trackers`, body);
    },
    onSuccess: () => void qc.invalidateQueries({ queryKey: trackerKeys.all }),
  });
  const field = save.error instanceof ApiError ? save.error.field : undefined;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  if (save.data) return <Connected tracker={save.data} onClose={onClose} />;
  return (
    <Modal opened onClose={onClose} title={`Connect a tracker to ${team.name}`}>
      <form onSubmit={submit}>
        <Stack gap="sm">
          <Select
            label="Tracker"
            data={(Object.keys(FIELDS) as TrackerKind[]).map((k) => ({ value: k, label: TRACKER_LABEL[k] }))}
            value={kind}
            onChange={(v) => v && setKind(v as TrackerKind)}
            allowDeselect={false}
          />
          {FIELDS[kind].map((f) => {
            const Input = f.secret ? PasswordInput : TextInput;
            return (
              <Input
                key={`${kind}-${f.name}`}
                label={f.label}
                description={f.description}
                placeholder={f.placeholder}
                required={f.required}
                autoComplete="off"
                value={values[f.name] ?? ''}
                onChange={(e) => setValues({ ...values, [f.name]: e.currentTarget.value })}
                error={field === f.name ? (save.error as Error).message : undefined}
              />
            );
          })}
          <Text size="xs" c="dimmed">
            The credential is stored encrypted and never shown again; only its last four characters are.
          </Text>
          {!FIELDS[kind].some((f) => f.name === field) && <InlineError error={save.error} />}
          <Group justify="flex-end">
            <Button variant="default" size="sm" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" size="sm" loading={save.isPending}>
              Connect {TRACKER_LABEL[kind]}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function Copyable({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={2}>
      <Text size="xs" fw={600}>
        {label}
      </Text>
      <Group gap="xs" wrap="nowrap">
        <Code style={{ overflowWrap: 'anywhere', flex: 1 }}>{value}</Code>
        <CopyButton value={value}>
          {({ copied, copy }) => (
            <Button size="compact-xs" variant="light" onClick={copy} aria-label={`Copy ${label.toLowerCase()}`}>
              {copied ? 'Copied' : 'Copy'}
            </Button>
          )}
        </CopyButton>
      </Group>
    </Stack>
  );
}

/** After connecting: the webhook URL, and the secret Firebreak made, shown this once. */
function Connected({ tracker, onClose }: { tracker: TrackerCreated; onClose: () => void }) {
  return (
    <Modal opened onClose={onClose} title={`${TRACKER_LABEL[tracker.kind]} connected`}>
      <Stack gap="sm">
        <Text size="sm">
          Follow-ups can now be created in {tracker.target}. So that closing an issue there closes the follow-up here, add a webhook in{' '}
          {TRACKER_LABEL[tracker.kind]} (see docs/trackers.md); without one, Firebreak checks every five minutes.
        </Text>
        <Copyable label="Webhook URL" value={tracker.webhookUrl} />
        {tracker.webhookSecret && (
          <>
            <Copyable label="Webhook secret" value={tracker.webhookSecret} />
            <Alert color="yellow" variant="light" title="Shown once">
              Copy the secret into the webhook now: Firebreak keeps it encrypted and will not show it again.
            </Alert>
          </>
        )}
        <Group justify="flex-end">
          <Button size="sm" onClick={onClose}>
            Done
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function Connection({ tracker }: { tracker: Tracker }) {
  const qc = useQueryClient();
  const test = useMutation({ mutationFn: () => send<TrackerTest>('POST', `/trackers/${tracker.id}/test`, {}) });
  const disconnect = useMutation({
    mutationFn: () => send('DELETE', `/trackers/${tracker.id}`),
    onSuccess: () => void qc.invalidateQueries({ queryKey: trackerKeys.all }),
  });
  const [confirming, setConfirming] = useState(false);
  return (
    <Stack gap={4}>
      <Text size="sm">
        {TRACKER_LABEL[tracker.kind]}: <strong>{tracker.target}</strong>
      </Text>
      <Text size="xs" c="dimmed">
        Credential ending …{tracker.tokenLast4} · webhook {tracker.hasWebhookSecret ? 'secret set' : 'not set up (polling)'}
      </Text>
      {tracker.abilities.manage && (
        <Group gap={6}>
          <Button size="compact-xs" variant="default" loading={test.isPending} onClick={() => test.mutate()}>
            Test connection
          </Button>
          {confirming ? (
            <>
              <Button size="compact-xs" color="red" loading={disconnect.isPending} onClick={() => disconnect.mutate()}>
                Disconnect {TRACKER_LABEL[tracker.kind]}
              </Button>
              <Button size="compact-xs" variant="default" onClick={() => setConfirming(false)}>
                Keep
              </Button>
            </>
          ) : (
            <Button size="compact-xs" variant="subtle" color="red" onClick={() => setConfirming(true)}>
              Disconnect
            </Button>
          )}
        </Group>
      )}
      {test.data && (
        <Text size="xs" role="status" className={test.data.ok ? undefined : 'fb-danger'}>
          {test.data.ok ? '✓ ' : '✗ '}
          {test.data.message}
        </Text>
      )}
      <InlineError error={test.error ?? disconnect.error} />
    </Stack>
  );
}

/** A team card's tracker: connected (test, disconnect) or a button to connect one. */
export function TeamTracker({ team }: { team: Team }) {
  const user = useUser();
  const trackers = useTrackers();
  const [connecting, setConnecting] = useState(false);
  const tracker = trackers.data?.find((t) => t.team.id === team.id);
  const mayConnect = user.role === 'admin' || (canWork(user) && team.members.some((m) => m.id === user.id));
  return (
    <Stack gap={4}>
      <Text size="xs" fw={600}>
        Tracker
      </Text>
      {tracker ? (
        <Connection tracker={tracker} />
      ) : mayConnect ? (
        <Group>
          <Button size="compact-xs" variant="light" onClick={() => setConnecting(true)} aria-label={`Connect a tracker to ${team.name}`}>
            Connect a tracker
          </Button>
        </Group>
      ) : (
        <Text size="sm" c="dimmed">
          None
        </Text>
      )}
      {connecting && <ConnectForm team={team} onClose={() => setConnecting(false)} />}
    </Stack>
  );
}
