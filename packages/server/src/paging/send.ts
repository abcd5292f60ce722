import type { ContactMethodKind } from '@firebreak/shared';
import { z } from 'zod';
import type { Config } from '../config.ts';
import type { Deps, Tx } from '../platform/context.ts';
import { transaction } from '../platform/context.ts';
import { esc, oneLine } from '../platform/html.ts';
import { defineJob, enqueue, type JobContext, settleClaimed } from '../platform/jobs/queue.ts';
import { mailDomain, sendMail } from '../platform/mail.ts';
import { getUsersByIds } from '../users/index.ts';
import { destinationBody, postToDestination, type WebhookEventBody } from '../webhooks/index.ts';
import { type ClaimedSend, incidentRefOf, sendJobRef } from './engine.ts';
import { ACK_LINK_TTL_MS, ackUrl, pageReplyAddress } from './link.ts';
import {
  type ContactMethodRow,
  getContactMethod,
  getNotifications,
  getPages,
  heldFor,
  lockContactMethods,
  type NotificationRow,
  type PageRow,
  sentByMethodsSince,
  updateNotification,
  updateNotifications,
} from './store.ts';

/**
 * Sending one notification of a page (`paging.send`, one job per notification, keyed by its id):
 * nothing goes out for a page that was acknowledged or ended meanwhile. E-mail is handed to the
 * `mail.send` job in the same transaction that marks the notification sent (so it is enqueued
 * exactly once; its Message-ID is fixed by the notification). Chat and webhooks are POSTed from
 * the job (or, for a step's notifications due at once, from the step job, the send job claimed
 * by its worker) and marked sent after the receiver answered 2xx; a worker killed between the two sends
 * the same notification again with the same `X-Firebreak-Delivery` id (at least once — receivers
 * drop the repeat by that id). Per contact method at most `pagingLimits.perMinute` notifications go
 * out in any 60 s; the rest are held, and one summary per method per minute lists them.
 */
export const pagingLimits = { perMinute: 5 };

type Message = {
  subject: string;
  text: string;
  html: string;
  link: string;
  ack: string;
  incidentUrl: string | null;
  private: boolean;
  ref: string | null;
};

type IncidentRef = Awaited<ReturnType<typeof incidentRefOf>>;

function compose(config: Config, page: PageRow, n: NotificationRow, incident: IncidentRef): Message {
  const base = config.publicUrl.replace(/\/$/, '');
  const isPrivate = !!incident?.private;
  const ack = ackUrl(config, page.id, n.user_id, new Date(new Date(n.due_at).getTime() + ACK_LINK_TTL_MS));
  const incidentUrl = incident ? `${base}/incidents/${incident.ref}` : null;
  const title = oneLine(page.title);
  const subject = `[Page]${incident ? ` ${incident.ref}` : ''} ${title}`;
  const lines = [
    `You are paged${incident ? ` about ${incident.ref}` : ''}: ${title}`,
    ...(page.message ? ['', page.message] : []),
    '',
    `Acknowledge (stops the escalation): ${ack}`,
    ...(incidentUrl ? [`Open ${incident?.ref}: ${incidentUrl}`] : []),
    `Or reply "ack" to this e-mail.`,
  ];
  const html = `<!doctype html><html><body style="font-family:system-ui,sans-serif;color:#212529">
<h1 style="font-size:18px;margin:8px 0">${esc(subject)}</h1>
${page.message ? `<p>${esc(page.message)}</p>` : ''}
<p><a href="${esc(ack)}" style="display:inline-block;padding:8px 16px;background:#c92a2a;color:#fff;text-decoration:none;border-radius:4px">Acknowledge</a></p>
${incidentUrl ? `<p><a href="${esc(incidentUrl)}">Open ${esc(incident?.ref ?? '')}</a></p>` : ''}
<p style="font-size:12px;color:#495057">Or reply "ack" to this e-mail. The link works once and expires in 24 hours.</p>
</body></html>`;
  return { subject, text: lines.join('\n'), html, link: ack, ack, incidentUrl, private: isPrivate, ref: incident?.ref ?? null };
}

