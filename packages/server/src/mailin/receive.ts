import { createHash } from 'node:crypto';
import { COMMENT_MAX_CHARS } from '@firebreak/shared';
import type { ParsedMail } from 'mailparser';
import { ingest, integrationForKey, severityFromLabel } from '../alerts/index.ts';
import { commentIn, declareIn, formatRef, getIncident, getIncidentById } from '../incidents/index.ts';
import { ackByReply } from '../paging/index.ts';
import { type Actor, type Deps, reader, type Tx, transaction } from '../platform/context.ts';
import { AppError } from '../platform/errors.ts';
import { newId } from '../platform/ids.ts';
import {
  incidentIdFromMessageIds,
  incidentMessageId,
  incidentThreadId,
  isOwnMessageId,
  mailFromAddress,
  sendMail,
} from '../platform/mail.ts';
import { getUserByEmail } from '../users/index.ts';
import { incidentAddress, targetOf, tokenFits } from './address.ts';
import {
  alertFromMail,
  automaticReason,
  cleanContentType,
  cleanFilename,
  cleanLine,
  cleanText,
  replyText,
  subjectRef,
} from './classify.ts';
import { type AttachmentRow, insertAttachments, markMessage, seenMessage } from './store.ts';

/** At most this many files per e-mail (the message size limit bounds their bytes). */
export const MAX_ATTACHMENTS = 20;
const REPORT_MAX_CHARS = 100_000;

/** A permanent refusal, answered in the SMTP session with its code and text (the sender's server bounces it). */
export class MailRefusal extends Error {
  readonly smtpCode: number;
  constructor(smtpCode: number, message: string) {
    super(message);
    this.smtpCode = smtpCode;
  }
}

export type MailOutcome = {
  outcome: 'reported' | 'commented' | 'alert' | 'acknowledged' | 'refused' | 'dropped' | 'ignored' | 'duplicate';
  /** The incident it went to, if any (INC-42). */
  ref?: string;
  /** Why it was refused, dropped or ignored (logged; refusals are also sent back). */
  reason?: string;
};

type Sender = { address: string; name: string };
type Received = { mail: ParsedMail; from: Sender; messageId: string | null; rawId: string | null };

const rules = (deps: Deps) =>
  deps.config.mailIn ?? { allowedDomains: [] as string[], unknownSenders: 'drop' as const, incidentTokens: 'optional' as const };

/**
 * Acts on one received e-mail and resolves once its effect is committed (the listener answers 250
 * only then): a report declares an incident, a reply or an incident address comments, an alert
 * address feeds the alert ingest path. Refusals that concern a readable sender become a reply mail
 * (committed with the record of the refusal); refusals of the message itself throw `MailRefusal`.
 * Anything else thrown (the database away) is a temporary failure: the sender retries.
 */
