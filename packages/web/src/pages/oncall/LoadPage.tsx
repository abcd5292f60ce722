import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Group, Paper, SegmentedControl, Select, Stack, Table, Text, Title } from '@mantine/core';
import { IconMoon } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useOnCallLoad } from '../../api/paging.ts';
import { useTeams } from '../../api/queries.ts';
import { ErrorNote } from '../../components/ErrorNote.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PageSkeleton } from '../../components/PageSkeleton.tsx';
import { OnCallNav } from './OnCallNav.tsx';
import { personColor } from './ScheduleTimeline.tsx';

const WEEK = 7 * 86_400_000;
const RANGES = [
  { value: '4', label: '4 weeks' },
  { value: '12', label: '12 weeks' },
  { value: '26', label: '6 months' },
];

function duration(s: number | null): string {
  if (s === null) return '—';
  if (s < 60) return `${Math.round(s)} s`;
  if (s < 3600) return `${Math.round(s / 60)} min`;
  return `${(s / 3600).toFixed(1)} h`;
}

/** Start of the current UTC day, so the query key stays put while the page is open. */
const today = () => {
  const d = new Date();
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) + 86_400_000;
};

/**
 * On-call load: pages per person per week, interruptions off hours and while sleeping (22:00–07:00
 * in the person's zone), and time to acknowledge, so a team sees burn-out coming.
 */
export function LoadPage() {
  const [weeks, setWeeks] = useState('4');
  const [team, setTeam] = useState<string | null>(null);
  const teams = useTeams();
  const [to] = useState(today);
  const from = new Date(to - Number(weeks) * WEEK).toISOString();
  const q = useOnCallLoad(from, new Date(to).toISOString(), team ?? '');
  const chart = useMemo(() => {
    const rows = q.data?.rows ?? [];
    const starts = [...new Set(rows.flatMap((r) => r.weeks.map((w) => w.weekStart)))].sort();
    const data = starts.map((ws) => {
      const point: Record<string, string | number> = {
        week: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(ws)),
      };
      for (const r of rows) point[r.user.name] = r.weeks.find((w) => w.weekStart === ws)?.pages ?? 0;
      return point;
    });
    const series = rows.map((r) => ({ name: r.user.name, color: `${personColor(r.user.id)}.6` }));
    return { data, series };
  }, [q.data]);

  return (
    <>
      <PageHeader title="On-call load" subtitle="Who gets woken up, how often, and how fast pages are answered." />
      <OnCallNav />
      <Stack gap="md" p="md">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <SegmentedControl aria-label="Period" value={weeks} onChange={setWeeks} data={RANGES} />
          <Select
            label="Team"
            placeholder="Everyone"
            clearable
            allowDeselect
            w={{ base: '100%', sm: 220 }}
            data={(teams.data ?? []).map((t) => ({ value: t.id, label: t.name }))}
            value={team}
            onChange={setTeam}
          />
        </Group>
        {q.isPending ? (
          <PageSkeleton rows={4} />
        ) : q.error ? (
          <ErrorNote error={q.error} onRetry={() => q.refetch()} />
        ) : q.data.rows.length === 0 ? (
          <Text size="sm" c="dimmed">
            No pages in this period{team ? ' for this team' : ''}. A quiet rotation is a healthy one.
          </Text>
        ) : (
          <>
            <Paper p="sm" component="section" aria-labelledby="load-chart">
              <Title order={2} id="load-chart" mb="xs">
                Pages per person per week
              </Title>
              <div role="img" aria-label="Pages per person per week, stacked bars; the table below has the same numbers">
                <BarChart
                  h={260}
                  data={chart.data}
                  dataKey="week"
                  series={chart.series}
                  type="stacked"
                  withLegend
                  legendProps={{ verticalAlign: 'bottom' }}
                />
              </div>
            </Paper>
            <Paper p="sm" component="section" aria-labelledby="load-table">
              <Title order={2} id="load-table" mb="xs">
                By person
              </Title>
              <Table.ScrollContainer minWidth={0}>
                <Table verticalSpacing={6} aria-label="On-call load by person">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Person</Table.Th>
                      <Table.Th ta="right">Pages</Table.Th>
                      <Table.Th ta="right" visibleFrom="sm">
                        Per week
                      </Table.Th>
                      <Table.Th ta="right">Off hours</Table.Th>
                      <Table.Th ta="right">
                        <IconMoon size={12} aria-hidden style={{ verticalAlign: -1 }} /> Sleeping
                      </Table.Th>
                      <Table.Th ta="right" visibleFrom="sm">
                        Ack p50
                      </Table.Th>
                      <Table.Th ta="right" visibleFrom="md">
                        Ack p90
                      </Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {[...q.data.rows]
                      .sort((a, b) => b.sleepingHours - a.sleepingHours || b.pages - a.pages)
                      .map((r) => (
                        <Table.Tr key={r.user.id}>
                          <Table.Td>
                            <Text size="sm" fw={600}>
                              {r.user.name}
                            </Text>
                            <Text size="xs" c="dimmed">
                              {r.timeZone}
                            </Text>
                          </Table.Td>
                          <Table.Td ta="right">{r.pages}</Table.Td>
                          <Table.Td ta="right" visibleFrom="sm">
                            {r.pagesPerWeek.toFixed(1)}
                          </Table.Td>
                          <Table.Td ta="right">{r.offHours}</Table.Td>
                          <Table.Td ta="right" className={r.sleepingHours > 0 ? 'fb-danger' : undefined}>
                            {r.sleepingHours}
                          </Table.Td>
                          <Table.Td ta="right" visibleFrom="sm">
                            {duration(r.ackP50Seconds)}
                          </Table.Td>
                          <Table.Td ta="right" visibleFrom="md">
                            {duration(r.ackP90Seconds)}
                          </Table.Td>
                        </Table.Tr>
                      ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              <Text size="xs" c="dimmed" mt="xs">
                Off hours: outside 09:00–18:00 Monday to Friday; sleeping: 22:00–07:00; both in the person's time zone. Acknowledgement
                times count from the first notification to the person.
              </Text>
            </Paper>
          </>
        )}
      </Stack>
    </>
  );
}
