import { STAKEHOLDER_TIMELINE_KINDS, TIMELINE_KINDS, timelineVisibility } from '@firebreak/shared';
import { describe, expect, it } from 'vitest';
import type { TimelineEntry } from '../../api/types.ts';
import { forStakeholders, STATUS_PAGE_KINDS, stakeholderLine } from './stakeholderEntries.ts';

const entry = (kind: TimelineEntry['kind'], data: Record<string, unknown> = {}): TimelineEntry => ({
  id: 1,
  kind,
  actor: null,
  body: null,
  data,
  visibility: 'internal',
  occurredAt: '2026-03-01T12:00:00.000Z',
  recordedAt: '2026-03-01T12:00:00.000Z',
  pinned: false,
});

describe('the status page shows what stakeholders see', () => {
  it('keeps merged entries: a duplicate folded into this incident is news to stakeholders', () => {
    expect(forStakeholders(entry('merged', { duplicate: 'INC-7' }))).toBe(true);
    expect(STATUS_PAGE_KINDS).toContain('merged');
  });

  it('asks for and keeps exactly the kinds the server shows stakeholders (one list, in shared)', () => {
    expect(STATUS_PAGE_KINDS).toBe(STAKEHOLDER_TIMELINE_KINDS);
    for (const kind of TIMELINE_KINDS)
      expect([kind, forStakeholders(entry(kind))]).toEqual([kind, timelineVisibility(kind) === 'stakeholders']);
  });

  it('says in plain words what each non-update entry means', () => {
    expect(stakeholderLine(entry('declared'))).toBe('Incident opened');
    expect(stakeholderLine(entry('status_changed', { from: 'investigating', to: 'monitoring' }))).toBe('Status changed to Monitoring');
    expect(stakeholderLine(entry('merged', { duplicate: 'INC-7', title: 'Checkout slow' }))).toBe(
      'INC-7 (Checkout slow) was merged into this incident as a duplicate',
    );
    // A private duplicate's title stays out of the entry; the line does not invent one.
    expect(stakeholderLine(entry('merged', { duplicate: 'INC-8' }))).toBe('INC-8 was merged into this incident as a duplicate');
  });
});
