import type { Insights, SeverityView } from '@firebreak/shared';
import '@mantine/charts/styles.css';
import { BarChart, LineChart } from '@mantine/charts';
import { Paper, Text, Title } from '@mantine/core';

/** Incidents per week or month, stacked by severity. The counts table below carries the same figures. */
export function CountsChart({ data, severities }: { data: Insights; severities: SeverityView[] }) {
  const names = severities.map((s) => s.name).filter((n) => data.counts.some((c) => c.bySeverity[n]));
  const rows = data.counts.map((c) => ({ period: c.period, ...Object.fromEntries(names.map((n) => [n, c.bySeverity[n] ?? 0])) }));
  return (
    <Paper withBorder p="md" radius="md" role="figure" aria-label={`Incidents per ${data.range.period}, by severity`}>
      <Title order={3} size="h5" mb="sm">
        Incidents per {data.range.period}
      </Title>
      {names.length === 0 ? (
        <Text size="sm" c="dimmed">
          No incidents in this range.
        </Text>
      ) : (
        <BarChart
          h={240}
          data={rows}
          dataKey="period"
          type="stacked"
          withLegend
          yAxisProps={{ allowDecimals: false }}
          series={names.map((n) => ({ name: n, color: `${severities.find((s) => s.name === n)?.color ?? 'gray'}.6` }))}
        />
      )}
    </Paper>
  );
}

/** The median of each duration per period, in minutes. */
export function DurationTrendChart({ data }: { data: Insights }) {
  const rows = data.durations.byPeriod.map((p) => ({
    period: p.label,
    'Time to acknowledge': p.mtta.p50,
    'Time to mitigate': p.mttm.p50,
    'Time to resolve': p.mttr.p50,
  }));
  const any = data.durations.byPeriod.some((p) => p.mttr.n || p.mtta.n || p.mttm.n);
  return (
    <Paper withBorder p="md" radius="md" role="figure" aria-label={`Median durations per ${data.range.period}, in minutes`}>
      <Title order={3} size="h5" mb="sm">
        Median minutes per {data.range.period}
      </Title>
      {!any ? (
        <Text size="sm" c="dimmed">
          No acknowledged, mitigated or resolved incidents in this range.
        </Text>
      ) : (
        <LineChart
          h={240}
          data={rows}
          dataKey="period"
          withLegend
          connectNulls
          unit=" min"
          series={[
            { name: 'Time to acknowledge', color: 'blue.6' },
            { name: 'Time to mitigate', color: 'orange.6' },
            { name: 'Time to resolve', color: 'teal.6' },
          ]}
        />
      )}
    </Paper>
  );
}
