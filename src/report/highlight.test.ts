import { test } from "node:test";
import assert from "node:assert/strict";
import { segments } from "./highlight.js";

test("crossing and nested ranges split into flat segments with every covering key", () => {
  const result = segments(20, [
    { start: 2, end: 10, key: "a" },
    { start: 6, end: 14, key: "b" },
    { start: 7, end: 8, key: "c" },
  ]);
  assert.deepEqual(result, [
    { start: 0, end: 2, keys: [] },
    { start: 2, end: 6, keys: ["a"] },
    { start: 6, end: 7, keys: ["a", "b"] },
    { start: 7, end: 8, keys: ["a", "b", "c"] },
    { start: 8, end: 10, keys: ["a", "b"] },
    { start: 10, end: 14, keys: ["b"] },
    { start: 14, end: 20, keys: [] },
  ]);
});

test("the same key twice over one range counts until both end; bad ranges are ignored", () => {
  const result = segments(10, [
    { start: 0, end: 6, key: "a" },
    { start: 3, end: 8, key: "a" },
    { start: 5, end: 5, key: "empty" },
    { start: 7, end: 40, key: "outside" },
  ]);
  assert.deepEqual(result, [
    { start: 0, end: 8, keys: ["a"] },
    { start: 8, end: 10, keys: [] },
  ]);
});

test("segments always tile the whole text", () => {
  const result = segments(0, []);
  assert.deepEqual(result, []);
  const tiles = segments(9, [{ start: 0, end: 9, key: "x" }]);
  assert.deepEqual(tiles, [{ start: 0, end: 9, keys: ["x"] }]);
});
