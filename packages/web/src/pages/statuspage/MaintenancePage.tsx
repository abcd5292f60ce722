import { Anchor, Button, Container, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCalendarOff, IconCalendarPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { type Maintenance, useMaintenances } from '../../api/statusPage.ts';
import { canWork, useUser } from '../../app/session.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorNote } from '../../components/ErrorNote.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PageSkeleton } from '../../components/PageSkeleton.tsx';
import { MaintenanceRow } from './MaintenanceRow.tsx';
import { ScheduleMaintenance } from './ScheduleMaintenance.tsx';

function MaintenanceGroup({ title, items, empty, canEdit }: { title: string; items: Maintenance[]; empty: string; canEdit: boolean }) {
  return (
    <Stack gap="xs" component="section" aria-label={title}>
      <Title order={2} size="h5">
        {title} ({items.length})
      </Title>
      {items.length ? (
        <Stack gap="xs" component="ul" p={0} m={0}>
          {items.map((m) => (
            <MaintenanceRow key={m.id} m={m} canEdit={canEdit} />
          ))}
        </Stack>
      ) : (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      )}
    </Stack>
  );
}

/** Planned work announced on the public status page: schedule it, keep customers posted, complete it. */
export function MaintenancePage() {
  const user = useUser();
  const list = useMaintenances();
  const [scheduling, setScheduling] = useState(false);
  const canEdit = canWork(user);
  const byStart = (a: Maintenance, b: Maintenance) => a.scheduledFor.localeCompare(b.scheduledFor);
  const of = (...s: string[]) => (list.data ?? []).filter((m) => s.includes(m.status));
  return (
    <>
      <PageHeader
        title="Scheduled maintenance"
        subtitle={
          <>
            Planned work customers see on the public status page, with e-mails to subscribers. To keep alerts quiet during the work, plan a{' '}
            <Anchor component={Link} to="/settings/maintenance" size="sm" underline="always">
              maintenance window
            </Anchor>{' '}
            as well.
          </>
        }
        action={
          canEdit && !scheduling ? (
            <Button leftSection={<IconCalendarPlus size={16} />} onClick={() => setScheduling(true)}>
              Schedule maintenance
            </Button>
          ) : undefined
        }
      />
      <Container size={980} px="md" py="md">
        <Stack gap="lg">
          {scheduling && (
            <Paper withBorder p="md">
              <ScheduleMaintenance onDone={() => setScheduling(false)} />
            </Paper>
          )}
          {list.isPending ? (
            <PageSkeleton rows={3} />
          ) : list.error ? (
            <ErrorNote error={list.error} onRetry={() => list.refetch()} />
          ) : list.data.length === 0 ? (
            <EmptyState icon={<IconCalendarOff size={28} />} title="No maintenance scheduled">
              Announce planned work ahead, so customers are not surprised: “Schedule maintenance” above.
            </EmptyState>
          ) : (
            <>
              <MaintenanceGroup
                title="In progress"
                items={of('in_progress', 'verifying').sort(byStart)}
                empty="Nothing under way."
                canEdit={canEdit}
              />
              <MaintenanceGroup title="Scheduled" items={of('scheduled').sort(byStart)} empty="Nothing planned." canEdit={canEdit} />
              <MaintenanceGroup
                title="Completed"
                items={of('completed').sort(byStart).reverse()}
                empty="None completed yet."
                canEdit={canEdit}
              />
            </>
          )}
        </Stack>
      </Container>
    </>
  );
}
