import type { NotificationKind } from '@firebreak/shared';
import { z } from 'zod';
import { onAlertRouted } from '../alerts/index.ts';
import { formatRef, getIncidentById, isVisibleTo } from '../incidents/index.ts';
import type { Actor, Tx } from '../platform/context.ts';
import { transaction } from '../platform/context.ts';
import { defineJob, enqueue } from '../platform/jobs/queue.ts';
import { listSeverities } from '../severities/index.ts';
import { type EntriesRecorded, onEntriesRecorded } from '../timeline/index.ts';
import { enqueueAlertNotice } from './alertNotice.ts';
import { digestJob } from './digest.ts';
import { quietUntil, settingsFrom } from './settings.ts';
import {
  actionOwnerId,
  activeUsers,
  entriesBetween,
  incidentMemberIds,
  incidentServiceIds,
  insertMailItem,
  insertNotification,
  pendingMailItems,
  settingsOf,
  stakeholdersOf,
  subscribersOf,
  unsubscribedAmong,
  usersByHandles,
} from './store.ts';

/** Timeline kinds someone may be told about; other entries enqueue nothing. */
const TOLD: readonly string[] = [
  'declared',
  'status_changed',
  'field_changed',
  'role_assigned',
  'action_added',
  'action_changed',
  'comment',
  'stakeholder_update',
  'retro_published',
];

/** How long e-mail about one incident to one person waits for more changes, so a burst is one e-mail. */
export const COALESCE_MS = 60_000;

const FanOut = z.object({ incidentId: z.string(), firstId: z.number().int(), lastId: z.number().int() });

/**
 * The listener on the timeline: one fan-out job per record batch (keyed by incident and first
 * entry, so the same batch is never fanned out twice), written in the change's transaction.
 */
export const enqueueFanOut: EntriesRecorded = async (tx, who, incident, entries) => {
  if (!entries.some((e) => TOLD.includes(e.kind))) return;
  const firstId = entries[0].id;
  await enqueue(
    tx,
    who,
    fanOutJob,
    { incidentId: incident.id, firstId, lastId: entries[entries.length - 1].id },
    { key: `notify.fanout:${incident.id}:${firstId}` },
  );
};

export function registerNotificationHooks(): void {
  onEntriesRecorded('notifications', enqueueFanOut);
  onAlertRouted('notifications', enqueueAlertNotice);
}

type Person = { id: string; email: string; name: string; role: string };
/** One thing to tell one recipient about one entry. `internal` lines may carry war-room content. */
type Delivery = { kind: NotificationKind; line: string; detail: string | null; internal: boolean };

const STATUS = (s: unknown) => {
  const v = String(s ?? '');
  return v ? v.charAt(0).toUpperCase() + v.slice(1) : v;
};

/**
 * Decides who hears about a batch of entries and writes their in-app notifications and pending
 * e-mail lines (one e-mail per person and incident is sent later by the digest job). Visibility is
 * checked here, at fan-out time, with the incidents slice's own rule.
 */
