import { averageLink, type EdgeList } from "./agglomerate.js";

export type ReadingSettings = {
  /** mean blended edge weight at which two stories are one */
  threshold: number;
  /** nearest neighbours per article for the shared-neighbour evidence */
  neighbours: number;
  /** share of an edge's weight that comes from shared neighbours */
  sharedWeight: number;
  /** least pair score at which another article counts as a neighbour at all */
  neighbourFloor: number;
};

/**
 * Stories read off the comparison graph: a label per article (articles with one label are one story).
 *
 * Edge weights blend the pair's own score with how many nearest neighbours the two share. Shared
 * neighbours make the decision relative to the neighbourhood: a tight pair of sibling stories (two
 * escapes from one prison) shares few neighbours across the divide, while the short, loosely
 * worded reports of one event still share theirs. Then average-link clustering (agglomerate.ts),
 * within the components that edges at or above the threshold make.
 */
export function readStories(nodeCount: number, edges: EdgeList, settings: ReadingSettings, since?: EarlierReading): Int32Array {
  const blended = blendedWeights(nodeCount, edges, settings);
  const component = componentsAbove(nodeCount, blended, settings.threshold);
  const redo = since && componentsToRedo(nodeCount, component, since);
  const within = edgesWithin(blended, component, (root) => !redo || redo[root] === 1);
  const settledAs = since && redo && settledRepresentatives(nodeCount, component, redo, since);
  const fresh = averageLink(nodeCount, settledAs ? contracted(within, settledAs) : within, settings.threshold);
  if (!since || !redo) return fresh;
  const labels = new Int32Array(nodeCount);
  for (let node = 0; node < nodeCount; node++) {
    labels[node] = redo[component[node] as number] === 1 ? (fresh[settledAs?.[node] ?? node] as number) : (since.labels[node] as number);
  }
  return labels;
}

/**
 * For each settled node in a component read again, the first settled node of its earlier story;
 * undefined when no node is settled. Clustering then starts from each story's settled part as one
 * node: its articles left the window, so nothing new can pull them apart, and a story that has run
 * for months is not clustered again article by article at every reading. New articles can still
 * join it, and stories can still merge through them.
 */
function settledRepresentatives(nodeCount: number, component: Int32Array, redo: Uint8Array, since: EarlierReading): Int32Array | undefined {
  const settled = Math.min(since.settledBefore ?? 0, since.labels.length, nodeCount);
  if (settled === 0) return undefined;
  const representative = Int32Array.from({ length: nodeCount }, (_, i) => i);
  const firstOfLabel = new Map<number, number>();
  for (let node = 0; node < settled; node++) {
    // A node given an edge since the earlier reading was not settled in it, whatever the caller says.
    if (redo[component[node] as number] !== 1 || since.touched.has(node)) continue;
    const label = since.labels[node] as number;
    const first = firstOfLabel.get(label);
    if (first === undefined) firstOfLabel.set(label, node);
    else representative[node] = first;
  }
  return representative;
}

/** The edges with each end replaced by its representative; edges inside one representative are dropped. */
function contracted(edges: EdgeList, representative: Int32Array): EdgeList {
  const from = new Int32Array(edges.length);
  const to = new Int32Array(edges.length);
  const weight = new Float32Array(edges.length);
  let length = 0;
  for (let e = 0; e < edges.length; e++) {
    const a = representative[edges.from[e] as number] as number;
    const b = representative[edges.to[e] as number] as number;
    if (a === b) continue;
    from[length] = a;
    to[length] = b;
    weight[length] = edges.weight[e] as number;
    length++;
  }
  return { from, to, weight, length };
}

/**
 * The components to cluster again, as a flag per root. A weight changes only with an end's nearest
 * neighbours, which change only when it is given a new edge, so a component with no touched node
 * has the edges and weights it had. It keeps its earlier stories unless one of them reached into a
 * component that is clustered again (a story can split when a weight falls): stories that shared a
 * label with such a component are redone with it, until none does.
 */
function componentsToRedo(nodeCount: number, component: Int32Array, since: EarlierReading): Uint8Array {
  const redo = new Uint8Array(nodeCount);
  for (let node = 0; node < nodeCount; node++) {
    if (node >= since.labels.length || since.touched.has(node)) redo[component[node] as number] = 1;
  }
  for (let changed = true; changed; ) {
    changed = false;
    const staleLabels = new Set<number>();
    for (let node = 0; node < since.labels.length; node++) if (redo[component[node] as number]) staleLabels.add(since.labels[node] as number);
    for (let node = 0; node < since.labels.length; node++) {
      const root = component[node] as number;
      if (!redo[root] && staleLabels.has(since.labels[node] as number)) {
        redo[root] = 1;
        changed = true;
      }
    }
  }
  return redo;
}

