import { test } from "node:test";
import assert from "node:assert/strict";
import type { EdgeList } from "./agglomerate.js";
import { readStories, type ReadingSettings } from "./graph.js";

const settings: ReadingSettings = { threshold: 0.2, neighbours: 5, sharedWeight: 0.7, neighbourFloor: 0.35 };

/** A small deterministic generator, so that a failure can be replayed. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

/**
 * A random graph grown node by node: each new node is compared with each earlier one within `reach`
 * with probability `compared`; 40% of comparisons are strong (at least the neighbour floor).
 */
function randomGraph(random: () => number, compared: number, reach = Infinity) {
  const from: number[] = [];
  const to: number[] = [];
  const weight: number[] = [];
  return {
    addNode(node: number, touched?: Set<number>): void {
      for (let other = Math.max(0, node - reach); other < node; other++) {
        if (random() >= compared) continue;
        const w = random() < 0.4 ? 0.35 + 0.65 * random() : 0.35 * random();
        from.push(other);
        to.push(node);
        weight.push(w);
        // As the grouper does: only an edge that can enter the other end's nearest neighbours touches it.
        if (touched && w >= settings.neighbourFloor) touched.add(other);
      }
      touched?.add(node);
    },
    list: (): EdgeList => ({ from: Int32Array.from(from), to: Int32Array.from(to), weight: Float32Array.from(weight), length: from.length }),
  };
}

test("reading again after new articles redoes only what they touched and agrees with a full reading", () => {
  const random = generator(42);
  const from: number[] = [];
  const to: number[] = [];
  const weight: number[] = [];
  const storyOf = (node: number) => Math.floor(node / 7) + (node % 3 === 0 ? 1 : 0);
  const edges = (): EdgeList => ({ from: Int32Array.from(from), to: Int32Array.from(to), weight: Float32Array.from(weight), length: from.length });

  let labels: Int32Array | undefined;
  let touched = new Set<number>();
  let nodes = 0;
  for (let batch = 0; batch < 12; batch++) {
    for (let k = 0; k < 15; k++, nodes++) {
      touched.add(nodes);
      for (let c = 0; c < Math.min(nodes, 8); c++) {
        const other = Math.max(0, nodes - 1 - Math.floor(random() * 30));
        const same = storyOf(other) === storyOf(nodes);
        from.push(other);
        to.push(nodes);
        weight.push(same ? 0.45 + 0.4 * random() : 0.05 + (random() < 0.05 ? 0.5 : 0.3) * random());
        // As the grouper does: only an edge that can enter the other end's nearest neighbours touches it.
        if ((weight.at(-1) as number) >= settings.neighbourFloor) touched.add(other);
      }
    }
    const full = readStories(nodes, edges(), settings);
    const again = readStories(nodes, edges(), settings, labels && { labels, touched });
    assert.deepEqual(again, full, `batch ${batch}`);
    labels = again;
    touched = new Set();
  }
  assert.ok(new Set(labels).size > 10, "the graph holds many stories, so the test is not trivial");
  assert.ok(new Set(labels).size < nodes / 2);
});

test("an earlier reading whose nodes were not touched is kept as it was", () => {
  const edges: EdgeList = { from: Int32Array.from([0, 2]), to: Int32Array.from([1, 3]), weight: Float32Array.from([0.9, 0.9]), length: 2 };
  // Labels no full reading would give (3 and 2 apart): kept for the untouched pair, recomputed for the touched one.
  const earlier = { labels: Int32Array.from([0, 0, 2, 3]), touched: new Set([0]) };
  assert.deepEqual([...readStories(4, edges, settings, earlier)], [0, 0, 2, 3]);
  assert.deepEqual([...readStories(4, edges, settings, { labels: earlier.labels, touched: new Set([2]) })], [0, 0, 2, 2]);
});

test("a story that split is read afresh on both sides, not only on the touched one", () => {
  // Earlier, 0-3 were one story; now the edge between 1 and 2 is weak and only node 0 was touched.
  const edges: EdgeList = { from: Int32Array.from([0, 2, 1]), to: Int32Array.from([1, 3, 2]), weight: Float32Array.from([0.9, 0.9, 0.05]), length: 3 };
  const earlier = { labels: Int32Array.from([0, 0, 0, 0]), touched: new Set([0]) };
  assert.deepEqual([...readStories(4, edges, settings, earlier)], [0, 0, 2, 2]);
});

