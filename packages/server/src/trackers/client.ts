import type { TrackerKind } from '@firebreak/shared';

/** A connection as the tracker clients need it: its non-secret settings and its credential, decrypted. */
export type Connection = { id: string; kind: TrackerKind; settings: Record<string, string>; token: string };

/** The issue to create for a follow-up. `marker` is in its text (or a Jira label), so a retry can find it. */
export type IssueDraft = {
  actionId: string;
  marker: string;
  title: string;
  /** Markdown (GitHub, GitLab, Linear). */
  markdown: string;
  /** The same as paragraphs: [text, link?] runs, for Jira's Atlassian Document Format. */
  paragraphs: { text: string; href?: string }[][];
  /** When the push was asked for: a retry looks only at issues created since. */
  since: string;
};

/** An issue in the tracker: its stable id, the key people use (#12, OPS-7) and its page. */
export type ExternalIssue = { id: string; key: string; url: string; status: 'open' | 'closed' };

/** A state change the tracker reported (webhook) or we read (poll). */
export type ExternalChange = { id: string; status: 'open' | 'closed'; by: string | null };

export type Headers = Record<string, string | string[] | undefined>;

/** What each tracker implements (github.ts, gitlab.ts, jira.ts, linear.ts). */
export type TrackerClient = {
  /** Where issues go, for people: acme/api, OPS on acme.atlassian.net. */
  target(settings: Record<string, string>): string;
  /** A cheap documented read that proves the credential and the target. */
  test(c: Connection, signal: AbortSignal): Promise<string>;
  create(c: Connection, d: IssueDraft, signal: AbortSignal): Promise<ExternalIssue>;
  /** The issue an earlier attempt of this push created, if any (see docs/trackers.md on idempotency). */
  find(c: Connection, d: IssueDraft, signal: AbortSignal): Promise<ExternalIssue | null>;
  read(c: Connection, externalId: string, signal: AbortSignal): Promise<ExternalChange>;
  /** Whether a webhook request carries the tracker's proof of the shared secret. */
  verify(secret: string, headers: Headers, raw: Buffer): boolean;
  /** The issue state change a webhook body reports; null for events that are not about that. */
  parse(headers: Headers, body: unknown): ExternalChange | null;
};

/** A tracker refused or could not be reached; the message never carries the credential. */
export class TrackerError extends Error {
  readonly status: number | null;
  constructor(status: number | null, message: string) {
    super(message);
    this.status = status;
  }
}

const TIMEOUT_MS = 15_000;

/** The tracker's own explanation of an error, from the usual shapes of their error bodies. */
function reasonOf(body: unknown): string {
  if (!body || typeof body !== 'object') return '';
  const b = body as Record<string, unknown>;
  const parts: string[] = [];
  if (typeof b.message === 'string') parts.push(b.message);
  if (Array.isArray(b.errorMessages)) parts.push(...b.errorMessages.filter((m) => typeof m === 'string'));
  if (b.errors && typeof b.errors === 'object' && !Array.isArray(b.errors)) parts.push(JSON.stringify(b.errors));
  if (Array.isArray(b.errors)) for (const e of b.errors) if (e && typeof e === 'object' && 'message' in e) parts.push(String(e.message));
  if (typeof b.error === 'string') parts.push(b.error);
  return parts.join('; ');
}

/** Removes the credential (and its encodings) from text that came back from a tracker. */
export function redact(text: string, token: string): string {
  let out = text;
  for (const t of [token, Buffer.from(token).toString('base64'), encodeURIComponent(token)])
    if (t.length >= 4) out = out.split(t).join('[redacted]');
  return out.replace(/(authorization|private-token|token)["']?\s*[:=]\s*["']?[^\s"',}]+/gi, '$1: [redacted]');
}

/** One JSON request to a tracker: a timeout, and errors as `TrackerError` with the tracker's reason. */
export async function callJson(
  c: Connection,
  url: string,
  init: { method?: string; headers: Record<string, string>; body?: unknown },
  signal: AbortSignal,
): Promise<{ status: number; json: unknown }> {
  let res: Response;
  try {
    res = await fetch(url, {
      method: init.method ?? 'GET',
      headers: {
        accept: 'application/json',
        'user-agent': 'Firebreak',
        ...init.headers,
        ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
      signal: AbortSignal.any([signal, AbortSignal.timeout(TIMEOUT_MS)]),
      redirect: 'error',
    });
  } catch (err) {
    const why = err instanceof Error ? (err.cause instanceof Error ? err.cause.message : err.message) : String(err);
    throw new TrackerError(null, redact(`${new URL(url).host} could not be reached: ${why}`, c.token));
  }
  const text = await res.text();
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  if (!res.ok) {
    const reason = reasonOf(json) || text.slice(0, 200);
    throw new TrackerError(
      res.status,
      redact(`${new URL(url).host} answered ${res.status}${reason ? `: ${reason}` : ''}`.slice(0, 500), c.token),
    );
  }
  return { status: res.status, json };
}

export const header = (headers: Headers, name: string): string | undefined => {
  const v = headers[name.toLowerCase()];
  return Array.isArray(v) ? v[0] : v;
};
