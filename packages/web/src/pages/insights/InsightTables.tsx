import type { DurationStats, Insights, Stat } from '@firebreak/shared';
import { Paper, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { formatMinutes, percent } from './filters.ts';

const cell = (s: Stat) => (s.n ? `${formatMinutes(s.p50)} · ${formatMinutes(s.p90)}` : '—');

function Section({ title, children, note }: { title: string; children: ReactNode; note?: string }) {
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={3} size="h5" mb={note ? 2 : 'sm'}>
        {title}
      </Title>
      {note && (
        <Text size="xs" c="dimmed" mb="sm">
          {note}
        </Text>
      )}
      {/* Wide tables scroll sideways inside their card on phones; focusable so keyboards can scroll it too. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
      <section style={{ overflowX: 'auto' }} tabIndex={0} aria-label={title}>
        {children}
      </section>
    </Paper>
  );
}

/** p50 · p90 of each duration, per group (severity, service). */
export function DurationTable({ title, rows }: { title: string; rows: (DurationStats & { key: string; label: string })[] }) {
  return (
    <Section title={title} note="Median · 90th percentile">
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          No incidents.
        </Text>
      ) : (
        <Table striped fz="sm" miw={560}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{title.replace(/^By /, '').replace(/^\w/, (c) => c.toUpperCase())}</Table.Th>
              <Table.Th scope="col">Incidents</Table.Th>
              <Table.Th scope="col">Detect</Table.Th>
              <Table.Th scope="col">Acknowledge</Table.Th>
              <Table.Th scope="col">Mitigate</Table.Th>
              <Table.Th scope="col">Resolve</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.key}>
                <Table.Th scope="row" fw={500}>
                  {r.label}
                </Table.Th>
                <Table.Td>{r.incidents}</Table.Td>
                <Table.Td>{cell(r.mttd)}</Table.Td>
                <Table.Td>{cell(r.mtta)}</Table.Td>
                <Table.Td>{cell(r.mttm)}</Table.Td>
                <Table.Td>{cell(r.mttr)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Section>
  );
}

export function TopServicesTable({ data }: { data: Insights }) {
  return (
    <Section title="Top services" note="Impact: from start to resolution, or until now while unresolved">
      {data.topServices.length === 0 ? (
        <Text size="sm" c="dimmed">
          No incidents on a service.
        </Text>
      ) : (
        <Table striped fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Service</Table.Th>
              <Table.Th scope="col">Incidents</Table.Th>
              <Table.Th scope="col">Impact</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.topServices.map((s) => (
              <Table.Tr key={s.id}>
                <Table.Th scope="row" fw={500}>
                  {s.name}
                </Table.Th>
                <Table.Td>{s.incidents}</Table.Td>
                <Table.Td>{formatMinutes(s.impactMinutes)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Section>
  );
}

type Counts = Insights['followUps']['byTeam'][number];

function FollowUpRows({ rows }: { rows: Counts[] }) {
  return (
    <>
      {rows.map((r) => (
        <Table.Tr key={r.key}>
          <Table.Th scope="row" fw={500}>
            {r.label}
          </Table.Th>
          <Table.Td>{r.total}</Table.Td>
          <Table.Td>{r.done}</Table.Td>
          <Table.Td>{r.open}</Table.Td>
          <Table.Td c={r.overdue ? 'red' : undefined} fw={r.overdue ? 600 : undefined}>
            {r.overdue}
          </Table.Td>
          <Table.Td>{r.dropped}</Table.Td>
          <Table.Td>{percent(r.completionRate)}</Table.Td>
        </Table.Tr>
      ))}
    </>
  );
}

export function FollowUpTable({ data, by }: { data: Insights; by: 'team' | 'owner' }) {
  const rows = by === 'team' ? data.followUps.byTeam : data.followUps.byOwner;
  return (
    <Section title={`Follow-ups by ${by}`} note={by === 'team' ? 'Owned by its members or on services it owns' : undefined}>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          No follow-ups.
        </Text>
      ) : (
        <Table striped fz="sm" miw={520}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{by === 'team' ? 'Team' : 'Owner'}</Table.Th>
              <Table.Th scope="col">All</Table.Th>
              <Table.Th scope="col">Done</Table.Th>
              <Table.Th scope="col">Open</Table.Th>
              <Table.Th scope="col">Overdue</Table.Th>
              <Table.Th scope="col">Won’t do</Table.Th>
              <Table.Th scope="col">Completed</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            <FollowUpRows rows={rows} />
          </Table.Tbody>
        </Table>
      )}
    </Section>
  );
}