export const fanOutJob = defineJob({
  kind: 'notify.fanout',
  payload: FanOut,
  maxAttempts: 8,
  timeoutMs: 60_000,
  async run(ctx, p) {
    await transaction(ctx, async (tx) => {
      const incident = await getIncidentById(tx, p.incidentId);
      if (!incident) return;
      const entries = await entriesBetween(tx, p.incidentId, p.firstId, p.lastId);
      const severity = (await listSeverities(tx, true)).find((s) => s.id === incident.severity_id);
      const serviceIds = await incidentServiceIds(tx, incident.id);
      const watchers = [
        ...new Set([
          ...(await incidentMemberIds(tx, incident.id)),
          ...(await subscribersOf(tx, incident.id, serviceIds, severity?.rank ?? 0)),
        ]),
      ];
      // Service stakeholder lists: people with an account are reached as themselves; other
      // addresses only while the incident is not private, and only with what stakeholders may read.
      const listed = await stakeholdersOf(tx, serviceIds);
      const listedUsers = [...new Set(listed.filter((s) => s.user_id && !s.user_disabled_at).map((s) => s.user_id as string))];
      const externals = incident.private ? [] : [...new Set(listed.filter((s) => !s.user_id).map((s) => s.email))];

      const people = new Map<string, Person>();
      const load = async (ids: string[]) => {
        const missing = ids.filter((id) => !people.has(id));
        for (const u of await activeUsers(tx, missing)) people.set(u.id, u);
      };
      await load([...watchers, ...listedUsers]);

      const perUser = new Map<string, Map<number, Delivery>>();
      const perExternal = new Map<string, Map<number, Delivery>>();
      const tell = (userId: string, entryId: number, d: Delivery) => {
        const m = perUser.get(userId) ?? new Map<number, Delivery>();
        // One notification per person per entry: the first (most personal) reason wins.
        if (!m.has(entryId)) m.set(entryId, d);
        perUser.set(userId, m);
      };
      const tellExternal = (email: string, entryId: number, d: Delivery) => {
        const m = perExternal.get(email) ?? new Map<number, Delivery>();
        if (!m.has(entryId)) m.set(entryId, d);
        perExternal.set(email, m);
      };

      for (const e of entries) {
        const data = JSON.parse(e.data) as Record<string, unknown>;
        const id = Number(e.id);
        const actor = e.actor_name ?? 'Someone';
        switch (e.kind) {
          case 'declared': {
            const line = `Declared by ${actor}: ${incident.title} (${severity?.name ?? 'unknown severity'})`;
            for (const u of watchers) tell(u, id, { kind: 'declared', line, detail: incident.summary || null, internal: false });
            for (const u of listedUsers) tell(u, id, { kind: 'declared', line, detail: null, internal: false });
            for (const x of externals) tellExternal(x, id, { kind: 'declared', line, detail: null, internal: false });
            break;
          }
          case 'status_changed': {
            const line = `Status: ${STATUS(data.from)} → ${STATUS(data.to)} (${actor})`;
            for (const u of watchers) tell(u, id, { kind: 'change', line, detail: e.body, internal: false });
            break;
          }
          case 'field_changed': {
            const changes = (data.changes ?? {}) as Record<string, { from: unknown; to: unknown }>;
            if (!changes.severity) break;
            const line = `Severity: ${changes.severity.from ?? '—'} → ${changes.severity.to} (${actor})`;
            for (const u of watchers) tell(u, id, { kind: 'change', line, detail: e.body, internal: true });
            break;
          }
          case 'role_assigned': {
            const to = data.to as { id: string; name: string } | null;
            const role = String(data.roleName ?? data.role ?? 'a role');
            if (to) {
              await load([to.id]);
              tell(to.id, id, { kind: 'assigned', line: `You are now ${role} (assigned by ${actor})`, detail: e.body, internal: true });
            }
            for (const u of watchers)
              tell(u, id, { kind: 'change', line: `${to?.name ?? 'Someone'} is now ${role}`, detail: e.body, internal: true });
            break;
          }
          case 'action_added':
          case 'action_changed': {
            const assigned = e.kind === 'action_added' ? !!data.owner : !!(data.changes as Record<string, unknown> | undefined)?.owner;
            if (!assigned || typeof data.actionId !== 'string') break;
            const owner = await actionOwnerId(tx, data.actionId);
            if (!owner) break;
            await load([owner]);
            tell(owner, id, {
              kind: 'assigned',
              line: `Action assigned to you by ${actor}: ${e.body ?? ''}`,
              detail: null,
              internal: true,
            });
            break;
          }
          case 'comment': {
            const handles = [...(e.body ?? '').matchAll(/(?:^|[^\p{L}\p{N}_.@-])@([\p{L}\p{N}_.-]+)/gu)].map((m) =>
              m[1].replace(/[.]+$/, '').toLowerCase(),
            );
            for (const u of await usersByHandles(tx, [...new Set(handles)])) {
              people.set(u.id, u);
              // War-room talk is for people who work incidents: a viewer mentioned there is not sent it.
              if (u.role === 'viewer') continue;
              tell(u.id, id, { kind: 'mention', line: `${actor} mentioned you`, detail: e.body, internal: true });
            }
            break;
          }
          case 'stakeholder_update': {
            const line = `Update from ${actor}`;
            for (const u of [...watchers, ...listedUsers])
              tell(u, id, { kind: 'stakeholder_update', line, detail: e.body, internal: false });
            for (const x of externals) tellExternal(x, id, { kind: 'stakeholder_update', line, detail: e.body, internal: false });
            break;
          }
          case 'retro_published': {
            const line = `The retrospective was published by ${actor}`;
            const detail = `Read it at ${ctx.config.publicUrl.replace(/\/$/, '')}/retros/${formatRef(incident.number)}`;
            for (const u of [...listedUsers, ...watchers]) tell(u, id, { kind: 'retro_published', line, detail, internal: false });
            for (const x of externals) tellExternal(x, id, { kind: 'retro_published', line, detail: null, internal: false });
            break;
          }
        }
        // Nobody is told about what they did themselves.
        if (e.actor_id) perUser.get(e.actor_id)?.delete(id);
      }

      const now = ctx.clock.now();
      const userIds = [...perUser.keys()];
      const settings = new Map((await settingsOf(tx, userIds)).map((s) => [s.user_id, settingsFrom(s)]));
      const emails = [...userIds.map((u) => people.get(u)?.email.toLowerCase()).filter((x): x is string => !!x), ...perExternal.keys()];
      const unsubscribed = await unsubscribedAmong(tx, emails);
      const ref = formatRef(incident.number);

      for (const [userId, items] of perUser) {
        const person = people.get(userId);
        if (!person || !items.size) continue;
        const actor: Actor = { id: person.id, email: person.email, name: person.name, role: person.role as Actor['role'] };
        // Private incidents reach only their members (and admins): the incidents slice decides.
        if (!(await isVisibleTo(tx, actor, incident.id))) continue;
        const mine = settings.get(userId) ?? settingsFrom(undefined);
        const stakeholder = person.role === 'viewer';
        let told = false;
        for (const [entryId, d] of items) {
          // Stakeholders (viewers) never receive war-room content.
          if (stakeholder && d.internal) continue;
          const channels = mine.channels[d.kind];
          if (channels.includes('in_app')) {
            told =
              (await insertNotification(tx, {
                user_id: userId,
                incident_id: incident.id,
                entry_id: entryId,
                kind: d.kind,
                title: `${ref} ${d.line}`,
                body: d.detail,
                created_at: now.toISOString(),
              })) || told;
          }
          const address = person.email.toLowerCase();
          if (channels.includes('email') && !unsubscribed.has(address)) {
            await queueMail(tx, ctx, now, {
              recipient: address,
              userId,
              incidentId: incident.id,
              entryId,
              d,
              stakeholderOnly: stakeholder,
              quiet: mine.quietHours,
            });
          }
        }
        if (told) tx.events.push({ type: 'notification', userId });
      }
      for (const [address, items] of perExternal) {
        if (unsubscribed.has(address)) continue;
        for (const [entryId, d] of items) {
          await queueMail(tx, ctx, now, {
            recipient: address,
            userId: null,
            incidentId: incident.id,
            entryId,
            d,
            stakeholderOnly: true,
            quiet: null,
          });
        }
      }
    });
  },
});

