/** A timeline entry as the analysis needs it (the API's timeline entry shape fits). */
export type ThemeEntry = {
  id: number;
  kind: string;
  occurredAt: string;
  actor: { id: string; name: string } | null;
  body: string | null;
  data: Record<string, unknown>;
};

export type StuckCategory = 'access' | 'ownership' | 'waiting' | 'knowledge';

export type Themes = {
  window: { from: string; to: string } | null;
  gaps: {
    from: string;
    to: string;
    minutes: number;
    beforeEntryId: number;
    afterEntryId: number;
    messagesDuring: number;
    messageIds: number[];
  }[];
  stuck: { entryId: number; at: string; who: string; category: StuckCategory; phrase: string; excerpt: string }[];
  people: {
    bucketMinutes: number;
    threshold: number;
    total: number;
    peak: { from: string; people: number } | null;
    buckets: { from: string; to: string; people: number; names: string[] }[];
    crowded: { from: string; to: string; people: number }[];
  };
  handovers: {
    entryId: number;
    at: string;
    source: 'role' | 'chat';
    role: string | null;
    from: string | null;
    to: string | null;
    excerpt: string | null;
  }[];
  summary: string[];
};

/** Phrases of people stuck or waiting (seed 004: "where people got stuck"; seed 002: unclear permissions and ownership). */
export const STUCK_PHRASES: Record<StuckCategory, readonly string[]> = {
  access: [
    'no access',
    "don't have access",
    'do not have access',
    "doesn't have access",
    "can't access",
    'cannot access',
    'permission denied',
    'access denied',
    'need access',
    'who has access',
    'locked out',
    'not authorized',
    'unauthorized',
    '403 forbidden',
    'no permission',
    "don't have permission",
    'need permission',
    'need admin',
    'no credentials',
  ],
  ownership: [
    'who owns',
    'who is responsible',
    "who's responsible",
    'who is on call',
    "who's on call",
    'which team owns',
    'which team is',
    'not sure who',
    'who should i ask',
    'who can help',
    'who can approve',
    'who knows',
  ],
  waiting: [
    'waiting for',
    'waiting on',
    'still waiting',
    'blocked on',
    'blocked by',
    'any update',
    'any news',
    'still no response',
    'no response from',
    'eta?',
  ],
  knowledge: [
    'anyone know',
    'does anyone',
    'does anybody',
    'anybody know',
    'any idea',
    'no idea',
    'not sure how',
    "i'm stuck",
    'we are stuck',
    "we're stuck",
    'stuck on',
    'how do i',
    'how do we',
    'is there a runbook',
    'no runbook',
    'where is the runbook',
    'where are the logs',
  ],
};

