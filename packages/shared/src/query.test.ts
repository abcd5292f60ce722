import { describe, expect, it } from 'vitest';
import { csv } from './query.ts';

describe('csv (comma-separated list filters)', () => {
  it('splits, trims and drops empty items; no value is an empty list', () => {
    expect(csv('open, in_progress ,,done,')).toEqual(['open', 'in_progress', 'done']);
    expect(csv('SEV1')).toEqual(['SEV1']);
    expect(csv(' , ')).toEqual([]);
    expect(csv('')).toEqual([]);
    expect(csv(undefined)).toEqual([]);
    expect(csv(null)).toEqual([]);
  });
});
