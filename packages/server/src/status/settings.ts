import type { StatusPageSettings, StatusPageSettingsInput } from '@firebreak/shared';
import { audit } from '../audit/index.ts';
import { requireRole } from '../platform/auth.ts';
import type { Ctx, Deps, Tx } from '../platform/context.ts';
import { transaction } from '../platform/context.ts';
import { newSecret } from '../platform/ids.ts';
import { changed } from './cache.ts';
import { getSettings, putSettings, type SettingsRow } from './store.ts';

/** The page as it is before an admin sets it up: off, named after the installation's host. */
function defaults(deps: Pick<Deps, 'config'>): SettingsRow {
  return {
    id: 'page',
    page_id: '',
    enabled: 0,
    organisation_name: new URL(deps.config.publicUrl).hostname,
    logo_url: null,
    brand_color: null,
    support_url: null,
    support_contact: null,
    updated_by: null,
    updated_at: '',
  };
}

export const presentSettings = (row: SettingsRow): StatusPageSettings => ({
  enabled: row.enabled === 1,
  organisationName: row.organisation_name,
  logoUrl: row.logo_url,
  brandColor: row.brand_color,
  supportUrl: row.support_url,
  supportContact: row.support_contact,
  pageId: row.page_id,
  updatedAt: row.updated_at || null,
});

/** The settings row, or the defaults when nobody saved any. */
export async function settingsRow(tx: Tx, deps: Pick<Deps, 'config'>): Promise<SettingsRow> {
  return (await getSettings(tx)) ?? defaults(deps);
}

/** The status page's settings. */
export async function statusPageSettings(tx: Tx, deps: Pick<Deps, 'config'>): Promise<StatusPageSettings> {
  return presentSettings(await settingsRow(tx, deps));
}

/** Changes the page's settings (admins); audited; every instance drops its copy of the page. */
export async function updateStatusPageSettings(ctx: Ctx, body: StatusPageSettingsInput): Promise<StatusPageSettings> {
  requireRole(ctx, 'admin');
  return transaction(ctx, async (tx) => {
    const before = await settingsRow(tx, ctx);
    const next: SettingsRow = {
      ...before,
      // A short opaque id, like Statuspage's, fixed when the page is first saved.
      page_id:
        before.page_id ||
        newSecret('p')
          .slice(2, 14)
          .toLowerCase()
          .replace(/[^a-z0-9]/g, '0'),
      enabled: body.enabled === undefined ? before.enabled : body.enabled ? 1 : 0,
      organisation_name: body.organisationName ?? before.organisation_name,
      logo_url: body.logoUrl === undefined ? before.logo_url : body.logoUrl,
      brand_color: body.brandColor === undefined ? before.brand_color : body.brandColor,
      support_url: body.supportUrl === undefined ? before.support_url : body.supportUrl,
      support_contact: body.supportContact === undefined ? before.support_contact : body.supportContact,
      updated_by: ctx.user.id,
      updated_at: ctx.clock.now().toISOString(),
    };
    await putSettings(tx, next);
    await audit(tx, ctx, {
      action: 'status_page.settings_changed',
      target: { type: 'status_page', id: 'page', label: next.organisation_name },
      details: { changed: Object.keys(body), enabled: next.enabled === 1 },
    });
    changed(tx);
    return presentSettings(next);
  });
}
