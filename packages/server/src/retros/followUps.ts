import { CreateActionBody, type ProposeFollowUpBody } from '@firebreak/shared';
import type { z } from 'zod';
import { addAction } from '../actions/index.ts';
import type { Ctx } from '../platform/context.ts';
import { transaction } from '../platform/context.ts';
import { retroChanged } from './live.ts';
import { assertEditable, loadRetro } from './policy.ts';
import { linkFollowUp } from './store.ts';

/**
 * Proposes a follow-up in the retrospective: created through the actions slice (a follow-up without
 * an owner stays a draft until someone owns it) and linked to the retrospective, in one transaction.
 */
export async function proposeFollowUp(ctx: Ctx, ref: string, input: z.output<typeof ProposeFollowUpBody>): Promise<string> {
  const { actionId } = await transaction(ctx, async (tx) => {
    const { retro, incident } = await loadRetro(tx, ctx.user, ref, 'edit', { forUpdate: true });
    retroChanged(tx, retro, 'actions');
    assertEditable(retro);
    const id = await addAction(
      tx,
      ctx,
      incident,
      CreateActionBody.parse({
        title: input.title,
        kind: 'follow_up',
        description: input.description,
        owner: input.owner ?? null,
        dueAt: input.dueAt ?? null,
        priority: input.priority,
        addresses: input.addresses,
        horizon: input.horizon,
      }),
    );
    await linkFollowUp(tx, retro.id, id, ctx.clock.now().toISOString());
    return { retroId: retro.id, actionId: id };
  });
  return actionId;
}
