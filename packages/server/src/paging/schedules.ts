import { getSchedule, onCallAt } from '../oncall/index.ts';
import type { Tx } from '../platform/context.ts';

/** The on-call schedules paging reads, through the oncall slice's index. */
export async function findSchedule(tx: Tx, idOrName: string): Promise<{ id: string; name: string } | null> {
  const s = await getSchedule(tx, idOrName);
  return s ? { id: s.id, name: s.name } : null;
}

export const scheduleName = async (tx: Tx, id: string): Promise<string | null> => (await findSchedule(tx, id))?.name ?? null;

/** Ids of the people on call in a schedule at `at` (empty when the schedule does not exist or nobody is on call). */
export const onCallIn = (tx: Tx, id: string, at: Date): Promise<string[]> => onCallAt(tx, id, at);
