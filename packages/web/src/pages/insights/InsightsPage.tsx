import { INSIGHT_TABLES, type Stat } from '@firebreak/shared';
import {
  Accordion,
  Button,
  Container,
  Group,
  Menu,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconChartBar, IconDownload } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { insightsCsvUrl, useInsights } from '../../api/insights.ts';
import { useServices, useSeverities, useTeams } from '../../api/queries.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorNote } from '../../components/ErrorNote.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PageSkeleton } from '../../components/PageSkeleton.tsx';
import { filtersFrom, formatMinutes, percent, RANGES } from './filters.ts';
import { CountsChart, DurationTrendChart } from './InsightCharts.tsx';
import { DurationTable, FollowUpTable, TopServicesTable } from './InsightTables.tsx';

const TABLE_LABEL: Record<(typeof INSIGHT_TABLES)[number], string> = {
  durations: 'Durations',
  counts: 'Incident counts',
  services: 'Top services',
  'follow-ups': 'Follow-ups',
  retros: 'Retrospectives',
};

function StatCard({ label, stat, definition }: { label: string; stat: Stat; definition: string }) {
  return (
    <Paper withBorder p="md" radius="md">
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <Text size="xl" fw={700} mt={4}>
        {formatMinutes(stat.p50)}
      </Text>
      <Text size="xs" c="dimmed">
        p90 {formatMinutes(stat.p90)} · {stat.n} incident{stat.n === 1 ? '' : 's'}
      </Text>
      <Text size="xs" c="dimmed" mt={6} lineClamp={3} title={definition}>
        {definition}
      </Text>
    </Paper>
  );
}

