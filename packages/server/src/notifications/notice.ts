import type { NotificationKind } from '@firebreak/shared';
import { formatRef, getIncidentById, isVisibleTo } from '../incidents/index.ts';
import type { Actor, Tx } from '../platform/context.ts';
import type { JobContext } from '../platform/jobs/queue.ts';
import { incidentThreadId, sendMail } from '../platform/mail.ts';
import { listSeverities } from '../severities/index.ts';
import { esc, incidentSubject, unsubscribeHeaders } from './mailParts.ts';
import { quietUntil, settingsFrom } from './settings.ts';
import { activeUsers, insertNoticeNotification, settingsOf, unsubscribedAmong } from './store.ts';
import { unsubscribeUrl } from './unsubscribeLink.ts';

/**
 * Tells one person about something that is not a timeline entry (a reminder), through the channels
 * they chose for its kind: an in-app notification keyed by the notice, and an e-mail keyed by it
 * (held until their quiet hours end). Someone who may not see the incident (any more) is not told.
 * Callers record the notice first (`insertNotice`), so this runs once per notice.
 */
export async function deliverNotice(
  tx: Tx,
  ctx: JobContext,
  n: { userId: string; incidentId: string; key: string; kind: NotificationKind; line: string; detail: string | null },
): Promise<boolean> {
  const [person] = await activeUsers(tx, [n.userId]);
  const incident = await getIncidentById(tx, n.incidentId);
  if (!person || !incident) return false;
  const actor: Actor = { id: person.id, email: person.email, name: person.name, role: person.role as Actor['role'] };
  if (!(await isVisibleTo(tx, actor, incident.id))) return false;
  const [row] = await settingsOf(tx, [person.id]);
  const settings = settingsFrom(row);
  const channels = settings.channels[n.kind];
  const now = ctx.clock.now();
  const ref = formatRef(incident.number);
  if (channels.includes('in_app')) {
    const inserted = await insertNoticeNotification(tx, {
      user_id: person.id,
      incident_id: incident.id,
      notice_key: n.key,
      kind: n.kind,
      title: `${ref} ${n.line}`,
      body: n.detail,
      created_at: now.toISOString(),
    });
    if (inserted) tx.events.push({ type: 'notification', userId: person.id });
  }
  const address = person.email.toLowerCase();
  if (channels.includes('email') && !(await unsubscribedAmong(tx, [address])).has(address)) {
    const severity = (await listSeverities(tx, true)).find((s) => s.id === incident.severity_id);
    const link = `${ctx.config.publicUrl.replace(/\/$/, '')}/incidents/${ref}`;
    const unsub = unsubscribeUrl(ctx.config, address);
    const thread = incidentThreadId(incident.id, ctx.config);
    await sendMail(
      tx,
      ctx,
      {
        to: [{ name: person.name, address }],
        subject: incidentSubject(severity?.name, incident.status, ref, incident.title),
        text: [n.line, ...(n.detail ? ['', n.detail] : []), '', `Open the incident: ${link}`, `Stop these e-mails: ${unsub}`].join('\n'),
        html: `<!doctype html><html><body style="font-family:system-ui,sans-serif;color:#212529">
<p><strong>${esc(n.line)}</strong></p>${n.detail ? `<p style="white-space:pre-wrap">${esc(n.detail)}</p>` : ''}
<p><a href="${esc(link)}">Open ${esc(ref)} in Firebreak</a></p>
<p style="font-size:12px;color:#495057"><a href="${esc(unsub)}">Unsubscribe</a> from Firebreak e-mail.</p>
</body></html>`,
        idPrefix: `incident.${incident.id}`,
        references: [thread],
        inReplyTo: thread,
        headers: unsubscribeHeaders(unsub),
      },
      { key: `notify.notice:${n.key}:${address}`, runAt: quietUntil(settings.quietHours, now) ?? undefined },
    );
  }
  return true;
}
