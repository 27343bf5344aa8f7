import assert from "node:assert/strict";
import { test } from "node:test";
import { bcubedScores, pairwiseScores, pearson } from "./metrics.js";

const GOLD = new Map([
  ["a", "x"], ["b", "x"], ["c", "x"],
  ["d", "y"], ["e", "y"],
]);

test("a perfect clustering scores 1", () => {
  assert.deepEqual(pairwiseScores([["a", "b", "c"], ["d", "e"]], GOLD), { precision: 1, recall: 1, f1: 1 });
  assert.deepEqual(bcubedScores([["c", "b", "a"], ["e", "d"]], GOLD), { precision: 1, recall: 1, f1: 1 });
});

test("pairwise: one cluster of everything", () => {
  // 10 predicted pairs, 4 gold pairs (3 in x, 1 in y), all 4 found.
  const s = pairwiseScores([["a", "b", "c", "d", "e"]], GOLD);
  assert.equal(s.precision, 4 / 10);
  assert.equal(s.recall, 1);
});

test("pairwise: items left out count as singletons", () => {
  const s = pairwiseScores([["a", "b"]], GOLD);
  assert.equal(s.precision, 1);
  assert.equal(s.recall, 1 / 4);
});

test("B-cubed: all singletons", () => {
  const s = bcubedScores([["a"], ["b"], ["c"], ["d"], ["e"]], GOLD);
  assert.equal(s.precision, 1);
  // recall per item: a,b,c 1/3 each; d,e 1/2 each
  assert.ok(Math.abs(s.recall - (3 * (1 / 3) + 2 * (1 / 2)) / 5) < 1e-12);
});

test("Pearson: sign and scale", () => {
  assert.ok(Math.abs(pearson([1, 2, 3, 4], [2, 4, 6, 8]) - 1) < 1e-12);
  assert.ok(Math.abs(pearson([1, 2, 3, 4], [8, 6, 4, 2]) + 1) < 1e-12);
  assert.ok(Number.isNaN(pearson([1, 1, 1], [1, 2, 3])));
});
