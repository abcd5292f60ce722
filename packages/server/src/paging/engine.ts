import type { Insertable } from 'kysely';
import { z } from 'zod';
import { formatRef, getIncidentById } from '../incidents/index.ts';
import type { Actor, Deps, Tx } from '../platform/context.ts';
import { transaction } from '../platform/context.ts';
import type { PageNotificationsTable } from '../platform/db/schema.ts';
import { newId, newTimeOrderedId } from '../platform/ids.ts';
import { type Claim, defineJob, enqueue, enqueueMany } from '../platform/jobs/queue.ts';
import { record } from '../timeline/index.ts';
import { nextStep, type Plan, planOf } from './plan.ts';
import { contactMethodsOf, insertNotifications, insertPage, lockPages, type PageRow, rulesOf, updatePage, updatePages } from './store.ts';
import { peopleForMany } from './targets.ts';

/**
 * The escalation engine. A page's steps fire as `paging.step` jobs due at their time (the worker
 * wakes for the nearest due job, so a step fires well within a second of being due). A step job
 * fires only if it is the page's next step in the page's current generation, under the page's row
 * lock: a job run twice (a worker killed after committing, a lease that ran out) finds the step
 * already fired and does nothing. Firing resolves the step's targets at the step's due time
 * (schedules through the oncall slice), applies each person's paging rules, and inserts one
 * notification per (page, generation, round, step, person, rule) — keyed, so never twice — each
 * with its `paging.send` job (send.ts) at the rule's delay; then it schedules the next step.
 * Steps due together fire as a batch (`fireSteps`, queries over the set). Notifications due at
 * once are sent from the step job itself right after its commit: their `paging.send` jobs are
 * enqueued claimed by the step's worker, so if it dies they are sent by another once the lease ends.
 */

export type EngineCtx = Deps & { user: Actor | null };
const Step = z.object({ pageId: z.string(), generation: z.number().int(), round: z.number().int(), step: z.number().int() });

const stepKey = (pageId: string, generation: number, round: number, step: number) => `paging.step:${pageId}:${generation}:${round}:${step}`;

/** Schedules a page's next step at `at`; `now`: an extra job that runs at once ("escalate now", a new page). */
export async function scheduleStep(
  tx: Tx,
  deps: Pick<Deps, 'clock'>,
  page: Pick<PageRow, 'id' | 'generation'>,
  next: { round: number; step: number },
  at: Date,
  suffix = '',
): Promise<void> {
  await enqueue(
    tx,
    deps,
    stepJob,
    { pageId: page.id, generation: page.generation, round: next.round, step: next.step },
    { runAt: at, key: `${stepKey(page.id, page.generation, next.round, next.step)}${suffix}` },
  );
}

export type NewPage = {
  incidentId: string | null;
  alertId: string | null;
  serviceId: string | null;
  policyId: string | null;
  target: { kind: string; id: string } | null;
  title: string;
  message: string | null;
  source: 'alert' | 'human';
  createdBy: string | null;
  plan: Plan;
};

/** Starts a page in the caller's transaction: its first step fires at once (as a job). */
export async function startPage(tx: Tx, ctx: Pick<Deps, 'clock'>, p: NewPage): Promise<PageRow> {
  const now = ctx.clock.now();
  const row: PageRow = {
    id: newTimeOrderedId(),
    incident_id: p.incidentId,
    alert_id: p.alertId,
    service_id: p.serviceId,
    policy_id: p.policyId,
    target: p.target ? JSON.stringify(p.target) : null,
    title: p.title.slice(0, 500),
    message: p.message,
    source: p.source,
    created_by: p.createdBy,
    status: 'open',
    plan: JSON.stringify(p.plan),
    generation: 0,
    step: -1,
    round: 0,
    next_step_at: now.toISOString(),
    acked_by: null,
    acked_at: null,
    acked_via: null,
    ended_at: null,
    end_reason: null,
    created_at: now.toISOString(),
  };
  await insertPage(tx, row);
  const first = nextStep(row, p.plan);
  if (first) await scheduleStep(tx, ctx, row, first, now);
  else await updatePage(tx, row.id, { next_step_at: null });
  return row;
}

/** Writes an entry about a page on its incident's timeline (pages without an incident have none). */
export async function recordOnIncident(
  tx: Tx,
  ctx: { user: Actor | null; clock: Deps['clock'] },
  page: Pick<PageRow, 'incident_id'>,
  kind: 'paged' | 'page_escalated' | 'page_acknowledged' | 'page_reassigned',
  body: string,
  data: Record<string, unknown>,
): Promise<void> {
  if (!page.incident_id) return;
  const incident = await getIncidentById(tx, page.incident_id);
  if (!incident) return;
  await record(tx, ctx, incident, { kind, body, data });
}

