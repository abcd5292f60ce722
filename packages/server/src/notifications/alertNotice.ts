import { z } from 'zod';
import { type AlertReaction, alertsOpenedFor, countAlertsOpenedFor } from '../alerts/index.ts';
import { formatRef, isVisibleTo } from '../incidents/index.ts';
import type { Actor, Tx } from '../platform/context.ts';
import { transaction } from '../platform/context.ts';
import { esc, oneLine } from '../platform/html.ts';
import { defineJob, enqueue } from '../platform/jobs/queue.ts';
import { sendMail } from '../platform/mail.ts';
import { getService, ownerTeamMemberIds } from '../services/index.ts';
import { quietUntil, settingsFrom } from './settings.ts';
import { activeUsers, settingsOf, unsubscribedAmong } from './store.ts';
import { unsubscribeUrl } from './unsubscribeLink.ts';

/**
 * Until on-call exists, a routed alert (it joined an incident, declared one, or waits) is told to the
 * team that owns its service. Alerts are coalesced per service into windows of ALERT_NOTICE_MS: the first
 * alert of a window enqueues one notice job (keyed by service and window, so an alert storm enqueues
 * it once) that runs when the window has closed and sends each member one e-mail listing the window's
 * alerts. Dropped alerts are never told.
 */
/** One notice per service per minute at most (like COALESCE_MS for incident e-mail). */
export const ALERT_NOTICE_MS = 60_000;
const Notice = z.object({ serviceId: z.string(), from: z.string(), to: z.string() });
/** Commits of alerts stamped just before the window's end may land a moment after it. */
const GRACE_MS = 5_000;
const LISTED = 20;
const queuedIn = new WeakMap<Tx, Set<string>>();

export const enqueueAlertNotice: AlertReaction = async (tx, ctx, alert) => {
  if (!alert.service_id) return;
  const start = Math.floor(ctx.clock.now().getTime() / ALERT_NOTICE_MS) * ALERT_NOTICE_MS;
  const from = new Date(start).toISOString();
  const key = `notify.alerts:${alert.service_id}:${from}`;
  // An Alertmanager batch of 1,000 alerts is one transaction: one insert attempt, not 1,000.
  const queued = queuedIn.get(tx) ?? new Set<string>();
  queuedIn.set(tx, queued);
  if (queued.has(key)) return;
  queued.add(key);
  await enqueue(
    tx,
    ctx,
    alertNoticeJob,
    { serviceId: alert.service_id, from, to: new Date(start + ALERT_NOTICE_MS).toISOString() },
    { key, runAt: new Date(start + ALERT_NOTICE_MS + GRACE_MS) },
  );
};

export const alertNoticeJob = defineJob({
  kind: 'notify.alerts',
  payload: Notice,
  maxAttempts: 8,
  timeoutMs: 60_000,
  async run(ctx, p) {
    await transaction(ctx, async (tx) => {
      const service = await getService(tx, p.serviceId);
      if (!service) return;
      const total = await countAlertsOpenedFor(tx, p.serviceId, p.from, p.to);
      if (!total) return;
      const alerts = await alertsOpenedFor(tx, p.serviceId, p.from, p.to, LISTED);
      const people = await activeUsers(tx, await ownerTeamMemberIds(tx, [p.serviceId]));
      const settings = new Map(
        (
          await settingsOf(
            tx,
            people.map((u) => u.id),
          )
        ).map((s) => [s.user_id, settingsFrom(s)]),
      );
      const unsubscribed = await unsubscribedAmong(
        tx,
        people.map((u) => u.email.toLowerCase()),
      );
      const now = ctx.clock.now();
      const base = ctx.config.publicUrl.replace(/\/$/, '');
      for (const person of people) {
        const mine = settings.get(person.id) ?? settingsFrom(undefined);
        const address = person.email.toLowerCase();
        if (!mine.channels.alert.includes('email') || unsubscribed.has(address)) continue;
        // By the end of someone's quiet hours this notice is stale: the alert list has it.
        if (quietUntil(mine.quietHours, now)) continue;
        const actor: Actor = { id: person.id, email: person.email, name: person.name, role: person.role as Actor['role'] };
        const lines: { text: string; link: string }[] = [];
        for (const a of alerts) {
          // An alert on a private incident is told only to those who see the incident.
          const seen = !a.incident_id || (await isVisibleTo(tx, actor, a.incident_id));
          const where = a.incident_id && seen && a.incident_number !== null ? ` → ${formatRef(Number(a.incident_number))}` : '';
          lines.push({
            text: seen ? `[${a.severity}] ${oneLine(a.title)}${where}` : '[private] An alert on a private incident',
            link: `${base}/alerts/${a.id}`,
          });
        }
        const more = total - alerts.length;
        const subject = `[Alerts] ${total} new alert${total === 1 ? '' : 's'} on ${oneLine(service.name)}`;
        const unsub = unsubscribeUrl(ctx.config, address);
        const text = [
          `${total} alert${total === 1 ? '' : 's'} opened on ${service.name} between ${p.from.slice(11, 16)} and ${p.to.slice(11, 16)} UTC:`,
          '',
          ...lines.map((l) => `- ${l.text}\n  ${l.link}`),
          ...(more > 0 ? [`- and ${more} more`] : []),
          '',
          `All alerts: ${base}/alerts?service=${encodeURIComponent(service.name)}`,
          `Stop these e-mails: ${unsub}`,
        ].join('\n');
        const html = `<!doctype html><html><body style="font-family:system-ui,sans-serif;color:#212529">
<h1 style="font-size:18px;margin:8px 0">${esc(subject.replace(/^\[Alerts\] /, ''))}</h1>
<ul>
${lines.map((l) => `<li><a href="${esc(l.link)}">${esc(l.text)}</a></li>`).join('\n')}
${more > 0 ? `<li>and ${more} more</li>` : ''}
</ul>
<p><a href="${esc(`${base}/alerts?service=${encodeURIComponent(service.name)}`)}">All alerts of ${esc(service.name)}</a></p>
<p style="font-size:12px;color:#495057"><a href="${esc(unsub)}">Unsubscribe</a> from Firebreak e-mail.</p>
</body></html>`;
        await sendMail(
          tx,
          ctx,
          {
            to: [{ name: oneLine(person.name), address }],
            subject,
            text,
            html,
            idPrefix: `alerts.${service.id}`,
            headers: {
              'List-Unsubscribe': `<${unsub}>`,
              'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
              'Auto-Submitted': 'auto-generated',
            },
          },
          { key: `notify.alerts.mail:${person.id}:${p.serviceId}:${p.from}` },
        );
      }
    });
  },
});
