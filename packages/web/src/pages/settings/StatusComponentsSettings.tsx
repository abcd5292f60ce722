import { ActionIcon, Autocomplete, Button, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title, Tooltip } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { useServices } from '../../api/queries.ts';
import { type StatusComponent, send, statusKeys, useStatusComponents, useStatusWrite } from '../../api/statusPage.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorNote, InlineError } from '../../components/ErrorNote.tsx';
import { PageSkeleton } from '../../components/PageSkeleton.tsx';
import { StatePill } from '../../components/StatePill.tsx';
import { COMPONENT_STATUS } from '../../lib/statusLabels.ts';

type Draft = { name: string; description: string; group: string; service: string | null };
const EMPTY: Draft = { name: '', description: '', group: '', service: null };

const STATUS_OPTIONS = Object.entries(COMPONENT_STATUS).map(([value, s]) => ({ value, label: s.label }));

/** Name, description, group and service of a component: adds one, or edits one in place. */
function ComponentForm({
  initial,
  groups,
  submitLabel,
  onSubmit,
  onCancel,
  pending,
  error,
}: {
  initial: Draft;
  groups: string[];
  submitLabel: string;
  onSubmit: (d: Draft) => void;
  onCancel?: () => void;
  pending: boolean;
  error: unknown;
}) {
  const services = useServices();
  const [d, setD] = useState(initial);
  const field = error instanceof ApiError ? error.field : undefined;
  const err = (f: string) => (field === f && error instanceof Error ? error.message : undefined);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(d);
      }}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput
          label="Public name"
          description="What customers call it"
          placeholder="Checkout"
          required
          value={d.name}
          onChange={(e) => setD({ ...d, name: e.currentTarget.value })}
          error={err('name')}
        />
        <Autocomplete
          label="Group"
          description="Components with the same group are shown together"
          placeholder="e.g. Payments (optional)"
          data={groups}
          value={d.group}
          onChange={(v) => setD({ ...d, group: v })}
          error={err('groupName')}
        />
        <TextInput
          label="Description"
          description="One plain sentence, shown on the page"
          placeholder="Paying for orders on the web and in the app"
          value={d.description}
          onChange={(e) => setD({ ...d, description: e.currentTarget.value })}
          error={err('description')}
        />
        <Select
          label="Service"
          description="Incidents on this service suggest this component"
          placeholder="No service"
          data={(services.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
          value={d.service}
          onChange={(v) => setD({ ...d, service: v })}
          searchable
          clearable
          error={err('service')}
        />
      </SimpleGrid>
      {!field && <InlineError error={error} />}
      <Group mt="sm" gap="xs">
        <Button type="submit" loading={pending} leftSection={onCancel ? undefined : <IconPlus size={14} />}>
          {submitLabel}
        </Button>
        {onCancel && (
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
        )}
      </Group>
    </form>
  );
}

const bodyOf = (d: Draft) => ({
  name: d.name.trim(),
  description: d.description.trim(),
  groupName: d.group.trim() || null,
  service: d.service,
});

function ComponentRow({
  c,
  groups,
  first,
  last,
  onMove,
}: {
  c: StatusComponent;
  groups: string[];
  first: boolean;
  last: boolean;
  onMove: (dir: -1 | 1) => void;
}) {
  const [editing, setEditing] = useState(false);
  const path = `/status-page/components/${encodeURIComponent(c.id)}`;
  const patch = useStatusWrite((body: Record<string, unknown>) => send<StatusComponent>('PATCH', path, body), statusKeys.components);
  const remove = useStatusWrite(() => send('DELETE', path), statusKeys.components);
  const s = COMPONENT_STATUS[c.status] ?? COMPONENT_STATUS.operational;
  if (editing) {
    return (
      <Paper withBorder p="sm" component="li" aria-label={`Edit ${c.name}`} style={{ listStyle: 'none' }}>
        <ComponentForm
          initial={{ name: c.name, description: c.description ?? '', group: c.groupName ?? '', service: c.service?.id ?? null }}
          groups={groups}
          submitLabel="Save component"
          pending={patch.isPending}
          error={patch.error}
          onSubmit={(d) => patch.mutate(bodyOf(d), { onSuccess: () => setEditing(false) })}
          onCancel={() => setEditing(false)}
        />
      </Paper>
    );
  }
  return (
    <Paper withBorder p="sm" component="li" aria-label={`Component ${c.name}`} style={{ listStyle: 'none' }}>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
        <Stack gap={2} style={{ flex: 1, minWidth: 200 }}>
          <Group gap="xs">
            <Text fw={600} size="sm">
              {c.name}
            </Text>
            <StatePill icon={s.icon} color={s.color}>
              {s.label}
            </StatePill>
          </Group>
          {c.description && <Text size="sm">{c.description}</Text>}
          <Text size="xs" c="dimmed">
            {c.service ? `Service ${c.service.name}` : 'No service'}
            {c.status !== (c.manualStatus ?? 'operational') ? ' · status set by a published incident or maintenance' : ''}
          </Text>
        </Stack>
        <Group gap={4} wrap="nowrap">
          <Select
            aria-label={`Status of ${c.name}, set by hand`}
            size="xs"
            w={190}
            data={STATUS_OPTIONS}
            value={c.manualStatus ?? 'operational'}
            allowDeselect={false}
            onChange={(v) => v && patch.mutate({ manualStatus: v })}
          />
          <Tooltip label="Move up">
            <ActionIcon variant="subtle" aria-label={`Move ${c.name} up`} disabled={first} onClick={() => onMove(-1)}>
              <IconArrowUp size={16} />
            </ActionIcon>
          </Tooltip>
          <Tooltip label="Move down">
            <ActionIcon variant="subtle" aria-label={`Move ${c.name} down`} disabled={last} onClick={() => onMove(1)}>
              <IconArrowDown size={16} />
            </ActionIcon>
          </Tooltip>
          <Tooltip label="Edit">
            <ActionIcon variant="subtle" aria-label={`Edit ${c.name}`} onClick={() => setEditing(true)}>
              <IconPencil size={16} />
            </ActionIcon>
          </Tooltip>
          <Tooltip label="Remove">
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={`Remove ${c.name}`}
              loading={remove.isPending}
              onClick={() => {
                if (window.confirm(`Remove ${c.name} from the status page? Its history goes with it.`)) remove.mutate(undefined);
              }}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Tooltip>
        </Group>
      </Group>
      <InlineError error={patch.error ?? remove.error} />
    </Paper>
  );
}

