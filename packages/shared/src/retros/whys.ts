import type { WhyEnding } from './vocab.ts';

/** One node of a five-whys tree: a cause. Its children answer "why?" for it (contributing factors). */
export type WhyNode = {
  id: string;
  parentId: string | null;
  position: number;
  text: string;
  ending: WhyEnding | null;
  actionId: string | null;
  acceptedReason: string | null;
};

export type WhyTreeNode<N extends WhyNode = WhyNode> = N & { depth: number; children: WhyTreeNode<N>[]; open: boolean };

export type WhyTreeSummary = {
  /** Chains: one per immediate cause (root). */
  chains: number;
  nodes: number;
  /** Deepest "why" reached in any chain (a root is depth 1). */
  maxDepth: number;
  /** Leaves that end in neither a follow-up nor an accepted risk. */
  openLeaves: string[];
  followUps: number;
  accepted: number;
  /** Chains whose every leaf has an ending. */
  complete: boolean;
};

const byPosition = (a: WhyNode, b: WhyNode) => a.position - b.position || a.id.localeCompare(b.id);

/**
 * Builds the tree (roots are immediate causes, children are "why?" answers; siblings are
 * contributing factors) and summarises it. Nodes whose parent is missing are treated as roots.
 */
export function buildWhyTree<N extends WhyNode>(nodes: readonly N[]): { roots: WhyTreeNode<N>[]; summary: WhyTreeSummary } {
  const ids = new Set(nodes.map((n) => n.id));
  const kids = new Map<string | null, N[]>();
  for (const n of nodes) {
    const parent = n.parentId && ids.has(n.parentId) ? n.parentId : null;
    const list = kids.get(parent) ?? [];
    list.push(n);
    kids.set(parent, list);
  }
  const summary: WhyTreeSummary = {
    chains: 0,
    nodes: nodes.length,
    maxDepth: 0,
    openLeaves: [],
    followUps: 0,
    accepted: 0,
    complete: true,
  };
  const seen = new Set<string>();
  const build = (n: N, depth: number): WhyTreeNode<N> => {
    seen.add(n.id);
    const children = (kids.get(n.id) ?? [])
      .filter((c) => !seen.has(c.id))
      .sort(byPosition)
      .map((c) => build(c, depth + 1));
    const open = children.length === 0 && n.ending === null;
    if (open) summary.openLeaves.push(n.id);
    if (n.ending === 'follow_up') summary.followUps++;
    if (n.ending === 'accepted') summary.accepted++;
    summary.maxDepth = Math.max(summary.maxDepth, depth);
    return { ...n, depth, children, open };
  };
  const roots = (kids.get(null) ?? []).sort(byPosition).map((r) => build(r, 1));
  summary.chains = roots.length;
  summary.complete = roots.length > 0 && summary.openLeaves.length === 0;
  return { roots, summary };
}

/** Why a node may not get a child: an ended chain must be re-opened first. */
export function childRefusal(parent: Pick<WhyNode, 'ending'>): string | null {
  return parent.ending ? 'This chain already ends (in a follow-up or an accepted risk); re-open it before asking another why.' : null;
}

/** Why a node may not get an ending: only the last why of a chain (a leaf) ends it. */
export function endingRefusal(node: Pick<WhyNode, 'id'>, nodes: readonly Pick<WhyNode, 'parentId'>[]): string | null {
  return nodes.some((n) => n.parentId === node.id) ? 'Only the last why of a chain can end it; this one has further whys below it.' : null;
}

/** The ids of a node and everything below it. */
export function subtreeIds(rootId: string, nodes: readonly Pick<WhyNode, 'id' | 'parentId'>[]): string[] {
  const out = [rootId];
  for (let i = 0; i < out.length; i++) for (const n of nodes) if (n.parentId === out[i] && !out.includes(n.id)) out.push(n.id);
  return out;
}

/** The path of texts from the immediate cause down to a node ("A, because B, because C"). */
export function chainTo(nodeId: string, nodes: readonly Pick<WhyNode, 'id' | 'parentId' | 'text'>[]): string[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const path: string[] = [];
  let cur = byId.get(nodeId);
  while (cur && path.length <= nodes.length) {
    path.unshift(cur.text);
    cur = cur.parentId ? byId.get(cur.parentId) : undefined;
  }
  return path;
}
