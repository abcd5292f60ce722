import type { RetroStatus } from './retros/vocab.ts';
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
  /** Where the retrospective is now (null: none drafted yet); it decides what the advice says. */
  retrospectiveStatus?: RetroStatus | null;
  /** Whys nobody answered or ended yet: open on the ticket, or chains of the retrospective without an ending. */
  openWhys?: number;
};

/** What the closing gate looks at, each with the one thing to do about it. */
export const CLOSING_CHECKS = ['root_cause_fix', 'retrospective', 'open_whys'] as const;
export type ClosingCheckCode = (typeof CLOSING_CHECKS)[number];

/**
 * One finding of the closing gate. `blocks`: closing is refused until it is dealt with; otherwise it
 * is a warning people are asked about before closing. `advice` says what to do, from the same facts.
 */
export type ClosingCheck = { code: ClosingCheckCode; blocks: boolean; message: string; advice: string };

function retrospectiveAdvice(status: RetroStatus | null | undefined): string {
  if (status === 'in_review') return 'Publish the retrospective (it is in review).';
  if (status === 'draft') return 'Finish the retrospective and publish it (it is a draft).';
  return 'Draft the retrospective and publish it.';
}

/**
 * The "resolved but not solved" gate (seed 002): an incident may close only when the fix for the
 * root cause is done, owned by an open follow-up with an owner, or waived with a reason, and once
 * the retrospective its severity requires is published. Open whys only warn. The one rule: the
 * server refuses closing by it and presents it (`closingChecks`), clients show its advice as given.
 */
export function closingChecks(input: ClosingGateInput): ClosingCheck[] {
  const checks: ClosingCheck[] = [];
  const fixed = input.rootCauseFixState === 'done';
  const waived = input.rootCauseFixState === 'waived' && !!input.rootCauseFixReason?.trim();
  if (!fixed && !waived && input.openOwnedRootCauseFollowUps === 0) {
    checks.push({
      code: 'root_cause_fix',
      blocks: true,
      message:
        'The fix for the root cause is not done, not waived with a reason, and no open follow-up with an owner addresses the root cause.',
      advice:
        'Mark the fix for the root cause done, waive it with a reason, or add a follow-up that addresses the root cause and give it an owner.',
    });
  }
  if (input.retrospectiveRequired && !input.retrospectivePublished) {
    checks.push({
      code: 'retrospective',
      blocks: true,
      message: 'This severity requires a retrospective, and it is not published yet.',
      advice: retrospectiveAdvice(input.retrospectiveStatus),
    });
  }
  const open = input.openWhys ?? 0;
  if (open > 0) {
    checks.push({
      code: 'open_whys',
      blocks: false,
      message: `${open === 1 ? 'One why is' : `${open} whys are`} still open.`,
      advice:
        'Answer them, or end their chains in the retrospective (a follow-up, or an accepted risk); you can also close with them open.',
    });
  }
  return checks;
}

/** The reasons closing is refused now (the blocking checks' messages); empty means it may close. */
export function closingBlockers(input: ClosingGateInput): string[] {
  return closingChecks(input)
    .filter((c) => c.blocks)
    .map((c) => c.message);
}

/** Next stakeholder update due time, from the last update (or declaration) and the cadence. */
export function nextUpdateDue(lastUpdateAt: string, cadenceMinutes: number | null): string | null {
  if (!cadenceMinutes || cadenceMinutes <= 0) return null;
  return new Date(Date.parse(lastUpdateAt) + cadenceMinutes * 60_000).toISOString();
}
