import { Anchor, Badge, Checkbox, Container, Group, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { IconChecklist } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { useServices, useTeams, useUsers } from '../../api/queries.ts';
import { type FollowUpFilters, useFollowUpTracker } from '../../api/retros.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorNote } from '../../components/ErrorNote.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PageSkeleton } from '../../components/PageSkeleton.tsx';

/** Follow-ups across every incident I may see: by owner, team, service, overdue; soonest due first. */
export function FollowUpTrackerPage() {
  const [f, setF] = useState<FollowUpFilters>({});
  const users = useUsers();
  const teams = useTeams();
  const services = useServices();
  const list = useFollowUpTracker(f);
  const rows = list.data?.data ?? [];
  const set = (patch: FollowUpFilters) => setF((cur) => ({ ...cur, ...patch }));
  return (
    <>
      <PageHeader
        title="Follow-up tracker"
        subtitle={
          <>
            Open follow-ups across incidents, soonest due first. Your own are on{' '}
            <Anchor component={Link} to="/follow-ups" size="sm" underline="always">
              My follow-ups
            </Anchor>
            .
          </>
        }
      />
      <Container size={1100} px="md" py="md">
        <Stack gap="md">
          <Group gap="sm" align="flex-end" wrap="wrap" role="search" aria-label="Filter follow-ups">
            <NativeSelect
              size="xs"
              label="Owner"
              value={f.owner ?? ''}
              onChange={(e) => set({ owner: e.currentTarget.value || undefined })}
              data={[
                { value: '', label: 'Anyone' },
                { value: 'me', label: 'Me' },
                ...(users.data ?? []).map((u) => ({ value: u.id, label: u.name })),
              ]}
            />
            <NativeSelect
              size="xs"
              label="Team"
              value={f.team ?? ''}
              onChange={(e) => set({ team: e.currentTarget.value || undefined })}
              data={[{ value: '', label: 'Any team' }, ...(teams.data ?? []).map((t) => ({ value: t.id, label: t.name }))]}
            />
            <NativeSelect
              size="xs"
              label="Service"
              value={f.service ?? ''}
              onChange={(e) => set({ service: e.currentTarget.value || undefined })}
              data={[{ value: '', label: 'Any service' }, ...(services.data ?? []).map((s) => ({ value: s.id, label: s.name }))]}
            />
            <Checkbox size="xs" label="Overdue only" checked={!!f.overdue} onChange={(e) => set({ overdue: e.currentTarget.checked })} />
            <Checkbox
              size="xs"
              label="Proposed in a retrospective"
              checked={!!f.fromRetro}
              onChange={(e) => set({ fromRetro: e.currentTarget.checked })}
            />
          </Group>
          {list.isPending ? (
            <PageSkeleton rows={4} />
          ) : list.error ? (
            <ErrorNote error={list.error} onRetry={() => list.refetch()} />
          ) : rows.length === 0 ? (
            <EmptyState icon={<IconChecklist size={28} />} title="No open follow-ups match">
              Follow-ups come from incidents and their retrospectives; end a why chain in one, or propose one in a retrospective.
            </EmptyState>
          ) : (
            <Table.ScrollContainer minWidth={0}>
              <Table verticalSpacing={6} highlightOnHover>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Follow-up</Table.Th>
                    <Table.Th>Owner</Table.Th>
                    <Table.Th visibleFrom="sm">Due</Table.Th>
                    <Table.Th visibleFrom="sm">Priority</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((r) => (
                    <Table.Tr key={r.id}>
                      <Table.Td>
                        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                          {r.title}
                        </Text>
                        <Text size="xs" c="dimmed">
                          <Anchor
                            component={Link}
                            to={r.retroId ? `/retros/${r.incident.ref}` : `/incidents/${r.incident.ref}`}
                            size="xs"
                            underline="always"
                          >
                            {r.incident.ref}
                          </Anchor>{' '}
                          {r.incident.title} · {r.status.replace('_', ' ')}
                          {r.fromRetro ? ' · from the retrospective' : ''}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{r.owner?.name ?? 'Nobody (draft)'}</Text>
                      </Table.Td>
                      <Table.Td visibleFrom="sm">
                        <Group gap={4} wrap="nowrap">
                          <Text size="sm">{r.dueAt ? r.dueAt.slice(0, 10) : '—'}</Text>
                          {r.overdue && (
                            <Badge size="xs" color="red.9">
                              overdue
                            </Badge>
                          )}
                        </Group>
                      </Table.Td>
                      <Table.Td visibleFrom="sm">
                        <Text size="sm">{r.priority.toUpperCase()}</Text>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Stack>
      </Container>
    </>
  );
}
