import { Button, Group, Modal, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconWorldUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { ApiError } from '../../../api/client.ts';
import { publicationPath, send, statusKeys, useStatusComponents, useStatusWrite } from '../../../api/statusPage.ts';
import type { Incident } from '../../../api/types.ts';
import { ErrorNote, InlineError } from '../../../components/ErrorNote.tsx';
import { COMPONENT_STATUS, IMPACT_STATUSES, publicStatusFor } from '../../../lib/statusLabels.ts';
import { PublicUpdateFields } from './PublicText.tsx';

export const IMPACT_OPTIONS = [
  { value: 'none', label: 'Not affected' },
  ...IMPACT_STATUSES.map((s) => ({ value: s, label: COMPONENT_STATUS[s].label })),
];

/** Per component: not affected, or how it is impacted. */
export function ImpactTable({
  impacts,
  onChange,
  suggested,
}: {
  impacts: Record<string, string>;
  onChange: (next: Record<string, string>) => void;
  suggested?: Set<string>;
}) {
  const components = useStatusComponents();
  if (components.error) return <ErrorNote error={components.error} onRetry={() => components.refetch()} />;
  const list = [...(components.data ?? [])].sort((a, b) => a.position - b.position);
  if (components.data && list.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        The status page has no components yet: an admin adds them under Settings → Status page.
      </Text>
    );
  }
  return (
    <Table verticalSpacing={4} fz="sm" aria-label="Components and impact">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Component</Table.Th>
          <Table.Th w={210}>Impact</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {list.map((c) => (
          <Table.Tr key={c.id}>
            <Table.Td>
              <Text size="sm" fw={500}>
                {c.name}
              </Text>
              <Text size="xs" c="dimmed">
                {[c.groupName, suggested?.has(c.id) ? 'suggested: its service is on this incident' : null].filter(Boolean).join(' · ')}
              </Text>
            </Table.Td>
            <Table.Td>
              <Select
                aria-label={`Impact on ${c.name}`}
                size="xs"
                data={IMPACT_OPTIONS}
                value={impacts[c.id] ?? 'none'}
                allowDeselect={false}
                onChange={(v) => {
                  const next = { ...impacts };
                  if (!v || v === 'none') delete next[c.id];
                  else next[c.id] = v;
                  onChange(next);
                }}
                comboboxProps={{ withinPortal: true }}
              />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

export const impactList = (impacts: Record<string, string>) =>
  Object.entries(impacts).map(([componentId, status]) => ({ componentId, status }));

/** Publish an incident on the public page: the title customers read, what is impacted, the first update. */
export function PublishDialog({ incident, onClose }: { incident: Incident; onClose: () => void }) {
  const components = useStatusComponents();
  const serviceIds = new Set(incident.services.map((s) => s.id));
  const suggested = new Set((components.data ?? []).filter((c) => c.service && serviceIds.has(c.service.id)).map((c) => c.id));
  const [title, setTitle] = useState(incident.title);
  const [impacts, setImpacts] = useState<Record<string, string> | null>(null);
  const [status, setStatus] = useState<string>(publicStatusFor(incident.status));
  const [text, setText] = useState('');
  const shown = impacts ?? Object.fromEntries([...suggested].map((id) => [id, 'partial_outage']));
  const publish = useStatusWrite(
    () =>
      send('POST', publicationPath(incident.ref), {
        publicTitle: title.trim(),
        impacts: impactList(shown),
        update: { status, body: text.trim() },
      }),
    statusKeys.publication(incident.ref),
    [statusKeys.components],
  );
  const field = publish.error instanceof ApiError ? publish.error.field : undefined;
  const err = (f: string) => (field?.startsWith(f) && publish.error instanceof Error ? publish.error.message : undefined);
  return (
    <Modal opened onClose={onClose} title="Publish on the status page" size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          publish.mutate(undefined, { onSuccess: onClose });
        }}
      >
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            Everyone can read the status page without signing in. Only what you write here appears: the internal title, the ticket and the
            war room stay inside.
          </Text>
          <TextInput
            label="Public title"
            description="What customers see; it can differ from the internal title"
            required
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={err('publicTitle')}
            data-autofocus
          />
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              Affected components
            </Text>
            <ImpactTable impacts={shown} onChange={setImpacts} suggested={suggested} />
            {err('impacts') && <InlineError error={publish.error} />}
          </Stack>
          <PublicUpdateFields
            status={status}
            onStatus={setStatus}
            text={text}
            onText={setText}
            textLabel="First public update"
            statusError={err('update.status')}
            textError={err('update.body')}
          />
          {!field && <InlineError error={publish.error} />}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button
              type="submit"
              loading={publish.isPending}
              disabled={!title.trim() || !text.trim()}
              leftSection={<IconWorldUpload size={14} />}
            >
              Publish
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
