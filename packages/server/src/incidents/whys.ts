import type { Ctx } from '../platform/context.ts';
import { transaction } from '../platform/context.ts';
import { ConflictError, NotFoundError } from '../platform/errors.ts';
import { newId } from '../platform/ids.ts';
import { record } from '../timeline/index.ts';
import { reactToWhyAsked } from './hooks.ts';
import { loadIncident } from './policy.ts';
import { answerWhy, getWhy, insertWhy, updateIncident } from './store.ts';

/** Records an open question ("why did the failover not trigger?") on the ticket. */
export async function askWhy(ctx: Ctx, ref: string, question: string) {
  return transaction(ctx, async (tx) => {
    const incident = await loadIncident(tx, ctx.user, ref, 'update', { forUpdate: true });
    const now = ctx.clock.now().toISOString();
    const id = newId();
    await insertWhy(tx, {
      id,
      incident_id: incident.id,
      question,
      answer: null,
      asked_by: ctx.user.id,
      answered_by: null,
      created_at: now,
      answered_at: null,
      retro_why_id: null,
    });
    await updateIncident(tx, incident.id, { updated_at: now });
    await record(tx, ctx, incident, { kind: 'why_added', body: question, data: { whyId: id } });
    // A retrospective being written takes it into its five whys (one whys system), in this transaction.
    await reactToWhyAsked(tx, ctx, incident);
    return incident;
  });
}

/** Answers (or re-opens, with null) a why. */
export async function answerWhyCommand(ctx: Ctx, ref: string, whyId: string, answer: string | null) {
  return transaction(ctx, async (tx) => {
    const incident = await loadIncident(tx, ctx.user, ref, 'update', { forUpdate: true });
    const why = await getWhy(tx, incident.id, whyId);
    if (!why) throw new NotFoundError(`No why ${whyId} on this incident`, 'why_not_found');
    if (why.retro_why_id)
      throw new ConflictError(
        "This why is in the retrospective's five whys now: answer it there (ask why, or end its chain)",
        { whyId: why.id, retroWhyId: why.retro_why_id },
        'why_in_retrospective',
      );
    const now = ctx.clock.now().toISOString();
    const text = answer?.trim() ? answer : null;
    if (text === why.answer) return incident;
    await answerWhy(tx, why.id, text, text ? ctx.user.id : null, text ? now : null);
    await updateIncident(tx, incident.id, { updated_at: now });
    await record(tx, ctx, incident, {
      kind: 'why_answered',
      body: text,
      data: { whyId: why.id, question: why.question, from: why.answer },
    });
    return incident;
  });
}
