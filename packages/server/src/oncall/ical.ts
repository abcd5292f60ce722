import type { OnCallSpan } from '@firebreak/shared';
import { createEvents, type EventAttributes } from 'ics';
import { DateTime } from 'luxon';

/**
 * iCalendar feeds of on-call shifts (issue 13), per schedule or per person, for Google, Outlook and
 * Apple calendars. Built with the `ics` package; every time is UTC (`DTSTART:20260308T140000Z`) so no
 * VTIMEZONE is needed and clients show shifts in their own zone, correct across DST.
 *
 * UIDs are stable per shift: scope + user + start instant, so a calendar re-fetching the feed updates
 * events instead of duplicating them. Callers should ask the engine for a range that starts on a fixed
 * boundary (e.g. midnight UTC a week ago), not "now", or the first, clipped shift's UID would change
 * on every fetch.
 *
 * `ics` folds long lines at 75 characters; RFC 5545 says 75 octets, which differs for non-ASCII names,
 * so the output is unfolded and folded again by octets here.
 */

export interface IcalFeedOptions {
  /** Calendar name (X-WR-CALNAME), e.g. "Payments on call" or "My on-call shifts"; line breaks become spaces. */
  name: string;
  /** Link back to the schedule, put on every event. */
  url?: string;
  /** DTSTAMP: when the feed was generated (from the injected clock). */
  stamp: Date;
  /** Makes UIDs unique across feeds, e.g. the schedule id. */
  uidScope: string;
  /** Event title; defaults to "On call: <userId>". */
  title?: (span: OnCallSpan) => string;
  /** Optional event description. */
  description?: (span: OnCallSpan) => string | undefined;
}

export class IcalFeedError extends Error {
  override name = 'IcalFeedError';
}

const utc = (d: Date) => DateTime.fromJSDate(d, { zone: 'utc' }).toFormat("yyyyLLdd'T'HHmmss'Z'");
const encoder = new TextEncoder();
/** X-WR-CALNAME is not a TEXT property to every reader: keep calendar names to one plain line. */
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Folds one logical line so no physical line exceeds 75 octets, never splitting a character. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = 74; // continuation lines start with one space
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** The shifts as an RFC 5545 calendar (CRLF line ends). */
export function icalFeed(spans: OnCallSpan[], options: IcalFeedOptions): string {
  const title = options.title ?? ((s: OnCallSpan) => `On call: ${s.userId}`);
  const events: EventAttributes[] = spans.map((span) => {
    const description = options.description?.(span);
    const event = {
      uid: `${encodeURIComponent(options.uidScope)}-${encodeURIComponent(span.userId)}-${utc(span.start)}@firebreak`,
      timestamp: utc(options.stamp),
      start: utc(span.start),
      end: utc(span.end),
      title: title(span),
      ...(description ? { description } : {}),
      ...(options.url ? { url: options.url } : {}),
      busyStatus: 'BUSY',
      transp: 'OPAQUE',
    };
    return event as unknown as EventAttributes;
  });
  const { error, value } = createEvents(events, {
    productId: '-//Firebreak//On-call//EN',
    method: 'PUBLISH',
    calName: oneLine(options.name),
  });
  if (error || value == null) throw new IcalFeedError(`Could not write the calendar: ${error?.message ?? 'no output'}`);
  const lines = value
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter((l) => l !== '');
  const out: string[] = [];
  for (const line of lines) {
    out.push(foldLine(line));
    // `ics` writes X-PUBLISHED-TTL:PT1H (Outlook); RFC 7986's REFRESH-INTERVAL says the same to Apple.
    if (line.startsWith('X-PUBLISHED-TTL:')) out.push('REFRESH-INTERVAL;VALUE=DURATION:PT1H');
  }
  return `${out.join('\r\n')}\r\n`;
}
