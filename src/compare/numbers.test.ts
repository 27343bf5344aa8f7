import { test } from "node:test";
import assert from "node:assert/strict";
import type { NumberMention } from "../model/types.js";
import { describe } from "./numbers.js";

function mention(value: number, low: number, high: number): NumberMention {
  return { value, low, high } as NumberMention;
}

test("open ranges show the stated figure, not the epsilon-nudged bound", () => {
  assert.equal(describe(mention(2400000, 2400000.0024, Infinity)), ">2400000");
  assert.equal(describe(mention(30, 0, 29.99999997)), "<30");
  assert.equal(describe(mention(40, 40, Infinity)), ">=40");
  assert.equal(describe(mention(30, 0, 30)), "<=30");
  assert.equal(describe(mention(30, 30, 40)), "30..40");
});
