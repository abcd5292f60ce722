import type { FollowUpBrief, LanguageFindingView, WhyNodeView, WhyTreeNode } from '@firebreak/shared';

type WhyData = { revision: number; internal?: boolean };

/** The why tree as the API shows it: flat, depth-first, each node with its follow-up and language findings (by why id). */
export function presentWhys<N extends WhyTreeNode & WhyData>(
  roots: N[],
  actions: Map<string, FollowUpBrief>,
  findings: Map<string, LanguageFindingView[]>,
): WhyNodeView[] {
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
      findings: findings.get(n.id) ?? [],
      internal: !!n.internal,
    });
    for (const c of n.children as N[]) walk(c);
  };
  for (const r of roots) walk(r);
  return out;
}
