import {
  ACTIVE_STATUSES,
  type ComponentImpact,
  type ComponentStatus,
  type IncidentImpact,
  type IncidentStatus,
  impactOfStatus,
  type Publication,
  type PublicIncidentStatus,
  type PublishIncidentBody,
  type UpdatePublicationBody,
  worstImpact,
} from '@firebreak/shared';
import type { z } from 'zod';
import { audit } from '../audit/index.ts';
import { formatRef, type IncidentRow, loadIncident } from '../incidents/index.ts';
import type { Ctx, Deps, Tx } from '../platform/context.ts';
import { reader, transaction } from '../platform/context.ts';
import { ConflictError, InputError } from '../platform/errors.ts';
import { newTimeOrderedId } from '../platform/ids.ts';
import { record } from '../timeline/index.ts';
import { changed } from './cache.ts';
import { firePublicEvent } from './hooks.ts';
import { currentStatuses, syncIntervals } from './intervals.ts';
import {
  componentsByIds,
  deleteStatusIncident,
  getStatusIncident,
  impactsOf,
  insertStatusIncident,
  insertUpdate,
  publisherName,
  replaceImpacts,
  type StatusIncidentRow,
  updateStatusIncident,
  updatesOf,
} from './store.ts';
import { summaryOf } from './summaryView.ts';
import { incidentUrl } from './urls.ts';

/**
 * Publishing incidents on the status page: only what a responder chooses appears (a public title,
 * component impacts, public updates), never a private incident. Every change is on the incident's
 * timeline (war-room entries), audited, and drops the page's cache.
 */

export const PRIVATE_REFUSAL = 'Private incidents never appear on the status page';
const isActive = (s: string) => ACTIVE_STATUSES.includes(s as IncidentStatus);
type Impact = { componentId: string; status: ComponentImpact };

function refusePrivate(incident: IncidentRow): void {
  if (incident.private) throw new ConflictError(PRIVATE_REFUSAL, { incident: formatRef(incident.number) }, 'status_page_private');
}

export async function loadForPublishing(tx: Tx, ctx: Ctx, ref: string): Promise<IncidentRow> {
  const incident = await loadIncident(tx, ctx.user, ref, 'postUpdate', { forUpdate: true });
  refusePrivate(incident);
  return incident;
}

export async function loadPublished(tx: Tx, incident: IncidentRow): Promise<StatusIncidentRow> {
  const row = await getStatusIncident(tx, incident.id, { forUpdate: true });
  if (!row)
    throw new ConflictError(
      `${formatRef(incident.number)} is not on the status page; publish it first`,
      undefined,
      'status_page_not_published',
    );
  return row;
}

async function checkImpacts(tx: Tx, impacts: Impact[]): Promise<Impact[]> {
  const ids = impacts.map((i) => i.componentId);
  if (new Set(ids).size !== ids.length) throw new InputError('impacts: a component is listed twice', { field: 'impacts' });
  const found = new Set((await componentsByIds(tx, ids)).map((c) => c.id));
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length)
    throw new InputError(
      `impacts: no status page component ${missing.join(', ')}`,
      { field: 'impacts', missing },
      'status_component_not_found',
    );
  return impacts;
}

const effectiveImpact = (override: string | null, impacts: Impact[]): IncidentImpact =>
  (override as IncidentImpact | null) ?? worstImpact(impacts.map((i) => impactOfStatus(i.status)));
const impactMap = (impacts: Impact[]) => new Map(impacts.map((i) => [i.componentId, i.status as string]));

async function storedImpacts(tx: Tx, incidentId: string): Promise<Impact[]> {
  return (await impactsOf(tx, [incidentId])).map((i) => ({ componentId: i.component_id, status: i.status as ComponentImpact }));
}

/**
 * Writes one public update: the components it names (Statuspage's affected_components) are the
 * incident's impacted ones with the status they show after it. A `resolved` update resolves the
 * public incident (its impacts end); another status on a resolved one re-opens it while the incident
 * is still being worked on.
 */
