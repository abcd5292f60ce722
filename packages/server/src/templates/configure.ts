import type { CreateTemplateBody, TemplateSection, UpdateTemplateBody } from '@firebreak/shared';
import type { z } from 'zod';
import { requireRole } from '../platform/auth.ts';
import type { Ctx, Tx } from '../platform/context.ts';
import { reader, transaction } from '../platform/context.ts';
import { InputError, NotFoundError } from '../platform/errors.ts';
import { newId } from '../platform/ids.ts';
import { allTemplates, type Template } from './store.ts';

export async function getTemplate(ctx: Ctx, id: string): Promise<Template> {
  const t = (await allTemplates(reader(ctx), true)).find((x) => x.id === id);
  if (!t) throw new NotFoundError(`No template ${id}`, 'template_not_found');
  return t;
}

function checkSections(sections: TemplateSection[]): void {
  if (!sections.length) throw new InputError('sections: a template needs at least one section', { field: 'sections' }, 'template_empty');
  const seen = new Set<string>();
  for (const [i, s] of sections.entries()) {
    if (seen.has(s.key)) throw new InputError(`sections.${i}.key: duplicate key ${s.key}`, { field: `sections.${i}.key` });
    seen.add(s.key);
  }
}

async function clearDefault(tx: Tx): Promise<void> {
  await tx.db.updateTable('retro_templates').set({ is_default: 0 }).where('is_default', '=', 1).execute();
}

/** Creates a custom template (admins). A template with no sections is refused. */
export async function createTemplate(ctx: Ctx, input: z.output<typeof CreateTemplateBody>): Promise<Template> {
  requireRole(ctx, 'admin');
  checkSections(input.sections);
  const id = newId();
  await transaction(ctx, async (tx) => {
    const now = ctx.clock.now().toISOString();
    if (input.isDefault) await clearDefault(tx);
    await tx.db
      .insertInto('retro_templates')
      .values({
        id,
        name: input.name,
        description: input.description,
        builtin: 0,
        is_default: input.isDefault ? 1 : 0,
        review_required: input.reviewRequired ? 1 : 0,
        sections: JSON.stringify(input.sections),
        archived: 0,
        created_at: now,
        updated_at: now,
        updated_by: ctx.user.id,
      })
      .execute();
  });
  return getTemplate(ctx, id);
}

/** Edits a template (admins); editing a built-in stores an override that `reset` removes. */
export async function updateTemplate(ctx: Ctx, id: string, input: z.output<typeof UpdateTemplateBody>): Promise<Template> {
  requireRole(ctx, 'admin');
  if (input.sections) checkSections(input.sections);
  await transaction(ctx, async (tx) => {
    const current = (await allTemplates(tx, true)).find((t) => t.id === id);
    if (!current) throw new NotFoundError(`No template ${id}`, 'template_not_found');
    const now = ctx.clock.now().toISOString();
    if (input.isDefault) await clearDefault(tx);
    const row = {
      name: input.name ?? current.name,
      description: input.description ?? current.description,
      sections: JSON.stringify(input.sections ?? current.sections),
      is_default: input.isDefault || (current.isDefault && current.customised) ? 1 : 0,
      review_required: (input.reviewRequired ?? current.reviewRequired) ? 1 : 0,
      archived: 0,
      updated_at: now,
      updated_by: ctx.user.id,
    };
    const exists = await tx.db.selectFrom('retro_templates').select('id').where('id', '=', id).executeTakeFirst();
    if (exists) await tx.db.updateTable('retro_templates').set(row).where('id', '=', id).execute();
    else
      await tx.db
        .insertInto('retro_templates')
        .values({ id, builtin: current.builtin ? 1 : 0, created_at: now, ...row })
        .execute();
  });
  return getTemplate(ctx, id);
}

/** Archives a custom template, or restores a built-in to its shipped text (admins). */
export async function removeTemplate(ctx: Ctx, id: string): Promise<{ reset: boolean }> {
  requireRole(ctx, 'admin');
  return transaction(ctx, async (tx) => {
    const current = (await allTemplates(tx, true)).find((t) => t.id === id);
    if (!current) throw new NotFoundError(`No template ${id}`, 'template_not_found');
    if (current.builtin) {
      await tx.db.deleteFrom('retro_templates').where('id', '=', id).execute();
      return { reset: true };
    }
    await tx.db
      .updateTable('retro_templates')
      .set({ archived: 1, is_default: 0, updated_at: ctx.clock.now().toISOString() })
      .where('id', '=', id)
      .execute();
    return { reset: false };
  });
}
