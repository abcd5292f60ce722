import {
  type FollowUpBrief,
  isOpenActionStatus,
  itemInternal,
  type RetroSectionKind,
  type RetroSectionView,
  sectionBodyInternal,
  type TimelineItem,
  type WhyNodeView,
  type WhyTreeNode,
} from '@firebreak/shared';
import type { ActionWithNames } from '../actions/index.ts';
import { findingsOf } from '../language/index.ts';
import type { SectionWithName } from './store.ts';

export function presentSection(s: SectionWithName): RetroSectionView {
  const items = s.items ? (JSON.parse(s.items) as TimelineItem[]) : null;
  return {
    key: s.key,
    title: s.title,
    kind: s.kind as RetroSectionKind,
    prompt: s.prompt,
    position: s.position,
    body: s.body,
    items: s.kind === 'timeline' ? (items ?? []).map((i) => ({ ...i, internal: itemInternal(i) })) : null,
    revision: s.revision,
    updatedAt: s.updated_at,
    updatedBy: s.updated_by ? { id: s.updated_by, name: s.updated_by_name ?? 'Unknown' } : null,
    findings: findingsOf(s.body),
    internal: sectionBodyInternal(s),
  };
}

export function presentFollowUp(a: ActionWithNames, now: string, fromRetro: Set<string>, whyByAction: Map<string, string>): FollowUpBrief {
  return {
    id: a.id,
    title: a.title,
    kind: a.kind,
    owner: a.owner_id ? { id: a.owner_id, name: a.owner_name ?? 'Unknown' } : null,
    dueAt: a.due_at,
    priority: a.priority,
    status: a.status,
    horizon: a.horizon,
    addresses: a.addresses,
    draft: !!a.draft,
    overdue: !!a.due_at && isOpenActionStatus(a.status) && a.due_at < now,
    fromRetro: fromRetro.has(a.id),
    whyId: whyByAction.get(a.id) ?? null,
  };
}

type WhyData = { revision: number };

/** The why tree as the API shows it: flat, depth-first, each node with its follow-up and language findings. */
export function presentWhys<N extends WhyTreeNode & WhyData>(roots: N[], actions: Map<string, FollowUpBrief>): WhyNodeView[] {
  const out: WhyNodeView[] = [];
  const walk = (n: N) => {
    out.push({
      id: n.id,
      parentId: n.parentId,
      position: n.position,
      text: n.text,
      ending: n.ending,
      acceptedReason: n.acceptedReason,
      action: n.actionId ? (actions.get(n.actionId) ?? null) : null,
      revision: n.revision,
      depth: n.depth,
      open: n.open,
      findings: findingsOf(n.text),
      internal: false,
    });
    for (const c of n.children as N[]) walk(c);
  };
  for (const r of roots) walk(r);
  return out;
}