/** The body a chat or webhook contact method gets, in the webhooks slice's formats. */
function chatBody(kind: ContactMethodKind, deliveryId: string, now: Date, m: Message, page: PageRow, text: string): string {
  const e: WebhookEventBody & { page?: unknown } = {
    event: 'incident.paged',
    deliveryId,
    sequence: 1,
    createdAt: now.toISOString(),
    audience: 'responders',
    incident: {
      id: page.incident_id ?? page.id,
      ref: m.ref ?? 'Page',
      // A chat channel may be read by more people than the incident's members.
      title: m.private ? 'A private incident needs you' : oneLine(page.title),
      status: page.status,
      severity: null,
      services: [],
      roles: [],
      summary: null,
      url: m.incidentUrl ?? m.ack,
    },
    entry: {
      id: 0,
      kind: 'note',
      body: text,
      data: {},
      actor: null,
      occurredAt: now.toISOString(),
      recordedAt: now.toISOString(),
      pinned: false,
      visibility: 'internal',
    } as unknown as WebhookEventBody['entry'],
  };
  if (kind === 'webhook') e.page = { id: page.id, title: m.private ? null : page.title, ackUrl: m.ack, notificationId: deliveryId };
  return destinationBody(kind as Exclude<ContactMethodKind, 'email'>, e);
}

/** Posts to a chat or webhook contact method; throws (so the job retries) unless the receiver took it. */
async function postTo(
  ctx: Pick<JobContext, 'config' | 'signal'>,
  method: ContactMethodRow,
  body: string,
  deliveryId: string,
): Promise<void> {
  const out = await postToDestination(
    ctx,
    method.address,
    body,
    { 'X-Firebreak-Delivery': deliveryId, 'X-Firebreak-Event': 'page' },
    ctx.signal,
  );
  if (!out.ok) throw new Error(out.error ?? 'The receiver refused the page');
}

const mailTo = (user: { name: string; email: string }, method: ContactMethodRow) => [{ name: oneLine(user.name), address: method.address }];

type Ready = { n: NotificationRow; page: PageRow; method: ContactMethodRow; body: string };

/**
 * The first half of sending notifications, in the caller's transaction: for each, checks it is still
 * due, applies the rate limit, and either hands e-mail to the mail job (done) or claims a chat/webhook
 * post and returns it (posted after the commit). Many at once with queries over the set (the
 * notifications, their pages, their methods locked in id order, what each method carried in the
 * last minute); each counts against its method's limit as it is claimed, so a batch is held to
 * the limit as one-by-one sends would be. Per id, in order.
 */
