import { describe, expect, it } from 'vitest';
import {
  ACTION_STATUSES,
  isOpenActionStatus,
  OPEN_ACTION_STATUSES,
  STAKEHOLDER_TIMELINE_KINDS,
  TIMELINE_KINDS,
  timelineVisibility,
} from './vocab.ts';

describe('shared vocabulary rules', () => {
  it('stakeholders see declarations, status changes, their updates (with corrections) and merged duplicates; the rest is war-room only', () => {
    expect([...STAKEHOLDER_TIMELINE_KINDS].sort()).toEqual([
      'declared',
      'merged',
      'stakeholder_update',
      'status_changed',
      'update_edited',
      'update_retracted',
    ]);
    const forStakeholders = TIMELINE_KINDS.filter((k) => timelineVisibility(k) === 'stakeholders');
    expect(forStakeholders).toEqual(TIMELINE_KINDS.filter((k) => STAKEHOLDER_TIMELINE_KINDS.includes(k)));
    for (const k of ['comment', 'note', 'field_changed', 'chat', 'retro_published', 'entry_edited', 'entry_deleted', 'no_such_kind'])
      expect([k, timelineVisibility(k)]).toEqual([k, 'internal']);
  });

  it('open actions are those still to do', () => {
    expect(ACTION_STATUSES.filter(isOpenActionStatus)).toEqual([...OPEN_ACTION_STATUSES]);
    expect(ACTION_STATUSES.filter((s) => !isOpenActionStatus(s))).toEqual(['done', 'wont_do']);
  });
});