/**
 * Adds one line to a person's next e-mail about the incident. The first line opens a window of
 * COALESCE_MS (moved to the end of their quiet hours if it ends inside them); lines that arrive
 * while it is open join it, so a burst of changes is one e-mail. The digest job for the window is
 * keyed by recipient, incident and window, so it is enqueued once.
 */
async function queueMail(
  tx: Tx,
  who: { clock: { now(): Date } },
  now: Date,
  m: {
    recipient: string;
    userId: string | null;
    incidentId: string;
    entryId: number;
    d: Delivery;
    stakeholderOnly: boolean;
    quiet: ReturnType<typeof settingsFrom>['quietHours'];
  },
) {
  const open = (await pendingMailItems(tx, m.recipient, m.incidentId, '9999')).find((i) => i.not_before > now.toISOString());
  let notBefore: string;
  if (open) notBefore = open.not_before;
  else {
    const end = new Date(now.getTime() + COALESCE_MS);
    notBefore = (quietUntil(m.quiet, end) ?? end).toISOString();
  }
  const inserted = await insertMailItem(tx, {
    recipient: m.recipient,
    user_id: m.userId,
    incident_id: m.incidentId,
    entry_id: m.entryId,
    kind: m.d.kind,
    line: m.d.line,
    detail: m.stakeholderOnly && m.d.internal ? null : m.d.detail,
    stakeholder_only: m.stakeholderOnly ? 1 : 0,
    not_before: notBefore,
    created_at: now.toISOString(),
  });
  if (!inserted) return;
  await enqueue(
    tx,
    who,
    digestJob,
    { recipient: m.recipient, incidentId: m.incidentId },
    { key: `notify.digest:${m.recipient}:${m.incidentId}:${notBefore}`, runAt: new Date(notBefore) },
  );
}
