/** Weighted, undirected edges between nodes 0..n-1, in parallel arrays. */
export type EdgeList = { from: Int32Array; to: Int32Array; weight: Float32Array; length: number };

/** Running sum and count of the edges observed between two clusters; shared by both clusters' maps. */
type Link = { sum: number; count: number };

type HeapEntry = { score: number; a: number; b: number; versionA: number; versionB: number };

/**
 * Average-link agglomerative clustering over a sparse graph: repeatedly merge the two clusters whose
 * observed edges have the highest mean weight, while that mean is at least `threshold`.
 *
 * The mean is over edges that exist, not over all pairs: the graph holds only the pairs candidate
 * retrieval compared, and a large story whose articles were each compared with only some of the
 * others must not look loose for it. Pairs never compared are unknown, not dissimilar.
 *
 * Returns a cluster label per node (the smallest node index of its cluster).
 */
export function averageLink(nodeCount: number, edges: EdgeList, threshold: number): Int32Array {
  // A node without edges never gets a map: a large graph read for a few of its stories stays small.
  const links: (Map<number, Link> | undefined)[] = new Array<Map<number, Link> | undefined>(nodeCount);
  for (let e = 0; e < edges.length; e++) addEdge(links, edges.from[e] as number, edges.to[e] as number, edges.weight[e] as number);

  const parent = Int32Array.from({ length: nodeCount }, (_, i) => i);
  const version = new Int32Array(nodeCount);
  const alive = new Uint8Array(nodeCount).fill(1);
  const heap = new MaxHeap();
  for (let a = 0; a < nodeCount; a++) {
    for (const [b, link] of links[a] ?? NO_LINKS) if (a < b) pushLink(heap, a, b, link, version, threshold);
  }

  for (let top = heap.pop(); top; top = heap.pop()) {
    const { a, b } = top;
    if (!alive[a] || !alive[b] || version[a] !== top.versionA || version[b] !== top.versionB) continue;
    // Merge the cluster with fewer links into the one with more, so each link moves O(log n) times.
    const [keep, gone] = (links[a]?.size ?? 0) >= (links[b]?.size ?? 0) ? [a, b] : [b, a];
    mergeLinks(links, keep, gone);
    parent[gone] = keep;
    alive[gone] = 0;
    version[keep] = (version[keep] as number) + 1;
    for (const [other, link] of links[keep] ?? NO_LINKS) pushLink(heap, keep, other, link, version, threshold);
  }
  return labelsFromParents(parent);
}

const NO_LINKS: ReadonlyMap<number, Link> = new Map();

function linksOf(links: (Map<number, Link> | undefined)[], node: number): Map<number, Link> {
  let map = links[node];
  if (!map) links[node] = map = new Map();
  return map;
}

function addEdge(links: (Map<number, Link> | undefined)[], a: number, b: number, weight: number): void {
  if (a === b) return;
  const existing = links[a]?.get(b);
  if (existing) {
    existing.sum += weight;
    existing.count++;
    return;
  }
  const link = { sum: weight, count: 1 };
  linksOf(links, a).set(b, link);
  linksOf(links, b).set(a, link);
}

function pushLink(heap: MaxHeap, a: number, b: number, link: Link, version: Int32Array, threshold: number): void {
  const score = link.sum / link.count;
  if (score < threshold) return;
  heap.push({ score, a, b, versionA: version[a] as number, versionB: version[b] as number });
}

function mergeLinks(links: (Map<number, Link> | undefined)[], keep: number, gone: number): void {
  const kept = linksOf(links, keep);
  kept.delete(gone);
  for (const [other, link] of links[gone] ?? NO_LINKS) {
    if (other === keep) continue;
    const otherLinks = linksOf(links, other);
    otherLinks.delete(gone);
    const existing = kept.get(other);
    if (existing) {
      existing.sum += link.sum;
      existing.count += link.count;
    } else {
      kept.set(other, link);
      otherLinks.set(keep, link);
    }
  }
  links[gone] = undefined;
}

function labelsFromParents(parent: Int32Array): Int32Array {
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] as number;
    return i;
  };
  const rootLabel = new Map<number, number>();
  const labels = new Int32Array(parent.length);
  for (let i = 0; i < parent.length; i++) {
    const r = root(i);
    let label = rootLabel.get(r);
    if (label === undefined) {
      label = i;
      rootLabel.set(r, label);
    }
    labels[i] = label;
  }
  return labels;
}

/** A binary max-heap on score. */
class MaxHeap {
  private readonly items: HeapEntry[] = [];

  push(entry: HeapEntry): void {
    const items = this.items;
    items.push(entry);
    let i = items.length - 1;
    while (i > 0) {
      const up = (i - 1) >> 1;
      if ((items[up] as HeapEntry).score >= entry.score) break;
      items[i] = items[up] as HeapEntry;
      i = up;
    }
    items[i] = entry;
  }

  pop(): HeapEntry | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length === 0 || last === undefined) return top;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= items.length) break;
      const right = left + 1;
      const child = right < items.length && (items[right] as HeapEntry).score > (items[left] as HeapEntry).score ? right : left;
      if ((items[child] as HeapEntry).score <= last.score) break;
      items[i] = items[child] as HeapEntry;
      i = child;
    }
    items[i] = last;
    return top;
  }
}