/** The components customers see, grouped and in order, each with its status; add, edit, reorder, remove. */
export function StatusComponentsSettings() {
  const components = useStatusComponents();
  const [formKey, setFormKey] = useState(0);
  const create = useStatusWrite(
    (body: Record<string, unknown>) => send<StatusComponent>('POST', '/status-page/components', body),
    statusKeys.components,
  );
  const reorder = useStatusWrite(
    ({ id, position }: { id: string; position: number }) =>
      send<StatusComponent>('PATCH', `/status-page/components/${encodeURIComponent(id)}`, { position }),
    statusKeys.components,
  );
  if (components.isPending) return <PageSkeleton rows={3} />;
  if (components.error) return <ErrorNote error={components.error} onRetry={() => components.refetch()} />;
  const list = [...components.data].sort((a, b) => a.position - b.position);
  const groups = [...new Set(list.map((c) => c.groupName).filter((g): g is string => !!g))];
  const byGroup = new Map<string, StatusComponent[]>();
  for (const c of list) byGroup.set(c.groupName ?? '', [...(byGroup.get(c.groupName ?? '') ?? []), c]);
  // Moving swaps positions with the neighbour in the same group.
  const move = (items: StatusComponent[], i: number, dir: -1 | 1) => {
    const a = items[i];
    const b = items[i + dir];
    reorder.mutate({ id: a.id, position: b.position });
    reorder.mutate({ id: b.id, position: a.position });
  };
  return (
    <Paper p="md" withBorder component="section" aria-labelledby="status-components">
      <Title order={2} size="h4" id="status-components" mb={4}>
        Components ({list.length})
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        The parts of your product customers recognise. An incident published on the status page sets their status; you can also set it by
        hand here.
      </Text>
      {list.length === 0 ? (
        <EmptyState title="No components yet">Add the first one below, e.g. “Website”, “Checkout” or “API”.</EmptyState>
      ) : (
        <Stack gap="md" mb="md">
          {[...byGroup.entries()].map(([group, items]) => (
            <Stack key={group || '-'} gap={6} component="section" aria-label={group ? `Group ${group}` : 'Without a group'}>
              <Text size="xs" fw={700} tt="uppercase" c="dimmed">
                {group || 'Without a group'}
              </Text>
              <Stack gap={6} component="ul" p={0} m={0}>
                {items.map((c, i) => (
                  <ComponentRow
                    key={c.id}
                    c={c}
                    groups={groups}
                    first={i === 0}
                    last={i === items.length - 1}
                    onMove={(dir) => move(items, i, dir)}
                  />
                ))}
              </Stack>
            </Stack>
          ))}
          <InlineError error={reorder.error} />
        </Stack>
      )}
      <Title order={3} size="h5" mb="xs">
        Add a component
      </Title>
      <ComponentForm
        key={formKey}
        initial={EMPTY}
        groups={groups}
        submitLabel="Add component"
        pending={create.isPending}
        error={create.error}
        onSubmit={(d) =>
          create.mutate({ ...bodyOf(d), position: (list.at(-1)?.position ?? 0) + 1 }, { onSuccess: () => setFormKey((k) => k + 1) })
        }
      />
    </Paper>
  );
}
