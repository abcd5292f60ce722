import { ActionIcon, Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { send } from '../../api/client.ts';
import { keys, useRoleTypes } from '../../api/queries.ts';
import type { RoleType } from '../../api/types.ts';
import { ErrorNote, InlineError } from '../../components/ErrorNote.tsx';
import { PageSkeleton } from '../../components/PageSkeleton.tsx';

type Draft = { uid: string; key: string; name: string; description: string; isNew?: boolean };
let seq = 0;
const uid = () => `role-${++seq}`;

/** Incident roles (commander, comms lead, …); the commander role always exists. */
export function RolesSettings() {
  const roles = useRoleTypes();
  const qc = useQueryClient();
  const [drafts, setDrafts] = useState<Draft[] | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  useEffect(() => {
    if (roles.data && !drafts) setDrafts(roles.data.map((r) => ({ uid: uid(), key: r.key, name: r.name, description: r.description })));
  }, [roles.data, drafts]);
  const save = useMutation({
    mutationFn: (list: Draft[]) =>
      send<RoleType[]>('PUT', '/roles', {
        roles: list.map((r) => ({ key: r.key.trim(), name: r.name.trim(), description: r.description })),
      }),
    onSuccess: (list) => {
      qc.setQueryData(keys.roles, list);
      setDrafts(list.map((r) => ({ uid: uid(), key: r.key, name: r.name, description: r.description })));
      setSaved('Incident roles saved');
    },
  });
  if (roles.isPending || !drafts) return <PageSkeleton rows={3} />;
  if (roles.error) return <ErrorNote error={roles.error} onRetry={() => roles.refetch()} />;
  const update = (i: number, patch: Partial<Draft>) => setDrafts(drafts.map((d, j) => (j === i ? { ...d, ...patch } : d)));
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        Roles people hold during an incident, in the order the header shows them.
      </Text>
      {drafts.map((d, i) => (
        <Paper key={d.uid} p="sm" component="fieldset" style={{ margin: 0 }} aria-label={`Role ${d.name || d.key}`}>
          <Group align="flex-end" gap="sm" wrap="wrap">
            <TextInput
              label="Key"
              description="Used by the API and CLI"
              value={d.key}
              onChange={(e) => update(i, { key: e.currentTarget.value })}
              disabled={!d.isNew}
              w={150}
              size="xs"
            />
            <TextInput label="Name" value={d.name} onChange={(e) => update(i, { name: e.currentTarget.value })} w={200} size="xs" />
            <TextInput
              label="Description"
              value={d.description}
              onChange={(e) => update(i, { description: e.currentTarget.value })}
              style={{ flex: 1, minWidth: 200 }}
              size="xs"
            />
            <ActionIcon
              aria-label={`Remove ${d.name || d.key}`}
              disabled={d.key === 'commander'}
              onClick={() => setDrafts(drafts.filter((_, j) => j !== i))}
              mb={4}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        </Paper>
      ))}
      <InlineError error={save.error} />
      {saved && !save.error && (
        <Text size="sm" role="status">
          {saved}.
        </Text>
      )}
      <Group>
        <Button
          variant="default"
          leftSection={<IconPlus size={14} />}
          onClick={() => setDrafts([...drafts, { uid: uid(), key: '', name: '', description: '', isNew: true }])}
        >
          Add role
        </Button>
        <Button
          onClick={() => {
            setSaved(null);
            save.mutate(drafts);
          }}
          loading={save.isPending}
        >
          Save roles
        </Button>
      </Group>
    </Stack>
  );
}
