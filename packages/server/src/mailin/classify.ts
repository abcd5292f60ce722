import type { AlertSeverity } from '@firebreak/shared';
import EmailReplyParser from 'email-reply-parser';

/**
 * Pure rules over a parsed e-mail: what is automatic, what a line may hold, where the incident
 * reference is, what the sender added above the quoted history, and how an alert mail reads.
 */

/** Header values as mailparser gives them (lower-case names). */
export type Headers = { get(name: string): unknown };

const headerText = (headers: Headers, name: string): string => {
  const v = headers.get(name);
  if (typeof v === 'string') return v;
  if (v && typeof v === 'object' && 'value' in v && typeof (v as { value: unknown }).value === 'string')
    return (v as { value: string }).value;
  return '';
};

/**
 * Why a mail was written by a machine, or null: auto-replies and bulk mail are never reports or
 * comments (RFC 3834 `Auto-Submitted`, `Precedence: bulk|junk|list`, the vacation headers of
 * Exchange and others), so two robots never talk through Firebreak.
 */
export function automaticReason(headers: Headers): string | null {
  const auto = headerText(headers, 'auto-submitted').trim().toLowerCase();
  if (auto && auto !== 'no') return `Auto-Submitted: ${auto}`;
  const precedence = headerText(headers, 'precedence').trim().toLowerCase();
  if (['bulk', 'junk', 'list', 'auto_reply'].includes(precedence)) return `Precedence: ${precedence}`;
  for (const h of ['X-Autoreply', 'X-Autorespond']) if (headerText(headers, h.toLowerCase())) return h;
  return null;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds
const LINE_BREAKERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds
const TEXT_CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/**
 * One line of text as it may be shown and put in a header: control characters (CR and LF
 * included: no header injection through a subject or a name) become spaces, runs of white space one.
 */
export function cleanLine(text: string | undefined | null, max: number): string {
  const flat = (text ?? '').replace(LINE_BREAKERS, ' ').replace(/\s+/g, ' ').trim();
  return [...flat].slice(0, max).join('');
}

/** Text kept as it came, except NUL (PostgreSQL cannot store it) and other C0 controls but tab and newlines. */
export function cleanText(text: string | undefined | null, max: number): string {
  const kept = (text ?? '').replace(/\r\n?/g, '\n').replace(TEXT_CONTROLS, '');
  return kept.length > max ? `${kept.slice(0, max)}\n[… cut at ${max} characters]` : kept;
}

/** `[INC-42]` in a subject → `INC-42`. */
export function subjectRef(subject: string | undefined): string | null {
  const m = /\[INC-(\d{1,9})\]/i.exec(subject ?? '');
  return m ? `INC-${m[1]}` : null;
}

/** What the sender wrote above the quoted history and signature (email-reply-parser). */
export function replyText(text: string): string {
  return new EmailReplyParser().parseReply(text).trim();
}

/** A file name safe to show and to send back in Content-Disposition. */
export function cleanFilename(name: string | undefined): string {
  const base = cleanLine((name ?? '').split(/[\\/]/).pop(), 200).replace(/["]/g, "'");
  return base && base !== '.' && base !== '..' ? base : 'attachment';
}

/** A media type as `type/subtype`, else application/octet-stream. */
export function cleanContentType(type: string | undefined): string {
  const t = (type ?? '').trim().toLowerCase();
  return /^[a-z0-9][\w.+-]{0,63}\/[a-z0-9][\w.+-]{0,127}$/.test(t) ? t : 'application/octet-stream';
}

// ---- alerts by e-mail ----

const STATUS_MARK =
  /^\s*(?:(?:re|fwd?|aw|wg)\s*:\s*)*(?:\[\s*(firing|resolved|ok|recovered|problem|alert|alerting|triggered|cleared)(?::\s*\d+)?\s*\]|\*{0,2}\s*(firing|resolved|ok|recovered|recovery|problem|alert|alerting|triggered|cleared)\s*(?:[:\-–]|\*{2}|\s(?=\S)))\s*/i;
/** Nagios and Icinga end the subject with the state ("… is CRITICAL", "… is OK"): not part of the key. */
const TRAILING_STATE = /\s+is\s+(ok|up|critical|warning|unknown|down|unreachable)$/i;
const RESOLVED_WORDS = new Set(['resolved', 'ok', 'recovered', 'recovery', 'cleared']);

/**
 * An alert e-mail as an event of the normal ingest path. The subject is the title; a leading
 * status word says trigger or resolve (`RESOLVED:`, `[OK]`, `Recovered -`… resolve; `[FIRING:2]`,
 * `PROBLEM:`, `ALERT:` or none trigger); the dedup key is the subject without that word and without
 * Re:/Fwd: and without a trailing Nagios state (`is CRITICAL`, `is OK`), lower-cased, white space
 * collapsed — so "PROBLEM: db-1 disk full" and "RECOVERED: db-1 disk full" are one alert. Headers win over the subject: `X-Firebreak-Dedup-Key`,
 * `X-Firebreak-Alert-Status` (trigger|resolve), `X-Firebreak-Severity` (critical|error|warning|info).
 */
export function alertFromMail(
  mail: { subject: string; text: string; headers: Headers },
  severityFromLabel: (v: unknown) => AlertSeverity,
): { action: 'trigger' | 'resolve'; dedupKey: string; title: string; description: string; severity: AlertSeverity } {
  let subject = cleanLine(mail.subject, 1000);
  let status = '';
  for (let m = STATUS_MARK.exec(subject); m?.[0]; m = STATUS_MARK.exec(subject)) {
    status ||= (m[1] ?? m[2] ?? '').toLowerCase();
    subject = subject.slice(m[0].length);
  }
  subject = subject.replace(/\s*\*{2}\s*$/, '').trim();
  const headerStatus = headerText(mail.headers, 'x-firebreak-alert-status').trim().toLowerCase();
  const resolve = headerStatus ? ['resolve', 'resolved', 'ok'].includes(headerStatus) : RESOLVED_WORDS.has(status);
  const headerKey = cleanLine(headerText(mail.headers, 'x-firebreak-dedup-key'), 255);
  const severityHeader = headerText(mail.headers, 'x-firebreak-severity').trim();
  return {
    action: resolve ? 'resolve' : 'trigger',
    dedupKey: headerKey || subject.replace(TRAILING_STATE, '').toLowerCase().slice(0, 255) || '(no subject)',
    title: subject.slice(0, 500) || '(no subject)',
    description: cleanText(mail.text, 20_000).trim(),
    severity: severityHeader ? severityFromLabel(severityHeader) : 'warning',
  };
}
