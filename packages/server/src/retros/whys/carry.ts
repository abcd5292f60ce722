import { type IncidentRow, markWhyCarried, whysOf } from '../../incidents/index.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Actor, Tx } from '../../platform/context.ts';
import { newId } from '../../platform/ids.ts';
import { remember } from '../history.ts';
import { retroChanged } from '../live.ts';
import type { RetroRow } from '../store.ts';
import { insertWhy, whysOfRetro } from './store.ts';

/**
 * One whys system: the ticket's whys not carried yet become chains of the retrospective's five whys
 * (the question is the cause; an answer, if any, the first "why?" below it), internal until a person
 * rewords or keeps them. The ticket marks them carried, so they are answered in one place only.
 * Returns how many were carried.
 */
export async function carryTicketWhys(
  tx: Tx,
  who: { user: Actor | null; clock: Clock },
  retro: Pick<RetroRow, 'id' | 'incident_id'>,
  incident: Pick<IncidentRow, 'id'>,
): Promise<number> {
  const pending = (await whysOf(tx, incident.id)).filter((w) => !w.retro_why_id);
  if (!pending.length) return 0;
  const now = who.clock.now().toISOString();
  const roots = (await whysOfRetro(tx, retro.id)).filter((w) => !w.parent_id);
  let position = roots.reduce((m, w) => Math.max(m, w.position + 1), 0);
  for (const w of pending) {
    const base = {
      retro_id: retro.id,
      ending: null,
      action_id: null,
      accepted_reason: null,
      revision: 1,
      created_at: now,
      updated_at: now,
      internal: 1,
    };
    const rootId = newId();
    await insertWhy(tx, { ...base, id: rootId, parent_id: null, position: position++, text: w.question, created_by: w.asked_by });
    if (w.answer) await insertWhy(tx, { ...base, id: newId(), parent_id: rootId, position: 0, text: w.answer, created_by: w.answered_by });
    await markWhyCarried(tx, w.id, rootId);
  }
  retroChanged(tx, retro, 'whys');
  await remember(tx, who, retro, {
    kind: 'retro_why_added',
    data: { retroId: retro.id, fromTicket: true, carried: pending.length, questions: pending.map((w) => w.question) },
  });
  return pending.length;
}
