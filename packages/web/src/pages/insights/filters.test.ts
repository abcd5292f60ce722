import { describe, expect, it } from 'vitest';
import { filtersFrom, formatMinutes } from './filters.ts';

describe('insights filters', () => {
  const now = new Date('2026-03-01T12:00:00Z');
  it('reads a preset range as the last N days up to now', () => {
    const f = filtersFrom(new URLSearchParams('range=30&period=week&severity=SEV1'), now);
    expect(f).toMatchObject({ from: '2026-01-30', to: '2026-03-01T12:00:00.000Z', period: 'week', severity: 'SEV1' });
  });
  it('sends a custom range as whole days, for the server to read in the time zone', () => {
    const f = filtersFrom(new URLSearchParams('range=custom&from=2026-02-01&to=2026-02-28'), now);
    expect(f).toMatchObject({ from: '2026-02-01', to: '2026-02-28', period: 'month' });
  });
  it('writes durations the way people read them', () => {
    expect(formatMinutes(null)).toBe('—');
    expect(formatMinutes(45)).toBe('45 min');
    expect(formatMinutes(125)).toBe('2 h 05 min');
    expect(formatMinutes(3 * 1440 + 240)).toBe('3 d 4 h');
  });
});