/**
 * The labels of an earlier reading with the same settings, and the nodes given an edge since that
 * may change their nearest neighbours (one at or above the neighbour floor); new nodes count as
 * touched. Nodes numbered below `settledBefore` had left the window when the earlier reading was
 * made, so it saw all their edges: the stories they were in are kept whole.
 */
export type EarlierReading = { labels: Int32Array; touched: ReadonlySet<number>; settledBefore?: number };

function blendedWeights(nodeCount: number, edges: EdgeList, settings: ReadingSettings): EdgeList {
  const { neighbours: k, sharedWeight, neighbourFloor } = settings;
  const nearest = nearestNeighbours(nodeCount, edges, k, neighbourFloor);
  const weight = new Float32Array(edges.length);
  for (let e = 0; e < edges.length; e++) {
    const shared = sharedNeighbours(edges.from[e] as number, edges.to[e] as number, nearest, k) / (k + 1);
    weight[e] = (1 - sharedWeight) * (edges.weight[e] as number) + (sharedWeight * shared) / 2;
  }
  return { from: edges.from, to: edges.to, weight, length: edges.length };
}

/**
 * Each node's k heaviest edges of at least `floor`, as a flat array of k slots per node (-1 where
 * a node has fewer). Without the floor an article unrelated to everything would still have k
 * "nearest" neighbours, and if they all sat in one big story it would share them with that
 * story's articles and be pulled in.
 */
function nearestNeighbours(nodeCount: number, edges: EdgeList, k: number, floor: number): Int32Array {
  const slots = new Int32Array(nodeCount * k).fill(-1);
  const slotWeights = new Float32Array(nodeCount * k).fill(-Infinity);
  const offer = (node: number, other: number, weight: number) => {
    const base = node * k;
    if (weight <= (slotWeights[base + k - 1] as number)) return;
    let i = base + k - 1;
    while (i > base && weight > (slotWeights[i - 1] as number)) {
      slots[i] = slots[i - 1] as number;
      slotWeights[i] = slotWeights[i - 1] as number;
      i--;
    }
    slots[i] = other;
    slotWeights[i] = weight;
  };
  for (let e = 0; e < edges.length; e++) {
    const weight = edges.weight[e] as number;
    if (weight < floor) continue;
    offer(edges.from[e] as number, edges.to[e] as number, weight);
    offer(edges.to[e] as number, edges.from[e] as number, weight);
  }
  return slots;
}

/** |({a} + N(a)) & ({b} + N(b))|, each node counted as its own neighbour. */
function sharedNeighbours(a: number, b: number, nearest: Int32Array, k: number): number {
  let shared = 0;
  for (let i = a * k; i < a * k + k; i++) {
    const x = nearest[i] as number;
    if (x < 0) break;
    if (x === b) shared++;
    else if (holds(nearest, b, k, x)) shared++;
  }
  if (holds(nearest, b, k, a)) shared++;
  return shared;
}

function holds(nearest: Int32Array, node: number, k: number, other: number): boolean {
  for (let i = node * k; i < node * k + k; i++) {
    const x = nearest[i] as number;
    if (x < 0) return false;
    if (x === other) return true;
  }
  return false;
}

/** Each node's component (a root node) under the edges at or above the threshold. */
function componentsAbove(nodeCount: number, edges: EdgeList, threshold: number): Int32Array {
  const parent = Int32Array.from({ length: nodeCount }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i] as number] as number;
      i = parent[i] as number;
    }
    return i;
  };
  for (let e = 0; e < edges.length; e++) {
    if ((edges.weight[e] as number) < threshold) continue;
    const a = find(edges.from[e] as number);
    const b = find(edges.to[e] as number);
    if (a !== b) parent[a] = b;
  }
  for (let node = 0; node < nodeCount; node++) parent[node] = find(node);
  return parent;
}

/**
 * The edges inside one component of a kept root. Two articles can end in one story only if a chain
 * of edges at or above the threshold joins them, so edges between components could never lead to a
 * merge, and dropping them keeps a large graph's clustering small.
 */
function edgesWithin(edges: EdgeList, component: Int32Array, keep: (root: number) => boolean): EdgeList {
  const kept: number[] = [];
  for (let e = 0; e < edges.length; e++) {
    const root = component[edges.from[e] as number] as number;
    if (root === component[edges.to[e] as number] && keep(root)) kept.push(e);
  }
  return {
    from: Int32Array.from(kept, (e) => edges.from[e] as number),
    to: Int32Array.from(kept, (e) => edges.to[e] as number),
    weight: Float32Array.from(kept, (e) => edges.weight[e] as number),
    length: kept.length,
  };
}
