import type { FastifyReply, FastifyRequest } from 'fastify';
import { authenticate } from './auth.ts';
import type { BusEvent } from './bus.ts';
import type { Ctx } from './context.ts';
import { InputError } from './errors.ts';

const HEARTBEAT_MS = 15_000;

/**
 * Slow consumers. Writers that stream much (the incident stream) stop writing while a stream holds
 * more than `slowBytes` unsent (above the kernel's socket buffer) and wait for it to drain; a stream
 * that stays over `slowBytes` for `graceMs` is closed with an `end` event
 * `{"reason":"slow_consumer"}`, and over `hardBytes` (writers that do not wait) at once. A closed
 * stream that still does not drain is destroyed after another `graceMs`, so its buffer is freed.
 * The client reconnects with Last-Event-ID and resumes exactly (from the database). Tests may
 * lower these.
 */
export const streamLimits = { slowBytes: 256 * 1024, hardBytes: 4 * 1024 * 1024, graceMs: 3000 };

/** Streams this process closed as slow consumers (for /metrics). */
export const streamCounters = { slowConsumersCut: 0 };

/** One Server-Sent Event, framed once: the same bytes can be written to any number of streams. */
export function frame(id: number | null, event: string, data: unknown): Buffer {
  return frameJson(id, event, JSON.stringify(data));
}

/** `frame` for data already serialised to one line of JSON. */
export function frameJson(id: number | null, event: string, json: string): Buffer {
  return Buffer.from(`${id === null ? '' : `id: ${id}\n`}event: ${event}\ndata: ${json}\n\n`);
}

export type Stream = {
  /** Sends one event; ignored once the stream ended. */
  send(id: number | null, event: string, data: unknown): void;
  /**
   * Writes an event framed by `frame` (shared bytes, not copied); ignored once the stream ended.
   * False when the client is behind: wait for `drained()` before writing more.
   */
  write(bytes: Buffer): boolean;
  /** Resolves once the unsent bytes drained, or the stream ended (it may have been cut off). */
  drained(): Promise<void>;
  /** Whether the stream has ended (by us, or cut off as a slow consumer). */
  readonly ended: boolean;
  /** Ends the stream from our side; the client reconnects and its access is checked again. */
  end(): void;
};

export type StreamSpec = {
  /** The backlog, sent before any live event (live events wait behind it). */
  start?: (stream: Stream) => Promise<void>;
  /** Handles one bus event; events are handled one at a time, in the order they were published. */
  onEvent: (event: BusEvent, stream: Stream) => Promise<void> | void;
  /** Events after which the person may no longer see what this stream shows. */
  affectsAccess?: (event: BusEvent) => boolean;
  /** Whether the person may still see it; asked after such an event. */
  stillAllowed?: () => Promise<boolean>;
};

/**
 * The one way to serve Server-Sent Events. It opens the stream, sends heartbeats, feeds bus events
 * to `spec.onEvent` in order, and ends the stream when access is lost: when the person's token is
 * revoked, their session ends, they are disabled or their role changes (re-authenticated from the
 * same request), or when `spec.affectsAccess` says an event may have removed them and
 * `spec.stillAllowed` agrees. Any error ends the stream; the client resumes with Last-Event-ID.
 */
