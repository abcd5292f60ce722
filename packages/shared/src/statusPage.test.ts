import { describe, expect, it } from 'vitest';
import { impactOfStatus, overallStatus, worstImpact, worstStatus } from './statusPage.ts';

describe('status page rules', () => {
  it('the worst status wins, operational when there is none', () => {
    expect(worstStatus([])).toBe('operational');
    expect(worstStatus(['under_maintenance', 'degraded_performance'])).toBe('degraded_performance');
    expect(worstStatus(['partial_outage', 'major_outage', 'degraded_performance'])).toBe('major_outage');
    expect(worstStatus(['operational', 'under_maintenance'])).toBe('under_maintenance');
  });

  it('maps component statuses to impacts as Statuspage does', () => {
    expect(
      ['operational', 'under_maintenance', 'degraded_performance', 'partial_outage', 'major_outage'].map((s) => impactOfStatus(s as never)),
    ).toEqual(['none', 'none', 'minor', 'major', 'critical']);
    expect(worstImpact(['minor', 'none', 'major'])).toBe('major');
  });

  it('describes the page with Statuspage wording, maintenance alone leaving the indicator at none', () => {
    expect(overallStatus([], [])).toEqual({ indicator: 'none', description: 'All Systems Operational' });
    expect(overallStatus(['operational', 'under_maintenance'], [])).toEqual({
      indicator: 'none',
      description: 'Service Under Maintenance',
    });
    expect(overallStatus(['degraded_performance'], [])).toEqual({ indicator: 'minor', description: 'Minor Service Outage' });
    expect(overallStatus(['operational'], ['major'])).toEqual({ indicator: 'major', description: 'Partial System Outage' });
    expect(overallStatus(['major_outage'], ['minor'])).toEqual({ indicator: 'critical', description: 'Major System Outage' });
  });
});
