/**
 * Average-linkage agglomerative clustering over a sparse similarity graph: repeatedly merge the two
 * groups whose members are most alike on average (pairs without an edge count as 0), until no two
 * groups are alike above the threshold. Returns a group label per node (its lowest node index).
 */
export function averageLinkage(n: number, edges: readonly [number, number, number][], threshold: number): number[] {
  const size = new Array<number>(n).fill(1);
  const alive = new Array<boolean>(n).fill(true);
  const version = new Array<number>(n).fill(0);
  const members: number[][] = Array.from({ length: n }, (_, i) => [i]);
  const links: Map<number, number>[] = Array.from({ length: n }, () => new Map());
  for (const [a, b, s] of edges) {
    if (a === b) continue;
    links[a].set(b, (links[a].get(b) ?? 0) + s);
    links[b].set(a, (links[b].get(a) ?? 0) + s);
  }
  const heap = new MaxHeap();
  for (let a = 0; a < n; a++) for (const [b, s] of links[a]) if (a < b) heap.push([s, a, b, 0, 0]);
  while (heap.size) {
    const [avg, a, b, va, vb] = heap.pop();
    if (avg < threshold) break;
    if (!alive[a] || !alive[b] || version[a] !== va || version[b] !== vb) continue;
    // merge b into a
    alive[b] = false;
    for (const m of members[b]) members[a].push(m);
    members[b] = [];
    size[a] += size[b];
    links[a].delete(b);
    for (const [c, s] of links[b]) {
      if (c === a) continue;
      links[a].set(c, (links[a].get(c) ?? 0) + s);
      links[c].delete(b);
      links[c].set(a, (links[c].get(a) ?? 0) + s);
    }
    links[b].clear();
    version[a]++;
    for (const [c, s] of links[a]) {
      const [x, y] = a < c ? [a, c] : [c, a];
      heap.push([s / (size[a] * size[c]), x, y, version[x], version[y]]);
    }
  }
  const label = new Array<number>(n);
  for (let i = 0; i < n; i++) if (alive[i]) for (const m of members[i]) label[m] = Math.min(...members[i]);
  return label;
}

type Entry = [number, number, number, number, number];
class MaxHeap {
  private items: Entry[] = [];
  get size() {
    return this.items.length;
  }
  push(e: Entry) {
    const h = this.items;
    h.push(e);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (h[p][0] >= h[i][0]) break;
      [h[p], h[i]] = [h[i], h[p]];
      i = p;
    }
  }
  pop(): Entry {
    const h = this.items;
    const top = h[0];
    const last = h.pop() as Entry;
    if (h.length) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && h[l][0] > h[m][0]) m = l;
        if (r < h.length && h[r][0] > h[m][0]) m = r;
        if (m === i) break;
        [h[m], h[i]] = [h[i], h[m]];
        i = m;
      }
    }
    return top;
  }
}
