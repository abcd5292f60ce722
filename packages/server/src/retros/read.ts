import { abilitiesFrom, RETRO_ABILITIES, type RetroView, stakeholderCopy, withInternalFlags } from '@firebreak/shared';
import type { IncidentRow } from '../incidents/index.ts';
import type { Ctx } from '../platform/context.ts';
import { reader } from '../platform/context.ts';
import { NotFoundError } from '../platform/errors.ts';
import { authorKey } from './answers/answerKey.ts';
import { depthSuggestion } from './depth.ts';
import { can, loadRetro, type RetroFacts } from './policy.ts';
import { retroView } from './present.ts';
import { type RetroSnapshot, snapshotOf } from './publish.ts';
import { answerByAuthor, type RetroRow } from './store.ts';

/** A published revision as a RetroView for this reader: live depth advice, their own answer marked, no editing. */
export async function snapshotView(ctx: Ctx, retro: RetroRow, incident: IncidentRow, snap: RetroSnapshot): Promise<RetroView> {
  const tx = reader(ctx);
  const key = authorKey(ctx.config, retro.id, ctx.user.id);
  const mine = await answerByAuthor(tx, retro.id, key);
  // A revision is published for good; amending starts from the latest one only.
  const facts: RetroFacts = {
    status: 'published',
    latest: retro.status === 'published' && snap.revision === retro.revision,
    published: true,
    incidentPrivate: !!incident.private,
    reviewRequired: !!retro.review_required,
  };
  return {
    ...withInternalFlags(snap),
    withheld: 0,
    answers: snap.answers.map((a) => ({ ...a, mine: a.id === mine?.id })),
    depth: { suggestion: await depthSuggestion(tx, ctx.user, incident, ctx.clock.now()), decision: snap.depth.decision },
    abilities: abilitiesFrom(RETRO_ABILITIES, (a) => can(ctx.user, a, facts)),
  };
}

/**
 * What GET /retros/{id} shows (and its exports): the working copy, or a published revision when asked
 * for one. Viewers (stakeholders) always get the stakeholders' copy of the latest published revision,
 * never a draft and never what it pulled in from the war room (packages/shared/src/retros/stakeholders.ts).
 */
export async function readRetro(ctx: Ctx, ref: string, revision?: number): Promise<RetroView> {
  const tx = reader(ctx);
  const { retro, incident } = await loadRetro(tx, ctx.user, ref);
  if (revision !== undefined || ctx.user.role === 'viewer') {
    const snap = await snapshotOf(tx, retro.id, revision);
    if (!snap)
      throw new NotFoundError(`No published revision ${revision ?? ''} of this retrospective`.replace('  ', ' '), 'revision_not_found');
    const view = await snapshotView(ctx, retro, incident, snap);
    return ctx.user.role === 'viewer' ? stakeholderCopy(view) : view;
  }
  return retroView(tx, ctx, ctx.user, retro, incident);
}