async function writeUpdate(
  tx: Tx,
  ctx: Ctx,
  incident: IncidentRow,
  row: StatusIncidentRow,
  input: { status: PublicIncidentStatus; body: string; timelineEntryId: number | null },
  statusesBefore?: Map<string, ComponentStatus>,
): Promise<{ id: string; resolved: boolean }> {
  const now = ctx.clock.now().toISOString();
  const impacts = await storedImpacts(tx, incident.id);
  const before = statusesBefore ?? (await currentStatuses(tx));
  let resolvedAt = row.resolved_at;
  if (input.status === 'resolved' && !row.resolved_at) {
    resolvedAt = now;
    await syncIntervals(tx, { incidentId: incident.id }, new Map(), now);
  } else if (input.status !== 'resolved' && row.resolved_at) {
    if (!isActive(incident.status))
      throw new ConflictError(
        `${formatRef(incident.number)} is ${incident.status}: re-open the incident before updating it as ${input.status}`,
        undefined,
        'status_page_published',
      );
    resolvedAt = null;
    await syncIntervals(tx, { incidentId: incident.id }, impactMap(impacts), now);
  }
  await updateStatusIncident(tx, incident.id, {
    status: input.status,
    resolved_at: resolvedAt,
    updated_at: now,
    ...(input.status === 'monitoring' && !row.monitoring_at ? { monitoring_at: now } : {}),
  });
  const statuses = await currentStatuses(tx);
  const names = new Map(
    (
      await componentsByIds(
        tx,
        impacts.map((i) => i.componentId),
      )
    ).map((c) => [c.id, c.name]),
  );
  const id = newTimeOrderedId();
  await insertUpdate(tx, {
    id,
    incident_id: incident.id,
    status: input.status,
    body: input.body,
    affected_components: JSON.stringify(
      impacts.map((i) => ({
        id: i.componentId,
        name: names.get(i.componentId) ?? '',
        oldStatus: before.get(i.componentId) ?? 'operational',
        status: statuses.get(i.componentId) ?? 'operational',
      })),
    ),
    created_at: now,
    created_by: ctx.user.id,
    timeline_entry_id: input.timelineEntryId,
  });
  return { id, resolved: resolvedAt !== null && row.resolved_at === null };
}

/** What the status page shows of an incident (responders see it on the incident page). */
export async function publicationOf(tx: Tx, deps: Pick<Deps, 'config'>, incident: IncidentRow): Promise<Publication> {
  const row = await getStatusIncident(tx, incident.id);
  const base = {
    incidentId: incident.id,
    ref: formatRef(incident.number),
    eligible: !incident.private,
    reason: incident.private ? PRIVATE_REFUSAL : null,
  };
  if (!row || incident.private)
    return {
      ...base,
      published: false,
      publicTitle: null,
      status: null,
      impact: null,
      impactOverride: null,
      impacts: [],
      publishedAt: null,
      publishedBy: null,
      resolvedAt: null,
      updates: [],
      url: null,
      summary: null,
      retro: null,
    };
  const [impacts, updates, by, { summary, retro }] = await Promise.all([
    impactsOf(tx, [incident.id]),
    updatesOf(tx, [incident.id]),
    row.published_by ? publisherName(tx, row.published_by) : Promise.resolve(undefined),
    summaryOf(tx, incident.id),
  ]);
  return {
    ...base,
    published: true,
    publicTitle: row.public_title,
    status: row.status as PublicIncidentStatus,
    impact: row.impact as IncidentImpact,
    impactOverride: row.impact_override as IncidentImpact | null,
    impacts: impacts.map((i) => ({ componentId: i.component_id, name: i.name, status: i.status as ComponentImpact })),
    publishedAt: row.published_at,
    publishedBy: by ? { id: by.id, name: by.name } : null,
    resolvedAt: row.resolved_at,
    updates: updates.map((u) => ({
      id: u.id,
      status: u.status as PublicIncidentStatus,
      body: u.body,
      createdAt: u.created_at,
      author: u.created_by ? { id: u.created_by, name: u.author_name ?? '' } : null,
      timelineEntryId: u.timeline_entry_id,
    })),
    url: incidentUrl(deps, incident.id),
    summary,
    retro,
  };
}

/** The publication state of an incident, for anyone who can see it. */
export async function readPublication(ctx: Ctx, ref: string): Promise<Publication> {
  const tx = reader(ctx);
  return publicationOf(tx, ctx, await loadIncident(tx, ctx.user, ref));
}

