import { CHAT_IMPORT_MAX_TEXT } from './vocab.ts';

/** Who wrote a chat message, as the chat tool named them (matched to Firebreak users later, if possible). */
export type ChatAuthor = { externalId: string | null; name: string; email: string | null };

export type ParsedChatMessage = {
  source: 'slack' | 'transcript';
  /** The source's own timestamp (Slack `ts`, or the transcript time as ISO). */
  ts: string;
  /** When it was said, ISO-8601 UTC. */
  at: string;
  author: ChatAuthor;
  text: string;
  threadTs: string | null;
  subtype: string | null;
  /** What makes the message unique in its source; the server hashes it for re-import without duplicates. */
  dedupe: string;
};

/** A chat export that cannot be read; `where` names the message index or line. */
export class ChatFormatError extends Error {
  readonly where: string;
  constructor(where: string, message: string) {
    super(`${where}: ${message}`);
    this.where = where;
  }
}

export type SlackMessage = {
  type: string;
  ts: string;
  user?: string;
  username?: string;
  bot_id?: string;
  text?: string;
  thread_ts?: string;
  subtype?: string;
  user_profile?: { real_name?: string; display_name?: string; name?: string; email?: string };
};
export type SlackUser = {
  id: string;
  name?: string;
  real_name?: string;
  profile?: { real_name?: string; display_name?: string; email?: string };
};

/** Channel housekeeping, not conversation. */
const SLACK_SKIPPED_SUBTYPES = new Set([
  'channel_join',
  'channel_leave',
  'channel_topic',
  'channel_purpose',
  'channel_name',
  'channel_archive',
  'channel_unarchive',
  'group_join',
  'group_leave',
  'group_topic',
  'group_purpose',
  'group_name',
  'pinned_item',
  'unpinned_item',
  'bot_add',
  'bot_remove',
  'reminder_add',
  'message_deleted',
  'tombstone',
]);

/** Slack `ts` ("1700000000.000100", seconds.microseconds) to ISO-8601 UTC, without float rounding. */
export function slackTsToIso(ts: string): string {
  const [sec, frac = ''] = ts.split('.');
  const ms = Number(sec) * 1000 + Math.floor(Number(frac.padEnd(6, '0').slice(0, 6)) / 1000);
  return new Date(ms).toISOString();
}

const nonEmpty = (...xs: (string | undefined)[]) => xs.find((x) => x !== undefined && x.trim() !== '')?.trim();