export async function receiveMail(deps: Deps, mail: ParsedMail, rcptTo: string[]): Promise<MailOutcome> {
  const config = deps.config;
  const target = rcptTo.map((a) => targetOf(a, config)).find((t) => t !== null);
  if (!target) throw new MailRefusal(550, '5.1.1 No such address here');
  const rawId = mail.messageId && mail.messageId.length <= 900 ? cleanLine(mail.messageId, 900) : null;
  const messageId = rawId ? rawId.replace(/^<|>$/g, '').toLowerCase() : null;
  if (rawId && isOwnMessageId(rawId, config)) return { outcome: 'ignored', reason: 'our own message came back (mail loop)' };
  const first = mail.from?.value.find((a) => a.address);
  if (!first?.address) throw new MailRefusal(550, '5.6.0 The message has no From address');
  const from: Sender = { address: cleanLine(first.address, 320).toLowerCase(), name: cleanLine(first.name, 200) };
  if (from.address === mailFromAddress(config).toLowerCase()) return { outcome: 'ignored', reason: 'sent by Firebreak itself (mail loop)' };
  if (messageId && (await seenMessage(reader(deps), messageId))) return { outcome: 'duplicate' };
  const got: Received = { mail, from, messageId, rawId };

  if (target.kind === 'alert') return alertMail(deps, got, target.key);

  const automatic = automaticReason(mail.headers);
  if (automatic) return { outcome: 'ignored', reason: `automatic mail (${automatic})` };
  // A page reply is checked against the address the page went to (paging/ackLink.ts), so the
  // allowed-domains rule for reports and comments does not apply: pagers live in other domains.
  if (target.kind === 'page') return pageReply(deps, got, target.local);
  const { allowedDomains } = rules(deps);
  const domain = from.address.slice(from.address.lastIndexOf('@') + 1);
  if (allowedDomains.length && !allowedDomains.includes(domain))
    throw new MailRefusal(550, `5.7.1 Mail from ${domain} is not accepted here; ask your Firebreak admin`);
  const user = await getUserByEmail(reader(deps), from.address);
  const person = user && !user.disabled_at ? user : null;
  const files = attachmentsOf(mail);

  if (target.kind === 'report') {
    // Without a list of allowed domains, only people with an account may report.
    if (!person && !allowedDomains.length) return unknownSender(deps, got, 'Only people with a Firebreak account can report by e-mail.');
    return report(deps, got, person?.email ?? null, files);
  }
  if (!person) return unknownSender(deps, got, 'Only people with a Firebreak account can comment by e-mail.');
  const actor: Actor = { id: person.id, email: person.email, name: person.name, role: person.role as Actor['role'] };
  return commentByMail(deps, got, actor, target, files);
}

// ---- page replies ----

/** A reply to a page e-mail: "ack" acknowledges it; whatever happens, the sender gets one line saying so. */
async function pageReply(deps: Deps, got: Received, local: string): Promise<MailOutcome> {
  const subject = cleanLine(got.mail.subject, 900);
  const done = await ackByReply(deps, local, replyText(got.mail.text ?? ''), got.from.address, async (tx, r) => {
    if (got.messageId) await markMessage(tx, got.messageId, r.acknowledged ? 'acknowledged' : 'refused', deps.clock.now().toISOString());
    await sendMail(tx, deps, {
      to: [got.from.address],
      subject: `${r.acknowledged ? 'Acknowledged' : 'Not acknowledged'}: ${subject || 'your reply to a page'}`,
      text: `${r.answer}\n`,
      inReplyTo: got.rawId ?? undefined,
      references: got.rawId ? [got.rawId] : undefined,
      headers: { 'Auto-Submitted': 'auto-replied' },
    });
  });
  return { outcome: done.acknowledged ? 'acknowledged' : 'refused', reason: done.reason };
}

// ---- reports ----

/** The report as it came: who, to whom, when, what — decoded, not MIME. */
function verbatim(mail: ParsedMail): string {
  const line = (name: string, value: string | undefined) => (value ? `${name}: ${cleanLine(value, 2000)}\n` : '');
  const to = (Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []).map((a) => a.text).join(', ');
  return cleanText(
    `${line('From', mail.from?.text)}${line('To', to)}${line('Date', mail.date?.toISOString())}${line('Subject', mail.subject)}\n${mail.text ?? ''}`,
    REPORT_MAX_CHARS,
  );
}