/** Insights across the incidents the reader may see: how fast, how often, what is left to do. */
export function InsightsPage() {
  const [params, setParams] = useSearchParams();
  // "Now" is fixed per visit so a preset range does not refetch on every render.
  const now = useMemo(() => new Date(), []);
  const f = filtersFrom(params, now);
  const { range, fromDay, toDay, ...query } = f;
  const insights = useInsights(query);
  const severities = useSeverities();
  const services = useServices();
  const teams = useTeams();
  const set = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setParams(next, { replace: true });
  };
  const d = insights.data;
  const narrow = useMediaQuery('(max-width: 36em)');
  return (
    <>
      <PageHeader
        title="Insights"
        subtitle="Incidents declared in the range that you can see, with follow-ups and retrospectives"
        action={
          <Menu position="bottom-end">
            <Menu.Target>
              <Button variant="default" leftSection={<IconDownload size={16} />}>
                Export CSV
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              {INSIGHT_TABLES.map((t) => (
                <Menu.Item key={t} component="a" href={insightsCsvUrl(query, t)} download>
                  {TABLE_LABEL[t]}
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
        }
      />
      <Container size={1200} py="md" px="md">
        <Stack gap="md">
          <Group gap="sm" align="flex-end" wrap="wrap">
            <SegmentedControl
              aria-label="Range"
              data={RANGES.map((r) => ({ value: r.value, label: narrow ? r.short : r.label }))}
              fullWidth={narrow}
              value={range}
              onChange={(v) => set({ range: v, ...(v === 'custom' ? { from: fromDay, to: toDay } : { from: null, to: null }) })}
            />
            {range === 'custom' && (
              <>
                <TextInput type="date" label="From" value={fromDay} max={toDay} onChange={(e) => set({ from: e.currentTarget.value })} />
                <TextInput type="date" label="To" value={toDay} min={fromDay} onChange={(e) => set({ to: e.currentTarget.value })} />
              </>
            )}
            <Select
              label="Severity"
              placeholder="All"
              clearable
              w={130}
              data={(severities.data ?? []).map((s) => s.name)}
              value={f.severity ?? null}
              onChange={(v) => set({ severity: v })}
            />
            <Select
              label="Service"
              placeholder="All"
              clearable
              searchable
              w={180}
              data={(services.data ?? []).map((s) => s.name)}
              value={f.service ?? null}
              onChange={(v) => set({ service: v })}
            />
            <Select
              label="Team"
              placeholder="All"
              clearable
              searchable
              w={180}
              data={(teams.data ?? []).map((t) => t.name)}
              value={f.team ?? null}
              onChange={(v) => set({ team: v })}
            />
            <SegmentedControl
              aria-label="Per"
              data={[
                { value: 'week', label: 'Weekly' },
                { value: 'month', label: 'Monthly' },
              ]}
              value={f.period}
              onChange={(v) => set({ period: v })}
            />
          </Group>
          {insights.isPending ? (
            <PageSkeleton rows={6} />
          ) : insights.error ? (
            <ErrorNote error={insights.error} onRetry={() => insights.refetch()} />
          ) : !d ? null : d.durations.overall.incidents === 0 && d.followUps.total === 0 ? (
            <EmptyState icon={<IconChartBar size={28} />} title="No incidents in this range">
              Widen the range or clear a filter. Figures appear as incidents are declared and resolved.
            </EmptyState>
          ) : (
            <>
              <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
                <StatCard label="Time to detect" stat={d.durations.overall.mttd} definition={d.definitions.mttd} />
                <StatCard label="Time to acknowledge" stat={d.durations.overall.mtta} definition={d.definitions.mtta} />
                <StatCard label="Time to mitigate" stat={d.durations.overall.mttm} definition={d.definitions.mttm} />
                <StatCard label="Time to resolve" stat={d.durations.overall.mttr} definition={d.definitions.mttr} />
              </SimpleGrid>
              <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
                <CountsChart data={d} severities={severities.data ?? []} />
                <DurationTrendChart data={d} />
              </SimpleGrid>
              <DurationTable title="By severity" rows={d.durations.bySeverity} />
              <DurationTable title="By service" rows={d.durations.byService} />
              <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
                <TopServicesTable data={d} />
                <Paper withBorder p="md" radius="md">
                  <Text fw={700} size="sm" mb="xs">
                    Retrospectives
                  </Text>
                  <Text size="sm">
                    {d.retros.published} of {d.retros.required} required published ({percent(d.retros.completionRate)})
                  </Text>
                  <Text size="sm" c="dimmed" mt={4}>
                    Time to publish: median {d.retros.hoursToPublish.p50 === null ? '—' : formatMinutes(d.retros.hoursToPublish.p50 * 60)},
                    p90 {d.retros.hoursToPublish.p90 === null ? '—' : formatMinutes(d.retros.hoursToPublish.p90 * 60)}
                  </Text>
                  <Text fw={700} size="sm" mt="md" mb="xs">
                    Follow-ups
                  </Text>
                  <Text size="sm">
                    {d.followUps.done} of {d.followUps.total - d.followUps.dropped} done ({percent(d.followUps.completionRate)}) ·{' '}
                    <Text span c={d.followUps.overdue ? 'red' : undefined} fw={d.followUps.overdue ? 600 : undefined}>
                      {d.followUps.overdue} overdue
                    </Text>{' '}
                    · {d.followUps.open} open · {d.followUps.dropped} won’t do
                  </Text>
                </Paper>
              </SimpleGrid>
              <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
                <FollowUpTable data={d} by="team" />
                <FollowUpTable data={d} by="owner" />
              </SimpleGrid>
              <Accordion variant="contained">
                <Accordion.Item value="definitions">
                  <Accordion.Control>How these figures are computed</Accordion.Control>
                  <Accordion.Panel>
                    <Stack gap={6}>
                      {Object.entries(d.definitions).map(([k, v]) => (
                        <Text key={k} size="sm">
                          {v}
                        </Text>
                      ))}
                      <Text size="sm" c="dimmed">
                        Weeks and months in {d.range.tz}.
                      </Text>
                    </Stack>
                  </Accordion.Panel>
                </Accordion.Item>
              </Accordion>
            </>
          )}
        </Stack>
      </Container>
    </>
  );
}