test("on many small random graphs a reading after new nodes agrees with a full reading", () => {
  const random = generator(7);
  let mismatches = 0;
  for (let trial = 0; trial < 300; trial++) {
    const { addNode, list } = randomGraph(random, 0.25);
    for (let node = 0; node < 24; node++) addNode(node);
    const labels = readStories(24, list(), settings);
    const touched = new Set<number>();
    for (let node = 24; node < 27; node++) addNode(node, touched);
    const full = readStories(27, list(), settings);
    const again = readStories(27, list(), settings, { labels, touched });
    if (full.join() !== again.join()) mismatches++;
  }
  assert.equal(mismatches, 0);
});

test("settled nodes keep their stories whole, and new nodes still join them", () => {
  const random = generator(11);
  let joined = 0;
  for (let trial = 0; trial < 300; trial++) {
    // As in a stream: a node is compared only with the nodes still in the window, the last twelve.
    const { addNode, list } = randomGraph(random, 0.4, 12);
    for (let node = 0; node < 30; node++) addNode(node);
    const labels = readStories(30, list(), settings);
    const touched = new Set<number>();
    for (let node = 30; node < 34; node++) addNode(node, touched);
    // Nodes below 18 got no edge from the new ones (they compare with 18 and later).
    const settledBefore = 30 - 12;
    const again = readStories(34, list(), settings, { labels, touched, settledBefore });
    for (let a = 0; a < settledBefore; a++) {
      for (let b = a + 1; b < settledBefore; b++) {
        if (labels[a] === labels[b]) assert.equal(again[a], again[b], `trial ${trial}: settled ${a} and ${b} were one story`);
      }
    }
    for (let node = 30; node < 34; node++) if ([...again.slice(0, settledBefore)].includes(again[node] as number)) joined++;
  }
  // Not a full reading's answer (settled stories cannot split), but new nodes are not shut out of them.
  assert.ok(joined > 50, `new nodes joined a settled story ${joined} times`);
});

test("a new node close to two settled stories merges them as a full reading would", () => {
  // Stories {0, 1} and {2, 3}, settled; 4 is close to all four.
  const edges: EdgeList = {
    from: Int32Array.from([0, 2, 0, 0, 1, 2, 3]),
    to: Int32Array.from([1, 3, 2, 4, 4, 4, 4]),
    weight: Float32Array.from([0.9, 0.9, 0.3, 0.9, 0.9, 0.9, 0.9]),
    length: 7,
  };
  const earlier = { labels: Int32Array.from([0, 0, 2, 2]), touched: new Set([4]), settledBefore: 4 };
  const full = readStories(5, edges, settings);
  assert.deepEqual([...readStories(5, edges, settings, earlier)], [...full]);
  assert.equal(new Set(full).size, 1);
});

test("a node given edges since the earlier reading is not held in its earlier story", () => {
  // 0 and 1 were one story; then 1 was given strong edges to five new nodes, and both left the window.
  const early: EdgeList = { from: Int32Array.from([0]), to: Int32Array.from([1]), weight: Float32Array.from([0.4]), length: 1 };
  const labels = readStories(2, early, settings);
  assert.equal(labels[0], labels[1]);
  const pairs = [[0, 1, 0.4], ...[2, 3, 4, 5, 6].map((node) => [1, node, 1])] as [number, number, number][];
  const later: EdgeList = {
    from: Int32Array.from(pairs.map((p) => p[0])),
    to: Int32Array.from(pairs.map((p) => p[1])),
    weight: Float32Array.from(pairs.map((p) => p[2])),
    length: pairs.length,
  };
  const full = readStories(7, later, settings);
  assert.notEqual(full[0], full[1]);
  const again = readStories(7, later, settings, { labels, touched: new Set([1, 2, 3, 4, 5, 6]), settledBefore: 2 });
  assert.deepEqual([...again], [...full]);
});