async function report(deps: Deps, got: Received, userEmail: string | null, files: File[]): Promise<MailOutcome> {
  const { mail, from } = got;
  return transaction(deps, async (tx) => {
    const now = deps.clock.now().toISOString();
    const incident = await declareIn(
      tx,
      { clock: deps.clock, user: null },
      {
        title: cleanLine(mail.subject, 200) || cleanLine(`E-mail from ${from.name || from.address}`, 200),
        services: [],
        originalRequest: verbatim(mail),
        source: 'email',
        reporter: userEmail ?? cleanLine(from.name ? `${from.name} <${from.address}>` : from.address, 320),
        private: false,
        status: 'triage',
      },
    );
    await insertAttachments(tx, rowsOf(files, incident.id, from.address, now));
    if (got.messageId) await markMessage(tx, got.messageId, 'reported', now);
    const ref = formatRef(incident.number);
    await sendMail(tx, deps, {
      to: [from.address],
      subject: `[${ref}] ${incident.title}`,
      text: `We opened ${ref} for your report and the responders have it in triage.\n\nReply to this e-mail to add to it (people with a Firebreak account).\n`,
      messageId: incidentMessageId(incident.id, deps.config),
      inReplyTo: got.rawId ?? undefined,
      references: [incidentThreadId(incident.id, deps.config), ...(got.rawId ? [got.rawId] : [])],
      replyTo: incidentAddress(deps.config, incident),
      headers: { 'Auto-Submitted': 'auto-replied' },
    });
    return { outcome: 'reported' as const, ref };
  });
}

// ---- comments ----

/** The incident a mail is about: its address (with token), In-Reply-To/References, or `[INC-42]` in the subject. */
async function incidentOf(
  deps: Deps,
  got: Received,
  target: { kind: 'incident'; ref: string; token: string | null } | { kind: 'reply' },
): Promise<{ ref: string; proven: boolean } | { refused: string }> {
  const tx = reader(deps);
  if (target.kind === 'incident') {
    if (!target.token) return { ref: target.ref, proven: false };
    const row = await getIncident(tx, target.ref);
    return row && tokenFits(deps.config, row.id, target.token)
      ? { ref: target.ref, proven: true }
      : { refused: `The address you wrote to is not the address of ${target.ref}.` };
  }
  const references = [
    got.mail.inReplyTo ?? '',
    ...(Array.isArray(got.mail.references) ? got.mail.references : [got.mail.references ?? '']),
  ];
  const id = incidentIdFromMessageIds(references, deps.config);
  const row = id ? await getIncidentById(tx, id) : undefined;
  if (row) return { ref: formatRef(row.number), proven: true };
  const ref = subjectRef(got.mail.subject);
  return ref
    ? { ref, proven: false }
    : { refused: 'Firebreak could not tell which incident your e-mail is about: put [INC-42] in the subject.' };
}

async function commentByMail(
  deps: Deps,
  got: Received,
  actor: Actor,
  target: { kind: 'incident'; ref: string; token: string | null } | { kind: 'reply' },
  files: File[],
): Promise<MailOutcome> {
  const found = await incidentOf(deps, got, target);
  if ('refused' in found) return refuse(deps, got, found.refused);
  if (!found.proven && rules(deps).incidentTokens === 'required')
    return refuse(
      deps,
      got,
      `To comment on ${found.ref} by e-mail, reply to a Firebreak e-mail about it or write to its own address (incident+${found.ref}.<token>@…, which responders can look up).`,
    );
  let body = replyText(cleanText(got.mail.text, COMMENT_MAX_CHARS * 2));
  if (!body && !files.length)
    return refuse(deps, got, `Your e-mail to ${found.ref} had no text above the quoted part, so nothing was added.`);
  if (!body) body = `(sent ${files.length} attachment${files.length === 1 ? '' : 's'} by e-mail)`;
  if (body.length > COMMENT_MAX_CHARS) body = `${body.slice(0, COMMENT_MAX_CHARS - 40)}\n[… cut: the e-mail was longer]`;
  try {
    return await transaction(deps, async (tx) => {
      const now = deps.clock.now().toISOString();
      const { incident } = await commentIn(tx, { ...deps, user: actor }, found.ref, body, {
        via: 'email',
        attachments: files.map((f) => f.filename),
      });
      await insertAttachments(tx, rowsOf(files, incident.id, got.from.address, now));
      if (got.messageId) await markMessage(tx, got.messageId, 'commented', now);
      return { outcome: 'commented' as const, ref: formatRef(incident.number) };
    });
  } catch (err) {
    // 404 for an incident they cannot see (private: exactly as if it did not exist), 403 for viewers.
    if (err instanceof AppError && err.status < 500) return refuse(deps, got, `${err.message}. Nothing was added.`);
    throw err;
  }
}

