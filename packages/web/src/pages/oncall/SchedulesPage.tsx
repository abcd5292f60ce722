import { Anchor, Button, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle, IconCalendarTime, IconPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useSchedules } from '../../api/oncall.ts';
import { canWork, useUser } from '../../app/session.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorNote } from '../../components/ErrorNote.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PageSkeleton } from '../../components/PageSkeleton.tsx';
import { Time } from '../../components/Time.tsx';
import { OnCallNav } from './OnCallNav.tsx';
import { personName } from './people.ts';

/** Every schedule at a glance: who is on call now, until when, and who is next. */
export function SchedulesPage() {
  const user = useUser();
  const schedules = useSchedules();
  const add = canWork(user) && (
    <Button component={Link} to="/oncall/schedules/new" leftSection={<IconPlus size={14} />}>
      New schedule
    </Button>
  );
  return (
    <>
      <PageHeader title="On-call" subtitle="Who answers when something breaks, now and next." action={add} />
      <OnCallNav />
      {schedules.isPending ? (
        <PageSkeleton rows={4} />
      ) : schedules.error ? (
        <div style={{ padding: 16 }}>
          <ErrorNote error={schedules.error} onRetry={() => schedules.refetch()} />
        </div>
      ) : schedules.data.length === 0 ? (
        <EmptyState
          icon={<IconCalendarTime size={28} />}
          title="No schedules yet"
          action={
            canWork(user) ? (
              <Button component={Link} to="/oncall/schedules/new">
                Create the first schedule
              </Button>
            ) : undefined
          }
        >
          A schedule says who is on call when: people rotate through layers, and overrides cover holidays and swaps.
        </EmptyState>
      ) : (
        <div style={{ padding: '12px 16px' }}>
          <Table.ScrollContainer minWidth={0}>
            <Table verticalSpacing={6} highlightOnHover aria-label="Schedules">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Schedule</Table.Th>
                  <Table.Th>On call now</Table.Th>
                  <Table.Th visibleFrom="sm">Next handoff</Table.Th>
                  <Table.Th visibleFrom="md">Team</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {schedules.data.map((s) => {
                  const name = personName(s.people);
                  return (
                    <Table.Tr key={s.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/oncall/schedules/${encodeURIComponent(s.id)}`} fw={600} size="sm">
                          {s.name}
                        </Anchor>
                        <Text size="xs" c="dimmed">
                          {s.timeZone}
                        </Text>
                        {s.gaps.length > 0 && (
                          <Text size="xs" className="fb-inline-error">
                            <IconAlertTriangle size={12} aria-hidden style={{ verticalAlign: -2 }} />{' '}
                            {s.gaps.length === 1 ? 'A gap' : `${s.gaps.length} gaps`} in the next 14 days
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        {s.current ? (
                          <Stack gap={0}>
                            <Text size="sm" fw={600}>
                              {name(s.current.userId)}
                            </Text>
                            <Text size="xs" c="dimmed">
                              until <Time iso={s.current.end} mode="clock" />
                            </Text>
                          </Stack>
                        ) : (
                          <Text size="sm" className="fb-danger">
                            Nobody
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td visibleFrom="sm">
                        {s.next ? (
                          <Text size="sm">
                            <Time iso={s.next.start} mode="clock" /> → {name(s.next.userId)}
                          </Text>
                        ) : (
                          <Text size="sm" c="dimmed">
                            None in sight
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td visibleFrom="md">
                        <Text size="sm">{s.team?.name ?? '—'}</Text>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </div>
      )}
    </>
  );
}
