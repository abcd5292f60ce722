import { ANSWER_PROMPTS, type AnswerBody, type AnswerView, type LanguageFindingView } from '@firebreak/shared';
import type { z } from 'zod';
import { findingsFor } from '../../language/index.ts';
import type { Actor, Ctx, Deps, Tx } from '../../platform/context.ts';
import { transaction } from '../../platform/context.ts';
import { NotFoundError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { remember } from '../history.ts';
import { retroChanged } from '../live.ts';
import { assertEditable, loadRetro } from '../policy.ts';
import { updateRetro } from '../store.ts';
import { authorKey } from './answerKey.ts';

export const answersOf = (tx: Tx, retroId: string) =>
  tx.db
    .selectFrom('retro_answers')
    .leftJoin('users', 'users.id', 'retro_answers.user_id')
    .selectAll('retro_answers')
    .select('users.name as user_name')
    .where('retro_answers.retro_id', '=', retroId)
    .execute();
type AnswerRow = Awaited<ReturnType<typeof answersOf>>[number];

/** The four fields of an answer (the prompts' keys), in the order of `answerTexts`. */
export const ANSWER_FIELDS = ANSWER_PROMPTS.map((p) => p.key);
type AnswerFindings = AnswerView['findings'];

/** An answer's texts, in the order of `ANSWER_FIELDS` (what `findingsFor` reviews). */
export const answerTexts = (a: AnswerRow): string[] => [a.what_happened, a.surprised, a.stuck, a.would_have_helped];

/** The findings of one answer, from `findingsFor` of its `answerTexts`. */
export const answerFindings = (findings: readonly LanguageFindingView[][]): AnswerFindings =>
  Object.fromEntries(ANSWER_FIELDS.map((field, i) => [field, findings[i]])) as AnswerFindings;

/**
 * An answer as the API shows it, with the language findings of each field. Anonymous answers carry no
 * author, no time and no user id, for everyone, admins included; `mine` is computed from the caller's
 * own key and is true only for them.
 */
export function presentAnswer(deps: Pick<Deps, 'config'>, viewer: Actor, a: AnswerRow, findings: AnswerFindings): AnswerView {
  const author = answerAuthor(a);
  return {
    id: a.id,
    anonymous: !author,
    author,
    whatHappened: a.what_happened,
    surprised: a.surprised,
    stuck: a.stuck,
    wouldHaveHelped: a.would_have_helped,
    mine: a.author_key === authorKey(deps.config, a.retro_id, viewer.id),
    findings,
  };
}

/** Who wrote an answer, or null when it is anonymous (for everyone, admins included). */
export function answerAuthor(a: AnswerRow): { id: string; name: string } | null {
  return a.anonymous || !a.user_id ? null : { id: a.user_id, name: a.user_name ?? 'Unknown' };
}

/** One answer with its findings: the rules, and the learned layer from stored vectors (never the encoder). */
async function answerView(tx: Tx, deps: Pick<Deps, 'config'>, viewer: Actor, a: AnswerRow): Promise<AnswerView> {
  return presentAnswer(deps, viewer, a, answerFindings(await findingsFor(tx, deps.config, answerTexts(a))));
}

/** Attributed answers by name, then anonymous ones in an order that says nothing about who or when. */
export function sortAnswers(list: AnswerView[]): AnswerView[] {
  return list.sort(
    (a, b) =>
      Number(a.anonymous) - Number(b.anonymous) || (a.author?.name ?? '').localeCompare(b.author?.name ?? '') || a.id.localeCompare(b.id),
  );
}

/**
 * Saves the caller's view ("what happened from where you stood?", …), attributed or anonymous as
 * they choose. The row holds only an HMAC of retro + user, never the user id of an anonymous
 * answer; its timeline entry has no actor and its date is kept to the day.
 */
export async function saveAnswer(ctx: Ctx, ref: string, input: z.output<typeof AnswerBody>): Promise<AnswerView> {
  const { view } = await transaction(ctx, async (tx) => {
    const { retro } = await loadRetro(tx, ctx.user, ref, 'answer', { forUpdate: true });
    retroChanged(tx, retro, 'answers');
    assertEditable(retro);
    const key = authorKey(ctx.config, retro.id, ctx.user.id);
    const now = ctx.clock.now().toISOString();
    const existing = await tx.db
      .selectFrom('retro_answers')
      .select('id')
      .where('retro_id', '=', retro.id)
      .where('author_key', '=', key)
      .executeTakeFirst();
    const fields = {
      anonymous: input.anonymous ? 1 : 0,
      user_id: input.anonymous ? null : ctx.user.id,
      what_happened: input.whatHappened,
      surprised: input.surprised,
      stuck: input.stuck,
      would_have_helped: input.wouldHaveHelped,
      updated_on: input.anonymous ? now.slice(0, 10) : now,
    };
    const id = existing?.id ?? newId();
    if (existing) await tx.db.updateTable('retro_answers').set(fields).where('id', '=', id).execute();
    else
      await tx.db
        .insertInto('retro_answers')
        .values({ id, retro_id: retro.id, author_key: key, ...fields })
        .execute();
    await updateRetro(tx, retro.id, { updated_at: now });
    await remember(tx, input.anonymous ? { user: null, clock: ctx.clock } : ctx, retro, {
      kind: 'retro_answered',
      data: input.anonymous ? { retroId: retro.id, anonymous: true } : { retroId: retro.id, anonymous: false, updated: !!existing },
    });
    const row = (await answersOf(tx, retro.id)).find((a) => a.id === id) as AnswerRow;
    return { view: await answerView(tx, ctx, ctx.user, row), retroId: retro.id };
  });
  return view;
}

/** The caller's own answer, or 404 if they have not answered. */
export async function myAnswer(ctx: Ctx, tx: Tx, ref: string): Promise<AnswerView> {
  const { retro } = await loadRetro(tx, ctx.user, ref, 'answer');
  const key = authorKey(ctx.config, retro.id, ctx.user.id);
  const row = (await answersOf(tx, retro.id)).find((a) => a.author_key === key);
  if (!row) throw new NotFoundError('You have not answered yet', 'answer_not_found');
  return answerView(tx, ctx, ctx.user, row);
}

/** Withdraws the caller's own answer. */
export async function deleteAnswer(ctx: Ctx, ref: string): Promise<void> {
  await transaction(ctx, async (tx) => {
    const { retro } = await loadRetro(tx, ctx.user, ref, 'answer', { forUpdate: true });
    retroChanged(tx, retro, 'answers');
    assertEditable(retro);
    const key = authorKey(ctx.config, retro.id, ctx.user.id);
    const row = await tx.db
      .selectFrom('retro_answers')
      .select(['id', 'anonymous'])
      .where('retro_id', '=', retro.id)
      .where('author_key', '=', key)
      .executeTakeFirst();
    if (!row) throw new NotFoundError('You have not answered yet', 'answer_not_found');
    await tx.db.deleteFrom('retro_answers').where('id', '=', row.id).execute();
    await remember(tx, row.anonymous ? { user: null, clock: ctx.clock } : ctx, retro, {
      kind: 'retro_answered',
      data: { retroId: retro.id, anonymous: !!row.anonymous, withdrawn: true },
    });
    return retro.id;
  });
}
