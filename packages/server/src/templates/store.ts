import { BUILTIN_RETRO_TEMPLATES, DEFAULT_RETRO_TEMPLATE_ID, type TemplateSection } from '@firebreak/shared';
import type { Tx } from '../platform/context.ts';
import { InputError } from '../platform/errors.ts';

/**
 * Templates: the built-in ones live in code (packages/shared) until an admin edits one, which
 * stores an override row with the same id; resetting deletes the override. Custom templates are rows.
 */
export type Template = {
  id: string;
  name: string;
  description: string;
  builtin: boolean;
  isDefault: boolean;
  customised: boolean;
  reviewRequired: boolean;
  sections: TemplateSection[];
  archived: boolean;
  updatedAt: string | null;
};

type Row = {
  id: string;
  name: string;
  description: string;
  builtin: number;
  is_default: number;
  sections: string;
  archived: number;
  updated_at: string;
  review_required: number;
};

const fromRow = (r: Row): Template => ({
  id: r.id,
  name: r.name,
  description: r.description,
  builtin: !!r.builtin,
  isDefault: !!r.is_default,
  customised: !!r.builtin,
  reviewRequired: !!r.review_required,
  sections: JSON.parse(r.sections) as TemplateSection[],
  archived: !!r.archived,
  updatedAt: r.updated_at,
});

/** All templates (built-ins merged with their overrides), default first, archived ones last. */
export async function allTemplates(tx: Tx, includeArchived = false): Promise<Template[]> {
  const rows = await tx.db.selectFrom('retro_templates').selectAll().orderBy('created_at').execute();
  const overrides = new Map(rows.map((r) => [r.id, r]));
  const list: Template[] = BUILTIN_RETRO_TEMPLATES.map((b) => {
    const o = overrides.get(b.id);
    return o
      ? fromRow(o)
      : { ...b, sections: [...b.sections], builtin: true, isDefault: false, customised: false, archived: false, updatedAt: null };
  });
  for (const r of rows) if (!BUILTIN_RETRO_TEMPLATES.some((b) => b.id === r.id)) list.push(fromRow(r));
  if (!list.some((t) => t.isDefault && !t.archived)) {
    const d = list.find((t) => t.id === DEFAULT_RETRO_TEMPLATE_ID && !t.archived) ?? list.find((t) => !t.archived);
    if (d) d.isDefault = true;
  }
  return list
    .filter((t) => includeArchived || !t.archived)
    .sort((a, b) => Number(b.isDefault) - Number(a.isDefault) || Number(a.archived) - Number(b.archived));
}

/** The template to draft with: the one named, else the default. */
export async function resolveTemplate(tx: Tx, id: string | undefined): Promise<Template> {
  const all = await allTemplates(tx);
  const t = id ? all.find((x) => x.id === id || x.name.toLowerCase() === id.toLowerCase()) : all.find((x) => x.isDefault);
  if (!t)
    throw new InputError(
      `template: no template ${id ?? '(default)'} (known: ${all.map((x) => x.id).join(', ')})`,
      { field: 'template' },
      'unknown_template',
    );
  return t;
}
