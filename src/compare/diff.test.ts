import { test } from "node:test";
import assert from "node:assert/strict";
import { diffKeys } from "./diff.js";

test("identical sequences have no hunks", () => {
  assert.deepEqual(diffKeys(["a", "b", "c"], ["a", "b", "c"]), []);
});

test("a replaced word is one hunk on both sides", () => {
  assert.deepEqual(diffKeys(["the", "fire", "spread", "fast"], ["the", "blaze", "spread", "fast"]), [{ aFrom: 1, aTo: 2, bFrom: 1, bTo: 2 }]);
});

test("an inserted word is a hunk empty on one side", () => {
  assert.deepEqual(diffKeys(["he", "be", "there"], ["he", "be", "not", "there"]), [{ aFrom: 2, aTo: 2, bFrom: 2, bTo: 3 }]);
});