export const incidentRefOf = async (tx: Tx, incidentId: string | null) => {
  if (!incidentId) return null;
  const i = await getIncidentById(tx, incidentId);
  return i ? { id: i.id, ref: formatRef(i.number), title: i.title, status: i.status, private: i.private === 1 } : null;
};

/** Fires one step of a page (see the module comment). Returns false when it was not the page's next step. */
export async function fireStep(tx: Tx, ctx: EngineCtx, p: z.infer<typeof Step>): Promise<boolean> {
  return (await fireSteps(tx, ctx, [p])).fired[0];
}

/** A notification due now whose `paging.send` job a step enqueued under its own worker's claim. */
export type ClaimedSend = { notificationId: string; jobId: string };

type Fired = {
  page: PageRow;
  next: { step: number; round: number };
  due: Date;
  step: Plan['steps'][number];
  following: { step: number; round: number } | null;
  nextAt: Date | null;
};

/**
 * Fires steps of many pages at once (steps due together), in the caller's transaction, each as
 * `fireStep` would, with queries over the whole set: the pages locked in one query (in id order),
 * one query each for the people reached, their contact methods and their rules, the notifications
 * and their send jobs inserted in one statement each. Steps of the same page apply in the order
 * given, each seeing the one before. Per item, whether it fired. With `claim` (the step job's
 * worker's), the send jobs of notifications due now are enqueued claimed by it: returned in
 * `claimed`, for the step job to send at once (send.ts).
 */
export async function fireSteps(
  tx: Tx,
  ctx: EngineCtx,
  items: z.infer<typeof Step>[],
  claim?: Claim,
): Promise<{ fired: boolean[]; claimed: ClaimedSend[] }> {
  const pages = await lockPages(
    tx,
    items.map((i) => i.pageId),
  );
  const nowDate = ctx.clock.now();
  const now = nowDate.toISOString();
  const fired: Fired[] = [];
  const results = items.map((p) => {
    const page = pages.get(p.pageId);
    if (!page || page.status !== 'open' || page.generation !== p.generation) return false;
    const plan = planOf(page);
    const next = nextStep(page, plan);
    if (!next || next.round !== p.round || next.step !== p.step) return false;
    const due = new Date(page.next_step_at ?? now);
    const step = plan.steps[next.step];
    const following = nextStep({ step: next.step, round: next.round }, plan);
    const nextAt = following ? new Date(due.getTime() + step.delayMinutes * 60_000) : null;
    fired.push({ page: { ...page }, next, due, step, following, nextAt });
    Object.assign(page, { step: next.step, round: next.round, next_step_at: nextAt?.toISOString() ?? null });
    return true;
  });
  if (!fired.length) return { fired: results, claimed: [] };

  const { people, names } = await peopleForMany(
    tx,
    fired.map((f) => ({ targets: f.step.targets, at: f.due })),
  );
  const everyone = [...new Set(people.flat())];
  const methodsBy = groupBy(
    (await contactMethodsOf(tx, everyone)).filter((m) => m.enabled),
    (m) => m.user_id,
  );
  const rulesBy = groupBy(await rulesOf(tx, everyone), (r) => r.user_id);
  const rows: Insertable<PageNotificationsTable>[] = [];
  for (const [k, f] of fired.entries()) {
    const { page, next, due } = f;
    const base = `${page.id}:${page.generation}:${next.round}:${next.step}`;
    for (const person of people[k]) {
      const usable = methodsBy.get(person) ?? [];
      // A person without rules is reached at once by every contact method they have.
      const mine = (rulesBy.get(person) ?? [])
        .filter((r) => usable.some((m) => m.id === r.contact_method_id))
        .map((r) => ({ key: r.id, methodId: r.contact_method_id, delay: r.delay_minutes }));
      const plan = mine.length ? mine : usable.map((m) => ({ key: `m${m.id}`, methodId: m.id, delay: 0 }));
      const row = { page_id: page.id, user_id: person, generation: page.generation, round: next.round, step: next.step, created_at: now };
      if (!plan.length) {
        rows.push({
          ...row,
          id: newId(),
          contact_method_id: null,
          status: 'no_contact',
          due_at: due.toISOString(),
          sent_at: null,
          error: 'No contact method',
          dedupe_key: `${base}:${person}:none`,
        });
        continue;
      }
      for (const r of plan)
        rows.push({
          ...row,
          id: newTimeOrderedId(),
          contact_method_id: r.methodId,
          status: 'pending',
          due_at: new Date(due.getTime() + r.delay * 60_000).toISOString(),
          sent_at: null,
          error: null,
          dedupe_key: `${base}:${person}:${r.key}`,
        });
    }
  }
  const inserted = await insertNotifications(tx, rows);
  const sends = rows.filter((r) => r.status === 'pending' && inserted.has(r.id as string));
  const jobIds = await enqueueMany(
    tx,
    ctx,
    sendJobRef.job,
    sends.map((r) => ({
      payload: { notificationId: r.id as string },
      runAt: new Date(r.due_at),
      key: `paging.send:${r.id}`,
      ...(claim && Date.parse(r.due_at) <= nowDate.getTime() ? { claim } : {}),
    })),
  );
  const claimed = claim
    ? sends.flatMap((r, k) =>
        Date.parse(r.due_at) <= nowDate.getTime() && jobIds[k] ? [{ notificationId: r.id as string, jobId: jobIds[k] as string }] : [],
      )
    : [];

  // Each page's last fired step is where it stands; pages that stand alike are updated together.
  const standing = new Map<string, Fired>();
  for (const f of fired) standing.set(f.page.id, f);
  const alike = groupBy([...standing.values()], (f) => `${f.next.step}:${f.next.round}:${f.nextAt?.toISOString() ?? ''}`);
  for (const group of alike.values()) {
    const { next, nextAt } = group[0];
    await updatePages(
      tx,
      group.map((f) => f.page.id),
      { step: next.step, round: next.round, next_step_at: nextAt?.toISOString() ?? null },
    );
  }
  await enqueueMany(
    tx,
    ctx,
    stepJob,
    fired.flatMap(({ page, following, nextAt }) =>
      following && nextAt
        ? [
            {
              payload: { pageId: page.id, generation: page.generation, round: following.round, step: following.step },
              runAt: nextAt,
              key: stepKey(page.id, page.generation, following.round, following.step),
            },
          ]
        : [],
    ),
  );

  const incidents = new Map<string, Awaited<ReturnType<typeof getIncidentById>>>();
  for (const [k, { page, next }] of fired.entries()) {
    if (!page.incident_id) continue;
    if (!incidents.has(page.incident_id)) incidents.set(page.incident_id, await getIncidentById(tx, page.incident_id));
    const incident = incidents.get(page.incident_id);
    if (!incident) continue;
    const reached = people[k].map((id) => names.get(id) ?? id);
    await record(tx, ctx, incident, {
      kind: 'page_escalated',
      body: `Step ${next.step + 1}${next.round ? ` (round ${next.round + 1})` : ''} of page "${page.title}": ${reached.length ? `notified ${reached.join(', ')}` : 'nobody to notify'}`,
      data: { pageId: page.id, step: next.step, round: next.round, people: people[k] },
    });
  }
  return { fired: results, claimed };
}

