import { Anchor, Container, Group, NativeSelect, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconNotebook } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { useRetros, useRetroTasks } from '../../api/retros.ts';
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

/** Retrospectives of the incidents I may see: draft, in review, published. */
export function RetroListPage() {
  const [status, setStatus] = useState('draft,in_review');
  const list = useRetros(status === 'all' ? '' : status);
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
          <NativeSelect
            size="xs"
            value={status}
            onChange={(e) => setStatus(e.currentTarget.value)}
            aria-label="Show"
            data={[
              { value: 'draft,in_review', label: 'Open (draft or in review)' },
              { value: 'draft', label: 'Draft' },
              { value: 'in_review', label: 'In review' },
              { value: 'published', label: 'Published' },
              { value: 'all', label: 'All retrospectives' },
            ]}
          />
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
            <EmptyState icon={<IconNotebook size={28} />} title="No retrospectives here">
              One is drafted when an incident whose severity requires it is resolved; open any incident and choose Retrospective to draft
              one.
            </EmptyState>
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
                          {r.revision > 1 && (
                            <Text size="xs" c="dimmed">
                              rev {r.revision}
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
