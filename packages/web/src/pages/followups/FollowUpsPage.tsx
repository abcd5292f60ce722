import { isOpenActionStatus } from '@firebreak/shared';
import { Anchor, Container, Stack, Text } from '@mantine/core';
import { IconChecklist } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useMyActions } from '../../api/queries.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorNote } from '../../components/ErrorNote.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PageSkeleton } from '../../components/PageSkeleton.tsx';
import { ActionList } from '../incidents/page/Actions.tsx';

/** What I own across incidents: open first, overdue in red. */
export function FollowUpsPage() {
  const actions = useMyActions();
  const list = actions.data ?? [];
  const open = list.filter((a) => isOpenActionStatus(a.status));
  const closed = list.filter((a) => !open.includes(a));
  const overdue = open.filter((a) => a.overdue).length;
  return (
    <>
      <PageHeader
        title="My follow-ups"
        subtitle={
          actions.data
            ? `${open.length} open${overdue ? ` · ${overdue} overdue` : ''} · actions and follow-ups you own`
            : 'Actions and follow-ups you own'
        }
      />
      {actions.isPending ? (
        <PageSkeleton rows={4} />
      ) : actions.error ? (
        <div style={{ padding: 16 }}>
          <ErrorNote error={actions.error} onRetry={() => actions.refetch()} />
        </div>
      ) : list.length === 0 ? (
        <EmptyState icon={<IconChecklist size={28} />} title="Nothing assigned to you">
          Actions and follow-ups you own on any incident appear here.
        </EmptyState>
      ) : (
        <Container size={860} py="md" px="md">
          <Stack gap="lg">
            <ActionList
              actions={[...open].sort((a, b) => Number(b.overdue) - Number(a.overdue) || (a.dueAt ?? '9').localeCompare(b.dueAt ?? '9'))}
              showIncident
            />
            {closed.length > 0 && (
              <Stack gap={6}>
                <Text size="xs" fw={600} c="dimmed">
                  Done or dropped
                </Text>
                <ActionList actions={closed} showIncident />
              </Stack>
            )}
            <Text size="xs" c="dimmed">
              Open an incident from its reference on the{' '}
              <Anchor component={Link} to="/incidents" underline="always">
                incident list
              </Anchor>
              .
            </Text>
          </Stack>
        </Container>
      )}
    </>
  );
}