// ---- alerts ----

async function alertMail(deps: Deps, got: Received, key: string): Promise<MailOutcome> {
  const integration = await integrationForKey(deps, key, ['email']);
  if (!integration) throw new MailRefusal(550, '5.1.1 No alert integration has this address');
  const { mail } = got;
  const event = alertFromMail({ subject: mail.subject ?? '', text: mail.text ?? '', headers: mail.headers }, severityFromLabel);
  const [outcome] = await ingest(
    deps,
    integration,
    [
      {
        ...event,
        payload: {
          from: got.from.address,
          subject: cleanLine(mail.subject, 1000),
          messageId: got.rawId,
          date: mail.date?.toISOString() ?? null,
        },
      },
    ],
    verbatim(mail),
  );
  // The alert committed; a lost record of the Message-ID only means a retried delivery counts once more.
  if (got.messageId) await transaction(deps, (tx) => markMessage(tx, got.messageId as string, 'alert', deps.clock.now().toISOString()));
  return {
    outcome: 'alert',
    reason: outcome.alertId ? `${event.action} ${outcome.dedupKey}` : `${event.action} ${outcome.dedupKey}: no open alert`,
  };
}

// ---- refusals ----

/** A sender without the right to write: dropped silently or answered, as FIREBREAK_MAIL_UNKNOWN_SENDERS says. */
async function unknownSender(deps: Deps, got: Received, why: string): Promise<MailOutcome> {
  if (rules(deps).unknownSenders === 'reply') return refuse(deps, got, why);
  if (got.messageId) await transaction(deps, (tx) => markMessage(tx, got.messageId as string, 'dropped', deps.clock.now().toISOString()));
  return { outcome: 'dropped', reason: why };
}

/** Says no by mail, in one transaction with the record that this message was handled. */
async function refuse(deps: Deps, got: Received, why: string): Promise<MailOutcome> {
  await transaction(deps, async (tx: Tx) => {
    if (got.messageId) await markMessage(tx, got.messageId, 'refused', deps.clock.now().toISOString());
    const subject = cleanLine(got.mail.subject, 900);
    await sendMail(tx, deps, {
      to: [got.from.address],
      subject: subject ? `Not accepted: ${subject}` : 'Your e-mail to Firebreak was not accepted',
      text: `Firebreak did not accept your e-mail${subject ? ` "${subject}"` : ''}.\n\n${why}\n`,
      inReplyTo: got.rawId ?? undefined,
      references: got.rawId ? [got.rawId] : undefined,
      headers: { 'Auto-Submitted': 'auto-replied' },
    });
  });
  return { outcome: 'refused', reason: why };
}

// ---- attachments ----

type File = { filename: string; contentType: string; content: Buffer };

/** The files of a mail (inline parts of an HTML body, such as signature logos, are not kept). */
function attachmentsOf(mail: ParsedMail): File[] {
  const files = mail.attachments.filter((a) => !a.related);
  if (files.length > MAX_ATTACHMENTS)
    throw new MailRefusal(552, `5.3.4 Too many attachments: at most ${MAX_ATTACHMENTS} per e-mail (this one has ${files.length})`);
  return files.map((a) => ({ filename: cleanFilename(a.filename), contentType: cleanContentType(a.contentType), content: a.content }));
}

const rowsOf = (files: File[], incidentId: string, from: string, now: string): AttachmentRow[] =>
  files.map((f) => ({
    id: newId(),
    incident_id: incidentId,
    filename: f.filename,
    content_type: f.contentType,
    size: f.content.length,
    sha256: createHash('sha256').update(f.content).digest('hex'),
    content_base64: f.content.toString('base64'),
    from_address: from,
    created_at: now,
  }));
