import { createPersistedStore, createStore } from './store.ts';

/** Local time or UTC, remembered per browser: incidents cross time zones. */
export const timeZonePref = createPersistedStore<'local' | 'utc'>('firebreak-time-zone', 'local', ['local', 'utc']);

/** One shared clock that ticks every 15 s, so every relative time on the page moves together. */
export const nowStore = createStore(Date.now());
let ticking = false;
export function useNow(): number {
  if (!ticking && typeof window !== 'undefined') {
    ticking = true;
    setInterval(() => nowStore.set(Date.now()), 15_000);
  }
  return nowStore.use();
}

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

/** "34 min", "2 h 5 min", "3 d 4 h". */
export function formatDuration(ms: number): string {
  const a = Math.max(0, Math.abs(ms));
  // Minutes are as precise as the shared clock (it ticks every 15 s): no seconds that stand still.
  if (a < MIN) return 'under 1 min';
  if (a < HOUR) return `${Math.floor(a / MIN)} min`;
  if (a < DAY) {
    const h = Math.floor(a / HOUR);
    const m = Math.floor((a % HOUR) / MIN);
    return m ? `${h} h ${m} min` : `${h} h`;
  }
  const d = Math.floor(a / DAY);
  const h = Math.floor((a % DAY) / HOUR);
  return h ? `${d} d ${h} h` : `${d} d`;
}

/** "just now", "12 min ago", "in 6 min". */
export function formatRelative(iso: string, now: number): string {
  const diff = Date.parse(iso) - now;
  if (Math.abs(diff) < MIN) return 'just now';
  return diff < 0 ? `${formatDuration(diff)} ago` : `in ${formatDuration(diff)}`;
}

const fmtCache = new Map<string, Intl.DateTimeFormat>();
function fmt(tz: 'local' | 'utc', kind: 'full' | 'clock' | 'date' | 'input'): Intl.DateTimeFormat {
  const k = `${tz}|${kind}`;
  let f = fmtCache.get(k);
  if (!f) {
    const timeZone = tz === 'utc' ? 'UTC' : undefined;
    const opts: Intl.DateTimeFormatOptions =
      kind === 'clock'
        ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }
        : kind === 'date'
          ? { month: 'short', day: 'numeric', timeZone }
          : {
              year: 'numeric',
              month: 'short',
              day: 'numeric',
              hour: '2-digit',
              minute: '2-digit',
              second: '2-digit',
              hourCycle: 'h23',
              timeZone,
              timeZoneName: 'short',
            };
    f = new Intl.DateTimeFormat(undefined, opts);
    fmtCache.set(k, f);
  }
  return f;
}

/** Absolute time with seconds and zone, for hovers: "Mar 1, 2026, 12:40:05 UTC". */
export const formatAbsolute = (iso: string, tz: 'local' | 'utc') => fmt(tz, 'full').format(new Date(iso));

/** "12:40", or "Mar 1 12:40" when not today. */
export function formatClock(iso: string, tz: 'local' | 'utc', now = Date.now()): string {
  const d = new Date(iso);
  const sameDay = fmt(tz, 'date').format(d) === fmt(tz, 'date').format(new Date(now));
  return sameDay ? fmt(tz, 'clock').format(d) : `${fmt(tz, 'date').format(d)} ${fmt(tz, 'clock').format(d)}`;
}

/** "Mar 1" */
export const formatDay = (iso: string, tz: 'local' | 'utc') => fmt(tz, 'date').format(new Date(iso));
