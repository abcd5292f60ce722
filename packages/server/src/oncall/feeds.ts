import { type CalendarFeedView, finalSchedule, type OnCallSpan } from '@firebreak/shared';
import { audit } from '../audit/index.ts';
import type { Ctx, Deps } from '../platform/context.ts';
import { reader, transaction } from '../platform/context.ts';
import { NotFoundError } from '../platform/errors.ts';
import { hashSecret, newId, newSecret } from '../platform/ids.ts';
import { icalFeed } from './ical.ts';
import { loadSchedule } from './manage.ts';
import { engineSchedule, getSchedule, listSchedules, overridesFor } from './schedules.ts';
import { deleteFeed, feedByHash, insertFeed, usersByIds } from './store.ts';

/**
 * Secret calendar feeds (issue 13): a URL with a token that calendar apps fetch without signing in.
 * Each person has at most one feed per schedule and one of their own shifts; making a new one
 * replaces the old (its URL stops working); only the token's hash is stored, so the URL is shown
 * once. A feed works while its owner is an active user.
 */

const DAY_MS = 86_400_000;
/** What a feed covers: from a week ago (at midnight UTC, so the first event's UID stays stable) to 90 days ahead. */
const PAST_DAYS = 7;
const AHEAD_DAYS = 90;

const scheduleScope = (scheduleId: string, userId: string) => `schedule:${scheduleId}:${userId}`;
const personScope = (userId: string) => `user:${userId}`;
const feedUrl = (deps: Deps, token: string) => `${deps.config.publicUrl.replace(/\/$/, '')}/api/v1/calendar/${token}.ics`;

async function issue(ctx: Ctx, scope: string, scheduleId: string | null, label: string): Promise<CalendarFeedView> {
  const token = newSecret('fbcal');
  const createdAt = ctx.clock.now().toISOString();
  await transaction(ctx, async (tx) => {
    await deleteFeed(tx, scope);
    await insertFeed(tx, {
      id: newId(),
      scope,
      schedule_id: scheduleId,
      user_id: ctx.user.id,
      token_hash: hashSecret(token),
      created_by: ctx.user.id,
      created_at: createdAt,
    });
    await audit(tx, ctx, { action: 'calendar_feed.created', target: { type: 'calendar_feed', id: scope, label } });
  });
  return { url: feedUrl(ctx, token), createdAt };
}

async function revoke(ctx: Ctx, scope: string, label: string): Promise<void> {
  await transaction(ctx, async (tx) => {
    const gone = await deleteFeed(tx, scope);
    if (!Number(gone.numDeletedRows)) throw new NotFoundError('You have no calendar feed for this', 'calendar_feed_not_found');
    await audit(tx, ctx, { action: 'calendar_feed.revoked', target: { type: 'calendar_feed', id: scope, label } });
  });
}

/** A new secret feed URL of a schedule for the caller (replacing their previous one). */
export async function createScheduleFeed(ctx: Ctx, ref: string): Promise<CalendarFeedView> {
  const s = await loadSchedule(reader(ctx), ref);
  return issue(ctx, scheduleScope(s.id, ctx.user.id), s.id, s.name);
}
export async function revokeScheduleFeed(ctx: Ctx, ref: string): Promise<void> {
  const s = await loadSchedule(reader(ctx), ref);
  await revoke(ctx, scheduleScope(s.id, ctx.user.id), s.name);
}
/** A new secret feed URL of the caller's own shifts across schedules. */
export const createPersonFeed = (ctx: Ctx) => issue(ctx, personScope(ctx.user.id), null, ctx.user.email);
export const revokePersonFeed = (ctx: Ctx) => revoke(ctx, personScope(ctx.user.id), ctx.user.email);

const notFound = () => new NotFoundError('No such calendar feed (it may have been revoked)', 'calendar_feed_not_found');

/** The calendar behind a feed token, as iCalendar text; 404 for unknown or revoked tokens. */
export async function calendarFor(deps: Deps, token: string): Promise<string> {
  const tx = reader(deps);
  const feed = await feedByHash(tx, hashSecret(token));
  if (!feed?.user_id) throw notFound();
  const [owner] = await usersByIds(tx, [feed.user_id]);
  if (!owner || owner.disabled_at) throw notFound();
  const now = deps.clock.now();
  const from = new Date(Math.floor(now.getTime() / DAY_MS) * DAY_MS - PAST_DAYS * DAY_MS);
  const to = new Date(from.getTime() + (PAST_DAYS + AHEAD_DAYS) * DAY_MS);
  const base = deps.config.publicUrl.replace(/\/$/, '');
  if (feed.schedule_id) {
    const s = await getSchedule(tx, feed.schedule_id);
    if (!s) throw notFound();
    const overrides = (await overridesFor(tx, [s.id], from, to)).get(s.id) ?? [];
    const spans = finalSchedule(engineSchedule(s, overrides), from, to).final;
    const names = new Map((await usersByIds(tx, [...new Set(spans.map((x) => x.userId))])).map((u) => [u.id, u.name]));
    return icalFeed(spans, {
      name: `${s.name} on call`,
      url: `${base}/schedules/${s.id}`,
      stamp: now,
      uidScope: s.id,
      title: (x) => `On call: ${names.get(x.userId) ?? x.userId} (${s.name})`,
      description: (x) => (x.layer === 'override' ? 'Override' : undefined),
    });
  }
  const list = await listSchedules(tx);
  const overrides = await overridesFor(
    tx,
    list.map((s) => s.id),
    from,
    to,
  );
  // One person, several schedules: each event carries its schedule's id where the engine puts the
  // user, so UIDs (scope + "user" + start) stay unique when two schedules hand over at the same time.
  const spans: OnCallSpan[] = [];
  const names = new Map<string, string>();
  for (const s of list) {
    const ov = overrides.get(s.id) ?? [];
    if (!s.layers.some((l) => l.participants.includes(owner.id)) && !ov.some((o) => o.user_id === owner.id)) continue;
    names.set(s.id, s.name);
    for (const x of finalSchedule(engineSchedule(s, ov), from, to).final) if (x.userId === owner.id) spans.push({ ...x, userId: s.id });
  }
  spans.sort((a, b) => a.start.getTime() - b.start.getTime() || a.userId.localeCompare(b.userId));
  return icalFeed(spans, {
    name: `${owner.name}'s on-call shifts`,
    url: `${base}/oncall`,
    stamp: now,
    uidScope: `user-${owner.id}`,
    title: (x) => `On call: ${names.get(x.userId) ?? 'schedule'}`,
  });
}