const HANDOVER =
  /\b(hand(?:ing|ed)? (?:it )?over to|hand(?:ing)?[- ]?off to|taking over|take over from|i'?ll take over|took over|handover)\b/i;

/** Entries that move the incident forward; chat and comments are talk, not progress. */
const PROGRESS_KINDS = new Set([
  'declared',
  'status_changed',
  'field_changed',
  'severity_changed',
  'services_changed',
  'milestone_set',
  'role_assigned',
  'action_added',
  'action_changed',
  'why_added',
  'why_answered',
  'note',
  'stakeholder_update',
  'merged',
]);
const TALK_KINDS = new Set(['chat', 'comment', 'note']);
/** Written after the incident, about it: not part of the incident's story. */
const AFTERWARDS = (kind: string) => kind.startsWith('retro_') || kind === 'chat_imported' || kind === 'pinned';

const MINUTE = 60_000;
const NICE_BUCKETS = [1, 2, 5, 10, 15, 20, 30, 60, 120, 240, 480, 720, 1440];

const chatName = (e: ThemeEntry) => {
  const a = e.data.author as { name?: unknown } | undefined;
  return typeof a?.name === 'string' ? a.name : null;
};
/** The person behind an entry: the matched user, else the chat name. */
function person(e: ThemeEntry): { key: string; name: string } | null {
  if (e.actor) return { key: `u:${e.actor.id}`, name: e.actor.name };
  const n = chatName(e);
  return n ? { key: `c:${n.toLowerCase()}`, name: n } : null;
}

function excerpt(text: string, at: number, len: number): string {
  const start = Math.max(0, at - 50);
  const s = text
    .slice(start, Math.min(text.length, at + len + 70))
    .replace(/\s+/g, ' ')
    .trim();
  return `${start > 0 ? '…' : ''}${s}${at + len + 70 < text.length ? '…' : ''}`;
}

const hhmm = (iso: string) => iso.slice(11, 16);

/**
 * Investigation aids from the timeline (seed 004): long gaps without progress, people stuck or
 * waiting, how many people were involved over time (seed 002: too many people), and handovers.
 * Every finding links to its timeline entries by id.
 */
export function analyzeThemes(
  input: readonly ThemeEntry[],
  opts: { gapMinutes?: number; bucketMinutes?: number; crowdThreshold?: number } = {},
): Themes {
  const gapMinutes = opts.gapMinutes ?? 30;
  const threshold = opts.crowdThreshold ?? 8;
  const entries = input
    .filter((e) => !AFTERWARDS(e.kind))
    .map((e) => ({ e, t: Date.parse(e.occurredAt) }))
    .filter((x) => !Number.isNaN(x.t))
    .sort((a, b) => a.t - b.t || a.e.id - b.e.id);
  const empty: Themes = {
    window: null,
    gaps: [],
    stuck: [],
    handovers: [],
    summary: [],
    people: { bucketMinutes: opts.bucketMinutes ?? 15, threshold, total: 0, peak: null, buckets: [], crowded: [] },
  };
  if (!entries.length) return empty;
  const from = entries[0].t;
  const to = entries[entries.length - 1].t;

  // Gaps: consecutive progress entries far apart, with the talk that happened in between.
  const gaps: Themes['gaps'] = [];
  const progress = entries.filter((x) => PROGRESS_KINDS.has(x.e.kind));
  for (let i = 1; i < progress.length; i++) {
    const a = progress[i - 1];
    const b = progress[i];
    const minutes = Math.floor((b.t - a.t) / MINUTE);
    if (minutes < gapMinutes) continue;
    const during = entries.filter((x) => x.t > a.t && x.t < b.t && TALK_KINDS.has(x.e.kind));
    gaps.push({
      from: new Date(a.t).toISOString(),
      to: new Date(b.t).toISOString(),
      minutes,
      beforeEntryId: a.e.id,
      afterEntryId: b.e.id,
      messagesDuring: during.length,
      messageIds: during.slice(0, 50).map((x) => x.e.id),
    });
  }

  // Stuck or waiting: the first matching phrase of each message.
  const stuck: Themes['stuck'] = [];
  const handovers: Themes['handovers'] = [];
  for (const { e, t } of entries) {
    if (e.kind === 'role_assigned' && e.data.handover) {
      const d = e.data as { roleName?: string; role?: string; from?: { name?: string }; to?: { name?: string } };
      handovers.push({
        entryId: e.id,
        at: new Date(t).toISOString(),
        source: 'role',
        role: d.roleName ?? d.role ?? null,
        from: d.from?.name ?? null,
        to: d.to?.name ?? null,
        excerpt: null,
      });
    }
    if (!TALK_KINDS.has(e.kind) || !e.body) continue;
    const lower = e.body.toLowerCase();
    let hit: { category: StuckCategory; phrase: string; at: number } | null = null;
    for (const [category, phrases] of Object.entries(STUCK_PHRASES) as [StuckCategory, readonly string[]][]) {
      for (const phrase of phrases) {
        const at = lower.indexOf(phrase);
        if (at >= 0 && (!hit || at < hit.at)) hit = { category, phrase, at };
      }
    }
    const who = person(e)?.name ?? 'someone';
    if (hit)
      stuck.push({
        entryId: e.id,
        at: new Date(t).toISOString(),
        who,
        category: hit.category,
        phrase: hit.phrase,
        excerpt: excerpt(e.body, hit.at, hit.phrase.length),
      });
    const h = HANDOVER.exec(e.body);
    if (h)
      handovers.push({
        entryId: e.id,
        at: new Date(t).toISOString(),
        source: 'chat',
        role: null,
        from: who,
        to: null,
        excerpt: excerpt(e.body, h.index, h[0].length),
      });
  }

  // People over time, in buckets (about 12 unless asked otherwise).
  const span = Math.max(1, Math.ceil((to - from) / MINUTE));
  let bucketMinutes = opts.bucketMinutes ?? NICE_BUCKETS.find((n) => span / n <= 12) ?? 1440;
  while (span / bucketMinutes > 500) bucketMinutes *= 2;
  const start = Math.floor(from / (bucketMinutes * MINUTE)) * bucketMinutes * MINUTE;
  const buckets = new Map<number, Map<string, string>>();
  const everyone = new Set<string>();
  for (const { e, t } of entries) {
    const p = person(e);
    if (!p) continue;
    everyone.add(p.key);
    const b = Math.floor((t - start) / (bucketMinutes * MINUTE));
    const m = buckets.get(b) ?? new Map<string, string>();
    m.set(p.key, p.name);
    buckets.set(b, m);
  }
  const nBuckets = Math.floor((to - start) / (bucketMinutes * MINUTE)) + 1;
  const peopleBuckets: Themes['people']['buckets'] = [];
  for (let b = 0; b < nBuckets; b++) {
    const names = [...(buckets.get(b)?.values() ?? [])].sort((x, y) => x.localeCompare(y));
    const f = start + b * bucketMinutes * MINUTE;
    peopleBuckets.push({
      from: new Date(f).toISOString(),
      to: new Date(f + bucketMinutes * MINUTE).toISOString(),
      people: names.length,
      names,
    });
  }
  const peak = peopleBuckets.reduce<Themes['people']['buckets'][number] | null>(
    (best, b) => (!best || b.people > best.people ? b : best),
    null,
  );
  const crowded = peopleBuckets.filter((b) => b.people >= threshold).map((b) => ({ from: b.from, to: b.to, people: b.people }));

  const found = {
    gaps,
    stuck,
    handovers,
    people: {
      bucketMinutes,
      threshold,
      total: everyone.size,
      peak: peak ? { from: peak.from, people: peak.people } : null,
      buckets: peopleBuckets,
      crowded,
    },
  };
  return {
    window: { from: new Date(from).toISOString(), to: new Date(to).toISOString() },
    ...found,
    summary: summarizeThemes(found, gapMinutes, hhmm, ' UTC'),
  };
}

/**
 * The themes in sentences. Times are written by `clock` and followed by `zone`: the API says UTC;
 * the web app writes them in the reader's time zone, like every other time on its pages.
 */
export function summarizeThemes(
  t: Pick<Themes, 'gaps' | 'stuck' | 'handovers' | 'people'>,
  gapMinutes: number,
  clock: (iso: string) => string,
  zone: string,
): string[] {
  const summary: string[] = [];
  const { gaps, stuck, handovers } = t;
  const { peak, crowded, total, bucketMinutes, threshold } = t.people;
  if (gaps.length) {
    const longest = gaps.reduce((a, b) => (b.minutes > a.minutes ? b : a));
    summary.push(
      `${gaps.length} gap${gaps.length > 1 ? 's' : ''} of ${gapMinutes}+ minutes without progress (longest ${longest.minutes} min, ${clock(longest.from)}–${clock(longest.to)}${zone}).`,
    );
  }
  if (stuck.length) {
    const counts: Record<string, number> = {};
    for (const s of stuck) counts[s.category] = (counts[s.category] ?? 0) + 1;
    summary.push(
      `${stuck.length} moment${stuck.length > 1 ? 's' : ''} where people were stuck or waiting (${Object.entries(counts)
        .map(([k, v]) => `${k}: ${v}`)
        .join(', ')}).`,
    );
  }
  if (peak?.people)
    summary.push(
      `${total} ${total === 1 ? 'person' : 'people'} took part; at most ${peak.people} at once in a ${bucketMinutes}-minute period (from ${clock(peak.from)}${zone}).`,
    );
  if (crowded.length)
    summary.push(
      `${crowded.length} period${crowded.length > 1 ? 's' : ''} with ${threshold} or more people involved: consider whether everyone needed to be there.`,
    );
  if (handovers.length) summary.push(`${handovers.length} handover${handovers.length > 1 ? 's' : ''}.`);
  return summary;
}
