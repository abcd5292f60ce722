import { type AddWhyBody, CreateActionBody, chainTo, childRefusal, endingRefusal, subtreeIds, type WhyEndingBody } from '@firebreak/shared';
import type { z } from 'zod';
import { addAction, getAction } from '../../actions/index.ts';
import type { Ctx, Tx } from '../../platform/context.ts';
import { transaction } from '../../platform/context.ts';
import { ConflictError, InputError, NotFoundError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { remember } from '../history.ts';
import { retroChanged } from '../live.ts';
import { assertEditable, loadRetro } from '../policy.ts';
import { linkFollowUp, updateRetro } from '../store.ts';
import { deleteWhys, insertWhy, updateWhy, type WhyRow, whysOfRetro } from './store.ts';

const toNode = (w: WhyRow) => ({
  id: w.id,
  parentId: w.parent_id,
  position: w.position,
  text: w.text,
  ending: w.ending as 'follow_up' | 'accepted' | null,
  actionId: w.action_id,
  acceptedReason: w.accepted_reason,
});

async function findWhy(tx: Tx, retroId: string, id: string) {
  const all = await whysOfRetro(tx, retroId);
  const node = all.find((w) => w.id === id);
  if (!node) throw new NotFoundError(`No why ${id} in this retrospective`, 'why_not_found');
  return { node, all };
}

/** Adds a why: with no parent it starts a chain at an immediate cause; otherwise it answers "why?" for its parent. */
export async function addWhy(ctx: Ctx, ref: string, input: z.output<typeof AddWhyBody>): Promise<string> {
  const { id } = await transaction(ctx, async (tx) => {
    const { retro } = await loadRetro(tx, ctx.user, ref, 'edit', { forUpdate: true });
    retroChanged(tx, retro, 'whys');
    assertEditable(retro);
    const all = await whysOfRetro(tx, retro.id);
    if (all.length >= 500) throw new InputError('A retrospective holds at most 500 whys', {}, 'too_many_whys');
    if (input.parentId) {
      const parent = all.find((w) => w.id === input.parentId);
      if (!parent) throw new InputError(`parentId: no why ${input.parentId} in this retrospective`, { field: 'parentId' });
      const refusal = childRefusal(toNode(parent));
      if (refusal) throw new ConflictError(refusal, { whyId: parent.id }, 'why_chain_ended');
    }
    const siblings = all.filter((w) => w.parent_id === input.parentId);
    const now = ctx.clock.now().toISOString();
    const row: WhyRow = {
      id: newId(),
      retro_id: retro.id,
      parent_id: input.parentId,
      position: siblings.reduce((m, w) => Math.max(m, w.position + 1), 0),
      text: input.text,
      ending: null,
      action_id: null,
      accepted_reason: null,
      revision: 1,
      created_by: ctx.user.id,
      created_at: now,
      updated_at: now,
      internal: 0,
    };
    await insertWhy(tx, row);
    await updateRetro(tx, retro.id, { updated_at: now });
    await remember(tx, ctx, retro, {
      kind: 'retro_why_added',
      body: input.text,
      data: { retroId: retro.id, whyId: row.id, parentId: row.parent_id },
    });
    return { id: row.id, retroId: retro.id };
  });
  return id;
}

/** Rewords a why. */
export async function editWhy(ctx: Ctx, ref: string, whyId: string, text: string): Promise<void> {
  await transaction(ctx, async (tx) => {
    const { retro } = await loadRetro(tx, ctx.user, ref, 'edit', { forUpdate: true });
    retroChanged(tx, retro, 'whys');
    assertEditable(retro);
    const { node } = await findWhy(tx, retro.id, whyId);
    // The same text keeps a carried (internal) why as written: from now on it is the retrospective's own.
    if (node.text === text && !node.internal) return retro.id;
    const now = ctx.clock.now().toISOString();
    await updateWhy(tx, node.id, { text, revision: node.revision + 1, updated_at: now, internal: 0 });
    await remember(tx, ctx, retro, {
      kind: 'retro_why_changed',
      body: text,
      data: { retroId: retro.id, whyId: node.id, change: 'text', from: node.text },
    });
    return retro.id;
  });
}

/** Removes a why and every why below it; follow-ups it led to stay on the incident. */
export async function removeWhy(ctx: Ctx, ref: string, whyId: string): Promise<void> {
  await transaction(ctx, async (tx) => {
    const { retro } = await loadRetro(tx, ctx.user, ref, 'edit', { forUpdate: true });
    retroChanged(tx, retro, 'whys');
    assertEditable(retro);
    const { node, all } = await findWhy(tx, retro.id, whyId);
    const ids = subtreeIds(node.id, all.map(toNode));
    await deleteWhys(tx, ids);
    await remember(tx, ctx, retro, {
      kind: 'retro_why_removed',
      body: node.text,
      data: { retroId: retro.id, whyId: node.id, removed: ids.length },
    });
    return retro.id;
  });
}

/**
 * Ends a chain: in a follow-up (an existing follow-up of this incident with an owner, or a new one
 * created through the actions slice with an owner), in an explicitly accepted risk with a reason,
 * or re-opens it. Only the last why of a chain (a leaf) can end it.
 */
export async function endWhy(ctx: Ctx, ref: string, whyId: string, input: z.output<typeof WhyEndingBody>): Promise<void> {
  if (input.type === 'follow_up' && input.action && input.actionId) {
    throw new InputError('Give either actionId (link) or action (create), not both', { field: 'action' });
  }
  if (input.type === 'follow_up' && !input.action && !input.actionId) {
    throw new InputError('A follow-up ending needs actionId (link an existing follow-up) or action (create one)', { field: 'action' });
  }
  await transaction(ctx, async (tx) => {
    const { retro, incident } = await loadRetro(tx, ctx.user, ref, 'edit', { forUpdate: true });
    retroChanged(tx, retro, 'whys');
    assertEditable(retro);
    const { node, all } = await findWhy(tx, retro.id, whyId);
    const now = ctx.clock.now().toISOString();
    const patch: Partial<WhyRow> = { revision: node.revision + 1, updated_at: now };
    if (input.type === 'open') Object.assign(patch, { ending: null, action_id: null, accepted_reason: null });
    else {
      const refusal = endingRefusal(node, all.map(toNode));
      if (refusal) throw new ConflictError(refusal, { whyId }, 'why_not_last');
    }
    if (input.type === 'accepted') Object.assign(patch, { ending: 'accepted', action_id: null, accepted_reason: input.reason });
    let actionId = input.type === 'follow_up' ? (input.actionId ?? null) : null;
    if (input.type === 'follow_up' && input.action) {
      // Created in this same transaction: a refused ending leaves no stray follow-up behind.
      const a = input.action;
      const chain = chainTo(node.id, all.map(toNode));
      actionId = await addAction(
        tx,
        ctx,
        incident,
        CreateActionBody.parse({
          title: a.title,
          kind: 'follow_up',
          owner: a.owner,
          dueAt: a.dueAt ?? null,
          priority: a.priority,
          addresses: a.addresses,
          horizon: a.horizon,
          description:
            a.description ?? `From the five whys of the retrospective:\n${chain.map((c, i) => `${'  '.repeat(i)}- ${c}`).join('\n')}`,
        }),
      );
    }
    if (input.type === 'follow_up' && actionId) {
      const action = await getAction(tx, actionId);
      if (!action || action.incident_id !== incident.id)
        throw new InputError(`actionId: no action ${actionId} on this incident`, { field: 'actionId' }, 'action_not_found');
      if (action.kind !== 'follow_up')
        throw new InputError('actionId: that action is a next action, not a follow-up', { field: 'actionId' });
      if (!action.owner_id)
        throw new InputError(
          'actionId: a chain ends in a follow-up with an owner; give the follow-up an owner first',
          { field: 'actionId' },
          'follow_up_needs_owner',
        );
      Object.assign(patch, { ending: 'follow_up', action_id: action.id, accepted_reason: null });
      await linkFollowUp(tx, retro.id, action.id, now);
    }
    await updateWhy(tx, node.id, patch);
    await updateRetro(tx, retro.id, { updated_at: now });
    await remember(tx, ctx, retro, {
      kind: 'retro_why_changed',
      body: node.text,
      data: {
        retroId: retro.id,
        whyId: node.id,
        change: 'ending',
        ending: patch.ending ?? null,
        actionId: patch.action_id ?? null,
        reason: patch.accepted_reason ?? null,
        from: node.ending,
      },
    });
    return retro.id;
  });
}
