import {
  type CommsSettingsBody,
  type CommsSettingsView,
  DEFAULT_JARGON,
  DEFAULT_REMINDER_GRACE_MINUTES,
  DEFAULT_UPDATE_TEMPLATES,
  type JargonTerm,
  type PlainLanguageWarning,
  plainLanguageWarnings,
  UPDATE_TEMPLATE_STATUSES,
  type UpdateTemplateStatus,
} from '@firebreak/shared';
import type { z } from 'zod';
import { audit } from '../audit/index.ts';
import { requireRole } from '../platform/auth.ts';
import { type Ctx, type Tx, transaction } from '../platform/context.ts';
import { deleteSetting, readSettingRows, writeSetting } from './store.ts';

/**
 * The installation's communication settings: the grace period before the commander hears about an
 * overdue stakeholder update, the jargon list of the plain-language check, and the update templates.
 * Each part is the shared default until an admin changes it (a row per part; `null` removes it).
 */
export async function commsSettings(tx: Tx): Promise<CommsSettingsView> {
  const rows = new Map((await readSettingRows(tx)).map((r) => [r.key, JSON.parse(r.value) as unknown]));
  const own = (rows.get('templates') ?? {}) as Partial<Record<UpdateTemplateStatus, string>>;
  const templates = Object.fromEntries(UPDATE_TEMPLATE_STATUSES.map((s) => [s, own[s] ?? DEFAULT_UPDATE_TEMPLATES[s]])) as Record<
    UpdateTemplateStatus,
    string
  >;
  return {
    graceMinutes: (rows.get('grace_minutes') as number | undefined) ?? DEFAULT_REMINDER_GRACE_MINUTES,
    jargon: (rows.get('jargon') as JargonTerm[] | undefined) ?? DEFAULT_JARGON,
    templates,
    defaults: { jargon: !rows.has('jargon'), templates: UPDATE_TEMPLATE_STATUSES.filter((s) => own[s] === undefined) },
  };
}

/** Changes some of the communication settings (admins); audited. */
export async function updateCommsSettings(ctx: Ctx, body: z.infer<typeof CommsSettingsBody>): Promise<CommsSettingsView> {
  requireRole(ctx, 'admin');
  return transaction(ctx, async (tx) => {
    const now = ctx.clock.now().toISOString();
    const put = async (key: string, value: unknown) =>
      value === null
        ? deleteSetting(tx, key)
        : writeSetting(tx, { key, value: JSON.stringify(value), updated_by: ctx.user.id, updated_at: now });
    const changed: string[] = [];
    if (body.graceMinutes !== undefined) {
      await put('grace_minutes', body.graceMinutes);
      changed.push('graceMinutes');
    }
    if (body.jargon !== undefined) {
      await put('jargon', body.jargon);
      changed.push('jargon');
    }
    if (body.templates !== undefined) {
      const before = (await commsSettings(tx)).defaults.templates;
      const current = (await commsSettings(tx)).templates;
      const own: Record<string, string> = {};
      for (const s of UPDATE_TEMPLATE_STATUSES) {
        const next = body.templates[s];
        if (next === null) continue; // back to the default
        if (next !== undefined) own[s] = next;
        else if (!before.includes(s)) own[s] = current[s];
      }
      await put('templates', Object.keys(own).length ? own : null);
      changed.push('templates');
    }
    await audit(tx, ctx, {
      action: 'settings.comms_changed',
      target: { type: 'settings', id: 'communication', label: 'Communication' },
      details: { changed, graceMinutes: body.graceMinutes ?? undefined, jargonTerms: body.jargon?.length },
    });
    return commsSettings(tx);
  });
}

/** The plain-language warnings for a stakeholder update, with the installation's jargon list. */
export async function plainWarnings(tx: Tx, text: string): Promise<PlainLanguageWarning[]> {
  return plainLanguageWarnings(text, (await commsSettings(tx)).jargon);
}
