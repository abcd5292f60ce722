import type { Bus } from '../platform/bus.ts';
import type { Ctx } from '../platform/context.ts';
import { reader } from '../platform/context.ts';
import { frameJson } from '../platform/sse.ts';
import { AUDIENCES, type Audience, entryVisibleTo, namesOtherIncidents, presentEntryFor } from './present.ts';
import { type EntryRow, listEntries } from './store.ts';

/** Rows read per query; also how far a feed reads ahead in one go. */
export const FEED_PAGE = 1000;
/** Framed entries a feed keeps for its streams; a stream further behind reads for itself. */
export const FEED_KEEP = 2000;

/**
 * One entry, framed once per audience; `null` for an audience that may not see it. An entry that
 * names another incident keeps its `row` instead: who may read it depends on the reader's access to
 * that incident, so each stream presents it for its reader (presentEntriesFor).
 */
type Framed = { id: number; bytes: Record<Audience, Buffer | null>; row?: EntryRow };

/** What a stream writes next: the entries in (its cursor, upTo], framed for its audience. */
export type FeedPage = { entries: Framed[]; upTo: number };

/**
 * The live entries of one incident, read once for all its streams on this instance. A bus event
 * only wakes streams; the first stream that needs entries past the feed's cursor reads them (one
 * query, unfiltered), presents each once per audience with the one presenter (`presentEntryFor`,
 * `entryVisibleTo`) and frames it once; every other stream of the incident takes the same bytes.
 * Reads are single-flight; a stream whose event arrived while a read was in flight (that read may
 * have started before its entries committed) starts a fresh one if it found nothing new, so
 * nothing committed before the event is missed. On PostgreSQL each instance's bus delivers every
 * event (NOTIFY), and each instance keeps its own feeds for its own streams.
 */
export class IncidentFeed {
  /** The feed holds exactly the entries with ids in (start, cursor]; unset until the first stream asks. */
  private start: number | undefined;
  private cursor = 0;
  private entries: Framed[] = [];
  private reading: Promise<void> | null = null;
  streams = 0;
  /** Queries run (for tests and metrics: one per wake, however many streams). */
  reads = 0;
  readonly incidentId: string;
  private figures: LiveFigures;
  constructor(incidentId: string, figures: LiveFigures) {
    this.incidentId = incidentId;
    this.figures = figures;
  }

  /**
   * The entries after `after` up to `target` (at most), or null when the feed no longer holds
   * them (the stream must read from the database itself). An empty page means nothing newer is
   * committed.
   */
  async after(ctx: Ctx, after: number, target: number): Promise<FeedPage | null> {
    if (this.start === undefined) this.start = this.cursor = after;
    let fresh = false;
    while (this.cursor <= after && this.cursor < target) {
      if (this.reading) {
        await this.reading;
        continue;
      }
      if (fresh) break; // a read that started after this call found nothing newer
      fresh = true;
      this.reading = this.read(ctx).finally(() => {
        this.reading = null;
      });
      await this.reading;
    }
    if (after < this.start) return null;
    const upTo = Math.min(this.cursor, target);
    if (upTo <= after) return { entries: [], upTo: after };
    return { entries: this.slice(after, upTo), upTo };
  }

  /** Entries with after < id <= upTo (the array is in id order). */
  private slice(after: number, upTo: number): Framed[] {
    let lo = 0;
    let hi = this.entries.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.entries[mid].id <= after) lo = mid + 1;
      else hi = mid;
    }
    const out: Framed[] = [];
    for (let i = lo; i < this.entries.length && this.entries[i].id <= upTo; i++) out.push(this.entries[i]);
    return out;
  }

  /** Reads one page after the cursor, presents and frames it once per audience. */
  private async read(ctx: Ctx): Promise<void> {
    this.reads++;
    this.figures.reads++;
    const rows = await listEntries(reader(ctx), this.incidentId, { after: this.cursor, limit: FEED_PAGE });
    for (const r of rows) {
      const id = Number(r.id);
      if (namesOtherIncidents(presentEntryFor({ role: 'admin' }, r))) {
        this.entries.push({ id, bytes: { admin: null, responder: null, viewer: null }, row: r });
        this.cursor = id;
        continue;
      }
      const bytes = {} as Record<Audience, Buffer | null>;
      let lastJson = '';
      let lastBuf: Buffer | null = null;
      for (const role of AUDIENCES) {
        if (!entryVisibleTo({ role }, r)) {
          bytes[role] = null;
          continue;
        }
        const view = presentEntryFor({ role }, r);
        const json = JSON.stringify(view);
        // Audiences that read the same fields share one buffer.
        if (!lastBuf || json !== lastJson) {
          lastJson = json;
          lastBuf = frameJson(id, 'timeline', json);
        }
        bytes[role] = lastBuf;
      }
      this.entries.push({ id, bytes });
      this.cursor = id;
    }
    if (this.entries.length > FEED_KEEP) {
      const drop = this.entries.length - FEED_KEEP;
      this.start = this.entries[drop - 1].id;
      this.entries = this.entries.slice(drop);
    }
  }
}

/** What an instance's live streams do, for /metrics: open streams and feeds, and the reads they ran. */
export type LiveFigures = { streams: number; reads: number };

const feedsByBus = new WeakMap<Bus, Map<string, IncidentFeed>>();
const figuresByBus = new WeakMap<Bus, LiveFigures>();

/** The figures of this instance (its bus). */
export function liveFigures(bus: Bus): LiveFigures & { feeds: number } {
  const f = figuresByBus.get(bus) ?? { streams: 0, reads: 0 };
  return { ...f, feeds: feedsByBus.get(bus)?.size ?? 0 };
}

/** The feed of an incident on this instance (its bus), shared by its open streams; release when done. */
export function joinFeed(bus: Bus, incidentId: string): { feed: IncidentFeed; leave: () => void } {
  const feeds = feedsByBus.get(bus) ?? new Map<string, IncidentFeed>();
  feedsByBus.set(bus, feeds);
  const figures = figuresByBus.get(bus) ?? { streams: 0, reads: 0 };
  figuresByBus.set(bus, figures);
  const f = feeds.get(incidentId) ?? new IncidentFeed(incidentId, figures);
  feeds.set(incidentId, f);
  f.streams++;
  figures.streams++;
  let left = false;
  return {
    feed: f,
    leave: () => {
      if (left) return;
      left = true;
      figures.streams--;
      if (--f.streams === 0 && feeds.get(incidentId) === f) feeds.delete(incidentId);
    },
  };
}

/** The feeds open on this instance (tests). */
export const openFeeds = (bus: Bus): ReadonlyMap<string, IncidentFeed> => feedsByBus.get(bus) ?? new Map();
