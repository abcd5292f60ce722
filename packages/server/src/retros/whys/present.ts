import type { FollowUpBrief, WhyNodeView, WhyTreeNode } from '@firebreak/shared';
import { findingsOf } from '../../language/index.ts';

type WhyData = { revision: number; internal?: boolean };

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
      internal: !!n.internal,
    });
    for (const c of n.children as N[]) walk(c);
  };
  for (const r of roots) walk(r);
  return out;
}
