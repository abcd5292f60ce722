import type { IncidentStatus, Milestone, RootCauseFixState } from './vocab.ts';

/** Allowed status transitions. Reopening (resolved/closed/declined → investigating) is allowed and recorded. */
export const TRANSITIONS: Record<IncidentStatus, readonly IncidentStatus[]> = {
  triage: ['investigating', 'identified', 'monitoring', 'resolved', 'declined', 'duplicate'],
  investigating: ['identified', 'monitoring', 'resolved', 'duplicate'],
  identified: ['investigating', 'monitoring', 'resolved', 'duplicate'],
  monitoring: ['investigating', 'identified', 'resolved'],
  resolved: ['investigating', 'closed'],
  closed: ['investigating'],
  declined: ['triage'],
  duplicate: [],
};

/** Whether `from → to` is a legal status change. */
export function canTransition(from: IncidentStatus, to: IncidentStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Milestones that a status change stamps automatically the first time it happens. */
export function milestonesFor(to: IncidentStatus): Milestone[] {
  switch (to) {
    case 'investigating':
      return ['acknowledged'];
    case 'identified':
      return ['acknowledged', 'identified'];
    case 'monitoring':
      return ['acknowledged', 'mitigated'];
    case 'resolved':
      return ['acknowledged', 'mitigated', 'resolved'];
    case 'closed':
      return ['closed'];
    default:
      return [];
  }
}

export type ClosingGateInput = {
  rootCauseFixState: RootCauseFixState;
  rootCauseFixReason: string | null;
  /** Follow-ups that address the root cause, not done/won't do, with an owner and not drafts. */
  openOwnedRootCauseFollowUps: number;
  retrospectiveRequired?: boolean;
  retrospectivePublished?: boolean;
};

/**
 * The "resolved but not solved" gate (seed 002): an incident may close only when the fix for the
 * root cause is done, owned by an open follow-up with an owner, or waived with a reason.
 * Returns the reasons closing is refused; empty means it may close.
 */
export function closingBlockers(input: ClosingGateInput): string[] {
  const reasons: string[] = [];
  const fixed = input.rootCauseFixState === 'done';
  const waived = input.rootCauseFixState === 'waived' && !!input.rootCauseFixReason?.trim();
  if (!fixed && !waived && input.openOwnedRootCauseFollowUps === 0) {
    reasons.push(
      'The fix for the root cause is not done, not waived with a reason, and no open follow-up with an owner addresses the root cause.',
    );
  }
  if (input.retrospectiveRequired && !input.retrospectivePublished) {
    reasons.push('This severity requires a retrospective, and it is not published yet.');
  }
  return reasons;
}

/** Next stakeholder update due time, from the last update (or declaration) and the cadence. */
export function nextUpdateDue(lastUpdateAt: string, cadenceMinutes: number | null): string | null {
  if (!cadenceMinutes || cadenceMinutes <= 0) return null;
  return new Date(Date.parse(lastUpdateAt) + cadenceMinutes * 60_000).toISOString();
}
