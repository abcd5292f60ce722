import type { FollowUpBrief, RetroView, WhyNodeView } from './types.ts';
import { ANSWER_PROMPTS } from './vocab.ts';

/** Escapes text for use inside a Markdown line (names, titles), so it renders as written. */
export function mdInline(s: string): string {
  return s.replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}

const when = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

/** "2 h 5 min", "less than a minute". */
function lasted(minutes: number): string {
  if (minutes < 1) return 'less than a minute';
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h ? `${h} h${m ? ` ${m} min` : ''}` : `${m} min`;
}

/** How an export for responders marks what stakeholders do not see (stakeholder copies have none left). */
const INTERNAL = ' _(internal)_';

function followUp(a: FollowUpBrief): string {
  const bits = [
    a.owner ? `owner ${mdInline(a.owner.name)}` : 'no owner yet',
    a.dueAt ? `due ${a.dueAt.slice(0, 10)}` : null,
    a.priority.toUpperCase(),
    a.status.replace('_', ' '),
  ];
  return `${mdInline(a.title)} (${bits.filter(Boolean).join(', ')})`;
}

function whyLines(n: WhyNodeView, kids: Map<string | null, WhyNodeView[]>, indent: number, out: string[]): void {
  const pad = '  '.repeat(indent);
  out.push(`${pad}- ${indent === 0 ? '**' : 'Why? '}${mdInline(n.text)}${indent === 0 ? '**' : ''}${n.internal ? INTERNAL : ''}`);
  if (n.ending === 'follow_up') out.push(`${pad}  - → Follow-up: ${n.action ? followUp(n.action) : '(action removed)'}`);
  if (n.ending === 'accepted') out.push(`${pad}  - → Accepted: ${mdInline(n.acceptedReason ?? '')}`);
  for (const c of kids.get(n.id) ?? []) whyLines(c, kids, indent + 1, out);
}

type Renderable = Pick<
  RetroView,
  'incident' | 'template' | 'status' | 'revision' | 'sections' | 'whys' | 'answers' | 'actions' | 'meeting'
> & {
  depth: { decision: RetroView['depth']['decision'] };
  publishedAt?: string | null;
};

/**
 * The retrospective as one Markdown document, section by section in template order. Structured
 * sections are written out (timeline lines, why chains with their endings, actions, answers);
 * anonymous answers appear as "Anonymous" only.
 */
export function renderRetroMarkdown(r: Renderable): string {
  const out: string[] = [];
  out.push(`# Retrospective: ${r.incident.ref} — ${mdInline(r.incident.title)}`, '');
  const status =
    r.status === 'published'
      ? `Published${r.publishedAt ? ` ${when(r.publishedAt)}` : ''}`
      : r.status === 'in_review'
        ? 'In review'
        : 'Draft';
  out.push(`${status} · revision ${r.revision} · severity ${r.incident.severity ?? 'none'} · template ${mdInline(r.template.name)}`, '');
  const f = r.incident.facts;
  if (f) {
    const span =
      f.durationMinutes !== null
        ? `${lasted(f.durationMinutes)} (${f.impactStartedAt ? 'impact started' : 'declared'} ${when(f.impactStartedAt ?? f.declaredAt)}${f.resolvedAt ? `, resolved ${when(f.resolvedAt)}` : ''})`
        : `not resolved yet (declared ${when(f.declaredAt)})`;
    out.push(`- **Duration:** ${span}`);
    out.push(`- **Services:** ${f.services.length ? f.services.map(mdInline).join(', ') : 'none recorded'}`);
    if (f.roles.length) out.push(`- **Roles:** ${f.roles.map((x) => `${mdInline(x.role)}: ${mdInline(x.name)}`).join(' · ')}`);
    out.push('');
    if (f.customerImpact.trim() || f.userShare !== null) {
      out.push('**Customer impact**', '');
      if (f.customerImpact.trim()) out.push(f.customerImpact.trim(), '');
      if (f.userShare !== null) out.push(`About ${f.userShare}% of users were affected.`, '');
    }
    if (f.rootCauses.trim()) out.push(`**Root causes**${INTERNAL}`, '', f.rootCauses.trim(), '');
  }
  if (r.depth.decision)
    out.push(
      `Investigation depth: **${r.depth.decision.decision}**${r.depth.decision.reason ? ` — ${mdInline(r.depth.decision.reason)}` : ''}`,
      '',
    );
  for (const s of r.sections) {
    out.push(`## ${mdInline(s.title)}`, '');
    if (s.kind === 'timeline') {
      for (const i of s.items ?? []) out.push(`- **${when(i.at)}** — ${mdInline(i.text)}${i.internal ? INTERNAL : ''}`);
      if (s.items?.length) out.push('');
    }
    if (s.kind === 'five_whys') {
      const lines: string[] = [];
      const kids = new Map<string | null, WhyNodeView[]>();
      for (const n of r.whys.nodes) kids.set(n.parentId, [...(kids.get(n.parentId) ?? []), n]);
      for (const root of kids.get(null) ?? []) whyLines(root, kids, 0, lines);
      if (lines.length) out.push(...lines, '');
    }
    if (s.kind === 'actions') {
      for (const [label, list] of [
        ['Immediate', r.actions.immediate],
        ['Long-term', r.actions.longTerm],
      ] as const) {
        if (!list.length) continue;
        out.push(`### ${label}`, '');
        for (const a of list) out.push(`- [${a.status === 'done' ? 'x' : ' '}] ${followUp(a)}`);
        out.push('');
      }
    }
    if (s.kind === 'answers') {
      for (const a of r.answers) {
        out.push(`### ${a.anonymous || !a.author ? 'Anonymous' : mdInline(a.author.name)}`, '');
        for (const p of ANSWER_PROMPTS) {
          const text = a[p.key].trim();
          if (text) out.push(`**${p.prompt}**`, '', text, '');
        }
      }
    }
    if (s.body.trim() && s.internal)
      out.push('_Internal: pulled in from the ticket; stakeholders see it once someone edits or keeps it._', '');
    if (s.body.trim()) out.push(s.body.trim(), '');
  }
  if (r.meeting.notes.trim())
    out.push(
      '## Review meeting notes',
      '',
      r.meeting.startsAt ? `${when(r.meeting.startsAt)}, ${r.meeting.durationMinutes} min` : '',
      '',
      r.meeting.notes.trim(),
      '',
    );
  return `${out.join('\n').trimEnd()}\n`;
}