/** Publishes an incident on the status page with a public title, component impacts and its first public update. */
export async function publishIncident(ctx: Ctx, ref: string, body: z.infer<typeof PublishIncidentBody>): Promise<Publication> {
  return transaction(ctx, async (tx) => {
    const incident = await loadForPublishing(tx, ctx, ref);
    if (await getStatusIncident(tx, incident.id))
      throw new ConflictError(`${formatRef(incident.number)} is already on the status page`, undefined, 'status_page_published');
    const impacts = await checkImpacts(tx, body.impacts);
    const before = await currentStatuses(tx);
    const now = ctx.clock.now().toISOString();
    const active = isActive(incident.status);
    // A past incident published afterwards (for the record) is resolved from the start.
    const status: PublicIncidentStatus = active ? body.update.status : 'resolved';
    const row: StatusIncidentRow = {
      incident_id: incident.id,
      public_title: body.publicTitle,
      status: active ? 'investigating' : 'resolved',
      impact: effectiveImpact(body.impact ?? null, impacts),
      impact_override: body.impact ?? null,
      published_at: now,
      published_by: ctx.user.id,
      updated_at: now,
      monitoring_at: null,
      resolved_at: active ? null : (incident.resolved_at ?? now),
    };
    await insertStatusIncident(tx, row);
    await replaceImpacts(tx, incident.id, impacts);
    if (active) await syncIntervals(tx, { incidentId: incident.id }, impactMap(impacts), now);
    const entry = await record(tx, ctx, incident, {
      kind: 'status_page_published',
      body: body.update.body,
      data: { publicTitle: body.publicTitle, impact: row.impact, impacts, status },
    });
    const update = await writeUpdate(tx, ctx, incident, row, { status, body: body.update.body, timelineEntryId: entry.id }, before);
    await audit(tx, ctx, {
      action: 'status_page.incident_published',
      target: { type: 'incident', id: incident.id, label: formatRef(incident.number) },
      details: { publicTitle: body.publicTitle, impact: row.impact, components: impacts.length },
    });
    await firePublicEvent(tx, ctx, { kind: 'incident_published', incidentId: incident.id, updateId: update.id });
    changed(tx);
    return publicationOf(tx, ctx, incident);
  });
}

/** Changes the public title, the component impacts or the impact of a published incident. */
export async function changePublication(ctx: Ctx, ref: string, body: z.infer<typeof UpdatePublicationBody>): Promise<Publication> {
  return transaction(ctx, async (tx) => {
    const incident = await loadForPublishing(tx, ctx, ref);
    const row = await loadPublished(tx, incident);
    const now = ctx.clock.now().toISOString();
    const impacts = body.impacts ? await checkImpacts(tx, body.impacts) : await storedImpacts(tx, incident.id);
    const override = body.impact === undefined ? row.impact_override : body.impact;
    if (body.impacts) {
      await replaceImpacts(tx, incident.id, impacts);
      if (!row.resolved_at) await syncIntervals(tx, { incidentId: incident.id }, impactMap(impacts), now);
    }
    const impact = effectiveImpact(override, impacts);
    await updateStatusIncident(tx, incident.id, {
      public_title: body.publicTitle ?? row.public_title,
      impact,
      impact_override: override,
      updated_at: now,
    });
    await record(tx, ctx, incident, {
      kind: 'status_page_changed',
      data: {
        ...(body.publicTitle !== undefined ? { publicTitle: body.publicTitle, previousTitle: row.public_title } : {}),
        ...(body.impacts ? { impacts } : {}),
        impact,
      },
    });
    await audit(tx, ctx, {
      action: 'status_page.incident_changed',
      target: { type: 'incident', id: incident.id, label: formatRef(incident.number) },
      details: { changed: Object.keys(body), impact },
    });
    changed(tx);
    return publicationOf(tx, ctx, incident);
  });
}

/**
 * Posts a public update on a published incident, inside the caller's transaction. `timelineEntryId`:
 * the stakeholder update it repeats, when it came with one (then no second copy of the text is
 * written on the timeline).
 */
