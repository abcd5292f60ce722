import type { RetroSectionView, RetroView, TimelineItem, WhyNodeView } from './types.ts';

/*
 * The one rule for what a retrospective shows stakeholders.
 *
 * A retrospective pulls text in by itself: ticket fields into sections, pinned war-room moments into
 * the timeline excerpt, the ticket's whys into the five whys. All of that is **internal**: responders
 * see it (marked), stakeholders — viewers, share links, and the exports either of them reads — do not,
 * until a person turns it into retrospective text: edits it, or keeps it as written. What people write
 * in the retrospective themselves is never internal.
 */

/** A section's body is internal while it is still the text pulled in when the draft was made (nobody saved it since). */
export const sectionBodyInternal = (s: Pick<RetroSectionView, 'revision' | 'body'>): boolean => s.revision === 0 && s.body.trim() !== '';

/**
 * Timeline lines stored before lines carried the flag: a line quoting a timeline entry (not a
 * milestone) counts as a war-room excerpt, which is the safe reading.
 */
export const itemInternal = (i: Pick<TimelineItem, 'entryId' | 'milestone'> & { internal?: boolean }): boolean =>
  i.internal ?? (i.entryId !== null && i.entryId !== undefined && !i.milestone);

/**
 * Fills in the flags on a view stored before they existed (published snapshots are kept as they were
 * published), by the same rules the server applies to new text.
 */
export function withInternalFlags<
  V extends Pick<RetroView, 'sections' | 'whys'> & { incident?: Partial<Pick<RetroView['incident'], 'facts'>> },
>(view: V): V {
  return {
    ...view,
    // Revisions published before the facts were kept have none.
    ...(view.incident ? { incident: { ...view.incident, facts: view.incident.facts ?? null } } : {}),
    sections: view.sections.map((s) => ({
      ...s,
      internal: (s as Partial<RetroSectionView>).internal ?? sectionBodyInternal(s),
      items: s.items ? s.items.map((i) => ({ ...i, internal: itemInternal(i) })) : s.items,
    })),
    whys: { ...view.whys, nodes: view.whys.nodes.map((n) => ({ ...n, internal: (n as Partial<WhyNodeView>).internal ?? false })) },
  };
}

/** How many pieces of a view are internal: section bodies, timeline lines and whys. */
export function countInternal(view: Pick<RetroView, 'sections' | 'whys'>): number {
  let n = 0;
  for (const s of view.sections) {
    if (s.internal) n++;
    for (const i of s.items ?? []) if (i.internal) n++;
  }
  for (const w of view.whys.nodes) if (w.internal) n++;
  return n;
}

type Shareable = Pick<RetroView, 'sections' | 'whys' | 'withheld' | 'openFindings'> & {
  incident?: Partial<Pick<RetroView['incident'], 'facts'>>;
};

/**
 * The stakeholders' copy of a retrospective: internal section bodies blank, internal timeline lines
 * and internal whys (with the whys below them) left out, `withheld` counting what was left out.
 * The same function serves the viewer's page, share links, and the exports of both.
 */
export function stakeholderCopy<V extends Shareable>(input: V): V {
  const view = withInternalFlags(input);
  let withheld = 0;
  const sections = view.sections.map((s) => {
    const items = s.items?.filter((i) => !i.internal) ?? s.items;
    withheld += (s.items?.length ?? 0) - (items?.length ?? 0);
    if (!s.internal) return { ...s, items };
    withheld++;
    return { ...s, body: '', findings: [], internal: false, items };
  });
  const hidden = new Set<string>();
  for (const n of view.whys.nodes) if (n.internal || (n.parentId && hidden.has(n.parentId))) hidden.add(n.id);
  withheld += hidden.size;
  const nodes = view.whys.nodes.filter((n) => !hidden.has(n.id));
  const findings = sections.reduce((k, s) => k + s.findings.length, 0) + nodes.reduce((k, w) => k + w.findings.length, 0);
  // The ticket's root causes are war-room text like the rest: stakeholders read the retrospective's own words.
  const facts = view.incident?.facts;
  if (facts?.rootCauses.trim()) withheld++;
  return {
    ...view,
    ...(view.incident ? { incident: { ...view.incident, facts: facts ? { ...facts, rootCauses: '' } : (facts ?? null) } } : {}),
    sections,
    whys: {
      ...view.whys,
      nodes,
      summary: { ...view.whys.summary, openLeaves: view.whys.summary.openLeaves.filter((id) => !hidden.has(id)) },
    },
    withheld,
    openFindings: findings,
  };
}
