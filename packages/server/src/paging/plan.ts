import type { Tx } from '../platform/context.ts';
import { type PageRow, stepsOf } from './store.ts';
import type { Target } from './targets.ts';

/** The steps a page follows, fixed when it starts (or is reassigned): later edits of the policy do not move a page under way. */
export type Plan = { repeat: number; steps: { delayMinutes: number; targets: Target[] }[] };

/** A policy's steps as a plan. */
export async function planOfPolicy(tx: Tx, policy: { id: string; repeat: number }): Promise<Plan> {
  const steps = await stepsOf(tx, [policy.id]);
  return {
    repeat: policy.repeat,
    steps: steps.map((s) => ({ delayMinutes: s.delay_minutes, targets: s.targets.map((t) => ({ kind: t.kind, id: t.target_id })) })),
  };
}

/** A page of one person, team or schedule: one step, no repeat. */
export const planOfTarget = (target: Target): Plan => ({ repeat: 0, steps: [{ delayMinutes: 5, targets: [target] }] });

export const planOf = (page: Pick<PageRow, 'plan'>): Plan => JSON.parse(page.plan) as Plan;

/** The step after the one that fired last (`step` -1: none yet), or null past the last step of the last round. */
export function nextStep(page: Pick<PageRow, 'step' | 'round'>, plan: Plan): { step: number; round: number } | null {
  let step = page.step + 1;
  let round = page.round;
  if (step >= plan.steps.length) {
    step = 0;
    round += 1;
  }
  if (round > plan.repeat || !plan.steps.length) return null;
  return { step, round };
}
