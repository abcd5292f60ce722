import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { createTransport, type Transporter } from 'nodemailer';
import { z } from 'zod';
import type { Config } from '../config.ts';
import type { Tx } from './context.ts';
import { defineJob, enqueue } from './jobs/queue.ts';

/**
 * The one way Firebreak sends e-mail: `sendMail(tx, …)` enqueues a `mail.send` job in the caller's
 * transaction (so a mail exists if and only if its change committed, and survives a crash), and the
 * job hands it to the SMTP server of `FIREBREAK_SMTP_URL` with nodemailer. The job id is passed as
 * the Message-ID's unique part unless the caller names one, so a retried job sends the same message.
 * Without an SMTP URL, mail is written as .eml files to `<dataDir>/outbox/` (a fresh install loses nothing).
 *
 * Threading: every e-mail about incident X carries `References: <incident.X@domain>` (the thread
 * root) and its own `Message-ID: <incident.X.<unique>@domain>`; inbound mail finds the incident in
 * In-Reply-To / References with `incidentIdFromMessageIds`.
 */

export const MailAddress = z.union([z.email(), z.object({ name: z.string(), address: z.email() })]);
export const MailMessage = z.object({
  to: z.array(MailAddress).min(1),
  cc: z.array(MailAddress).optional(),
  subject: z.string().min(1).max(998),
  text: z.string(),
  html: z.string().optional(),
  /** Without one, `<{idPrefix}.{job id}@domain>` (idPrefix defaults to `firebreak`; start others with `incident.` or `firebreak.`: `isOwnMessageId` knows those). */
  messageId: z.string().optional(),
  idPrefix: z.string().optional(),
  inReplyTo: z.string().optional(),
  references: z.array(z.string()).optional(),
  replyTo: MailAddress.optional(),
  /** Extra headers (List-Unsubscribe, Auto-Submitted, …). */
  headers: z.record(z.string(), z.string()).optional(),
  attachments: z.array(z.object({ filename: z.string(), contentType: z.string(), contentBase64: z.string() })).optional(),
});
export type MailMessage = z.infer<typeof MailMessage>;

/** The domain of FIREBREAK_MAIL_FROM: it names our Message-IDs and addresses (`incident+INC-42@domain`). */
export function mailDomain(config: Pick<Config, 'mailFrom'>): string {
  const m = /@([^>\s]+)>?\s*$/.exec(config.mailFrom);
  return (m?.[1] ?? 'localhost').toLowerCase();
}

/** The address part of FIREBREAK_MAIL_FROM. */
export function mailFromAddress(config: Pick<Config, 'mailFrom'>): string {
  const m = /<([^>]+)>/.exec(config.mailFrom);
  return (m?.[1] ?? config.mailFrom).trim();
}

/** The root of an incident's mail thread; every mail about it references this id. */
export const incidentThreadId = (incidentId: string, config: Pick<Config, 'mailFrom'>): string =>
  `<incident.${incidentId}@${mailDomain(config)}>`;

/** A new Message-ID in an incident's thread. */
export const incidentMessageId = (incidentId: string, config: Pick<Config, 'mailFrom'>): string =>
  `<incident.${incidentId}.${randomBytes(8).toString('hex')}@${mailDomain(config)}>`;

/**
 * Whether a Message-ID is one of ours (loop protection for inbound mail): under our domain and in
 * the shape we write (`firebreak.…` or `incident.…`), so mail people send from the same domain
 * (whose server may name its Message-IDs after it) is not taken for ours.
 */
export function isOwnMessageId(id: string, config: Pick<Config, 'mailFrom'>): boolean {
  const bare = id.trim().replace(/^<|>$/g, '').toLowerCase();
  const at = bare.lastIndexOf('@');
  return bare.slice(at + 1) === mailDomain(config) && /^(firebreak|incident)\.[\w.-]+$/.test(bare.slice(0, at));
}

/** The incident a reply belongs to, from its In-Reply-To / References headers (ours only), or null. */
export function incidentIdFromMessageIds(ids: string | string[] | undefined, config: Pick<Config, 'mailFrom'>): string | null {
  const all = (Array.isArray(ids) ? ids : [ids ?? '']).join(' ');
  const domain = mailDomain(config).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`<incident\\.([A-Za-z0-9_-]+)(?:\\.[0-9a-f-]+)?@${domain}>`, 'i').exec(all);
  return m ? m[1] : null;
}

const transports = new Map<string, Transporter>();
function transportFor(config: Config): Transporter {
  const key = config.smtpUrl ?? `outbox:${config.dataDir}`;
  let t = transports.get(key);
  if (!t) {
    t = config.smtpUrl ? createTransport(config.smtpUrl) : createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
    transports.set(key, t);
  }
  return t;
}

export const sendMailJob = defineJob({
  kind: 'mail.send',
  payload: MailMessage,
  maxAttempts: 8,
  timeoutMs: 30_000,
  async run(ctx, m) {
    const domain = mailDomain(ctx.config);
    const messageId = m.messageId ?? `<${m.idPrefix ?? 'firebreak'}.${ctx.job.id}@${domain}>`;
    const info = await transportFor(ctx.config).sendMail({
      from: ctx.config.mailFrom,
      to: m.to,
      cc: m.cc,
      subject: m.subject,
      text: m.text,
      html: m.html,
      messageId,
      inReplyTo: m.inReplyTo,
      references: m.references,
      replyTo: m.replyTo,
      // The delivery id: a receiver (or a person) can tell a retried delivery from a new message.
      headers: { ...m.headers, 'X-Firebreak-Delivery': ctx.job.id },
      attachments: m.attachments?.map((a) => ({
        filename: a.filename,
        contentType: a.contentType,
        content: Buffer.from(a.contentBase64, 'base64'),
      })),
    });
    if (!ctx.config.smtpUrl) {
      const { mkdir, writeFile } = await import('node:fs/promises');
      const dir = join(ctx.config.dataDir, 'outbox');
      await mkdir(dir, { recursive: true });
      await writeFile(join(dir, `${ctx.job.id}.eml`), (info as unknown as { message: Buffer }).message);
    }
  },
});

/** Enqueues an e-mail in the caller's transaction (see the module comment). `key`: send this mail once, ever; `runAt`: not before. */
export async function sendMail(
  tx: Tx,
  who: { clock: { now(): Date } },
  message: MailMessage,
  opts: { key?: string; runAt?: Date } = {},
): Promise<string | null> {
  return enqueue(tx, who, sendMailJob, message, opts);
}
