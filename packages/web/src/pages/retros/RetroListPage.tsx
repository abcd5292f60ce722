import { Anchor, Button, Container, Group, NativeSelect, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconNotebook } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { useRetros, useRetroTasks } from '../../api/retros.ts';
import { useUser } from '../../app/session.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorNote } from '../../components/ErrorNote.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PageSkeleton } from '../../components/PageSkeleton.tsx';
import { RetroStatusPill } from '../../components/retro/Pill.tsx';
import { Time } from '../../components/Time.tsx';

/** "My tasks": retrospective questions waiting for my view, and review meetings to attend. */
function MyTasks() {
  const tasks = useRetroTasks();
  const open = (tasks.data ?? []).filter((t) => !t.done);
  if (tasks.isPending || (!tasks.error && open.length === 0)) return null;
  return (
    <Paper withBorder p="sm" radius="md" component="section" aria-labelledby="my-tasks">
      <Title order={2} size="h5" id="my-tasks" mb={4}>
        My tasks ({open.length})
      </Title>
      <ErrorNote error={tasks.error} onRetry={() => tasks.refetch()} />
      <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {open.map((t) => (
          <li key={`${t.kind}-${t.retroId}`}>
            <Text size="sm">
              {t.kind === 'answer' ? 'Give your view on ' : 'Attend the review of '}
              <Anchor component={Link} to={`/retros/${t.incident.ref}`} underline="always">
                {t.incident.ref}: {t.incident.title}
              </Anchor>
              {t.kind === 'answer' && t.prompts ? (
                <Text span size="xs" c="dimmed">
                  {' '}
                  — {t.prompts.map((p) => p.prompt).join(' ')}
                </Text>
              ) : t.startsAt ? (
                <Text span size="xs" c="dimmed">
                  {' '}
                  — <Time iso={t.startsAt} />
                </Text>
              ) : null}
            </Text>
          </li>
        ))}
      </Stack>
    </Paper>
  );
}

const FILTERS = [
  { value: 'all', label: 'All retrospectives' },
  { value: 'draft,in_review', label: 'Open (draft or in review)' },
  { value: 'draft', label: 'Draft' },
  { value: 'in_review', label: 'In review' },
  { value: 'published', label: 'Published' },
];

/** An empty list that says why, and what the reader can do about it (viewers cannot draft one). */
function Empty({ viewer, status, onShowAll }: { viewer: boolean; status: string; onShowAll: () => void }) {
  if (viewer)
    return (
      <EmptyState icon={<IconNotebook size={28} />} title="No published retrospectives yet">
        Each one appears here once the people who handled the incident publish it.
      </EmptyState>
    );
  if (status !== 'all')
    return (
      <EmptyState
        icon={<IconNotebook size={28} />}
        title={`No retrospectives that are ${FILTERS.find((f) => f.value === status)?.label.toLowerCase() ?? status}`}
        action={
          <Button variant="default" onClick={onShowAll}>
            Show all retrospectives
          </Button>
        }
      />
    );
  return (
    <EmptyState icon={<IconNotebook size={28} />} title="No retrospectives yet">
      One is drafted when an incident whose severity requires it is resolved; for any other incident, open it and choose Retrospective.
    </EmptyState>
  );
}

/** Retrospectives of the incidents I may see: all of them first (published ones too), filtered on request. */
export function RetroListPage() {
  const user = useUser();
  const viewer = user.role === 'viewer';
  const [status, setStatus] = useState('all');
  const list = useRetros(status === 'all' || viewer ? '' : status);
  const rows = list.data?.data ?? [];
  return (
    <>
      <PageHeader
        title="Retrospectives"
        subtitle={
          <>
            Written by the people who were there, reviewed, published, turned into{' '}
            <Anchor component={Link} to="/follow-ups/tracker" size="sm" underline="always">
              follow-ups
            </Anchor>
            .
          </>
        }
        action={
          // Viewers read published retrospectives only: there is nothing to filter.
          viewer ? undefined : (
            <NativeSelect size="xs" value={status} onChange={(e) => setStatus(e.currentTarget.value)} aria-label="Show" data={FILTERS} />
          )
        }
      />
      <Container size={1100} px="md" py="md">
        <Stack gap="md">
          <MyTasks />
          {list.isPending ? (
            <PageSkeleton rows={4} />
          ) : list.error ? (
            <ErrorNote error={list.error} onRetry={() => list.refetch()} />
          ) : rows.length === 0 ? (
            <Empty viewer={viewer} status={status} onShowAll={() => setStatus('all')} />
          ) : (
            <Table.ScrollContainer minWidth={0}>
              <Table verticalSpacing={6} highlightOnHover>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Incident</Table.Th>
                    <Table.Th>Status</Table.Th>
                    <Table.Th visibleFrom="sm">Template</Table.Th>
                    <Table.Th visibleFrom="sm">Updated</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((r) => (
                    <Table.Tr key={r.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/retros/${r.incident.ref}`} style={{ overflowWrap: 'anywhere' }}>
                          <span className="fb-ref">{r.incident.ref}</span> {r.incident.title}
                        </Anchor>
                        {r.required && !r.published && (
                          <Text size="xs" c="dimmed">
                            Required before closing
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Group gap={4} wrap="nowrap">
                          <RetroStatusPill status={r.status} />
                          {(r.revision > 1 || (r.publishedRevision && r.publishedRevision !== r.revision)) && (
                            <Text size="xs" c="dimmed">
                              rev {r.revision}
                              {r.publishedRevision && r.publishedRevision !== r.revision ? ` · rev ${r.publishedRevision} published` : ''}
                            </Text>
                          )}
                        </Group>
                      </Table.Td>
                      <Table.Td visibleFrom="sm">
                        <Text size="sm">{r.template.name}</Text>
                      </Table.Td>
                      <Table.Td visibleFrom="sm">
                        <Text size="sm">
                          <Time iso={r.updatedAt} />
                        </Text>
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
