import { test } from "node:test";
import assert from "node:assert/strict";
import { alignUnits, termWeights } from "./align.js";
import { docWith } from "./fixtures.js";
import { buildUnits } from "./units.js";

test("a sentence with the same terms as its headline pairs with its own copy, not with the other headline", () => {
  const text = "Storm hits harbour\n\nA storm hit the harbour.\n\nThe ferry sank.";
  const units = [docWith("a", text), docWith("b", text)].map((d, i) => buildUnits(d, i));
  const pairs = alignUnits(units, termWeights(units.flat()));
  const sentence = (u: { start: number; end: number }) => text.slice(u.start, u.end);
  assert.ok(pairs.some((p) => sentence(p.a) === "A storm hit the harbour." && sentence(p.b) === "A storm hit the harbour."));
  assert.ok(pairs.some((p) => sentence(p.a) === "Storm hits harbour" && sentence(p.b) === "Storm hits harbour"));
});
