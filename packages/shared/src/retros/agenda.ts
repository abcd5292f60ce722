import { mdInline } from './markdown.ts';
import type { Themes } from './themes.ts';

export type AgendaInput = {
  incident: { ref: string; title: string };
  durationMinutes: number;
  /** Key moments: milestones and pinned entries (or the retrospective's timeline lines). */
  moments: { at: string; text: string; entryId: number | null }[];
  themes: Themes;
  /** "What surprised you?" answers, already anonymised where the author chose so. */
  surprises: { who: string; text: string }[];
  openWhys: { id: string; chain: string[] }[];
  proposedFollowUps: { id: string; title: string; owner: string | null }[];
};

export type AgendaItem = {
  title: string;
  minutes: number;
  points: string[];
  links: { entryIds: number[]; whyIds: string[]; actionIds: string[] };
};
export type Agenda = { items: AgendaItem[]; markdown: string };

const SHARE = { timeline: 0.15, themes: 0.2, surprises: 0.2, whys: 0.25, followUps: 0.15, close: 0.05 };
const hhmm = (iso: string) => iso.slice(11, 16);
const clip = (s: string, n = 200) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/**
 * The review meeting's agenda (seed 004): start from the timeline and the themes to build empathy,
 * then surprises, open whys, and the proposed follow-ups. Minutes are split over the meeting.
 */
export function buildAgenda(input: AgendaInput): Agenda {
  const m = (share: number) => Math.max(1, Math.round(input.durationMinutes * share));
  const none = { entryIds: [], whyIds: [], actionIds: [] };
  const items: AgendaItem[] = [
    {
      title: 'Timeline summary',
      minutes: m(SHARE.timeline),
      points: input.moments.slice(0, 15).map((x) => `${hhmm(x.at)} UTC — ${clip(x.text)}`),
      links: { ...none, entryIds: input.moments.flatMap((x) => (x.entryId ? [x.entryId] : [])) },
    },
    {
      title: 'Themes',
      minutes: m(SHARE.themes),
      points: [
        ...input.themes.summary,
        ...input.themes.stuck.slice(0, 8).map((s) => `${hhmm(s.at)} UTC, stuck (${s.category}): "${clip(s.excerpt, 120)}"`),
      ],
      links: {
        ...none,
        entryIds: [
          ...input.themes.gaps.flatMap((g) => [g.beforeEntryId, g.afterEntryId]),
          ...input.themes.stuck.map((s) => s.entryId),
          ...input.themes.handovers.map((h) => h.entryId),
        ],
      },
    },
    {
      title: 'What surprised us',
      minutes: m(SHARE.surprises),
      points: input.surprises.map((s) => `${s.who}: ${clip(s.text)}`),
      links: none,
    },
    {
      title: 'Open whys',
      minutes: m(SHARE.whys),
      points: input.openWhys.map((w) => w.chain.map((c) => clip(c, 120)).join(' → ')),
      links: { ...none, whyIds: input.openWhys.map((w) => w.id) },
    },
    {
      title: 'Proposed follow-ups',
      minutes: m(SHARE.followUps),
      points: input.proposedFollowUps.map((f) => `${clip(f.title)} (${f.owner ? `owner ${f.owner}` : 'needs an owner'})`),
      links: { ...none, actionIds: input.proposedFollowUps.map((f) => f.id) },
    },
    { title: 'Thanks and close', minutes: m(SHARE.close), points: ['Thank everyone for speaking up.'], links: none },
  ];
  const md = [`# Review meeting: ${input.incident.ref} — ${mdInline(input.incident.title)}`, ''];
  for (const [i, it] of items.entries()) {
    md.push(`## ${i + 1}. ${it.title} (${it.minutes} min)`, '');
    if (it.points.length) md.push(...it.points.map((p) => `- ${mdInline(p)}`), '');
    else md.push('- (nothing yet)', '');
  }
  return { items, markdown: `${md.join('\n').trimEnd()}\n` };
}