function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const i of items) {
    const k = key(i);
    const list = out.get(k);
    if (list) list.push(i);
    else out.set(k, [i]);
  }
  return out;
}

/** Late-bound so engine.ts and send.ts need not import each other at load time. */
export const sendJobRef: {
  job: Parameters<typeof enqueue<{ notificationId: string }>>[2];
  /** In the step's transaction: the first half of sending what it claimed (send.ts). */
  prepareClaimed: (tx: Tx, ctx: Deps, claimed: ClaimedSend[]) => Promise<unknown>;
  /** After the commit: the posts, then each marked sent and its job settled (never throws). */
  postClaimed: (ctx: Deps & { signal: AbortSignal }, prepared: unknown) => Promise<void>;
} = { job: null as never, prepareClaimed: null as never, postClaimed: null as never };

/**
 * Fires steps in one transaction and sends their notifications due now from this job, right after
 * it commits: no second trip through the queue, and each such send is still a `paging.send` job
 * (enqueued claimed by this worker) that another worker takes over if this one dies.
 */
async function fireAndSend(ctx: Deps & { signal: AbortSignal; claim?: Claim }, items: z.infer<typeof Step>[]): Promise<void> {
  const prepared = await transaction(ctx, async (tx) => {
    const { claimed } = await fireSteps(tx, { ...ctx, user: null }, items, ctx.claim);
    return claimed.length ? sendJobRef.prepareClaimed(tx, ctx, claimed) : null;
  });
  if (prepared) await sendJobRef.postClaimed(ctx, prepared);
}

export const stepJob = defineJob({
  kind: 'paging.step',
  payload: Step,
  maxAttempts: 10,
  timeoutMs: 30_000,
  async run(ctx, p) {
    await fireAndSend(ctx, [p]);
  },
  // Steps due together (many pages escalating in the same second) fire in one transaction with
  // set-wise queries, pages locked in id order (two workers' batches cannot deadlock); if one
  // fails, each runs on its own.
  batch: {
    max: 200,
    async run(ctx, items) {
      try {
        await fireAndSend(
          ctx,
          items.map((i) => i.payload),
        );
        return items.map(() => null);
      } catch {
        const out: (Error | null)[] = [];
        for (const i of items) {
          try {
            await transaction(ctx, (tx) => fireStep(tx, { ...ctx, user: null }, i.payload));
            out.push(null);
          } catch (err) {
            out.push(err as Error);
          }
        }
        return out;
      }
    },
  },
});
