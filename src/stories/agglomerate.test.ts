import assert from "node:assert/strict";
import { test } from "node:test";
import { averageLink, type EdgeList } from "./agglomerate.js";

function edges(list: [number, number, number][]): EdgeList {
  return {
    from: Int32Array.from(list, (e) => e[0]),
    to: Int32Array.from(list, (e) => e[1]),
    weight: Float32Array.from(list, (e) => e[2]),
    length: list.length,
  };
}

// Two tight triangles (0,1,2) and (3,4,5) joined by one weak edge, and a node 6 with no edges.
const TWO_TRIANGLES = edges([
  [0, 1, 0.9], [1, 2, 0.8], [0, 2, 0.85],
  [3, 4, 0.9], [4, 5, 0.8], [3, 5, 0.7],
  [2, 3, 0.2],
]);

function groups(labels: Int32Array): number[][] {
  const byLabel = new Map<number, number[]>();
  labels.forEach((label, i) => byLabel.set(label, [...(byLabel.get(label) ?? []), i]));
  return [...byLabel.values()];
}

test("clusters split where the mean link falls below the threshold", () => {
  assert.deepEqual(groups(averageLink(7, TWO_TRIANGLES, 0.5)), [[0, 1, 2], [3, 4, 5], [6]]);
});

test("a low threshold joins what is linked, never what is not", () => {
  assert.deepEqual(groups(averageLink(7, TWO_TRIANGLES, 0.1)), [[0, 1, 2, 3, 4, 5], [6]]);
});

test("the mean is over observed edges: pairs never compared do not dilute it", () => {
  // A chain a-b-c with strong edges; a and c were never compared.
  const chain = edges([[0, 1, 0.6], [1, 2, 0.6]]);
  assert.deepEqual(groups(averageLink(3, chain, 0.5)), [[0, 1, 2]]);
  // A compared pair that is dissimilar does count.
  const withDissent = edges([[0, 1, 0.6], [1, 2, 0.6], [0, 2, 0.0]]);
  assert.deepEqual(groups(averageLink(3, withDissent, 0.5)), [[0, 1], [2]]);
});

test("repeated edges between the same nodes are averaged", () => {
  assert.deepEqual(groups(averageLink(2, edges([[0, 1, 0.9], [1, 0, 0.1]]), 0.6)), [[0], [1]]);
  assert.deepEqual(groups(averageLink(2, edges([[0, 1, 0.9], [1, 0, 0.5]]), 0.6)), [[0, 1]]);
});
