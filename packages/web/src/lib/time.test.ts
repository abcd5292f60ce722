import { describe, expect, it } from 'vitest';
import { formatDuration, formatRelative } from './time.ts';

describe('durations and relative times', () => {
  it('never show seconds: the shared clock ticks every 15 s, so a seconds count would stand still', () => {
    expect(formatDuration(42_000)).toBe('under 1 min');
    expect(formatDuration(61_000)).toBe('1 min');
    expect(formatDuration(2 * 3_600_000 + 5 * 60_000)).toBe('2 h 5 min');
    expect(formatRelative(new Date(1_000_000 - 50_000).toISOString(), 1_000_000)).toBe('just now');
    expect(formatRelative(new Date(1_000_000 - 5 * 60_000).toISOString(), 1_000_000)).toBe('5 min ago');
  });
});