async function prepareMany(tx: Tx, ctx: Deps, ids: string[]): Promise<(Ready | null)[]> {
  const ns = await getNotifications(tx, ids);
  const live = [...ns.values()].filter((n) => n.status === 'pending' || n.status === 'sending');
  const pages = await getPages(
    tx,
    live.map((n) => n.page_id),
  );
  // The methods' row locks make concurrent sends through one method count each other (PostgreSQL; SQLite has one writer).
  const methods = await lockContactMethods(
    tx,
    live.flatMap((n) => (n.contact_method_id && pages.get(n.page_id)?.status === 'open' ? [n.contact_method_id] : [])),
  );
  const now = ctx.clock.now();
  const carried = await sentByMethodsSince(tx, [...methods.keys()], new Date(now.getTime() - 60_000).toISOString());
  const incidents = new Map<string, IncidentRef>();
  const cancelled: string[] = [];
  const claimed: string[] = [];
  const out: (Ready | null)[] = [];
  for (const id of ids) {
    const n = ns.get(id);
    if (!n || (n.status !== 'pending' && n.status !== 'sending')) {
      out.push(null);
      continue;
    }
    const page = pages.get(n.page_id);
    if (!page || page.status !== 'open') {
      cancelled.push(n.id);
      out.push(null);
      continue;
    }
    const method = n.contact_method_id ? methods.get(n.contact_method_id) : undefined;
    if (!method || !method.enabled) {
      await updateNotification(tx, n.id, { status: 'failed', error: 'The contact method was removed or turned off' });
      out.push(null);
      continue;
    }
    if (n.status === 'pending' && (carried.get(method.id) ?? 0) >= pagingLimits.perMinute) {
      await updateNotification(tx, n.id, { status: 'held' });
      const windowEnd = Math.floor(now.getTime() / 60_000) * 60_000 + 60_000;
      await enqueue(
        tx,
        ctx,
        summaryJob,
        { methodId: method.id },
        { runAt: new Date(windowEnd), key: `paging.summary:${method.id}:${windowEnd}` },
      );
      out.push(null);
      continue;
    }
    if (page.incident_id && !incidents.has(page.incident_id)) incidents.set(page.incident_id, await incidentRefOf(tx, page.incident_id));
    const m = compose(ctx.config, page, n, page.incident_id ? (incidents.get(page.incident_id) ?? null) : null);
    if (n.status === 'pending') carried.set(method.id, (carried.get(method.id) ?? 0) + 1);
    if (method.kind === 'email') {
      const [user] = await getUsersByIds(tx, [n.user_id]);
      await sendMail(
        tx,
        ctx,
        {
          to: mailTo(user, method),
          subject: m.subject,
          text: m.text,
          html: m.html,
          messageId: `<firebreak.page.${n.id}@${mailDomain(ctx.config)}>`,
          ...(z.email().safeParse(pageReplyAddress(ctx.config, n.id)).success ? { replyTo: pageReplyAddress(ctx.config, n.id) } : {}),
          headers: { 'X-Firebreak-Page': page.id, 'X-Priority': '1', 'Auto-Submitted': 'auto-generated' },
        },
        { key: `paging.mail:${n.id}` },
      );
      await updateNotification(tx, n.id, { status: 'sent', sent_at: now.toISOString(), error: null });
      out.push(null);
      continue;
    }
    // Claimed for sending (it counts against the rate limit from now); a retry after a crash sends it again.
    if (n.status === 'pending') claimed.push(n.id);
    out.push({ n, page, method, body: chatBody(method.kind as ContactMethodKind, n.id, now, m, page, m.text) });
  }
  await updateNotifications(tx, cancelled, { status: 'cancelled' });
  await updateNotifications(tx, claimed, { status: 'sending', sent_at: now.toISOString() });
  return out;
}

/** Marks a notification sent once its receiver answered. */
type MarkSent = (id: string) => Promise<void>;
const markSentAlone =
  (ctx: Deps): MarkSent =>
  async (id) => {
    await transaction(ctx, (tx) => updateNotification(tx, id, { status: 'sent', sent_at: ctx.clock.now().toISOString(), error: null }));
  };

/**
 * Like `markSentAlone`, for a batch's posts: answers that arrive close together share one statement.
 * The ones waiting are marked as soon as every post still out is waiting too, or 250 ms after the
 * first of them arrived, whichever is first (each gets the time it was marked, not earlier): each
 * statement is a durable commit, and a batch's receivers mostly answer within that time.
 */
function markSentTogether(ctx: Deps, outstanding: () => number, jobOf?: (notificationId: string) => string): MarkSent {
  let waiting: { id: string; resolve: () => void; reject: (err: unknown) => void }[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Answered and being marked: still outstanding, but no longer out (a late answer need not wait for them).
  let marking = 0;
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    const these = waiting;
    waiting = [];
    if (!these.length) return;
    marking += these.length;
    transaction(ctx, async (tx) => {
      await updateNotifications(
        tx,
        these.map((w) => w.id),
        { status: 'sent', sent_at: ctx.clock.now().toISOString(), error: null },
      );
      // Sends a step job made itself: their jobs are done with them.
      if (jobOf)
        await settleClaimed(
          tx,
          ctx,
          sendJob,
          these.map((w) => ({ id: jobOf(w.id), error: null })),
        );
    })
      .finally(() => {
        marking -= these.length;
      })
      .then(
        () => {
          for (const w of these) w.resolve();
        },
        (err) => {
          for (const w of these) w.reject(err);
        },
      );
  };
  return (id) =>
    new Promise<void>((resolve, reject) => {
      waiting.push({ id, resolve, reject });
      if (waiting.length >= outstanding() - marking) flush();
      else timer ??= setTimeout(flush, 250);
    });
}

