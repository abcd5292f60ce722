import { itemInternal, type RetroSectionView, type SaveSectionBody, type TimelineItem } from '@firebreak/shared';
import type { z } from 'zod';
import type { Ctx } from '../platform/context.ts';
import { reader, transaction } from '../platform/context.ts';
import { ConflictError, InputError, NotFoundError } from '../platform/errors.ts';
import { newId } from '../platform/ids.ts';
import { remember } from './history.ts';
import { retroChanged } from './live.ts';
import { assertEditable, loadRetro } from './policy.ts';
import { sectionView } from './present.ts';
import { getSection, markSectionLogged, saveSectionIfCurrent, updateRetro } from './store.ts';
import { retroTextSaved } from './textSaved.ts';

/**
 * Whether a saved timeline line is internal (packages/shared/src/retros/stakeholders.ts): rewording a
 * war-room excerpt makes it retrospective text, even when the client echoes the flag it read; otherwise
 * the flag sent wins (false: keep the excerpt as written for everyone; true: keep a line for responders),
 * and a line sent without one keeps what it had.
 */
function stillInternal(input: { internal?: boolean; text: string; entryId?: number | null }, stored: TimelineItem | undefined): boolean {
  const wasInternal = !!stored && itemInternal(stored);
  const reworded = !!stored && (stored.text !== input.text || stored.entryId !== (input.entryId ?? null));
  if (wasInternal && reworded) return false;
  return input.internal ?? wasInternal;
}

/** Saves by one person to one section within this window share one timeline entry. */
const COALESCE_MS = 10 * 60_000;

/**
 * Saves one section. The save carries the revision it started from: if someone saved the section
 * since, nothing is written and the answer is 409 with both versions (yours and theirs), so no one's
 * text is silently lost. Sections are independent: saves to different sections never conflict.
 */
export async function saveSection(ctx: Ctx, ref: string, key: string, input: z.output<typeof SaveSectionBody>): Promise<RetroSectionView> {
  if (input.body === undefined && input.items === undefined) throw new InputError('Send body, items, or both', { field: 'body' });
  const saved = await transaction(ctx, async (tx) => {
    const { retro } = await loadRetro(tx, ctx.user, ref, 'edit', { forUpdate: true });
    retroChanged(tx, retro, 'section', key);
    assertEditable(retro);
    const current = await getSection(tx, retro.id, key);
    if (!current) throw new NotFoundError(`No section ${key} in this retrospective`, 'section_not_found');
    if (input.items !== undefined && current.kind !== 'timeline')
      throw new InputError(`items: only timeline sections have items (${key} is ${current.kind})`, { field: 'items' });
    const before = new Map(((current.items ? JSON.parse(current.items) : []) as TimelineItem[]).map((i) => [i.id, i]));
    const items: TimelineItem[] | undefined = input.items?.map((i) => ({
      id: i.id || newId().slice(0, 8),
      at: i.at,
      text: i.text,
      entryId: i.entryId ?? null,
      milestone: i.milestone ?? null,
      internal: stillInternal(i, i.id ? before.get(i.id) : undefined),
    }));
    items?.sort((a, b) => a.at.localeCompare(b.at));
    if (input.baseRevision !== current.revision) {
      throw new ConflictError(
        `Section "${current.title}" was changed by ${current.updated_by_name ?? 'someone'} since revision ${input.baseRevision}; merge the two versions and save again with baseRevision ${current.revision}`,
        {
          section: key,
          yours: { baseRevision: input.baseRevision, body: input.body ?? null, items: items ?? null },
          theirs: await sectionView(tx, ctx, current),
        },
        'edit_conflict',
      );
    }
    const now = ctx.clock.now().toISOString();
    const patch = {
      ...(input.body !== undefined ? { body: input.body } : {}),
      ...(items !== undefined ? { items: JSON.stringify(items) } : {}),
      updated_by: ctx.user.id,
      updated_at: now,
    };
    // Belt and braces: the revision check is also in the UPDATE, so a save can never overwrite a newer one.
    if (!(await saveSectionIfCurrent(tx, current.id, input.baseRevision, patch))) {
      const theirs = await getSection(tx, retro.id, key);
      throw new ConflictError(
        'The section changed while saving',
        {
          section: key,
          yours: { baseRevision: input.baseRevision, body: input.body ?? null, items: items ?? null },
          theirs: theirs ? await sectionView(tx, ctx, theirs) : null,
        },
        'edit_conflict',
      );
    }
    await updateRetro(tx, retro.id, { updated_at: now });
    const recent = current.logged_by === ctx.user.id && current.logged_at && Date.parse(now) - Date.parse(current.logged_at) < COALESCE_MS;
    if (!recent) {
      await remember(tx, ctx, retro, {
        kind: 'retro_section_edited',
        data: { retroId: retro.id, section: key, title: current.title, revision: current.revision + 1 },
      });
      await markSectionLogged(tx, current.id, ctx.user.id, now);
    } else await retroTextSaved(tx, ctx, retro, 'retro_section_edited'); // a save folded into the last history line still changed the text
    const saved = await getSection(tx, retro.id, key);
    return saved as NonNullable<typeof saved>;
  });
  // Reviewed after the commit, on the read connection: the language review stays out of the write.
  return sectionView(reader(ctx), ctx, saved);
}
