import type { TimelineEntryView } from '@firebreak/shared';
import { buildUrl, errorFrom, networkError } from './client.ts';
import type { ApiError } from './errors.ts';
import { sseParser } from './sse.ts';

export type FollowOptions = {
  url: string;
  token: string;
  ref: string;
  /** Id of the last entry already shown; the server resumes after it. */
  lastId: number;
  signal: AbortSignal;
  onEntry(entry: TimelineEntryView): void;
  /** Connection notices ("reconnecting…"), for stderr. */
  onNotice?(message: string): void;
  /** No bytes for this long (the server sends a keep-alive every 15 s) means the link is dead. */
  idleMs?: number;
  /** Wait before reconnecting when the server has not said (`retry:`). */
  retryMs?: number;
};

const MAX_BACKOFF_MS = 30_000;

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const t = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(t);
        resolve();
      },
      { once: true },
    );
  });

/** Client errors other than timeouts and rate limits will not get better by retrying. */
const fatal = (e: ApiError) => e.status >= 400 && e.status < 500 && e.status !== 408 && e.status !== 429;

/**
 * Tails an incident's timeline over SSE until `signal` aborts. After any drop it reconnects with
 * Last-Event-ID set to the last entry it delivered, so nothing is missed or shown twice.
 * Rejects only for errors that retrying cannot fix (bad token, incident gone).
 */
export async function followTimeline(o: FollowOptions): Promise<void> {
  let lastId = o.lastId;
  let retryMs = o.retryMs ?? 2000;
  let failures = 0;
  const idleMs = o.idleMs ?? 45_000;

  while (!o.signal.aborted) {
    const conn = new AbortController();
    const stop = () => conn.abort();
    o.signal.addEventListener('abort', stop, { once: true });
    let idle: NodeJS.Timeout | undefined;
    let silent = false;
    const touch = () => {
      clearTimeout(idle);
      idle = setTimeout(() => {
        silent = true;
        conn.abort();
      }, idleMs);
    };
    let delivered = false;
    try {
      touch();
      let res: Response;
      try {
        res = await fetch(buildUrl(o.url, `/incidents/${encodeURIComponent(o.ref)}/events`), {
          headers: { authorization: `Bearer ${o.token}`, accept: 'text/event-stream', 'last-event-id': String(lastId) },
          signal: conn.signal,
        });
      } catch (err) {
        if (o.signal.aborted) return;
        throw networkError(o.url, err);
      }
      if (!res.ok) throw await errorFrom(res);
      if (!res.body) throw new Error('the server sent no event stream');
      failures = 0;
      const feed = sseParser({
        retry: (ms) => {
          retryMs = ms;
        },
        message: (m) => {
          if (m.event !== 'timeline') return;
          const entry = JSON.parse(m.data) as TimelineEntryView;
          if (entry.id <= lastId) return;
          lastId = entry.id;
          delivered = true;
          o.onEntry(entry);
        },
      });
      const decoder = new TextDecoder();
      for await (const chunk of res.body) {
        touch();
        feed(decoder.decode(chunk, { stream: true }));
      }
      if (!o.signal.aborted) o.onNotice?.('the live connection closed; reconnecting…');
    } catch (err) {
      if (o.signal.aborted) return;
      const api = err as ApiError;
      if (typeof api.status === 'number' && fatal(api)) throw err;
      failures += delivered ? 0 : 1;
      const why = silent
        ? `no data from the server for ${Math.round(idleMs / 1000)} s`
        : `the live connection dropped (${(err as Error).message})`;
      o.onNotice?.(`${why}; reconnecting…`);
    } finally {
      clearTimeout(idle);
      o.signal.removeEventListener('abort', stop);
    }
    const backoff = Math.min(MAX_BACKOFF_MS, retryMs * 2 ** Math.max(0, failures - 1));
    await sleep(backoff, o.signal);
  }
}