/** The second half: the POST, then the notification marked sent (or its error kept; failed after the last attempt). */
async function post(ctx: Deps & { signal: AbortSignal }, ready: Ready, attempt: number, markSent: MarkSent): Promise<void> {
  try {
    await postTo(ctx, ready.method, ready.body, ready.n.id);
  } catch (err) {
    await transaction(ctx, (tx) =>
      updateNotification(tx, ready.n.id, {
        error: String((err as Error).message).slice(0, 500),
        ...(attempt >= SEND_ATTEMPTS ? { status: 'failed' as const } : {}),
      }),
    );
    throw err;
  }
  await markSent(ready.n.id);
}

const SEND_ATTEMPTS = 6;
const Send = z.object({ notificationId: z.string() });
export const sendJob = defineJob({
  kind: 'paging.send',
  payload: Send,
  maxAttempts: SEND_ATTEMPTS,
  timeoutMs: 30_000,
  async run(ctx, p) {
    const [ready] = await transaction(ctx, (tx) => prepareMany(tx, ctx, [p.notificationId]));
    if (ready) await post(ctx, ready, ctx.job.attempt, markSentAlone(ctx));
  },
  // Notifications due together (a step that reached many people, many pages at once): their first
  // halves in one transaction, the posts side by side, each marked sent once its receiver answered
  // (those answering together in one statement).
  batch: {
    max: 200,
    async run(ctx, items) {
      let ready: (Ready | null)[];
      try {
        ready = await transaction(ctx, (tx) =>
          prepareMany(
            tx,
            ctx,
            items.map((i) => i.payload.notificationId),
          ),
        );
      } catch {
        // One of them failed and took the transaction with it: each on its own, so only that one retries.
        const out: (Error | null)[] = [];
        for (const i of items) {
          try {
            const [one] = await transaction(ctx, (tx) => prepareMany(tx, ctx, [i.payload.notificationId]));
            if (one) await post(ctx, one, i.job.attempt, markSentAlone(ctx));
            out.push(null);
          } catch (err) {
            out.push(err as Error);
          }
        }
        return out;
      }
      let outstanding = ready.filter(Boolean).length;
      const markSent = markSentTogether(ctx, () => outstanding);
      return Promise.all(
        ready.map((r, k) =>
          r
            ? post(ctx, r, items[k].job.attempt, markSent)
                .finally(() => outstanding--)
                .then(
                  () => null,
                  (err: Error) => err,
                )
            : Promise.resolve(null),
        ),
      );
    },
  },
});
sendJobRef.job = sendJob;

type Claimed = { ready: Ready; jobId: string }[];

/**
 * Notifications due now whose `paging.send` jobs a step enqueued claimed (engine.ts `fireSteps`),
 * in the step's transaction: their first halves, as the send job would do them; those finished
 * there (e-mail handed over, held, cancelled) have their jobs settled done in it too.
 */
sendJobRef.prepareClaimed = async (tx: Tx, ctx: Deps, claimed: ClaimedSend[]): Promise<Claimed> => {
  const ready = await prepareMany(
    tx,
    ctx,
    claimed.map((c) => c.notificationId),
  );
  await settleClaimed(
    tx,
    ctx,
    sendJob,
    claimed.flatMap((c, k) => (ready[k] ? [] : [{ id: c.jobId, error: null }])),
  );
  return claimed.flatMap((c, k) => {
    const r = ready[k];
    return r ? [{ ready: r, jobId: c.jobId }] : [];
  });
};

