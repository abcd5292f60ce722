import type { Tx } from '../platform/context.ts';

/**
 * The on-call schedules paging reads, through the oncall slice's index (oncall-sched): a schedule's
 * name, and who is on call in it at an instant. Until that slice is merged there are no schedules.
 */
export async function scheduleName(_tx: Tx, _id: string): Promise<string | null> {
  return null;
}

/** Ids of the people on call in a schedule at `at` (empty when the schedule does not exist). */
export async function onCallIn(_tx: Tx, _id: string, _at: Date): Promise<string[]> {
  return [];
}
