import { describe, expect, it } from 'vitest';
import { PUBLIC_STATUS, PUBLIC_STATUSES, publicStatusFor } from './statusPublicWords.ts';

describe('publicStatusFor', () => {
  it("starts a public update at the status that matches the incident's own", () => {
    expect(publicStatusFor('triage')).toBe('investigating');
    expect(publicStatusFor('investigating')).toBe('investigating');
    expect(publicStatusFor('identified')).toBe('identified');
    expect(publicStatusFor('monitoring')).toBe('monitoring');
    expect(publicStatusFor('resolved')).toBe('resolved');
    expect(publicStatusFor('closed')).toBe('resolved');
  });
  it('has words for every public status', () => {
    for (const s of PUBLIC_STATUSES) expect(PUBLIC_STATUS[s].label).toMatch(/^[A-Z]/);
  });
});