/** Slack's markup to plain text: mentions by name, links as "label (url)", entities unescaped. */
export function slackText(text: string, names: Map<string, string>): string {
  // Most messages carry no markup: skip the replacements (they dominate a large import).
  if (!text.includes('<') && !text.includes('&')) return text;
  return text
    .replace(/<@([A-Z0-9]+)(?:\|([^>]*))?>/g, (_m, id: string, label?: string) => `@${label || names.get(id) || id}`)
    .replace(/<#[A-Z0-9]+\|([^>]*)>/g, (_m, name: string) => `#${name}`)
    .replace(/<!(here|channel|everyone)(?:\|[^>]*)?>/g, (_m, w: string) => `@${w}`)
    .replace(/<!subteam\^[A-Z0-9]+(?:\|([^>]*))?>/g, (_m, name?: string) => name || '@team')
    .replace(/<((?:https?|mailto):[^|>]+)\|([^>]*)>/g, (_m, url: string, label: string) =>
      label && label !== url ? `${label} (${url})` : url,
    )
    .replace(/<((?:https?|mailto):[^>]+)>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/**
 * Reads a Slack channel export (messages as Slack writes them, optionally with users.json).
 * Housekeeping subtypes (joins, topic changes…) and empty messages are skipped and counted.
 */
export function parseSlackExport(messages: readonly SlackMessage[], users: readonly SlackUser[] = []) {
  const byId = new Map<string, { name: string; email: string | null }>();
  for (const u of users) {
    byId.set(u.id, {
      name: nonEmpty(u.profile?.display_name, u.profile?.real_name, u.real_name, u.name) ?? u.id,
      email: nonEmpty(u.profile?.email)?.toLowerCase() ?? null,
    });
  }
  // Messages carry their author's profile too: learn names from them for mentions.
  for (const m of messages) {
    if (m.user && !byId.has(m.user) && m.user_profile) {
      const name = nonEmpty(m.user_profile.display_name, m.user_profile.real_name, m.user_profile.name);
      if (name) byId.set(m.user, { name, email: nonEmpty(m.user_profile.email)?.toLowerCase() ?? null });
    }
  }
  const names = new Map([...byId].map(([id, u]) => [id, u.name]));
  const out: ParsedChatMessage[] = [];
  let skipped = 0;
  for (const m of messages) {
    if (m.type !== 'message' || (m.subtype && SLACK_SKIPPED_SUBTYPES.has(m.subtype))) {
      skipped++;
      continue;
    }
    const text = slackText(m.text ?? '', names).trim();
    if (!text) {
      skipped++;
      continue;
    }
    const known = m.user ? byId.get(m.user) : undefined;
    const name =
      known?.name ?? nonEmpty(m.user_profile?.display_name, m.user_profile?.real_name, m.username) ?? m.user ?? m.bot_id ?? 'unknown';
    const externalId = m.user ?? m.bot_id ?? null;
    out.push({
      source: 'slack',
      ts: m.ts,
      at: slackTsToIso(m.ts),
      author: { externalId, name, email: known?.email ?? nonEmpty(m.user_profile?.email)?.toLowerCase() ?? null },
      text,
      threadTs: m.thread_ts && m.thread_ts !== m.ts ? m.thread_ts : null,
      subtype: m.subtype ?? null,
      // A Slack ts is unique within a channel; the author guards against merged channels.
      dedupe: `slack|${m.ts}|${externalId ?? name}`,
    });
  }
  return { messages: out, skipped };
}

const dtfCache = new Map<string, Intl.DateTimeFormat>();
function zoneFormat(tz: string): Intl.DateTimeFormat {
  let f = dtfCache.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    dtfCache.set(tz, f);
  }
  return f;
}

/** Whether `tz` is an IANA time zone this runtime knows. */
export function isTimeZone(tz: string): boolean {
  try {
    zoneFormat(tz);
    return true;
  } catch {
    return false;
  }
}

function offsetMs(utcMs: number, tz: string): number {
  const parts = Object.fromEntries(
    zoneFormat(tz)
      .formatToParts(new Date(utcMs))
      .map((p) => [p.type, p.value]),
  );
  const asUtc = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second);
  return asUtc - Math.floor(utcMs / 1000) * 1000;
}

/** A wall-clock time in a time zone to a UTC instant (ms); DST gaps resolve forward. */
export function zonedToUtc(date: string, h: number, mi: number, s: number, tz: string): number {
  const [y, mo, d] = date.split('-').map(Number);
  const guess = Date.UTC(y, mo - 1, d, h, mi, s);
  const first = guess - offsetMs(guess, tz);
  const second = guess - offsetMs(first, tz);
  return second;
}

/** The calendar date (YYYY-MM-DD) of an instant in a time zone. */
export function dateIn(iso: string, tz: string): string {
  const parts = Object.fromEntries(
    zoneFormat(tz)
      .formatToParts(new Date(iso))
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}`;
}

const LINE = /^\s*\[(?:(\d{4}-\d{2}-\d{2})[ T])?(\d{1,2}):(\d{2})(?::(\d{2}))?\]\s*([^:\n]{1,120}?)\s*:\s?(.*)$/;

/**
 * Reads a plain transcript: `[12:40] alice: text` or `[2026-03-01 12:40:05] alice: text`.
 * Lines without a time continue the previous message. Time-only lines take `date` in `timezone`,
 * and roll over to the next day when the clock goes back by more than an hour (past midnight).
 */
export function parseTranscript(text: string, opts: { date: string; timezone: string }): ParsedChatMessage[] {
  const steps = transcriptSteps(text, opts);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Lines parsed between two pauses of `transcriptSteps`. */
export const TRANSCRIPT_STEP_LINES = 1000;

/**
 * The transcript parser, pausing every TRANSCRIPT_STEP_LINES lines (yielding the messages read so
 * far) so a server can give its event loop to other requests in between, and stop early when an
 * import is over its message limit; returns the messages. Every message is held to the war-room
 * comment limit (CHAT_IMPORT_MAX_TEXT), naming the line that crossed it.
 */
export function* transcriptSteps(text: string, opts: { date: string; timezone: string }): Generator<number, ParsedChatMessage[]> {
  if (!isTimeZone(opts.timezone)) throw new ChatFormatError('timezone', `unknown time zone ${opts.timezone}`);
  const out: ParsedChatMessage[] = [];
  const tooLong = (line: number) =>
    new ChatFormatError(`line ${line}`, `message longer than ${CHAT_IMPORT_MAX_TEXT} characters (the limit of a war-room comment)`);
  const seen = new Map<string, number>();
  let day = opts.date;
  let prevMs: number | null = null;
  const lines = text.split(/\r?\n/);
  for (const [i, raw] of lines.entries()) {
    if (i % TRANSCRIPT_STEP_LINES === TRANSCRIPT_STEP_LINES - 1) yield out.length;
    const m = LINE.exec(raw);
    if (!m) {
      if (raw.trim() === '') continue;
      const last = out.at(-1);
      if (!last) throw new ChatFormatError(`line ${i + 1}`, 'expected "[hh:mm] name: text" or "[yyyy-mm-dd hh:mm:ss] name: text"');
      last.text += `\n${raw}`;
      if (last.text.trim().length > CHAT_IMPORT_MAX_TEXT) throw tooLong(i + 1);
      continue;
    }
    const [, date, hh, mm, ss, who, said] = m;
    const h = Number(hh);
    const mi = Number(mm);
    const s = Number(ss ?? 0);
    if (h > 23 || mi > 59 || s > 59) throw new ChatFormatError(`line ${i + 1}`, `not a time: ${hh}:${mm}${ss ? `:${ss}` : ''}`);
    if (date) {
      if (Number.isNaN(Date.parse(`${date}T00:00:00Z`))) throw new ChatFormatError(`line ${i + 1}`, `not a date: ${date}`);
      day = date;
    }
    let ms = zonedToUtc(day, h, mi, s, opts.timezone);
    if (!date && prevMs !== null && ms < prevMs - 3_600_000) {
      day = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
      ms = zonedToUtc(day, h, mi, s, opts.timezone);
    }
    prevMs = ms;
    const at = new Date(ms).toISOString();
    const name = who.trim();
    if (said.trim().length > CHAT_IMPORT_MAX_TEXT) throw tooLong(i + 1);
    // Transcripts have minute precision: the same person may say the same thing twice in a minute.
    const base = `transcript|${at}|${name.toLowerCase()}|${said}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    out.push({
      source: 'transcript',
      ts: at,
      at,
      author: { externalId: null, name, email: name.includes('@') ? name.toLowerCase() : null },
      text: said,
      threadTs: null,
      subtype: null,
      dedupe: `${base}|${n}`,
    });
  }
  if (!out.length) throw new ChatFormatError('text', 'no "[hh:mm] name: text" lines found');
  for (const msg of out) msg.text = msg.text.trim();
  return out.filter((msg) => msg.text !== '');
}
