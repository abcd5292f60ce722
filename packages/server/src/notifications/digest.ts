import { z } from 'zod';
import { formatRef, getIncidentById, isVisibleTo } from '../incidents/index.ts';
import type { Actor } from '../platform/context.ts';
import { transaction } from '../platform/context.ts';
import { defineJob } from '../platform/jobs/queue.ts';
import { incidentThreadId, sendMail } from '../platform/mail.ts';
import { listSeverities } from '../severities/index.ts';
import { esc, incidentSubject, oneLine, statusLabel, unsubscribeHeaders } from './mailParts.ts';
import { activeUsers, markMailItemsSent, pendingMailItems } from './store.ts';
import { unsubscribeUrl } from './unsubscribeLink.ts';

const Digest = z.object({ recipient: z.string(), incidentId: z.string() });

/**
 * Sends one e-mail with every line waiting for this recipient about this incident (a burst of
 * changes is one e-mail), through platform/mail.ts. The subject names severity and status as they
 * are now; the message is in the incident's thread; it carries a signed one-click unsubscribe link.
 * Visibility is checked again: someone removed from a private incident since is not sent it.
 */
export const digestJob = defineJob({
  kind: 'notify.digest',
  payload: Digest,
  maxAttempts: 8,
  timeoutMs: 30_000,
  async run(ctx, p) {
    await transaction(ctx, async (tx) => {
      const now = ctx.clock.now().toISOString();
      const items = await pendingMailItems(tx, p.recipient, p.incidentId, now);
      if (!items.length) return;
      const incident = await getIncidentById(tx, p.incidentId);
      const userId = items.find((i) => i.user_id)?.user_id ?? null;
      const [user] = userId ? await activeUsers(tx, [userId]) : [];
      const allowed =
        !!incident &&
        (user
          ? await isVisibleTo(tx, { id: user.id, email: user.email, name: user.name, role: user.role as Actor['role'] }, incident.id)
          : !userId && !incident.private);
      await markMailItemsSent(
        tx,
        items.map((i) => Number(i.id)),
        now,
      );
      if (!incident || !allowed) return;
      const severity = (await listSeverities(tx, true)).find((s) => s.id === incident.severity_id);
      const ref = formatRef(incident.number);
      const title = oneLine(incident.title);
      const subject = incidentSubject(severity?.name, incident.status, ref, title);
      const base = ctx.config.publicUrl.replace(/\/$/, '');
      // People without an account cannot open the incident; they get what stakeholders may read and no link.
      const link = user ? `${base}/incidents/${ref}` : null;
      const unsub = unsubscribeUrl(ctx.config, p.recipient);
      const stamp = (iso: string) => `${iso.slice(0, 16).replace('T', ' ')} UTC`;
      const text = [
        `${ref} ${title}`,
        `Severity ${severity?.name ?? '?'} · Status ${statusLabel(incident.status)}`,
        '',
        ...items.flatMap((i) => [
          `- ${stamp(i.created_at)} ${oneLine(i.line)}`,
          ...(i.detail ? i.detail.split('\n').map((l) => `    ${l}`) : []),
        ]),
        '',
        ...(link ? [`Open the incident: ${link}`] : []),
        `Stop these e-mails: ${unsub}`,
      ].join('\n');
      const color = severity?.color ?? '#868e96';
      const html = `<!doctype html><html><body style="font-family:system-ui,sans-serif;color:#212529">
<p style="margin:0 0 4px"><span style="display:inline-block;padding:2px 8px;border-radius:4px;background:${esc(color)};color:#fff;font-weight:600">${esc(severity?.name ?? '?')}</span> <strong>${esc(statusLabel(incident.status))}</strong></p>
<h1 style="font-size:18px;margin:8px 0">${esc(ref)} ${esc(title)}</h1>
<ul>
${items
  .map(
    (i) =>
      `<li><span style="color:#495057">${esc(stamp(i.created_at))}</span> ${esc(oneLine(i.line))}${
        i.detail ? `<div style="white-space:pre-wrap;margin:4px 0 8px">${esc(i.detail)}</div>` : ''
      }</li>`,
  )
  .join('\n')}
</ul>
${link ? `<p><a href="${esc(link)}">Open ${esc(ref)} in Firebreak</a></p>` : ''}
<p style="font-size:12px;color:#495057"><a href="${esc(unsub)}">Unsubscribe</a> from Firebreak e-mail.</p>
</body></html>`;
      const thread = incidentThreadId(incident.id, ctx.config);
      await sendMail(
        tx,
        ctx,
        {
          to: [user ? { name: oneLine(user.name), address: p.recipient } : p.recipient],
          subject,
          text,
          html,
          idPrefix: `incident.${incident.id}`,
          references: [thread],
          inReplyTo: thread,
          headers: unsubscribeHeaders(unsub),
        },
        { key: `notify.mail:${p.recipient}:${items[0].id}` },
      );
    });
  },
});