export async function publicUpdateIn(
  tx: Tx,
  ctx: Ctx,
  incident: IncidentRow,
  input: { status?: PublicIncidentStatus; body: string; timelineEntryId?: number },
): Promise<{ id: string }> {
  refusePrivate(incident);
  const row = await loadPublished(tx, incident);
  const status = input.status ?? (row.status as PublicIncidentStatus);
  const entry = await record(tx, ctx, incident, {
    kind: 'status_page_update',
    body: input.timelineEntryId ? null : input.body,
    data: { status, ...(input.timelineEntryId ? { stakeholderUpdate: input.timelineEntryId } : {}) },
  });
  const update = await writeUpdate(tx, ctx, incident, row, {
    status,
    body: input.body,
    timelineEntryId: input.timelineEntryId ?? entry.id,
  });
  await audit(tx, ctx, {
    action: 'status_page.update_posted',
    target: { type: 'incident', id: incident.id, label: formatRef(incident.number) },
    details: { status, updateId: update.id },
  });
  await firePublicEvent(tx, ctx, { kind: 'incident_updated', incidentId: incident.id, updateId: update.id });
  if (update.resolved) await firePublicEvent(tx, ctx, { kind: 'incident_resolved', incidentId: incident.id, updateId: update.id });
  changed(tx);
  return update;
}

/** Posts a public update on a published incident. */
export async function postPublicUpdate(ctx: Ctx, ref: string, body: { status: PublicIncidentStatus; body: string }): Promise<Publication> {
  return transaction(ctx, async (tx) => {
    const incident = await loadForPublishing(tx, ctx, ref);
    await publicUpdateIn(tx, ctx, incident, body);
    return publicationOf(tx, ctx, incident);
  });
}

/** Takes an incident off the status page, with its public updates and its part of the uptime history. */
export async function unpublishIncident(ctx: Ctx, ref: string): Promise<Publication> {
  return transaction(ctx, async (tx) => {
    const incident = await loadIncident(tx, ctx.user, ref, 'postUpdate', { forUpdate: true });
    // A private incident that was published before it became private may still be taken down.
    const row = await loadPublished(tx, incident);
    await deleteStatusIncident(tx, incident.id);
    await record(tx, ctx, incident, { kind: 'status_page_unpublished', data: { publicTitle: row.public_title } });
    await audit(tx, ctx, {
      action: 'status_page.incident_unpublished',
      target: { type: 'incident', id: incident.id, label: formatRef(incident.number) },
      details: { publicTitle: row.public_title },
    });
    changed(tx);
    return publicationOf(tx, ctx, incident);
  });
}

/**
 * The incident's status changed (registered on incidents' `onStatusChange`): resolving it ends its
 * component impacts and resolves it on the page (a resolved public update is posted only if a
 * responder writes one); re-opening it brings its impacts back.
 */
export async function followIncidentStatus(tx: Tx, ctx: Ctx, incident: IncidentRow, change: { from: string; to: string }): Promise<void> {
  const row = await getStatusIncident(tx, incident.id, { forUpdate: true });
  if (!row) return;
  const now = ctx.clock.now().toISOString();
  if (!isActive(change.to) && isActive(change.from) && !row.resolved_at) {
    await syncIntervals(tx, { incidentId: incident.id }, new Map(), now);
    await updateStatusIncident(tx, incident.id, { status: 'resolved', resolved_at: now, updated_at: now });
    if (!incident.private) await firePublicEvent(tx, ctx, { kind: 'incident_resolved', incidentId: incident.id, updateId: null });
    changed(tx);
  } else if (isActive(change.to) && !isActive(change.from) && row.resolved_at) {
    const last = (await updatesOf(tx, [incident.id])).find((u) => u.status !== 'resolved');
    await updateStatusIncident(tx, incident.id, { status: last?.status ?? 'investigating', resolved_at: null, updated_at: now });
    await syncIntervals(tx, { incidentId: incident.id }, impactMap(await storedImpacts(tx, incident.id)), now);
    changed(tx);
  }
}

/** Who may see an incident changed: the private flag hides or shows it on the page at once. */
export async function followIncidentAccess(tx: Tx, incident: IncidentRow, change: { kind: string }): Promise<void> {
  if (change.kind === 'private_changed' && (await getStatusIncident(tx, incident.id))) changed(tx);
}
