import { useSyncExternalStore } from 'react';

// Live updates over Server-Sent Events. EventSource reconnects by itself and sends Last-Event-ID, so
// the server replays what was missed; when the server refuses (e.g. restarted and answered 5xx), the
// browser gives up and we open a new EventSource with ?lastEventId= ourselves, backing off.

type State = 'connecting' | 'open' | 'lost';
const states = new Map<number, State>();
const listeners = new Set<() => void>();
let nextKey = 1;
let snapshot = false;

function setState(key: number, s: State | null) {
  if (s === null) states.delete(key);
  else states.set(key, s);
  const lost = [...states.values()].includes('lost');
  if (lost !== snapshot) {
    snapshot = lost;
    for (const l of listeners) l();
  }
}

/** True while any live stream of the page is disconnected (drives the "reconnecting" banner). */
export function useLiveLost(): boolean {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => snapshot,
    () => false,
  );
}

export type StreamOptions<T> = {
  url: string;
  /** The event name(s) to listen to. */
  event: string | readonly string[];
  /** Resume after this event id on the first connection (later ones use what was received). */
  lastEventId?: number;
  onMessage: (data: T, id: number, event: string) => void;
  /** Called when a lost connection is back (after the server's replay, if any). */
  onReconnect?: () => void;
  /** Called every time the stream is open, the first time too (streams without resume catch up here). */
  onOpen?: () => void;
};

/** Opens a live stream (every page's live data goes through here); returns a function that closes it. */
export function openStream<T>(opts: StreamOptions<T>): () => void {
  const key = nextKey++;
  let es: EventSource | null = null;
  let lastId = opts.lastEventId;
  let lost = false;
  let closed = false;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let attempts = 0;

  const connect = () => {
    if (closed) return;
    const sep = opts.url.includes('?') ? '&' : '?';
    es = new EventSource(lastId !== undefined ? `${opts.url}${sep}lastEventId=${lastId}` : opts.url);
    setState(key, lost ? 'lost' : 'connecting');
    for (const name of typeof opts.event === 'string' ? [opts.event] : opts.event) {
      es.addEventListener(name, (ev) => {
        const m = ev as MessageEvent<string>;
        const id = Number(m.lastEventId);
        if (Number.isFinite(id) && id > 0) lastId = id;
        try {
          opts.onMessage(JSON.parse(m.data) as T, id, name);
        } catch (err) {
          console.error('live update could not be applied', err);
        }
      });
    }
    es.onopen = () => {
      attempts = 0;
      setState(key, 'open');
      opts.onOpen?.();
      if (lost) {
        lost = false;
        opts.onReconnect?.();
      }
    };
    es.onerror = () => {
      lost = true;
      setState(key, 'lost');
      if (es && es.readyState === EventSource.CLOSED) {
        es.close();
        attempts += 1;
        retry = setTimeout(connect, Math.min(30_000, 1000 * 2 ** Math.min(attempts, 5)));
      }
    };
  };
  const online = () => {
    if (lost && es?.readyState !== EventSource.OPEN) {
      clearTimeout(retry);
      es?.close();
      connect();
    }
  };
  window.addEventListener('online', online);
  connect();
  return () => {
    closed = true;
    clearTimeout(retry);
    window.removeEventListener('online', online);
    es?.close();
    setState(key, null);
  };
}
