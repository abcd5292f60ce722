import { INTEGRATION_FORMATS, type IntegrationFormat } from '@firebreak/shared';
import {
  ActionIcon,
  Alert,
  Anchor,
  Button,
  Code,
  CopyButton,
  Group,
  Modal,
  PasswordInput,
  Select,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconCheck, IconCopy, IconPlugConnected, IconPlus } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, Navigate } from 'react-router';
import {
  alertKeys,
  archiveIntegration,
  createIntegration,
  type IntegrationView,
  type IntegrationWithKey,
  rotateIntegration,
  useIntegrations,
} from '../../api/alerts.ts';
import { ApiError } from '../../api/client.ts';
import { useServices } from '../../api/queries.ts';
import { useUser } from '../../app/session.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorNote, InlineError } from '../../components/ErrorNote.tsx';
import { Time } from '../../components/Time.tsx';
import { setupGuide } from '../../lib/integrationSetup.ts';
import { FORMAT_LABEL } from './AlertBits.tsx';

function Copy({ value, label }: { value: string; label: string }) {
  return (
    <CopyButton value={value}>
      {({ copied, copy }) => (
        <Tooltip label={copied ? 'Copied' : 'Copy'}>
          <ActionIcon variant="default" onClick={copy} aria-label={copied ? 'Copied' : label} className="fb-snippet-copy">
            {copied ? <IconCheck size={14} /> : <IconCopy size={14} />}
          </ActionIcon>
        </Tooltip>
      )}
    </CopyButton>
  );
}

/** How to point the tool at this server, with the key filled in while it is known. */
function SetupSnippets({ format, keyValue }: { format: IntegrationFormat; keyValue: string | null }) {
  const guide = setupGuide(format, window.location.origin, keyValue);
  return (
    <Stack gap="xs">
      <Text size="sm">{guide.where}</Text>
      {guide.snippets.map((s) => (
        <div key={s.label}>
          <Text size="xs" fw={600} mb={2}>
            {s.label}
          </Text>
          <div className="fb-snippet">
            <pre className="fb-verbatim">{s.text}</pre>
            <Copy value={s.text} label={`Copy ${s.label}`} />
          </div>
        </div>
      ))}
      {guide.note && (
        <Text size="xs" c="dimmed">
          {guide.note}
        </Text>
      )}
    </Stack>
  );
}

