import { describe, expect, it } from 'vitest';
import { dailyHistory } from './snapshot.ts';

const interval = (status: string, started: string, ended: string | null, incident: string | null = 'i1') => ({
  id: `${status}-${started}`,
  component_id: 'c1',
  incident_id: incident,
  maintenance_id: null,
  status,
  started_at: started,
  ended_at: ended,
});

describe('90-day uptime bars', () => {
  const now = new Date('2026-03-01T12:00:00.000Z');
  const component = { id: 'c1', created_at: '2025-01-01T00:00:00.000Z' };

  it('has 90 UTC days ending today, operational and 100 % when nothing happened', () => {
    const { days, uptimePercent } = dailyHistory(component, [], now);
    expect(days).toHaveLength(90);
    expect(days.at(-1)?.date).toBe('2026-03-01');
    expect(days[0].date).toBe('2025-12-02');
    expect(days.every((d) => d.status === 'operational')).toBe(true);
    expect(uptimePercent).toBe(100);
  });

  it('gives each day its worst status and outage minutes, split at midnight, weighting partial outages at 30 %', () => {
    const { days, uptimePercent } = dailyHistory(
      component,
      [
        interval('major_outage', '2026-02-27T23:00:00.000Z', '2026-02-28T01:00:00.000Z'),
        interval('partial_outage', '2026-02-28T10:00:00.000Z', '2026-02-28T20:00:00.000Z', 'i2'),
        interval('degraded_performance', '2026-03-01T11:00:00.000Z', null, null),
      ],
      now,
    );
    const byDate = Object.fromEntries(days.map((d) => [d.date, d]));
    expect(byDate['2026-02-27']).toMatchObject({ status: 'major_outage', majorMinutes: 60, partialMinutes: 0, incidentIds: ['i1'] });
    expect(byDate['2026-02-28']).toMatchObject({
      status: 'major_outage',
      majorMinutes: 60,
      partialMinutes: 600,
      incidentIds: ['i1', 'i2'],
    });
    expect(byDate['2026-03-01']).toMatchObject({ status: 'degraded_performance', majorMinutes: 0, incidentIds: [] });
    // 120 min major + 600 min × 0.3 = 300 min down over 89.5 days
    const span = 89.5 * 24 * 60;
    expect(uptimePercent).toBe(Math.round((1 - 300 / span) * 10_000) / 100);
  });

  it('counts uptime only since the component was added', () => {
    const young = { id: 'c1', created_at: '2026-03-01T00:00:00.000Z' };
    const { uptimePercent } = dailyHistory(young, [interval('major_outage', '2026-03-01T06:00:00.000Z', '2026-03-01T09:00:00.000Z')], now);
    expect(uptimePercent).toBe(75);
  });
});
