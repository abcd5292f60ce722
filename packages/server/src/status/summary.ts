import { audit } from '../audit/index.ts';
import { formatRef, type IncidentRow } from '../incidents/index.ts';
import type { Ctx } from '../platform/context.ts';
import { transaction } from '../platform/context.ts';
import { ConflictError } from '../platform/errors.ts';
import { retroForPublicSummary } from '../retros/index.ts';
import { record } from '../timeline/index.ts';
import { changed } from './cache.ts';
import { loadForPublishing, loadPublished, publicationOf } from './publish.ts';
import { getSummary, putSummary, updateStatusIncident } from './store.ts';

/**
 * The customer-facing summary of the retrospective, on the public page of a published incident
 * (docs/status-page-responders.md). A responder who may post public updates writes it — offered with
 * a starting point from the published retrospective — and publishes it explicitly; it may be saved
 * without publishing, edited while public, and taken down (kept as saved text). Publishing needs a
 * published retrospective: the summary tells customers what the retrospective found. Every public
 * change is a `status_page_summary` timeline entry and an audit entry, and drops the page's cache.
 * Subscribers are not notified: a summary is not news about the service's state; the incident's page,
 * the history list ("Summary available") and the feeds carry it.
 */

type Action = 'published' | 'changed' | 'unpublished';

const needsRetro = (incident: IncidentRow) =>
  new ConflictError(
    `Publish the retrospective of ${formatRef(incident.number)} first: the public summary tells customers what it found`,
    { incident: formatRef(incident.number) },
    'status_summary_needs_retro',
  );

/** Saves the summary and publishes it (`published: true`) or keeps it for responders only (taking it down if it was public). */
export async function saveSummary(ctx: Ctx, ref: string, input: { body: string; published: boolean }) {
  return transaction(ctx, async (tx) => {
    const incident = await loadForPublishing(tx, ctx, ref);
    await loadPublished(tx, incident);
    const [prev, retro] = await Promise.all([getSummary(tx, incident.id), retroForPublicSummary(tx, incident.id)]);
    if (input.published && !retro?.published) throw needsRetro(incident);
    const now = ctx.clock.now().toISOString();
    const wasPublic = !!prev?.published_at;
    let action: Action | null = null;
    if (input.published && !wasPublic) action = 'published';
    else if (input.published && prev?.body !== input.body) action = 'changed';
    else if (!input.published && wasPublic) action = 'unpublished';
    if (prev && prev.body === input.body && !action) return publicationOf(tx, ctx, incident);
    await putSummary(tx, {
      incident_id: incident.id,
      body: input.body,
      published_at: input.published ? (prev?.published_at ?? now) : null,
      first_published_at: prev?.first_published_at ?? (input.published ? now : null),
      retro_id: retro?.id ?? prev?.retro_id ?? null,
      retro_revision: retro?.revision ?? prev?.retro_revision ?? null,
      updated_at: now,
      updated_by: ctx.user.id,
    });
    if (action) {
      // The public incident changed: clients of the JSON and the feeds see a newer updated_at.
      await updateStatusIncident(tx, incident.id, { updated_at: now });
      await record(tx, ctx, incident, {
        kind: 'status_page_summary',
        body: action === 'unpublished' ? null : input.body,
        data: { action, ...(retro?.revision ? { retroRevision: retro.revision } : {}) },
      });
      await audit(tx, ctx, {
        action: `status_page.summary_${action}`,
        target: { type: 'incident', id: incident.id, label: formatRef(incident.number) },
        details: { characters: input.body.length, retroRevision: retro?.revision ?? null },
      });
      changed(tx);
    }
    return publicationOf(tx, ctx, incident);
  });
}