/** A new key (created or rotated), shown exactly once, with the set-up that uses it. */
function KeyOnce({ integration, rotated, onClose }: { integration: IntegrationWithKey; rotated: boolean; onClose: () => void }) {
  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={rotated ? `New key for “${integration.name}”` : `Integration “${integration.name}” created`}
    >
      <Stack gap="sm">
        <Alert color="yellow" variant="light">
          Copy the key now: Firebreak stores only a hash and cannot show it again.
          {rotated && integration.previousKeyExpiresAt && (
            <>
              {' '}
              The old key keeps working until <Time iso={integration.previousKeyExpiresAt} />.
            </>
          )}
        </Alert>
        <div>
          <Text size="xs" fw={600} mb={2}>
            Integration key
          </Text>
          <div className="fb-snippet">
            <Code block aria-label="Integration key" className="fb-verbatim">
              {integration.key}
            </Code>
            <Copy value={integration.key} label="Copy key" />
          </div>
        </div>
        <SetupSnippets format={integration.format} keyValue={integration.key} />
        <Group justify="flex-end">
          <Button size="sm" onClick={onClose} data-autofocus>
            Done
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function CreateForm({ onCreated }: { onCreated: (i: IntegrationWithKey) => void }) {
  const services = useServices();
  const [name, setName] = useState('');
  const [format, setFormat] = useState<IntegrationFormat>('alertmanager');
  const [service, setService] = useState<string | null>(null);
  const [secret, setSecret] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const created = await createIntegration({
        name: name.trim(),
        format,
        service: service ?? undefined,
        signingSecret: format === 'grafana' && secret ? secret : undefined,
      });
      setName('');
      setSecret('');
      onCreated(created);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const field = error instanceof ApiError ? error.field : undefined;
  return (
    <form onSubmit={submit} aria-labelledby="new-integration">
      <Stack gap="xs">
        <h2 className="fb-section-title" id="new-integration">
          Add an integration
        </h2>
        <Group gap="sm" align="flex-start" wrap="wrap">
          <TextInput
            label="Name"
            placeholder="prometheus-prod"
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            required
            size="xs"
            w={{ base: '100%', sm: 200 }}
            error={field === 'name' ? (error as ApiError).message : undefined}
          />
          <Select
            label="Format"
            size="xs"
            w={{ base: '100%', sm: 200 }}
            allowDeselect={false}
            data={INTEGRATION_FORMATS.map((f) => ({ value: f, label: FORMAT_LABEL[f] }))}
            value={format}
            onChange={(v) => v && setFormat(v as IntegrationFormat)}
          />
          <Select
            label="Service"
            placeholder="None (alerts wait in the list)"
            size="xs"
            w={{ base: '100%', sm: 220 }}
            searchable
            clearable
            data={(services.data ?? []).map((s) => ({ value: s.name, label: s.name }))}
            value={service}
            onChange={setService}
            nothingFoundMessage="No such service"
          />
          {format === 'grafana' && (
            <PasswordInput
              label="Signing secret (optional)"
              description="The contact point's HMAC secret"
              size="xs"
              w={{ base: '100%', sm: 220 }}
              value={secret}
              onChange={(e) => setSecret(e.currentTarget.value)}
              error={field === 'signingSecret' ? (error as ApiError).message : undefined}
            />
          )}
        </Group>
        <Group gap="sm">
          <Button type="submit" size="xs" loading={busy} leftSection={<IconPlus size={14} />}>
            Add integration
          </Button>
          {!field && <InlineError error={error} />}
        </Group>
      </Stack>
    </form>
  );
}

const OVERLAPS = [
  { value: '0', label: 'Stops at once' },
  { value: '15', label: '15 minutes' },
  { value: '60', label: '1 hour' },
  { value: '1440', label: '1 day' },
  { value: '10080', label: '7 days' },
];

function RotateDialog({
  integration,
  onDone,
  onClose,
}: {
  integration: IntegrationView;
  onDone: (i: IntegrationWithKey) => void;
  onClose: () => void;
}) {
  const [overlap, setOverlap] = useState('60');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const rotate = async () => {
    setBusy(true);
    setError(null);
    try {
      onDone(await rotateIntegration(integration.id, Number(overlap)));
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };
  return (
    <Modal opened onClose={onClose} title={`Rotate the key of “${integration.name}”`}>
      <Stack gap="sm">
        <Text size="sm">A new key is made and shown once. Until the tool uses it, the old key can keep working for a while.</Text>
        <Select
          label="The old key keeps working for"
          data={OVERLAPS}
          value={overlap}
          onChange={(v) => v && setOverlap(v)}
          allowDeselect={false}
        />
        <InlineError error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={rotate} loading={busy}>
            Rotate key
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function ArchiveDialog({ integration, onClose }: { integration: IntegrationView; onClose: () => void }) {
  const qc = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const archive = async () => {
    setBusy(true);
    try {
      await archiveIntegration(integration.id);
      void qc.invalidateQueries({ queryKey: alertKeys.integrations });
      onClose();
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };
  return (
    <Modal opened onClose={onClose} title={`Archive “${integration.name}”?`}>
      <Stack gap="sm">
        <Text size="sm">Its keys stop working at once; alerts it sent stay. The name becomes free for a new integration.</Text>
        <InlineError error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button color="red.9" onClick={archive} loading={busy}>
            Archive
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** Integrations (admins): the monitoring tools that send alerts, their keys and how to set each one up. */
export function IntegrationsPage() {
  const user = useUser();
  const list = useIntegrations();
  const qc = useQueryClient();
  const [shown, setShown] = useState<{ integration: IntegrationWithKey; rotated: boolean } | null>(null);
  const [rotating, setRotating] = useState<IntegrationView | null>(null);
  const [archiving, setArchiving] = useState<IntegrationView | null>(null);
  const [setup, setSetup] = useState<IntegrationView | null>(null);
  if (user.role !== 'admin') return <Navigate to="/alerts" replace />;
  const got = (integration: IntegrationWithKey, rotated: boolean) => {
    setRotating(null);
    setShown({ integration, rotated });
    void qc.invalidateQueries({ queryKey: alertKeys.integrations });
  };
  const rows = list.data ?? [];
  return (
    <Stack gap={0}>
      <Stack gap={4} px="md" pt="md" pb="sm" className="fb-border-b">
        <Anchor component={Link} to="/alerts" size="sm">
          ← Alerts
        </Anchor>
        <Title order={1}>Integrations</Title>
        <Text size="sm" c="dimmed">
          Each monitoring tool sends with its own key, in its own format. Alerts of an integration bound to a service join that service's
          open incident.
        </Text>
      </Stack>
      <Stack gap="md" p="md">
        <CreateForm onCreated={(i) => got(i, false)} />
        {list.error && <ErrorNote error={list.error} onRetry={() => list.refetch()} />}
        {list.isPending ? (
          <Skeleton height={120} />
        ) : rows.length === 0 ? (
          <EmptyState icon={<IconPlugConnected size={28} />} title="No integrations yet">
            Add one above, then paste its set-up into Alertmanager, Grafana or your PagerDuty or Opsgenie client.
          </EmptyState>
        ) : (
          <Table.ScrollContainer minWidth={0}>
            <Table verticalSpacing={6} aria-label="Integrations">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>Format</Table.Th>
                  <Table.Th visibleFrom="sm">Service</Table.Th>
                  <Table.Th visibleFrom="sm">Key</Table.Th>
                  <Table.Th>
                    <span className="fb-sr-only">Actions</span>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((i) => (
                  <Table.Tr key={i.id}>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {i.name}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{FORMAT_LABEL[i.format]}</Text>
                    </Table.Td>
                    <Table.Td visibleFrom="sm">
                      <Text size="sm">{i.service?.name ?? '—'}</Text>
                    </Table.Td>
                    <Table.Td visibleFrom="sm">
                      <Text size="xs" c="dimmed">
                        {i.previousKeyExpiresAt && Date.parse(i.previousKeyExpiresAt) > Date.now() ? (
                          <>
                            Rotated; old key until <Time iso={i.previousKeyExpiresAt} />
                          </>
                        ) : (
                          <>
                            Set <Time iso={i.updatedAt} />
                          </>
                        )}
                        {i.hasSigningSecret ? ' · signed' : ''}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4} justify="flex-end" wrap="wrap">
                        <Button size="compact-xs" variant="default" onClick={() => setSetup(i)} aria-label={`Set-up of ${i.name}`}>
                          Set-up
                        </Button>
                        <Button size="compact-xs" variant="default" onClick={() => setRotating(i)} aria-label={`Rotate key of ${i.name}`}>
                          Rotate key
                        </Button>
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          color="red"
                          onClick={() => setArchiving(i)}
                          aria-label={`Archive ${i.name}`}
                        >
                          Archive
                        </Button>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
      {shown && <KeyOnce integration={shown.integration} rotated={shown.rotated} onClose={() => setShown(null)} />}
      {rotating && <RotateDialog integration={rotating} onDone={(i) => got(i, true)} onClose={() => setRotating(null)} />}
      {archiving && <ArchiveDialog integration={archiving} onClose={() => setArchiving(null)} />}
      {setup && (
        <Modal opened onClose={() => setSetup(null)} size="lg" title={`Set up “${setup.name}” (${FORMAT_LABEL[setup.format]})`}>
          <Stack gap="sm">
            <Text size="sm" c="dimmed">
              The key was shown when it was made; if it is lost, rotate it to get a new one.
            </Text>
            <SetupSnippets format={setup.format} keyValue={null} />
          </Stack>
        </Modal>
      )}
    </Stack>
  );
}