export async function serveStream(ctx: Ctx, req: FastifyRequest, reply: FastifyReply, spec: StreamSpec): Promise<void> {
  reply.hijack();
  const res = reply.raw;
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  });
  res.write('retry: 2000\n\n');
  let finish = () => {};
  const closed = new Promise<void>((resolve) => {
    finish = resolve;
    req.raw.on('close', () => resolve());
  });
  let slowTimer: NodeJS.Timeout | undefined;
  /** Writers waiting for the client to catch up (or for the stream to end). */
  const waiters = new Set<() => void>();
  const wakeWriters = () => {
    for (const w of waiters) w();
    waiters.clear();
  };
  const clearSlow = () => {
    clearTimeout(slowTimer);
    slowTimer = undefined;
  };
  res.on('drain', () => {
    clearSlow();
    wakeWriters();
  });
  res.on('close', wakeWriters);
  /** Closes a stream its client does not read: a reason, then the end; destroyed if even that never drains. */
  const cutOff = () => {
    clearSlow();
    if (res.writableEnded) return;
    streamCounters.slowConsumersCut++;
    res.end(frame(null, 'end', { reason: 'slow_consumer' }));
    finish();
    wakeWriters();
    const socket = req.raw.socket;
    const killTimer = setTimeout(() => res.destroy(), streamLimits.graceMs);
    killTimer.unref();
    res.once('finish', () => {
      // Delivered: close the connection too, rather than keep a slow client's socket for reuse.
      clearTimeout(killTimer);
      socket.end();
    });
    res.once('close', () => clearTimeout(killTimer));
  };
  const write = (bytes: Buffer | string): boolean => {
    // A stream we ended may still have a read in flight; writing after end() would throw.
    if (res.writableEnded) return false;
    res.write(bytes);
    const held = res.writableLength;
    if (held > streamLimits.hardBytes) cutOff();
    else if (held > streamLimits.slowBytes && !slowTimer) {
      slowTimer = setTimeout(() => {
        slowTimer = undefined;
        if (res.writableLength > streamLimits.slowBytes) cutOff();
      }, streamLimits.graceMs);
      slowTimer.unref();
    }
    return !res.writableEnded && res.writableLength <= streamLimits.slowBytes;
  };
  const stream: Stream = {
    send: (id, event, data) => {
      write(frame(id, event, data));
    },
    write,
    drained: () =>
      res.writableEnded || res.writableLength <= streamLimits.slowBytes
        ? Promise.resolve()
        : new Promise<void>((resolve) => waiters.add(resolve)),
    get ended() {
      return res.writableEnded;
    },
    end: () => {
      if (!res.writableEnded) res.end();
      finish();
      wakeWriters();
    },
  };
  const beat = setInterval(() => write(': keep-alive\n\n'), HEARTBEAT_MS);

  const credentialsStillValid = async () => {
    try {
      const now = await authenticate(ctx, req);
      return now.id === ctx.user.id && now.role === ctx.user.role;
    } catch {
      return false;
    }
  };
  const handle = async (ev: BusEvent) => {
    if (ev.type === 'access' && ev.userId === ctx.user.id && !(await credentialsStillValid())) return stream.end();
    if (spec.affectsAccess?.(ev) && spec.stillAllowed && !(await spec.stillAllowed())) return stream.end();
    await spec.onEvent(ev, stream);
  };
  // Until the backlog is sent, the queue is held, so live events wait behind it.
  let release = () => {};
  let queue = new Promise<void>((r) => (release = r));
  const unsubscribe = ctx.bus.subscribe((ev) => {
    queue = queue.then(() => handle(ev)).catch(stream.end);
  });
  try {
    await spec.start?.(stream);
  } catch {
    stream.end();
  } finally {
    release();
  }
  await closed;
  clearInterval(beat);
  clearSlow();
  unsubscribe();
}

/**
 * The last event id a reconnecting client saw: the Last-Event-ID header, or ?lastEventId=. We only
 * ever send numeric ids, so anything else is refused (400) rather than silently streaming from now.
 */
export function lastEventId(req: FastifyRequest, query: { lastEventId?: number }): number | undefined {
  const h = req.headers['last-event-id'];
  const raw = (Array.isArray(h) ? h[0] : h)?.trim();
  if (raw === undefined || raw === '') return query.lastEventId;
  if (!/^\d{1,15}$/.test(raw)) {
    throw new InputError('Last-Event-ID: must be the numeric id of an event this stream sent', { field: 'Last-Event-ID' });
  }
  return Number(raw);
}
