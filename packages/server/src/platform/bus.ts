import { EventEmitter } from 'node:events';
import pg from 'pg';

/**
 * What the bus carries after a commit. Events are references, never content: a listener reads what
 * it needs from the database (so resume is exact and nothing private rides on the bus), and every
 * event fits in one PostgreSQL NOTIFY.
 */
export type BusEvent =
  /** Timeline entries firstId..lastId were written for an incident (one event per incident per transaction). */
  | { type: 'timeline'; incidentId: string; firstId: number; lastId: number; kinds: Record<string, number> }
  /** Something in a retrospective changed; `change` names what (a section save carries its key). */
  | { type: 'retro'; incidentId: string; retroId: string; change: string; section?: string }
  /** A person's credentials or role changed (token revoked, user disabled, role changed, signed out). */
  | { type: 'access'; userId: string }
  /** Alerts were opened or changed (by a tool or a person); `ids` is null when there were more than 50. */
  | { type: 'alerts'; ids: string[] | null }
  /** A person's in-app notifications changed (new ones, or read): their bell re-reads its count. Never the content. */
  | { type: 'notification'; userId: string }
  /** Cached settings changed; every instance drops its copy. */
  | { type: 'cache'; name: string }
  /** Jobs were enqueued that are due now; idle workers wake up instead of waiting for their poll. */
  | { type: 'jobs' }
  /** Events may have been missed (the listening connection was down): streams catch up from the database. */
  | { type: 'resync' };

/** `local` is false for events another instance published (counters of writes count only local ones). */
export type Listener = (event: BusEvent, local: boolean) => void;
/** A PostgreSQL NOTIFY to send inside the writing transaction. */
export type Notification = { channel: string; payload: string };

/**
 * One process: an in-process emitter. `transaction()` (platform/context.ts) is the only publisher,
 * after commit. Subclasses add a transport between instances.
 */
export class Bus {
  private emitter = new EventEmitter();
  constructor() {
    this.emitter.setMaxListeners(0);
  }
  /** Delivers to this process's listeners. Called after commit, by `transaction()` only. */
  publish(events: readonly BusEvent[], local = true): void {
    for (const e of events) this.emitter.emit('event', e, local);
  }
  subscribe(fn: Listener): () => void {
    this.emitter.on('event', fn);
    return () => this.emitter.off('event', fn);
  }
  /** The statement (if any) that tells other instances, run inside the transaction so it is sent only on commit. */
  notifications(_events: readonly BusEvent[]): Notification[] {
    return [];
  }
  async close(): Promise<void> {}
}

const MAX_NOTIFY = 7000; // PostgreSQL refuses payloads of 8000 bytes or more

/**
 * A fleet on one PostgreSQL: events are also sent with NOTIFY inside the writing transaction (so
 * they leave only if it commits), and each instance LISTENs on a dedicated connection. An instance
 * delivers its own events locally at once and ignores their echo. The listening connection
 * reconnects with backoff; while it is down, streams still catch up on the next wake or reconnect.
 */
export class PgBus extends Bus {
  readonly origin = `${process.pid}-${Math.random().toString(36).slice(2, 10)}`;
  private client: pg.Client | null = null;
  private closed = false;
  private retryMs = 250;
  private url: string;
  readonly channel: string;
  private log: (msg: string) => void;
  constructor(url: string, channel: string, log: (msg: string) => void = () => {}) {
    super();
    this.url = url;
    this.channel = channel;
    this.log = log;
  }

  /** Connects the listening connection (retries in the background if the database is away). */
  async start(): Promise<this> {
    await this.connect().catch(() => this.reconnectLater());
    return this;
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.url });
    client.on('error', () => {}); // 'end' follows and reconnects
    client.on('end', () => {
      if (this.client === client) this.client = null;
      if (!this.closed) this.reconnectLater();
    });
    client.on('notification', (msg) => this.receive(msg.payload));
    await client.connect();
    await client.query(`LISTEN "${this.channel.replace(/"/g, '')}"`);
    if (this.closed) return void client.end().catch(() => {});
    this.client = client;
    this.retryMs = 250;
    // Anything missed while disconnected: tell listeners to catch up from the database.
    this.wakeAll();
  }

  private reconnectLater(): void {
    if (this.closed) return;
    const wait = this.retryMs + Math.random() * this.retryMs;
    this.retryMs = Math.min(this.retryMs * 2, 10_000);
    setTimeout(() => {
      if (!this.closed && !this.client) this.connect().catch(() => this.reconnectLater());
    }, wait).unref();
  }

  private wakeAll(): void {
    super.publish([{ type: 'resync' }, { type: 'jobs' }, { type: 'cache', name: '*' }], false);
  }

  private receive(payload: string | undefined): void {
    if (!payload) return;
    try {
      const msg = JSON.parse(payload) as { o: string; e: BusEvent[] };
      if (msg.o !== this.origin && Array.isArray(msg.e)) super.publish(msg.e, false);
    } catch {
      this.log('ignored a malformed bus notification');
    }
  }

  override notifications(events: readonly BusEvent[]): Notification[] {
    const out: Notification[] = [];
    let batch: BusEvent[] = [];
    let size = 0;
    const flush = () => {
      if (batch.length) out.push({ channel: this.channel, payload: JSON.stringify({ o: this.origin, e: batch }) });
      batch = [];
      size = 0;
    };
    for (const e of events) {
      const n = JSON.stringify(e).length + 1;
      if (size + n > MAX_NOTIFY) flush();
      batch.push(e);
      size += n;
    }
    flush();
    return out;
  }

  override async close(): Promise<void> {
    this.closed = true;
    const c = this.client;
    this.client = null;
    await c?.end().catch(() => {});
  }
}