/**
 * After the step committed: the posts side by side, each marked sent and its job settled done once
 * its receiver answered; a failed post's job is retried with backoff by any worker, as its second
 * attempt. If this process dies first, the jobs' lease runs out and another worker sends them.
 */
sendJobRef.postClaimed = async (ctx: Deps & { signal: AbortSignal }, prepared: unknown): Promise<void> => {
  const claimed = prepared as Claimed;
  const jobs = new Map(claimed.map((c) => [c.ready.n.id, c.jobId]));
  let outstanding = claimed.length;
  const markSent = markSentTogether(
    ctx,
    () => outstanding,
    (id) => jobs.get(id) as string,
  );
  await Promise.all(
    claimed.map(({ ready, jobId }) =>
      post(ctx, ready, 1, markSent)
        .catch((err: Error) =>
          transaction(ctx, (tx) => settleClaimed(tx, ctx, sendJob, [{ id: jobId, error: err.message || String(err) }])),
        )
        // Not settled here (the database went away): the lease runs out and the job is sent again.
        .catch(() => {})
        .finally(() => outstanding--),
    ),
  );
};

/** One message per contact method per minute listing the pages its rate limit held back. */
export const summaryJob = defineJob({
  kind: 'paging.summary',
  payload: z.object({ methodId: z.string() }),
  maxAttempts: 6,
  timeoutMs: 30_000,
  async run(ctx, p) {
    const ready = await transaction(ctx, async (tx) => {
      const method = await getContactMethod(tx, p.methodId);
      const held = await heldFor(tx, p.methodId);
      if (!method || !held.length) return null;
      const now = ctx.clock.now().toISOString();
      for (const h of held) await updateNotification(tx, h.id, { status: 'summarized', sent_at: now });
      const open = held.filter((h) => h.page_status === 'open');
      const text = [
        `${held.length} more page${held.length === 1 ? '' : 's'} arrived within a minute; this contact method carries at most ${pagingLimits.perMinute} a minute.`,
        ...open.slice(0, 20).map((h) => `- ${oneLine(h.page_title)}`),
        `See them all: ${ctx.config.publicUrl.replace(/\/$/, '')}/pages?mine=1`,
      ].join('\n');
      const id = `summary-${held[0].id}`;
      if (method.kind === 'email') {
        await sendMail(
          tx,
          ctx,
          {
            to: [method.address],
            subject: `[Page] ${held.length} more pages (summary)`,
            text,
            headers: { 'Auto-Submitted': 'auto-generated' },
          },
          { key: `paging.summary.mail:${id}` },
        );
        return null;
      }
      return { method, id, text };
    });
    if (!ready) return;
    const body = destinationBody(ready.method.kind === 'webhook' ? 'webhook' : (ready.method.kind as 'slack'), {
      event: 'incident.paged',
      deliveryId: ready.id,
      sequence: 1,
      createdAt: ctx.clock.now().toISOString(),
      audience: 'responders',
      incident: null,
      entry: null,
      message: ready.text,
    });
    await postTo(ctx, ready.method, body, ready.id);
  },
});

/** "Send test": one message to a contact method, now, whatever its rate limit. */
export const testJob = defineJob({
  kind: 'paging.test',
  payload: z.object({ methodId: z.string(), message: z.string().optional() }),
  maxAttempts: 3,
  timeoutMs: 30_000,
  async run(ctx, p) {
    const method = await transaction(ctx, (tx) => getContactMethod(tx, p.methodId));
    if (!method) return;
    const body = destinationBody(method.kind === 'webhook' ? 'webhook' : (method.kind as 'slack'), {
      event: 'ping',
      deliveryId: ctx.job.id,
      sequence: 1,
      createdAt: ctx.clock.now().toISOString(),
      audience: 'responders',
      incident: null,
      entry: null,
      message: `Pages will reach you here.${p.message ? ` ${p.message}` : ''}`,
    });
    await postTo(ctx, method, body, ctx.job.id);
  },
});
